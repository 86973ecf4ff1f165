import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { query } from "@/db";
import { getEmail } from "@/db/queries/emails";
import { isTemplateName, renderStoredEmail, templateLabels } from "@/emails";
import { requireAdmin } from "@/lib/auth/session";
import { formatIstanbulDateTime } from "@/lib/dates";

export const metadata: Metadata = { title: "E-posta" };

export default async function EmailPage({ params }: { params: Promise<{ id: string }> }) {
  await requireAdmin();
  const email = await query(getEmail, { emailId: (await params).id });
  if (!email) notFound();
  const rendered = await renderStoredEmail(email);
  return (
    <div className="flex flex-col gap-6">
      <Link href="/yonetim/e-postalar" className="text-sm text-brand-700 underline">
        ← E-postalar
      </Link>
      <h1 className="text-2xl font-bold">{rendered?.subject ?? email.subject ?? "E-posta"}</h1>
      <dl className="grid gap-2 text-sm sm:grid-cols-[10rem_1fr]">
        <dt className="text-stone-600">Alıcı</dt>
        <dd>{email.recipient}</dd>
        <dt className="text-stone-600">Şablon</dt>
        <dd>{isTemplateName(email.template) ? templateLabels[email.template] : email.template}</dd>
        <dt className="text-stone-600">Oluşturulma</dt>
        <dd>{formatIstanbulDateTime(email.createdAt)}</dd>
        <dt className="text-stone-600">Deneme</dt>
        <dd>{email.attempts}</dd>
        {email.lastError && (
          <>
            <dt className="text-stone-600">Son hata</dt>
            <dd>{email.lastError}</dd>
          </>
        )}
      </dl>
      {!rendered && (
        <p className="text-sm text-stone-600">
          Bu e-posta gönderildi; içindeki bağlantılar güvenlik için saklanmadığından görünümü gösterilemiyor.
        </p>
      )}
      {rendered && (
        <>
          <iframe
            title="E-postanın görünümü"
            sandbox=""
            srcDoc={rendered.html}
            className="h-[36rem] w-full rounded-lg border border-stone-200 bg-white"
          />
          <details className="rounded-lg border border-stone-200 bg-white p-4">
            <summary className="cursor-pointer font-medium">Düz metin</summary>
            <pre className="mt-2 text-sm whitespace-pre-wrap" data-testid="email-text">
              {rendered.text}
            </pre>
          </details>
        </>
      )}
    </div>
  );
}
