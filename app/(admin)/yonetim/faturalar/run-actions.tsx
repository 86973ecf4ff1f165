"use client";

import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { ConfirmAction } from "@/components/ui/confirm-action";
import { Field } from "@/components/ui/field";
import { Select } from "@/components/ui/select";
import { useActionToast } from "@/components/ui/use-action-toast";
import { billPeriodAction, processDeadlinesAction } from "./actions";

type Period = { value: string; label: string };

/** `Dönemi faturalandır` (a period, the last ended one first) and `Vadeleri işle`, each confirmed. */
export function RunActions({ periods, defaultPeriod }: { periods: readonly Period[]; defaultPeriod: string }) {
  const [billState, billAction, billing] = useActionState(billPeriodAction, null);
  const [deadlineState, deadlineAction, processing] = useActionState(processDeadlinesAction, null);
  useActionToast(billState);
  useActionToast(deadlineState);
  const billError =
    billState && !billState.ok ? (billState.fieldErrors?.periodStart?.[0] ?? billState.formError) : null;
  return (
    <div className="flex flex-col gap-3">
      <div className="flex flex-wrap gap-2">
        <ConfirmAction
          trigger="Dönemi faturalandır"
          title="Dönem faturalandırılsın mı?"
          description="Dönemde tamamlanan siparişleri ya da depolama ücreti olan her müşteriye fatura kesilir ve e-postayla gönderilir. Bu dönem için faturası kesilmiş müşterilere yeniden fatura kesilmez."
          confirm="Dönemi faturalandır"
          busyLabel="Faturalandırılıyor…"
          action={billAction}
          pending={billing}
          tone="primary"
          triggerVariant="primary"
        >
          <Field label="Dönem">
            {(a11y) => (
              <Select {...a11y} name="periodStart" defaultValue={defaultPeriod}>
                {periods.map((period) => (
                  <option key={period.value} value={period.value}>
                    {period.label}
                  </option>
                ))}
              </Select>
            )}
          </Field>
        </ConfirmAction>
        <ConfirmAction
          trigger="Vadeleri işle"
          title="Vadeler şimdi işlensin mi?"
          description="Vadesi yaklaşan faturalara hatırlatma, vadesi geçenlere son uyarı gönderilir; süresi dolan müşteriler askıya alınır, borcu kalmayanlar yeniden açılır."
          confirm="Vadeleri işle"
          busyLabel="İşleniyor…"
          action={deadlineAction}
          pending={processing}
          tone="primary"
        />
      </div>
      {billError && <Alert>{billError}</Alert>}
      {billState?.ok && <Alert tone="success">{billState.message}</Alert>}
      {deadlineState && (
        <Alert tone={deadlineState.ok ? "success" : "error"}>
          {deadlineState.ok ? deadlineState.message : deadlineState.formError}
        </Alert>
      )}
    </div>
  );
}
