export const BACK_FORM_ID = "basla-geri";

/**
 * The "Geri" form: a plain GET to the previous step, outside the step's own form so going back
 * neither validates nor sends what is typed. Rendered once by the page.
 */
export function BackForm({ step }: { step: number }) {
  return (
    <form id={BACK_FORM_ID} action="/basla" method="get" hidden>
      <input type="hidden" name="adim" value={Math.max(step - 1, 1)} />
    </form>
  );
}

/** Geri and İleri (or the step's own final label) under every step. */
export function WizardButtons({
  step,
  pending,
  next = "İleri",
  intent,
}: {
  step: number;
  pending: boolean;
  next?: string;
  /** Sent as `intent` when the step's form has more than one submit button. */
  intent?: string;
}) {
  return (
    <div className="flex flex-wrap items-center justify-between gap-3 border-t border-stone-200 pt-4">
      <button
        type="submit"
        form={BACK_FORM_ID}
        formNoValidate
        disabled={step === 1}
        className="rounded-md border border-stone-300 px-5 py-2.5 font-semibold text-stone-800 hover:bg-stone-100 disabled:opacity-50"
      >
        Geri
      </button>
      {/* Disabled while the step is being sent, so a double click submits once. */}
      <button
        type="submit"
        name={intent ? "intent" : undefined}
        value={intent}
        disabled={pending}
        aria-disabled={pending}
        className="rounded-md bg-brand-700 px-5 py-2.5 font-semibold text-white hover:bg-brand-800 disabled:opacity-60"
      >
        {next}
      </button>
    </div>
  );
}
