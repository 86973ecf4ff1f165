"use client";

import { ConfirmAction } from "./confirm-action";

/** @deprecated use ConfirmAction, which this now is (the same no-JavaScript dialog, the kit's look). */
export function ConfirmDialog({
  trigger,
  title,
  confirm,
  children,
  action,
  fields,
  pending = false,
  tone = "danger",
}: {
  trigger: string;
  title: string;
  confirm: string;
  children: React.ReactNode;
  action: (form: FormData) => void;
  fields?: Record<string, string>;
  pending?: boolean;
  tone?: "danger" | "neutral";
  triggerClassName?: string;
}) {
  return (
    <ConfirmAction
      trigger={trigger}
      title={title}
      confirm={confirm}
      description={children}
      action={action}
      fields={fields}
      pending={pending}
      tone={tone === "danger" ? "destructive" : "primary"}
      triggerSize="sm"
    >
      {null}
    </ConfirmAction>
  );
}
