import { render } from "@react-email/components";
import { createElement, type ComponentType } from "react";
import type { z } from "zod";
import OrderStatusEmail, { orderStatusSchema, orderStatusSubject } from "./order-status";
import PasswordResetEmail, { passwordResetSchema, passwordResetSubject } from "./password-reset";
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
};

export type TemplateName = keyof typeof templates;
export type TemplateData<N extends TemplateName> = z.input<(typeof templates)[N]["schema"]>;

export const templateLabels: Record<TemplateName, string> = {
  "password-reset": "Şifre sıfırlama",
  "order-status": "Sipariş durumu",
  "user-invitation": "Kullanıcı daveti",
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
