"use client";

import { acceptInvitationAction } from "@/app/(auth)/davet/actions";
import { NewPasswordFields } from "@/components/auth/new-password-fields";
import { useActionForm } from "@/components/forms/use-action-form";
import { Field, inputClass } from "@/components/ui/field";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionToast } from "@/components/ui/use-action-toast";
import { acceptInvitationSchema } from "@/lib/account/schemas";

export function AcceptInvitationForm({ token, email }: { token: string; email: string }) {
  const { form, state, pending, fieldError, formError, previous, formProps } = useActionForm(
    acceptInvitationSchema,
    acceptInvitationAction,
    {
      token,
      name: "",
      password: "",
      passwordConfirm: "",
    },
  );
  useActionToast(state);
  return (
    <form {...formProps} className="flex flex-col gap-4">
      <Alert>{formError}</Alert>
      <input type="hidden" {...form.register("token")} value={token} />
      <Field label="E-posta">
        {(a11y) => (
          <input {...a11y} value={email} readOnly autoComplete="username" className={`${inputClass} bg-stone-100`} />
        )}
      </Field>
      <Field label="Ad soyad" error={fieldError("name")}>
        {(a11y) => (
          <input
            {...a11y}
            {...form.register("name")}
            defaultValue={previous("name")}
            autoComplete="name"
            className={inputClass}
          />
        )}
      </Field>
      <NewPasswordFields register={(name) => form.register(name)} fieldError={fieldError} />
      <SubmitButton pending={pending} busyLabel="Hesap oluşturuluyor…">
        Hesabımı oluştur
      </SubmitButton>
    </form>
  );
}
