import { Link } from "@/components/ui/link";
import { STEPS, type StepNumber } from "@/lib/onboarding/choices";

/** 1 Firma · 2 Hizmet · 3 Entegrasyon · 4 Aktivasyon; steps already reached can be reopened. */
export function StepIndicator({ shown, reached }: { shown: StepNumber; reached: StepNumber }) {
  return (
    <nav aria-label="Başvuru adımları">
      <ol className="grid grid-cols-2 gap-2 sm:grid-cols-4">
        {STEPS.map((step) => {
          const current = step.number === shown;
          const style = current
            ? "border-brand-700 bg-brand-700 text-white"
            : step.number <= reached
              ? "border-brand-700 text-brand-800"
              : "border-stone-300 text-stone-500";
          const content = (
            <>
              <span className="font-bold">{step.number}</span> {step.label}
            </>
          );
          return (
            <li key={step.number}>
              {step.number <= reached && !current ? (
                <Link
                  href={`/basla?adim=${step.number}`}
                  className={`block rounded-md border px-3 py-2 text-sm ${style}`}
                >
                  {content}
                </Link>
              ) : (
                <span
                  aria-current={current ? "step" : undefined}
                  className={`block rounded-md border px-3 py-2 text-sm ${style}`}
                >
                  {content}
                </span>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
