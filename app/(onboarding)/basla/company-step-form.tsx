"use client";

import { Link } from "@/components/ui/link";
import { saveCompanyStepAction } from "@/app/(onboarding)/basla/actions";
import { useFirstErrorFocus } from "@/components/forms/use-first-error-focus";
import { useLightForm } from "@/components/forms/use-light-form";
import { Field, inputClass } from "@/components/ui/field";
import { Alert } from "@/components/ui/alert";
import { ONBOARDING_MESSAGES } from "@/lib/onboarding/messages";
import { phoneFieldMessage } from "@/lib/phone-browser";
import type { Step1Values } from "@/lib/onboarding/state";
import { WizardButtons } from "./wizard-buttons";

const fields = [
  { name: "companyName", label: "Firma adı", type: "text", autoComplete: "organization" },
  {
    name: "taxId",
    label: "Vergi numarası",
    type: "text",
    autoComplete: "off",
    inputMode: "numeric",
    hint: "10 haneli VKN ya da şahıs şirketleri için 11 haneli T.C. kimlik numarası",
  },
  {
    name: "taxOffice",
    label: "Vergi dairesi",
    type: "text",
    autoComplete: "off",
    hint: "Faturalarınızda yer alır, ör. Kadıköy",
  },
  { name: "contactName", label: "Yetkili kişi", type: "text", autoComplete: "name" },
  { name: "email", label: "E-posta", type: "email", autoComplete: "email" },
  { name: "phone", label: "Telefon", type: "tel", autoComplete: "tel", hint: "Ör. 0532 123 45 67" },
  {
    name: "address",
    label: "Adres",
    type: "text",
    autoComplete: "street-address",
    hint: "İsteğe bağlı: faturalarınızda alıcı adresi olarak yer alır. Sonra Hesabım sayfasından da girebilirsiniz.",
  },
  { name: "city", label: "Şehir", type: "text", autoComplete: "address-level1", hint: "İsteğe bağlı" },
] as const;

const ACCOUNT_EXISTS = new Set<string>([ONBOARDING_MESSAGES.EMAIL_TAKEN, ONBOARDING_MESSAGES.TAX_ID_TAKEN]);

export function CompanyStepForm({ values, quoteToken }: { values: Step1Values; quoteToken?: string }) {
  const { state, pending, fieldError, formError, previous, formProps } = useLightForm(saveCompanyStepAction, {
    phone: phoneFieldMessage,
  });
  const formRef = useFirstErrorFocus<HTMLFormElement>(state);
  return (
    <form ref={formRef} {...formProps} className="flex flex-col gap-4">
      <Alert>{formError}</Alert>
      <input type="hidden" name="quoteToken" defaultValue={quoteToken ?? ""} />
      {fields.map((field) => {
        const error = fieldError(field.name);
        return (
          <div key={field.name} className="flex flex-col gap-1">
            <Field label={field.label} error={error} hint={"hint" in field ? field.hint : undefined}>
              {(a11y) => (
                <input
                  {...a11y}
                  name={field.name}
                  defaultValue={previous(field.name) ?? values[field.name]}
                  type={field.type}
                  autoComplete={field.autoComplete}
                  inputMode={"inputMode" in field ? field.inputMode : undefined}
                  className={inputClass}
                />
              )}
            </Field>
            {error && ACCOUNT_EXISTS.has(error) && (
              <Link href="/giris" className="text-sm font-medium text-brand-700 underline">
                Giriş yap
              </Link>
            )}
          </div>
        );
      })}
      <WizardButtons step={1} pending={pending} />
    </form>
  );
}
