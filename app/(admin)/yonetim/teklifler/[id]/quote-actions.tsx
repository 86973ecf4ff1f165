"use client";

import { useActionForm } from "@/components/forms/use-action-form";
import { Field, inputClass } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { OFFER_VALIDITY_DEFAULT_DAYS, quoteIdSchema, rejectQuoteSchema, sendOfferSchema } from "@/lib/quotes/schemas";
import { markQuoteReviewedAction, rejectQuoteAction, sendQuoteOfferAction } from "../actions";

function Outcome({ state }: { state: ReturnType<typeof useActionForm>["state"] }) {
  if (!state) return null;
  return state.ok ? <FormAlert tone="success">{state.message}</FormAlert> : <FormAlert>{state.formError}</FormAlert>;
}

export function MarkReviewedForm({ quoteId }: { quoteId: string }) {
  const { form, state, pending, formProps } = useActionForm(quoteIdSchema, markQuoteReviewedAction, { quoteId });
  return (
    <form {...formProps} className="flex flex-col gap-3">
      <Outcome state={state} />
      <input type="hidden" {...form.register("quoteId")} value={quoteId} />
      <div>
        <SubmitButton pending={pending}>İncelendi olarak işaretle</SubmitButton>
      </div>
    </form>
  );
}

export function SendOfferForm({ quoteId, suggestedPrice }: { quoteId: string; suggestedPrice: string }) {
  const { form, state, pending, fieldError, previous, formProps } = useActionForm(
    sendOfferSchema,
    sendQuoteOfferAction,
    {
      quoteId,
      unitPrice: suggestedPrice,
      validityDays: OFFER_VALIDITY_DEFAULT_DAYS,
      note: "",
    },
  );
  return (
    <form {...formProps} className="flex flex-col gap-4">
      <Outcome state={state} />
      <input type="hidden" {...form.register("quoteId")} value={quoteId} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="Birim fiyat (TL)" hint="KDV hariç, ör. 32,50" error={fieldError("unitPrice")}>
          {(a11y) => (
            <input
              {...a11y}
              {...form.register("unitPrice")}
              defaultValue={previous("unitPrice") ?? suggestedPrice}
              inputMode="decimal"
              className={inputClass}
            />
          )}
        </Field>
        <Field label="Geçerlilik (gün)" error={fieldError("validityDays")}>
          {(a11y) => (
            <input
              {...a11y}
              {...form.register("validityDays")}
              defaultValue={previous("validityDays") ?? String(OFFER_VALIDITY_DEFAULT_DAYS)}
              type="number"
              min={1}
              max={90}
              className={inputClass}
            />
          )}
        </Field>
      </div>
      <Field label="Teklif notu" hint="İsteğe bağlı; müşteri teklif sayfasında görür" error={fieldError("note")}>
        {(a11y) => (
          <textarea
            {...a11y}
            {...form.register("note")}
            defaultValue={previous("note")}
            rows={3}
            className={inputClass}
          />
        )}
      </Field>
      <div>
        <SubmitButton pending={pending}>Teklif gönder</SubmitButton>
      </div>
    </form>
  );
}

export function RejectQuoteForm({ quoteId }: { quoteId: string }) {
  const { form, state, pending, fieldError, previous, formProps } = useActionForm(
    rejectQuoteSchema,
    rejectQuoteAction,
    {
      quoteId,
      reason: "",
    },
  );
  return (
    <form {...formProps} className="flex flex-col gap-4">
      <Outcome state={state} />
      <input type="hidden" {...form.register("quoteId")} value={quoteId} />
      <Field label="Red nedeni" error={fieldError("reason")}>
        {(a11y) => (
          <textarea
            {...a11y}
            {...form.register("reason")}
            defaultValue={previous("reason")}
            rows={2}
            className={inputClass}
          />
        )}
      </Field>
      <div>
        <SubmitButton pending={pending}>Talebi reddet</SubmitButton>
      </div>
    </form>
  );
}
