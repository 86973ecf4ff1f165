"use client";

import { ConfirmActionForm, useConfirmFormAnswer } from "@/components/forms/confirm-action-form";
import { ConfirmSubmit } from "@/components/forms/confirm-submit";
import { useActionForm } from "@/components/forms/use-action-form";
import { Field, inputClass } from "@/components/ui/field";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { Textarea } from "@/components/ui/textarea";
import { useActionToast } from "@/components/ui/use-action-toast";
import { formatKurus, parseTurkishAmount } from "@/lib/money";
import { OFFER_VALIDITY_DEFAULT_DAYS, quoteIdSchema, sendOfferSchema } from "@/lib/quotes/schemas";
import { markQuoteReviewedAction, rejectQuoteAction, sendQuoteOfferAction } from "../actions";

/** A refusal stays on the form (a success redirects to the page, which says so); each answer toasts. */
function Outcome({ state, formError }: Pick<ReturnType<typeof useActionForm>, "state" | "formError">) {
  useActionToast(state);
  if (!state) return null;
  return state.ok ? <Alert tone="success">{state.message}</Alert> : <Alert>{formError}</Alert>;
}

export function MarkReviewedForm({ quoteId }: { quoteId: string }) {
  const { form, state, pending, formError, formProps } = useActionForm(quoteIdSchema, markQuoteReviewedAction, {
    quoteId,
  });
  return (
    <form {...formProps} className="flex flex-col gap-3">
      <Outcome state={state} formError={formError} />
      <input type="hidden" {...form.register("quoteId")} value={quoteId} />
      <div>
        <SubmitButton pending={pending} busyLabel="İşaretleniyor…">
          İncelendi olarak işaretle
        </SubmitButton>
      </div>
    </form>
  );
}

/**
 * `Teklif gönder`: asked first, the dialog naming the price typed beside the calculated one (and
 * warning when they are far apart, as a typo is), since an offer sent is e-mailed and final.
 */
export function SendOfferForm({
  quoteId,
  companyName,
  suggestedPrice,
}: {
  quoteId: string;
  companyName: string;
  suggestedPrice: string;
}) {
  const { form, state, pending, fieldError, formError, check, previous, formProps } = useActionForm(
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
      <Outcome state={state} formError={formError} />
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
      <ConfirmSubmit
        label="Teklif gönder"
        title="Teklif gönderilsin mi?"
        description={
          <OfferSummary
            companyName={companyName}
            typed={form.watch("unitPrice")}
            suggested={suggestedPrice}
            days={form.watch("validityDays")}
          />
        }
        busyLabel="Teklif gönderiliyor…"
        pending={pending}
        check={check}
      />
    </form>
  );
}

function OfferSummary({
  companyName,
  typed,
  suggested,
  days,
}: {
  companyName: string;
  typed: unknown;
  suggested: string;
  days: unknown;
}) {
  const price = typeof typed === "string" ? parseTurkishAmount(typed) : null;
  const calculated = parseTurkishAmount(suggested);
  const farApart =
    price !== null && calculated !== null && calculated > 0 && (price >= calculated * 2 || price * 2 <= calculated);
  return (
    <div className="flex flex-col gap-2">
      <p>
        {`${companyName} firmasına paket başına ${price === null ? String(typed) : formatKurus(price)} (KDV hariç, hesaplanan ${calculated === null ? suggested : formatKurus(calculated)}), ${String(days)} gün geçerli teklif e-postayla gönderilir. Gönderilen teklif değiştirilemez.`}
      </p>
      {farApart && (
        <p className="font-medium text-destructive">
          Bu fiyat hesaplanan fiyattan çok farklı. Doğru yazdığınızdan emin olun.
        </p>
      )}
    </div>
  );
}

/** `Talebi reddet` asks first; the reason (required, the customer does not see it) is in the dialog. */
export function RejectQuoteForm({ quoteId, companyName }: { quoteId: string; companyName: string }) {
  return (
    <ConfirmActionForm
      align="start"
      triggerSize="md"
      action={rejectQuoteAction}
      fields={{ quoteId }}
      trigger="Talebi reddet"
      triggerVariant="destructive"
      title="Talep reddedilsin mi?"
      description={`${companyName} firmasının teklif talebi reddedilecek. Reddedilen bir talep yeniden açılamaz.`}
      confirm="Talebi reddet"
      busyLabel="Reddediliyor…"
    >
      <RejectReasonField />
    </ConfirmActionForm>
  );
}

function RejectReasonField() {
  const { fieldError, previous } = useConfirmFormAnswer();
  return (
    <Field label="Red nedeni" error={fieldError("reason")}>
      {(a11y) => (
        <Textarea
          {...a11y}
          name="reason"
          required
          minLength={3}
          maxLength={1000}
          rows={3}
          defaultValue={previous("reason")}
        />
      )}
    </Field>
  );
}
