"use client";

import { useActionState } from "react";
import { Card, CardTitle } from "@/components/ui/card";
import { ConfirmAction } from "@/components/ui/confirm-action";
import { OutcomeAlert } from "@/components/ui/outcome-alert";
import { useActionToast } from "@/components/ui/use-action-toast";
import { cancelPricingChangeAction } from "./actions";

/**
 * The changes planned but not in effect yet, each withdrawable after asking. The answer lives here,
 * not in the withdrawn row: the row leaves the page with the refresh, and its toast and message with
 * it, so this part stays mounted (and shows the last answer) even when nothing is planned any more.
 */
export function PlannedChanges({ days }: { days: readonly { key: string; label: string }[] }) {
  const [state, act, pending] = useActionState(cancelPricingChangeAction, null);
  useActionToast(state);
  if (days.length === 0 && !state) return null;
  return (
    <Card aria-labelledby="planlanan">
      <CardTitle id="planlanan">Planlanan değişiklikler</CardTitle>
      {/* A withdrawal removes its row and button: the message takes the focus. */}
      {state?.ok && <OutcomeAlert of={state}>{state.message}</OutcomeAlert>}
      {state && !state.ok && (
        <p role="alert" className="text-sm text-destructive">
          {state.formError}
        </p>
      )}
      {days.length === 0 ? (
        <p className="text-sm text-muted-foreground">Planlanmış bir fiyat değişikliği yok.</p>
      ) : (
        <ul className="flex flex-col gap-3">
          {days.map((day) => (
            <li key={day.key} className="flex flex-wrap items-center justify-between gap-3 text-sm">
              <span>{`${day.label} tarihinden itibaren yeni fiyatlar`}</span>
              <ConfirmAction
                trigger="Planlanan değişikliği geri al"
                title={`${day.label} tarihli fiyat değişikliği geri alınsın mı?`}
                description="Bu tarih için girilen kademe fiyatları ve premium ek ücreti silinir; o gün geldiğinde şimdiki fiyatlar geçerli kalır."
                confirm="Planlanan değişikliği geri al"
                busyLabel="Geri alınıyor…"
                action={act}
                fields={{ effectiveDate: day.key }}
                pending={pending}
              />
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
