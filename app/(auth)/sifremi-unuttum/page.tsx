import type { Metadata } from "next";
import { ForgotPasswordForm } from "./forgot-password-form";

export const metadata: Metadata = { title: "Şifremi unuttum" };

export default function ForgotPasswordPage() {
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-bold">Şifremi unuttum</h1>
      <p className="text-stone-700">E-posta adresinizi girin; şifrenizi yenilemeniz için bir bağlantı gönderelim.</p>
      <ForgotPasswordForm />
    </div>
  );
}
