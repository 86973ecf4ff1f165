"use client";

import { inviteUserAction } from "@/app/(portal)/panel/hesap/team-actions";
import { useActionForm } from "@/components/forms/use-action-form";
import { Field, inputClass } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { inviteUserSchema } from "@/lib/account/schemas";

export function InviteForm() {
  const { form, state, pending, fieldError, previous, formProps } = useActionForm(inviteUserSchema, inviteUserAction, {
    email: "",
  });
  return (
    <form {...formProps} className="flex flex-col gap-3 sm:max-w-md">
      {state && !state.ok && <FormAlert>{state.formError}</FormAlert>}
      {state?.ok && <FormAlert tone="success">{state.message}</FormAlert>}
      <Field label="Davet edilecek e-posta" error={fieldError("email")}>
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
      <div>
        <SubmitButton pending={pending}>Davet gönder</SubmitButton>
      </div>
    </form>
  );
}
