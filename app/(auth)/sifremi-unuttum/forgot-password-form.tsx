"use client";

import { forgotPasswordAction } from "@/app/(auth)/actions";
import { useActionForm } from "@/components/forms/use-action-form";
import { Field, inputClass } from "@/components/ui/field";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionToast } from "@/components/ui/use-action-toast";
import { forgotPasswordSchema } from "@/lib/auth/schemas";

export function ForgotPasswordForm() {
  const { form, state, pending, fieldError, formError, previous, formProps } = useActionForm(
    forgotPasswordSchema,
    forgotPasswordAction,
    { email: "" },
  );
  useActionToast(state);
  if (state?.ok) return <Alert tone="success">{state.message}</Alert>;
  return (
    <form {...formProps} className="flex flex-col gap-4">
      <Alert>{formError}</Alert>
      <Field label="E-posta" error={fieldError("email")}>
        {(a11y) => (
          <input
            {...a11y}
            {...form.register("email")}
            defaultValue={previous("email")}
            type="email"
            autoComplete="email"
            className={inputClass}
          />
        )}
      </Field>
      <SubmitButton pending={pending} busyLabel="Gönderiliyor…">
        Sıfırlama bağlantısı gönder
      </SubmitButton>
    </form>
  );
}
