"use client";

import { resetPasswordAction } from "@/app/(auth)/actions";
import { NewPasswordFields } from "@/components/auth/new-password-fields";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionToast } from "@/components/ui/use-action-toast";
import { resetPasswordSchema } from "@/lib/auth/schemas";

export function ResetPasswordForm({ token }: { token: string }) {
  const { form, state, pending, fieldError, formError, formProps } = useActionForm(
    resetPasswordSchema,
    resetPasswordAction,
    {
      token,
      password: "",
      passwordConfirm: "",
    },
  );
  useActionToast(state);
  return (
    <form {...formProps} className="flex flex-col gap-4">
      <Alert>{formError}</Alert>
      <input type="hidden" {...form.register("token")} value={token} />
      <NewPasswordFields register={(name) => form.register(name)} fieldError={fieldError} label="Yeni şifre" />
      <SubmitButton pending={pending} busyLabel="Değiştiriliyor…">
        Şifreyi değiştir
      </SubmitButton>
    </form>
  );
}
