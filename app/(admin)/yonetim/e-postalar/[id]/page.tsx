import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/layout/page-header";
import { EMAIL_STATUS_TONES } from "@/components/status/tones";
import { Alert } from "@/components/ui/alert";
import { StatusBadge } from "@/components/ui/status-badge";
import { query } from "@/db";
import { getEmail } from "@/db/queries/emails";
import { isTemplateName, renderStoredEmail, sensitiveFields, templateLabels } from "@/emails";
import { requireAdmin } from "@/lib/auth/session";
import { formatIstanbulDateTime } from "@/lib/dates";
import { EMAIL_LOG_PATH, EMAIL_STATUS_LABELS } from "@/lib/email-log/filters";
import { EMAIL_LOG_MESSAGES } from "@/lib/email-log/messages";
import { ResendButton } from "./resend-button";

export const metadata: Metadata = { title: "E-posta" };

/** The template carries a link meant for its recipient alone (password reset, invitation, offer, resume). */
const hasSecretLink = (template: string) => isTemplateName(template) && sensitiveFields(template).length > 0;

/** Why a failed e-mail cannot be sent again, or null when it can. */
function resendRefusal(template: string, erased: boolean): string | null {
  if (erased) return EMAIL_LOG_MESSAGES.EMAIL_ERASED;
  if (!isTemplateName(template)) return EMAIL_LOG_MESSAGES.EMAIL_TEMPLATE_UNKNOWN;
  return hasSecretLink(template) ? EMAIL_LOG_MESSAGES.EMAIL_HAS_SECRET_LINK : null;
}

function Detail({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="flex flex-col gap-0.5 sm:flex-row sm:gap-4">
      <dt className="text-muted-foreground sm:w-36 sm:shrink-0">{label}</dt>
      <dd className="min-w-0 break-words">{children}</dd>
    </div>
  );
}

export default async function EmailPage({ params }: { params: Promise<{ id: string }> }) {
  await requireAdmin();
  const email = await query(getEmail, { emailId: (await params).id });
  if (!email) notFound();
  // While the e-mail waits to be sent its secret link is still in the row: operations are not shown it.
  const waitingWithSecret = email.status === "queued" && hasSecretLink(email.template);
  const erased = email.erasedAt !== null;
  const rendered = waitingWithSecret || erased ? null : await renderStoredEmail(email);
  const refusal = email.status === "failed" ? resendRefusal(email.template, erased) : null;
  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        title={rendered?.subject ?? email.subject ?? "E-posta"}
        breadcrumbs={[{ href: EMAIL_LOG_PATH, label: "E-postalar" }]}
        actions={
          <ResendButton
            emailId={email.id}
            recipient={email.recipient}
            canResend={email.status === "failed" && !refusal}
          />
        }
      />
      <dl className="grid gap-2 rounded-lg border border-border bg-card p-4 text-sm">
        <Detail label="Durum">
          <StatusBadge status={email.status} labels={EMAIL_STATUS_LABELS} tones={EMAIL_STATUS_TONES} />
        </Detail>
        <Detail label="Alıcı">{email.recipient}</Detail>
        <Detail label="Şablon">
          {isTemplateName(email.template) ? templateLabels[email.template] : email.template}
        </Detail>
        <Detail label="Oluşturulma">{formatIstanbulDateTime(email.createdAt)}</Detail>
        {email.sentAt && <Detail label="Gönderilme">{formatIstanbulDateTime(email.sentAt)}</Detail>}
        <Detail label="Deneme">{email.attempts}</Detail>
        {email.lastError && <Detail label="Son hata">{email.lastError}</Detail>}
      </dl>
      {refusal && <Alert tone="warning">{refusal}</Alert>}
      {rendered ? (
        <section aria-labelledby="gorunum" className="flex flex-col gap-3">
          <h2 id="gorunum" className="text-lg font-semibold">
            Görünüm
          </h2>
          {/* sandbox="" with srcdoc: the stored HTML is shown as a page of its own origin where no
              script runs, no form is sent and no link leaves the frame. */}
          <iframe
            title="E-postanın görünümü"
            sandbox=""
            srcDoc={rendered.html}
            className="h-[36rem] w-full rounded-lg border border-border bg-white"
          />
          <details className="rounded-lg border border-border bg-card p-4">
            <summary className="cursor-pointer font-medium">Düz metin</summary>
            <pre className="mt-2 text-sm break-words whitespace-pre-wrap" data-testid="email-text">
              {rendered.text}
            </pre>
          </details>
        </section>
      ) : erased ? (
        <Alert tone="info">
          {`Bu e-postanın içeriği, alıcının kişisel verileriyle birlikte KVKK kapsamında ${formatIstanbulDateTime(email.erasedAt!)} tarihinde silindi.`}
        </Alert>
      ) : waitingWithSecret ? (
        <Alert tone="info">
          Bu e-posta gönderilmeyi bekliyor; içindeki kişisel bağlantı yalnızca alıcısı için olduğundan görünümü
          gösterilmiyor.
        </Alert>
      ) : email.status === "sent" || email.status === "failed" ? (
        <Alert tone="info">
          Bu e-postadaki kişisel bağlantılar güvenlik için saklanmadığından görünümü gösterilemiyor.
        </Alert>
      ) : (
        <Alert tone="info">Bu e-postanın görünümü gösterilemiyor.</Alert>
      )}
    </div>
  );
}
