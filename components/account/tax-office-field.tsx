import { Field, inputClass } from "@/components/ui/field";

/**
 * `Vergi dairesi` for the company details form of /panel/hesap: invoices name it with the tax
 * number. Registered as `taxOffice` (lib/account/schemas.ts's companyProfileSchema, saved by
 * updateCompanyProfile); a form that sends it must not leave it empty.
 */
export function TaxOfficeField({
  registration,
  defaultValue,
  error,
}: {
  /** `form.register("taxOffice")` */
  registration: React.InputHTMLAttributes<HTMLInputElement>;
  defaultValue: string;
  error?: string;
}) {
  return (
    <Field label="Vergi dairesi" hint="Faturalarınızda vergi numaranızla birlikte yer alır" error={error}>
      {(a11y) => (
        <input {...a11y} {...registration} defaultValue={defaultValue} autoComplete="off" className={inputClass} />
      )}
    </Field>
  );
}
