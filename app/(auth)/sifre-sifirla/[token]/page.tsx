import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { query } from "@/db";
import { isResetTokenUsable } from "@/db/queries/password-resets";
import { ResetPasswordForm } from "./reset-password-form";

// The token is in the address: never pass it on to another site.
export const metadata: Metadata = { title: "Şifre sıfırlama", referrer: "no-referrer" };

export default async function ResetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const usable = await query(isResetTokenUsable, { token });
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-bold">Yeni şifre belirleyin</h1>
      {usable ? (
        <ResetPasswordForm token={token} />
      ) : (
        <div className="flex flex-col gap-3">
          <p className="text-stone-700">Bu bağlantı geçersiz, kullanılmış ya da süresi dolmuş.</p>
          <Link href="/sifremi-unuttum" className="text-brand-700 underline">
            Yeni bir bağlantı isteyin
          </Link>
        </div>
      )}
    </div>
  );
}
