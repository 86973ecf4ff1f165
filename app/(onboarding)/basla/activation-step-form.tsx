"use client";

import { activateAccountAction, completeProfileAction } from "@/app/(onboarding)/basla/activate-action";
import { NewPasswordFields } from "@/components/auth/new-password-fields";
import { useFirstErrorFocus } from "@/components/forms/use-first-error-focus";
import { useLightForm } from "@/components/forms/use-light-form";
import { Alert } from "@/components/ui/alert";
import { PASSWORD_MIN } from "@/lib/auth/password-limits";
import { KVKK_NOTICE, SERVICE_AGREEMENT } from "@/lib/legal";
import { WizardButtons } from "./wizard-buttons";

function LegalText({
  text,
  id,
  href,
}: {
  text: typeof SERVICE_AGREEMENT | typeof KVKK_NOTICE;
  id: string;
  href: "/sozlesme" | "/kvkk";
}) {
  return (
    <section aria-labelledby={id} className="flex flex-col gap-2">
      <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
        <h3 id={id} className="font-semibold">{`${text.title} (sürüm ${text.version})`}</h3>
        {/* The same text on its own page (/kvkk, /sozlesme), to read in full or keep. */}
        <a href={href} target="_blank" className="text-sm text-brand-700 underline">
          {`${text.title} (yeni sekmede)`}
        </a>
      </div>
      <div
        tabIndex={0}
        className="max-h-48 overflow-y-auto rounded-md border border-stone-300 bg-white p-3 text-sm text-stone-700"
      >
        {text.paragraphs.map((paragraph) => (
          <p key={paragraph} className="mb-2">
            {paragraph}
          </p>
        ))}
      </div>
    </section>
  );
}

function Consent({ name, label, error, register }: { name: string; label: string; error?: string; register: object }) {
  return (
    <div className="flex flex-col gap-1">
      <label className="flex items-start gap-2">
        <input
          type="checkbox"
          value="on"
          {...register}
          aria-invalid={Boolean(error)}
          aria-describedby={error ? `${name}-hata` : undefined}
          className="mt-1"
        />
        <span>{label}</span>
      </label>
      {error && (
        <p id={`${name}-hata`} className="text-sm text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}

type Register = (name: "acceptAgreement" | "acceptKvkk") => object;

function ConsentFields({
  register,
  fieldError,
}: {
  register: Register;
  fieldError: (name: string) => string | undefined;
}) {
  return (
    <>
      <LegalText text={SERVICE_AGREEMENT} id="sozlesme" href="/sozlesme" />
      <Consent
        name="acceptAgreement"
        label="Hizmet sözleşmesini okudum ve kabul ediyorum"
        error={fieldError("acceptAgreement")}
        register={register("acceptAgreement")}
      />
      <LegalText text={KVKK_NOTICE} id="kvkk" href="/kvkk" />
      <Consent
        name="acceptKvkk"
        label="KVKK aydınlatma metnini okudum"
        error={fieldError("acceptKvkk")}
        register={register("acceptKvkk")}
      />
    </>
  );
}

/** A new customer: the acceptances and the password of the account being opened. */
export function ActivationStepForm() {
  const { state, pending, fieldError, formError, formProps } = useLightForm(activateAccountAction);
  const formRef = useFirstErrorFocus<HTMLFormElement>(state);
  return (
    <form ref={formRef} {...formProps} className="flex flex-col gap-5">
      <Alert>{formError}</Alert>
      <ConsentFields register={(name) => ({ name })} fieldError={fieldError} />
      <NewPasswordFields
        register={(name) => ({ name })}
        fieldError={fieldError}
        hint={`En az ${PASSWORD_MIN} karakter; panelinize bu şifreyle giriş yapacaksınız`}
      />
      <WizardButtons step={4} pending={pending} next="Hesabı etkinleştir" />
    </form>
  );
}

/** A signed-in customer completing an account opened without company data: they keep their password. */
export function CompleteProfileForm() {
  const { state, pending, fieldError, formError, formProps } = useLightForm(completeProfileAction);
  const formRef = useFirstErrorFocus<HTMLFormElement>(state);
  return (
    <form ref={formRef} {...formProps} className="flex flex-col gap-5">
      <Alert>{formError}</Alert>
      <ConsentFields register={(name) => ({ name })} fieldError={fieldError} />
      <WizardButtons step={4} pending={pending} next="Bilgilerimi tamamla" />
    </form>
  );
}
