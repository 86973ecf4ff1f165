"use client";

import { Field, inputClass } from "@/components/ui/field";
import { PASSWORD_MIN } from "@/lib/auth/password-limits";

/** How the two fields are registered with the form's react-hook-form (`(name) => form.register(name)`). */
type Register = (name: "password" | "passwordConfirm") => object;

/**
 * A new password typed twice, as every form that sets one asks for it (an invitation, a reset link,
 * the account page, the wizard's last step); the server checks the same rules and common passwords.
 */
export function NewPasswordFields({
  register,
  fieldError,
  label = "Şifre",
  hint = `En az ${PASSWORD_MIN} karakter; yaygın şifreler kabul edilmez.`,
}: {
  register: Register;
  fieldError: (name: string) => string | undefined;
  label?: string;
  hint?: string;
}) {
  return (
    <>
      <Field label={label} hint={hint} error={fieldError("password")}>
        {(a11y) => (
          <input
            {...a11y}
            {...register("password")}
            type="password"
            autoComplete="new-password"
            className={inputClass}
          />
        )}
      </Field>
      <Field label={`${label} (tekrar)`} error={fieldError("passwordConfirm")}>
        {(a11y) => (
          <input
            {...a11y}
            {...register("passwordConfirm")}
            type="password"
            autoComplete="new-password"
            className={inputClass}
          />
        )}
      </Field>
    </>
  );
}
