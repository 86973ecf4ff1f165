"use client";

import { saveServiceStepAction } from "@/app/(onboarding)/basla/actions";
import { useFirstErrorFocus } from "@/components/forms/use-first-error-focus";
import { useLightForm } from "@/components/forms/use-light-form";
import { Field, inputClass } from "@/components/ui/field";
import { Alert } from "@/components/ui/alert";
import { PRODUCT_CATEGORIES, SERVICE_TYPE_LABELS, SERVICE_TYPES, type ServiceType } from "@/lib/onboarding/choices";
import type { Step2Values } from "@/lib/onboarding/state";
import { WizardButtons } from "./wizard-buttons";

export type ServiceOption = { value: ServiceType; description: string; price: string };

export function ServiceStepForm({ values, options }: { values: Step2Values; options: ServiceOption[] }) {
  const { state, pending, fieldError, formError, formProps } = useLightForm(saveServiceStepAction);
  const formRef = useFirstErrorFocus<HTMLFormElement>(state);
  const typeError = fieldError("serviceType");
  const categoryError = fieldError("productCategories");
  return (
    <form ref={formRef} {...formProps} className="flex flex-col gap-6">
      <Alert>{formError}</Alert>
      <fieldset className="flex flex-col gap-3" aria-describedby={typeError ? "hizmet-hata" : undefined}>
        <legend className="mb-2 font-semibold">Hizmet türü</legend>
        {SERVICE_TYPES.map((type) => {
          const option = options.find((candidate) => candidate.value === type);
          return (
            <label
              key={type}
              className="flex cursor-pointer gap-3 rounded-md border border-stone-300 bg-white p-3 has-[:checked]:border-brand-700"
            >
              <input
                type="radio"
                value={type}
                name="serviceType"
                defaultChecked={values.serviceType === type}
                className="mt-1"
              />
              <span className="flex flex-col">
                <span className="font-semibold">{SERVICE_TYPE_LABELS[type]}</span>
                <span className="text-sm text-stone-700">{option?.description}</span>
                <span className="text-sm font-medium text-brand-800">{option?.price}</span>
              </span>
            </label>
          );
        })}
        {typeError && (
          <p id="hizmet-hata" className="text-sm text-red-700">
            {typeError}
          </p>
        )}
      </fieldset>
      <fieldset className="flex flex-col gap-2" aria-describedby={categoryError ? "urun-hata" : undefined}>
        <legend className="mb-2 font-semibold">Ürün türleri</legend>
        <div className="grid grid-cols-2 gap-2 sm:grid-cols-4">
          {PRODUCT_CATEGORIES.map((category) => (
            <label key={category} className="flex items-center gap-2">
              <input
                type="checkbox"
                value={category}
                name="productCategories"
                defaultChecked={values.productCategories.includes(category)}
              />
              {category}
            </label>
          ))}
        </div>
        {categoryError && (
          <p id="urun-hata" className="text-sm text-red-700">
            {categoryError}
          </p>
        )}
      </fieldset>
      <Field
        label="Özel gereksinimler"
        error={fieldError("specialRequirements")}
        hint="Kırılgan ürünler, özel ambalaj, etiket ya da fatura notu gibi"
      >
        {(a11y) => (
          <textarea
            {...a11y}
            name="specialRequirements"
            rows={4}
            defaultValue={values.specialRequirements}
            className={inputClass}
          />
        )}
      </Field>
      <WizardButtons step={2} pending={pending} />
    </form>
  );
}
