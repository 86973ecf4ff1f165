"use client";

import { Link } from "@/components/ui/link";
import { signInAction } from "@/app/(auth)/actions";
import { useActionForm } from "@/components/forms/use-action-form";
import { Field, inputClass } from "@/components/ui/field";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionToast } from "@/components/ui/use-action-toast";
import { signInSchema } from "@/lib/auth/schemas";

export function SignInForm({ next }: { next?: string }) {
  const { form, state, pending, fieldError, formError, previous, formProps } = useActionForm(
    signInSchema,
    signInAction,
    {
      email: "",
      password: "",
      next,
    },
  );
  useActionToast(state);
  return (
    <form {...formProps} className="flex flex-col gap-4">
      <Alert>{formError}</Alert>
      <input type="hidden" {...form.register("next")} value={next ?? ""} />
      <Field label="E-posta" error={fieldError("email")}>
        {(a11y) => (
          <input
            {...a11y}
            {...form.register("email")}
            defaultValue={previous("email")}
            type="email"
            autoComplete="username"
            className={inputClass}
          />
        )}
      </Field>
      <Field label="Şifre" error={fieldError("password")}>
        {(a11y) => (
          <input
            {...a11y}
            {...form.register("password")}
            type="password"
            autoComplete="current-password"
            className={inputClass}
          />
        )}
      </Field>
      <SubmitButton pending={pending} busyLabel="Giriş yapılıyor…">
        Giriş yap
      </SubmitButton>
      <Link href="/sifremi-unuttum" className="text-sm text-brand-700 underline">
        Şifremi unuttum
      </Link>
    </form>
  );
}
