"use client";

import { useEffect } from "react";
import { inviteUserAction } from "@/app/(portal)/panel/hesap/team-actions";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionToast } from "@/components/ui/use-action-toast";
import { inviteUserSchema } from "@/lib/account/schemas";

export function InviteForm() {
  const { form, state, pending, fieldError, formError, previous, formProps } = useActionForm(
    inviteUserSchema,
    inviteUserAction,
    {
      email: "",
    },
  );
  useActionToast(state);
  // A sent invitation empties the field for the next one.
  useEffect(() => {
    if (state?.ok) form.reset({ email: "" });
  }, [state, form]);
  return (
    <form {...formProps} className="flex flex-col gap-3 sm:max-w-md">
      <Alert>{formError}</Alert>
      {state?.ok && <Alert tone="success">{state.message}</Alert>}
      <Field label="Davet edilecek e-posta" error={fieldError("email")}>
        {(a11y) => <Input {...a11y} {...form.register("email")} defaultValue={previous("email")} type="email" />}
      </Field>
      <div>
        <SubmitButton pending={pending} busyLabel="Davet gönderiliyor…">
          Davet gönder
        </SubmitButton>
      </div>
    </form>
  );
}
