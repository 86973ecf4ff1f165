import { render } from "@react-email/components";
import { createElement, type ComponentType } from "react";
import type { z } from "zod";
import AccountReactivatedEmail, { accountReactivatedSchema, accountReactivatedSubject } from "./account-reactivated";
import AccountSuspendedEmail, { accountSuspendedSchema, accountSuspendedSubject } from "./account-suspended";
import AccountSuspendedByOperationsEmail, {
  accountSuspendedByOperationsSchema,
  accountSuspendedByOperationsSubject,
} from "./account-suspended-by-operations";
import InvoiceIssuedEmail, { invoiceIssuedSchema, invoiceIssuedSubject } from "./invoice-issued";
import InvoiceOverdueEmail, { invoiceOverdueSchema, invoiceOverdueSubject } from "./invoice-overdue";
import InvoiceReminderEmail, { invoiceReminderSchema, invoiceReminderSubject } from "./invoice-reminder";
import NewQuoteEmail, { newQuoteSchema, newQuoteSubject } from "./new-quote";
import OfferEmail, { offerSchema, offerSubject } from "./offer";
import OnboardingResumeEmail, { onboardingResumeSchema, onboardingResumeSubject } from "./onboarding-resume";
import OpsAlertEmail, { opsAlertSchema, opsAlertSubject } from "./ops-alert";
import OrderStatusEmail, { orderStatusSchema, orderStatusSubject } from "./order-status";
import PaymentReceivedEmail, { paymentReceivedSchema, paymentReceivedSubject } from "./payment-received";
import PaymentRefundedEmail, { paymentRefundedSchema, paymentRefundedSubject } from "./payment-refunded";
import PasswordResetEmail, { passwordResetSchema, passwordResetSubject } from "./password-reset";
import QuoteReceivedEmail, { quoteReceivedSchema, quoteReceivedSubject } from "./quote-received";
import ServiceActivatedEmail, { serviceActivatedSchema, serviceActivatedSubject } from "./service-activated";
import UserInvitationEmail, { userInvitationSchema, userInvitationSubject } from "./user-invitation";

type TemplateDefinition<S extends z.ZodType> = {
  component: ComponentType<z.infer<S>>;
  schema: S;
  subject: (data: z.infer<S>) => string;
  /** Data fields that carry a secret (a link with a token): removed from the row once sent. */
  sensitive?: (keyof z.infer<S>)[];
};

function define<S extends z.ZodType>(definition: TemplateDefinition<S>) {
  return definition;
}

/** Every e-mail the platform sends, by template name. */
export const templates = {
  "password-reset": define({
    component: PasswordResetEmail,
    schema: passwordResetSchema,
    subject: passwordResetSubject,
    sensitive: ["resetUrl"],
  }),
  "quote-received": define({
    component: QuoteReceivedEmail,
    schema: quoteReceivedSchema,
    subject: quoteReceivedSubject,
  }),
  "new-quote": define({ component: NewQuoteEmail, schema: newQuoteSchema, subject: newQuoteSubject }),
  offer: define({ component: OfferEmail, schema: offerSchema, subject: offerSubject, sensitive: ["offerUrl"] }),
  "onboarding-resume": define({
    component: OnboardingResumeEmail,
    schema: onboardingResumeSchema,
    subject: onboardingResumeSubject,
    sensitive: ["resumeUrl"],
  }),
  "service-activated": define({
    component: ServiceActivatedEmail,
    schema: serviceActivatedSchema,
    subject: serviceActivatedSubject,
  }),
  "order-status": define({
    component: OrderStatusEmail,
    schema: orderStatusSchema,
    subject: orderStatusSubject,
  }),
  "user-invitation": define({
    component: UserInvitationEmail,
    schema: userInvitationSchema,
    subject: userInvitationSubject,
    sensitive: ["invitationUrl"],
  }),
  "invoice-issued": define({
    component: InvoiceIssuedEmail,
    schema: invoiceIssuedSchema,
    subject: invoiceIssuedSubject,
  }),
  "invoice-reminder": define({
    component: InvoiceReminderEmail,
    schema: invoiceReminderSchema,
    subject: invoiceReminderSubject,
  }),
  "invoice-overdue": define({
    component: InvoiceOverdueEmail,
    schema: invoiceOverdueSchema,
    subject: invoiceOverdueSubject,
  }),
  "account-suspended": define({
    component: AccountSuspendedEmail,
    schema: accountSuspendedSchema,
    subject: accountSuspendedSubject,
  }),
  "account-suspended-by-operations": define({
    component: AccountSuspendedByOperationsEmail,
    schema: accountSuspendedByOperationsSchema,
    subject: accountSuspendedByOperationsSubject,
  }),
  "account-reactivated": define({
    component: AccountReactivatedEmail,
    schema: accountReactivatedSchema,
    subject: accountReactivatedSubject,
  }),
  "payment-received": define({
    component: PaymentReceivedEmail,
    schema: paymentReceivedSchema,
    subject: paymentReceivedSubject,
  }),
  "payment-refunded": define({
    component: PaymentRefundedEmail,
    schema: paymentRefundedSchema,
    subject: paymentRefundedSubject,
  }),
  "ops-alert": define({ component: OpsAlertEmail, schema: opsAlertSchema, subject: opsAlertSubject }),
};

export type TemplateName = keyof typeof templates;
export type TemplateData<N extends TemplateName> = z.input<(typeof templates)[N]["schema"]>;

export const templateLabels: Record<TemplateName, string> = {
  "password-reset": "Şifre sıfırlama",
  "quote-received": "Teklif talebi alındı",
  "new-quote": "Yeni teklif talebi",
  offer: "Teklif",
  "onboarding-resume": "Başvuruya devam bağlantısı",
  "service-activated": "Hizmet aktif",
  "order-status": "Sipariş durumu",
  "user-invitation": "Kullanıcı daveti",
  "invoice-issued": "Fatura kesildi",
  "invoice-reminder": "Ödeme hatırlatması",
  "invoice-overdue": "Vadesi geçen fatura",
  "account-suspended": "Hesap askıya alındı",
  "account-suspended-by-operations": "Hesap askıya alındı (operasyon)",
  "account-reactivated": "Hesap yeniden etkin",
  "payment-received": "Ödeme alındı",
  "payment-refunded": "İade yapıldı",
  "ops-alert": "Operasyon uyarısı",
};

export function isTemplateName(value: string): value is TemplateName {
  return Object.hasOwn(templates, value);
}

export type RenderedEmail = { subject: string; html: string; text: string };

export async function renderEmail(name: TemplateName, data: unknown): Promise<RenderedEmail> {
  const template = templates[name] as unknown as TemplateDefinition<z.ZodType<Record<string, unknown>>>;
  const props = template.schema.parse(data);
  const element = createElement(template.component, props);
  const [html, text] = await Promise.all([render(element), render(element, { plainText: true })]);
  return { subject: template.subject(props), html, text };
}

export function sensitiveFields(name: TemplateName): string[] {
  return ((templates[name] as { sensitive?: string[] }).sensitive ?? []).map(String);
}

/** Renders a stored row; null when it no longer can (a sent e-mail's secret links are removed from its row). */
export async function renderStoredEmail(row: { template: string; data: unknown }): Promise<RenderedEmail | null> {
  if (!isTemplateName(row.template)) return null;
  return renderEmail(row.template, row.data).catch(() => null);
}
