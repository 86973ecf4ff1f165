"use client";

import { changePasswordAction } from "@/app/(auth)/session-actions";
import { NewPasswordFields } from "@/components/auth/new-password-fields";
import { useActionForm } from "@/components/forms/use-action-form";
import { Field, inputClass } from "@/components/ui/field";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionToast } from "@/components/ui/use-action-toast";
import { changePasswordSchema } from "@/lib/account/schemas";

export function PasswordForm() {
  const { form, state, pending, fieldError, formError, formProps } = useActionForm(
    changePasswordSchema,
    changePasswordAction,
    {
      currentPassword: "",
      password: "",
      passwordConfirm: "",
    },
  );
  useActionToast(state);
  return (
    <form {...formProps} className="flex max-w-md flex-col gap-4">
      <Alert>{formError}</Alert>
      {state?.ok && <Alert tone="success">{state.message}</Alert>}
      <Field label="Mevcut şifre" error={fieldError("currentPassword")}>
        {(a11y) => (
          <input
            {...a11y}
            {...form.register("currentPassword")}
            type="password"
            autoComplete="current-password"
            className={inputClass}
          />
        )}
      </Field>
      <NewPasswordFields register={(name) => form.register(name)} fieldError={fieldError} label="Yeni şifre" />
      <div>
        <SubmitButton pending={pending} busyLabel="Değiştiriliyor…">
          Şifreyi değiştir
        </SubmitButton>
      </div>
    </form>
  );
}
