"use client";

import { useActionState } from "react";
import { replaceCredentialsAction, testIntegrationAction } from "@/app/(portal)/panel/hesap/integration-actions";
import { Field, inputClass } from "@/components/ui/field";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionToast } from "@/components/ui/use-action-toast";
import { platformFields, type Platform } from "@/lib/integrations";

export function TestIntegrationButton() {
  const [state, act, pending] = useActionState(testIntegrationAction, null);
  useActionToast(state);
  return (
    <form action={act} className="flex flex-col gap-2">
      {state && !state.ok && <Alert>{state.formError}</Alert>}
      {state?.ok && <Alert tone="success">{state.message}</Alert>}
      <div>
        <SubmitButton pending={pending} busyLabel="Test ediliyor…">
          Bağlantıyı test et
        </SubmitButton>
      </div>
    </form>
  );
}

/** Secret fields start empty: the stored values never come back to the browser. */
export function ReplaceCredentialsForm({
  platform,
  publicValues,
}: {
  platform: Platform;
  publicValues: Record<string, string>;
}) {
  const [state, act, pending] = useActionState(replaceCredentialsAction, null);
  useActionToast(state);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form action={act} className="flex flex-col gap-3 sm:max-w-md">
      {state && !state.ok && <Alert>{state.formError}</Alert>}
      {state?.ok && <Alert tone="success">{state.message}</Alert>}
      {platformFields[platform].map((field) => (
        <Field key={field.name} label={field.label} hint={field.hint} error={errors?.[field.name]?.[0]}>
          {(a11y) => (
            <input
              {...a11y}
              name={field.name}
              type={field.secret ? "password" : "text"}
              autoComplete="off"
              defaultValue={field.secret ? "" : (publicValues[field.name] ?? "")}
              placeholder={field.placeholder}
              className={inputClass}
            />
          )}
        </Field>
      ))}
      <div>
        <SubmitButton pending={pending} busyLabel="Değiştiriliyor…">
          Bilgileri değiştir
        </SubmitButton>
      </div>
    </form>
  );
}
