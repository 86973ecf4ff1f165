"use client";

import { useState } from "react";
import { useFirstErrorFocus } from "@/components/forms/use-first-error-focus";
import { useLightForm } from "@/components/forms/use-light-form";
import { Field, inputClass } from "@/components/ui/field";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { isVolumeRange, quotePrice, VOLUME_RANGES, type TierVersion } from "@/lib/pricing";
import { PRODUCT_TYPES } from "@/lib/products";
import { phoneFieldMessage } from "@/lib/phone-browser";
import { submitQuoteAction } from "./actions";
import { QuoteConfirmation } from "./quote-confirmation";
import { QuotePricePreview } from "./quote-price-preview";

const checkboxClass = "h-4 w-4 rounded border-stone-400 accent-brand-700";

export function QuoteForm({ tiers, today }: { tiers: TierVersion[]; today: string }) {
  const { state, pending, fieldError, formError, previous, previousValues, formProps } = useLightForm(
    submitQuoteAction,
    {
      phone: phoneFieldMessage,
    },
  );
  const [volume, setVolume] = useState(previous("monthlyVolume") ?? "");
  const formRef = useFirstErrorFocus<HTMLFormElement>(state);

  if (state?.ok) return <QuoteConfirmation quote={state.data} />;

  const previousTypes = ([] as unknown[]).concat(previousValues?.productTypes ?? []);
  const productTypesError = fieldError("productTypes");
  const text = (name: string, label: string, props: React.InputHTMLAttributes<HTMLInputElement>, hint?: string) => (
    <Field label={label} hint={hint} error={fieldError(name)}>
      {(a11y) => <input {...a11y} name={name} defaultValue={previous(name)} className={inputClass} {...props} />}
    </Field>
  );
  return (
    <form ref={formRef} {...formProps} className="flex flex-col gap-5">
      <Alert>{formError}</Alert>
      <div className="grid gap-4 sm:grid-cols-2">
        {text("companyName", "Firma adı", { autoComplete: "organization" })}
        {text("contactName", "Yetkili adı", { autoComplete: "name" })}
        {text("email", "E-posta", { type: "email", autoComplete: "email" })}
        {text("phone", "Telefon", { type: "tel", autoComplete: "tel" }, "Örnek: 0532 123 45 67")}
      </div>

      <Field label="Aylık sipariş adedi" error={fieldError("monthlyVolume")}>
        {(a11y) => (
          <select
            {...a11y}
            name="monthlyVolume"
            value={volume}
            onChange={(event) => setVolume(event.target.value)}
            className={inputClass}
          >
            <option value="" disabled>
              Seçiniz
            </option>
            {VOLUME_RANGES.map((range) => (
              <option key={range} value={range}>
                {range}
              </option>
            ))}
          </select>
        )}
      </Field>
      <QuotePricePreview price={isVolumeRange(volume) ? quotePrice(tiers, volume) : null} />

      <fieldset
        className="flex flex-col gap-2"
        aria-invalid={Boolean(productTypesError)}
        aria-describedby={productTypesError ? "urun-turleri-hata" : undefined}
      >
        <legend className="mb-1 text-sm font-medium text-stone-800">Ürün türleri</legend>
        <div className="grid grid-cols-2 gap-2 sm:grid-cols-4">
          {PRODUCT_TYPES.map((type) => (
            <label key={type} className="flex items-center gap-2 text-sm">
              <input
                type="checkbox"
                name="productTypes"
                value={type}
                defaultChecked={previousTypes.includes(type)}
                className={checkboxClass}
              />
              {type}
            </label>
          ))}
        </div>
        {productTypesError && (
          <p id="urun-turleri-hata" className="text-sm text-red-700">
            {productTypesError}
          </p>
        )}
      </fieldset>

      <Field
        label="Özel gereksinimler"
        hint="İsteğe bağlı, en fazla 2.000 karakter"
        error={fieldError("specialRequirements")}
      >
        {(a11y) => (
          <textarea
            {...a11y}
            name="specialRequirements"
            defaultValue={previous("specialRequirements")}
            rows={4}
            className={inputClass}
          />
        )}
      </Field>

      <div className="flex flex-col gap-2">
        <label className="flex items-center gap-2 text-sm">
          <input
            type="checkbox"
            name="hasFragileItems"
            defaultChecked={previous("hasFragileItems") === "on"}
            className={checkboxClass}
          />
          Kırılgan ürün var
        </label>
        <label className="flex items-center gap-2 text-sm">
          <input
            type="checkbox"
            name="needsCustomPackaging"
            defaultChecked={previous("needsCustomPackaging") === "on"}
            className={checkboxClass}
          />
          Özel ambalaj istiyorum
        </label>
      </div>

      <Field label="Tercih edilen başlangıç tarihi" hint="İsteğe bağlı" error={fieldError("preferredStartDate")}>
        {(a11y) => (
          <input
            {...a11y}
            name="preferredStartDate"
            defaultValue={previous("preferredStartDate")}
            type="date"
            min={today}
            className={`${inputClass} sm:max-w-xs`}
          />
        )}
      </Field>

      {/* A trap for bots: hidden from sight, from the keyboard and from screen readers. */}
      <div aria-hidden="true" className="absolute -left-[10000px] h-px w-px overflow-hidden">
        <label htmlFor="teklif-web-sitesi">Web sitesi</label>
        <input id="teklif-web-sitesi" name="website" tabIndex={-1} autoComplete="off" />
      </div>

      <div>
        <SubmitButton pending={pending}>Teklif iste</SubmitButton>
      </div>
    </form>
  );
}
