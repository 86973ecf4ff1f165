"use client";

import { updateCompanyAction } from "@/app/(portal)/panel/hesap/actions";
import { useActionForm } from "@/components/forms/use-action-form";
import { Field, inputClass } from "@/components/ui/field";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionToast } from "@/components/ui/use-action-toast";
import { companyProfileSchema } from "@/lib/account/schemas";

type Values = {
  companyName: string;
  contactName: string;
  email: string;
  phone: string;
  address: string;
  city: string;
  taxOffice: string;
};

/** The tax number is shown for reference: it identifies the customer on invoices and cannot change here. */
export function CompanyForm({ values, taxId }: { values: Values; taxId: string }) {
  const { form, state, pending, fieldError, formError, previous, formProps } = useActionForm(
    companyProfileSchema,
    updateCompanyAction,
    values,
  );
  useActionToast(state);
  const text = (
    name: keyof Values,
    label: string,
    props: React.InputHTMLAttributes<HTMLInputElement> = {},
    hint?: string,
  ) => (
    <Field label={label} hint={hint} error={fieldError(name)}>
      {(a11y) => (
        <input
          {...a11y}
          {...form.register(name)}
          defaultValue={previous(name) ?? values[name]}
          className={inputClass}
          {...props}
        />
      )}
    </Field>
  );
  return (
    <form {...formProps} className="grid gap-4 sm:grid-cols-2 sm:items-start">
      <div className="sm:col-span-2">
        <Alert>{formError}</Alert>
        {state?.ok && <Alert tone="success">{state.message}</Alert>}
      </div>
      {text("companyName", "Firma adı", { autoComplete: "organization" })}
      <Field label="Vergi numarası" hint="Vergi numarası değiştirilemez; bir hata varsa bizimle iletişime geçin.">
        {(a11y) => <input {...a11y} value={taxId} readOnly className={`${inputClass} bg-stone-100`} />}
      </Field>
      {text(
        "taxOffice",
        "Vergi dairesi",
        { autoComplete: "off" },
        "Faturalarınızda vergi numaranızla birlikte yer alır",
      )}
      {text("contactName", "Yetkili kişi", { autoComplete: "name" })}
      {text("email", "E-posta", { type: "email", autoComplete: "email" })}
      {text("phone", "Telefon", { type: "tel", autoComplete: "tel" })}
      {text("city", "Şehir", { autoComplete: "address-level1" })}
      <div className="sm:col-span-2">
        {text(
          "address",
          "Adres",
          { autoComplete: "street-address" },
          "Faturalarınızda alıcı adresi olarak yer alır; değişiklik bundan sonra kesilen faturalara yazılır",
        )}
      </div>
      <div className="sm:col-span-2">
        <SubmitButton pending={pending} busyLabel="Kaydediliyor…">
          Bilgileri kaydet
        </SubmitButton>
      </div>
    </form>
  );
}
