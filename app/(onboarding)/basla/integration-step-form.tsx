"use client";

import { saveIntegrationStepAction } from "@/app/(onboarding)/basla/actions";
import { useState } from "react";
import { useFirstErrorFocus } from "@/components/forms/use-first-error-focus";
import { useLightForm } from "@/components/forms/use-light-form";
import { Field, inputClass } from "@/components/ui/field";
import { Alert } from "@/components/ui/alert";
import type { CredentialField, Platform } from "@/lib/integrations/types";
import type { IntegrationView } from "@/lib/onboarding/integration-step";
import { PLATFORM_CHOICES, PLATFORM_LABELS, type PlatformChoice } from "@/lib/onboarding/choices";

/** Each platform's fields, labels and hints: passed by the page, so the connectors stay on the server. */
export type PlatformFields = Record<Platform, readonly CredentialField[]>;
import { WizardButtons } from "./wizard-buttons";

function StatusNote({ integration }: { integration: IntegrationView }) {
  if (integration.status === "connected") {
    return <Alert tone="success">{`Bağlandı: ${integration.shopName ?? ""}`}</Alert>;
  }
  if (integration.status === "failed") {
    return <Alert>{`Bağlantı kurulamadı. ${integration.lastError ?? ""}`}</Alert>;
  }
  return <p className="text-sm text-stone-600">Bilgiler kaydedildi; bağlantı henüz test edilmedi.</p>;
}

export function IntegrationStepForm({
  platform,
  integration,
  platformFields,
}: {
  platform: PlatformChoice | null;
  integration: IntegrationView | null;
  platformFields: PlatformFields;
}) {
  // Stored secrets come back only masked (shpat_••••3f9a): left as they are, the stored ones are kept.
  const defaults: Record<string, string> = { platform: platform ?? "", ...(integration?.masked ?? {}) };
  const { state, pending, fieldError, formError, formProps } = useLightForm(saveIntegrationStepAction);
  const formRef = useFirstErrorFocus<HTMLFormElement>(state);
  const [selected, setSelected] = useState<PlatformChoice | "">(platform ?? "");
  const latest = state?.ok ? (state.data as { integration: IntegrationView | null }).integration : integration;
  const platformError = fieldError("platform");
  return (
    <form ref={formRef} {...formProps} className="flex flex-col gap-6">
      <Alert>{formError}</Alert>
      <fieldset className="flex flex-col gap-2" aria-describedby={platformError ? "platform-hata" : undefined}>
        <legend className="mb-2 font-semibold">E-ticaret platformunuz</legend>
        <div className="grid gap-2 sm:grid-cols-3">
          {PLATFORM_CHOICES.map((choice) => (
            <label
              key={choice}
              className="flex items-center gap-2 rounded-md border border-stone-300 bg-white p-3 has-[:checked]:border-brand-700"
            >
              <input
                type="radio"
                name="platform"
                value={choice}
                defaultChecked={platform === choice}
                onChange={() => setSelected(choice)}
              />
              {PLATFORM_LABELS[choice]}
            </label>
          ))}
        </div>
        {platformError && (
          <p id="platform-hata" className="text-sm text-red-700">
            {platformError}
          </p>
        )}
      </fieldset>

      {selected && selected !== "none" && (
        <fieldset className="flex flex-col gap-4">
          <legend className="mb-2 font-semibold">{`${PLATFORM_LABELS[selected]} bağlantı bilgileri`}</legend>
          {platformFields[selected].map((field) => (
            <Field
              key={`${selected}-${field.name}`}
              label={field.label}
              error={fieldError(field.name)}
              hint={field.hint}
            >
              {(a11y) => (
                <input
                  {...a11y}
                  name={field.name}
                  defaultValue={defaults[field.name]}
                  type="text"
                  autoComplete="off"
                  spellCheck={false}
                  placeholder={field.placeholder}
                  className={inputClass}
                />
              )}
            </Field>
          ))}
          <div className="flex flex-col gap-3">
            <button
              type="submit"
              name="intent"
              value="test"
              disabled={pending}
              className="self-start rounded-md border border-brand-700 px-5 py-2.5 font-semibold text-brand-700 hover:bg-brand-50 disabled:opacity-60"
            >
              Bağlantıyı test et
            </button>
            <div aria-live="polite">
              {pending ? (
                <p className="text-sm text-stone-600">Mağazanıza bağlanılıyor…</p>
              ) : (
                latest?.platform === selected && <StatusNote integration={latest} />
              )}
            </div>
          </div>
        </fieldset>
      )}
      {selected === "none" && (
        <p className="text-sm text-stone-700">
          Mağazanızı daha sonra panelinizden bağlayabilirsiniz; siparişlerinizi o zamana kadar panelden girersiniz.
        </p>
      )}
      <WizardButtons step={3} pending={pending} intent="next" />
    </form>
  );
}
