"use client";

import { createAdminAction } from "@/app/(admin)/yonetim/kullanicilar/actions";
import { createAdminSchema } from "@/lib/auth/schemas";
import { useActionForm } from "@/components/forms/use-action-form";
import { Field, inputClass } from "@/components/ui/field";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionToast } from "@/components/ui/use-action-toast";

export function CreateAdminForm() {
  const { form, state, pending, fieldError, formError, previous, formProps } = useActionForm(
    createAdminSchema,
    createAdminAction,
    {
      name: "",
      email: "",
      password: "",
    },
  );
  useActionToast(state);
  return (
    <form {...formProps} className="grid gap-4 sm:grid-cols-3 sm:items-start">
      <div className="sm:col-span-3">
        <Alert>{formError}</Alert>
        {state?.ok && <Alert tone="success">{state.message}</Alert>}
      </div>
      <Field label="Ad soyad" error={fieldError("name")}>
        {(a11y) => (
          <input {...a11y} {...form.register("name")} defaultValue={previous("name")} className={inputClass} />
        )}
      </Field>
      <Field label="E-posta" error={fieldError("email")}>
        {(a11y) => (
          <input
            {...a11y}
            {...form.register("email")}
            defaultValue={previous("email")}
            type="email"
            className={inputClass}
          />
        )}
      </Field>
      <Field label="Şifre" hint="En az 10 karakter" error={fieldError("password")}>
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
      <div className="sm:col-span-3">
        <SubmitButton pending={pending} busyLabel="Ekleniyor…">
          Yönetici ekle
        </SubmitButton>
      </div>
    </form>
  );
}
