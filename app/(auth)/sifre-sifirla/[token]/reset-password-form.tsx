"use client";

import { resetPasswordAction } from "@/app/(auth)/actions";
import { useActionForm } from "@/components/forms/use-action-form";
import { Field, inputClass } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { resetPasswordSchema } from "@/lib/auth/schemas";

export function ResetPasswordForm({ token }: { token: string }) {
  const { form, state, pending, fieldError, formProps } = useActionForm(resetPasswordSchema, resetPasswordAction, {
    token,
    password: "",
    passwordConfirm: "",
  });
  return (
    <form {...formProps} className="flex flex-col gap-4">
      {state && !state.ok && <FormAlert>{state.formError}</FormAlert>}
      <input type="hidden" {...form.register("token")} value={token} />
      <Field label="Yeni şifre" hint="En az 10 karakter; yaygın şifreler kabul edilmez." error={fieldError("password")}>
        {(a11y) => (
          <input
            {...a11y}
            {...form.register("password")}
            type="password"
            autoComplete="new-password"
            className={inputClass}
          />
        )}
      </Field>
      <Field label="Yeni şifre (tekrar)" error={fieldError("passwordConfirm")}>
        {(a11y) => (
          <input
            {...a11y}
            {...form.register("passwordConfirm")}
            type="password"
            autoComplete="new-password"
            className={inputClass}
          />
        )}
      </Field>
      <SubmitButton pending={pending}>Şifreyi değiştir</SubmitButton>
    </form>
  );
}
