"use client";

import { useActionState } from "react";
import { switchApplicationAction } from "@/app/(onboarding)/basla/devam/sec/actions";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/submit-button";

/** Takes the resume link's application; a plain form post, so it works without JavaScript too. */
export function SwitchApplicationForm({ token }: { token: string }) {
  const [state, act, pending] = useActionState(switchApplicationAction, null);
  return (
    <form action={act} className="flex flex-col gap-3">
      <input type="hidden" name="token" value={token} />
      {state && !state.ok && <Alert>{state.formError}</Alert>}
      <SubmitButton pending={pending}>Bağlantıdaki başvuruya geç</SubmitButton>
    </form>
  );
}
