import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { signInFailureMessage } from "@/lib/auth/messages";
import { currentUser, safeNextPath } from "@/lib/auth/session";
import { SESSION_ENDED_PARAM } from "@/lib/auth/session-cookie";
import { SignInForm } from "./sign-in-form";

export const metadata: Metadata = { title: "Giriş" };

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<{ next?: string; sifre?: string; oturum?: string; error?: string; code?: string }>;
}) {
  const params = await searchParams;
  const user = await currentUser();
  if (user) redirect(safeNextPath(params.next, user.role));
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-bold">Giriş</h1>
      {params.sifre === "yenilendi" && (
        <Alert tone="success">Şifreniz değiştirildi. Yeni şifrenizle giriş yapabilirsiniz.</Alert>
      )}
      {params.oturum === "kapatildi" && <Alert tone="success">Tüm oturumlarınız kapatıldı.</Alert>}
      {params.oturum === SESSION_ENDED_PARAM.value && (
        <Alert tone="info">Oturumunuz kapatıldı; yeniden giriş yapın.</Alert>
      )}
      {/* After a refused POST to Auth.js's own sign-in endpoint, which sends the browser here. */}
      {params.error === "CredentialsSignin" && <Alert>{signInFailureMessage(params.code)}</Alert>}
      <SignInForm next={typeof params.next === "string" ? params.next : undefined} />
    </div>
  );
}
