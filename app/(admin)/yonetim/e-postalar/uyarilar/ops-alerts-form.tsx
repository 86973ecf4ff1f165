"use client";

import { updateOpsAlertSettingsAction } from "@/app/(admin)/yonetim/e-postalar/uyarilar/actions";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Choice } from "@/components/ui/checkbox";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionToast } from "@/components/ui/use-action-toast";
import {
  OPS_ALERT_HINTS,
  OPS_ALERT_KINDS,
  OPS_ALERT_LABELS,
  opsAlertSettingsSchema,
  type OpsAlertSwitches,
} from "@/lib/ops-alert-kinds";

/** One box per alert kind; `Kaydet` saves the ticked ones as on and the rest as off. */
export function OpsAlertsForm({ switches }: { switches: OpsAlertSwitches }) {
  const { state, pending, formError, formProps } = useActionForm(opsAlertSettingsSchema, updateOpsAlertSettingsAction);
  useActionToast(state);
  return (
    <form {...formProps} className="flex flex-col gap-5">
      <fieldset className="flex flex-col gap-4">
        <legend className="mb-3 font-semibold">Hangi durumlarda e-posta gönderilsin?</legend>
        {OPS_ALERT_KINDS.map((kind) => (
          <Choice
            key={kind}
            name="enabled"
            value={kind}
            defaultChecked={switches[kind]}
            label={OPS_ALERT_LABELS[kind]}
            hint={OPS_ALERT_HINTS[kind]}
          />
        ))}
      </fieldset>
      {state && <Alert tone={state.ok ? "success" : "error"}>{state.ok ? state.message : formError}</Alert>}
      <div>
        <SubmitButton pending={pending} busyLabel="Kaydediliyor…">
          Kaydet
        </SubmitButton>
      </div>
    </form>
  );
}
