"use client";

import { useId, useRef } from "react";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { CommandButton } from "@/components/ui/command-button";
import {
  modalDescriptionClass,
  modalFooterClass,
  modalTitleClass,
  nativeModalClass,
} from "@/components/ui/dialog-styles";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionToast } from "@/components/ui/use-action-toast";
import { PRICING_FIELDS, pricingChangeSchema } from "@/lib/pricing-admin/schemas";
import { VOLUME_RANGES } from "@/lib/pricing";
import { schedulePricingChangeAction } from "./actions";

/**
 * A new version of the tier prices and the premium surcharge from a day on. The button asks first in
 * a native <dialog> inside the form (opened by Invoker Commands, so without JavaScript too); its
 * confirm button is the form's submit, checked in the browser with the action's own schema.
 */
export function PricingForm({ defaults, today }: { defaults: Record<string, string>; today: string }) {
  const { form, state, pending, fieldError, previous, formProps } = useActionForm(
    pricingChangeSchema,
    schedulePricingChangeAction,
    defaults,
  );
  useActionToast(state);
  const dialogId = useId();
  const dialog = useRef<HTMLDialogElement>(null);
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
    <form
      {...formProps}
      onSubmit={(event) => {
        dialog.current?.close();
        return formProps.onSubmit(event);
      }}
      className="flex flex-col gap-5"
    >
      {state && !state.ok && state.formError && <Alert tone="error">{state.formError}</Alert>}
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
      <div>
        <CommandButton dialog={dialogId} command="show-modal" disabled={pending}>
          Fiyatları kaydet
        </CommandButton>
      </div>
      <dialog
        id={dialogId}
        ref={dialog}
        role="alertdialog"
        aria-labelledby={`${dialogId}-baslik`}
        aria-describedby={`${dialogId}-aciklama`}
        className={nativeModalClass}
      >
        <div className="flex flex-col gap-4">
          <h2 id={`${dialogId}-baslik`} className={modalTitleClass}>
            Yeni fiyatlar kaydedilsin mi?
          </h2>
          <p id={`${dialogId}-aciklama`} className={modalDescriptionClass}>
            Seçilen tarihten itibaren başlayan dönemler ve yeni teklifler bu fiyatlarla hesaplanır; daha önce başlamış
            dönemlerin faturaları eski fiyatlarla kalır. Eski sürümler silinmez.
          </p>
          <div className={modalFooterClass}>
            <CommandButton dialog={dialogId} command="close" variant="outline">
              Vazgeç
            </CommandButton>
            <SubmitButton pending={pending} busyLabel="Kaydediliyor…">
              Fiyatları kaydet
            </SubmitButton>
          </div>
        </div>
      </dialog>
    </form>
  );
}
