"use client";

import { useEffect, useMemo, useRef } from "react";
import { ConfirmSubmit } from "@/components/forms/confirm-submit";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { useActionToast } from "@/components/ui/use-action-toast";
import { PRICING_FIELDS, pricingFormSchema } from "@/lib/pricing-admin/schemas";
import { VOLUME_RANGES } from "@/lib/pricing";
import { schedulePricingChangeAction } from "./actions";

/**
 * A new version of the tier prices and the premium surcharge from a day on, asked first (ConfirmSubmit)
 * and checked in the browser with the action's own schema and today's date.
 */
export function PricingForm({ defaults, today }: { defaults: Record<string, string>; today: string }) {
  const schema = useMemo(() => pricingFormSchema(today), [today]);
  const { form, state, pending, fieldError, formError, check, previous, formProps } = useActionForm(
    schema,
    schedulePricingChangeAction,
    defaults,
  );
  useActionToast(state);
  // The defaults are the prices in effect on the form's day, and change when a version is saved or a
  // planned one withdrawn (the page refreshes): the fields then show them, not what was typed before,
  // or the next save would plan a withdrawn price again. The answer (message, toast) stays.
  const defaultsKey = JSON.stringify(defaults);
  const shownDefaults = useRef(defaultsKey);
  useEffect(() => {
    if (shownDefaults.current === defaultsKey) return;
    shownDefaults.current = defaultsKey;
    form.reset(defaults);
  }, [defaultsKey, defaults, form]);
  const amount = (name: string, label: string) => (
    <Field label={label} error={fieldError(name)}>
      {(a11y) => (
        <Input
          {...a11y}
          {...form.register(name)}
          defaultValue={previous(name) ?? defaults[name]}
          inputMode="decimal"
          autoComplete="off"
        />
      )}
    </Field>
  );
  return (
    <form {...formProps} className="flex flex-col gap-5">
      <Alert>{formError}</Alert>
      {state?.ok && <Alert tone="success">{state.message}</Alert>}
      <Field
        label="Yürürlük tarihi"
        error={fieldError("effectiveDate")}
        hint="Bugün ya da sonraki bir gün; o gün 00:00'dan (İstanbul) itibaren başlayan dönemler yeni fiyatlarla faturalanır."
        className="max-w-xs"
      >
        {(a11y) => (
          <Input
            {...a11y}
            {...form.register("effectiveDate")}
            type="date"
            min={today}
            defaultValue={previous("effectiveDate") ?? defaults.effectiveDate}
          />
        )}
      </Field>
      <fieldset className="flex flex-col gap-3">
        <legend className="mb-2 text-sm font-medium">Kademeler (KDV hariç, 32,50 biçiminde)</legend>
        {VOLUME_RANGES.map((range, index) => (
          <div key={range} className="grid gap-3 rounded-md border border-border p-3 sm:grid-cols-2">
            {amount(PRICING_FIELDS.unitPriceKey(index), `${range} birim fiyatı`)}
            {amount(PRICING_FIELDS.storageChargeKey(index), `${range} aylık depolama ücreti`)}
          </div>
        ))}
      </fieldset>
      <div className="max-w-xs">{amount("premiumSurcharge", "Premium ek ücreti (paket başına)")}</div>
      <ConfirmSubmit
        label="Fiyatları kaydet"
        title="Yeni fiyatlar kaydedilsin mi?"
        description="Seçilen tarihten itibaren başlayan dönemler ve yeni teklifler bu fiyatlarla hesaplanır; daha önce başlamış dönemlerin faturaları eski fiyatlarla kalır. Eski sürümler silinmez."
        busyLabel="Kaydediliyor…"
        pending={pending}
        check={check}
      />
    </form>
  );
}
