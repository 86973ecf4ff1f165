import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { redirect } from "next/navigation";
import { StepHeading } from "@/components/onboarding/step-heading";
import { StepIndicator } from "@/components/onboarding/step-indicator";
import { OnboardingSummary } from "@/components/onboarding/summary";
import { Alert } from "@/components/ui/alert";
import { query } from "@/db";
import { isCustomerProfileIncomplete } from "@/db/queries/customer-account";
import { currentUser } from "@/lib/auth/session";
import { platformFields } from "@/lib/integrations";
import { STEPS } from "@/lib/onboarding/choices";
import { loadWizard } from "@/lib/onboarding/state";
import { ActivationStepForm, CompleteProfileForm } from "./activation-step-form";
import { CompanyStepForm } from "./company-step-form";
import { readOnboardingToken } from "./cookie";
import { IntegrationStepForm } from "./integration-step-form";
import { ServiceStepForm } from "./service-step-form";
import { serviceOptions, servicePrice } from "./service-options";
import { BackForm } from "./wizard-buttons";

export const metadata: Metadata = { title: "Hesap açın" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const one = (value: string | string[] | undefined) => (typeof value === "string" ? value : undefined);

export default async function StartPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const resume = one(params.devam);
  // The cookie can only be set by a route handler; the token travels on in the query, as it came.
  if (resume) redirect(`/basla/devam?token=${encodeURIComponent(resume)}`);

  const wizard = await loadWizard({
    token: await readOnboardingToken(),
    quoteToken: one(params.teklif),
    requestedStep: one(params.adim),
  });
  // Sent here from /panel: a signed-in customer whose account lacks its company data completes it.
  const user = await currentUser();
  const completing =
    user?.role === "customer" && user.customerId
      ? await query(isCustomerProfileIncomplete, { customerId: user.customerId })
      : false;
  if (wizard.kind === "completed") {
    return (
      <div className="flex flex-col gap-4">
        <h1 className="text-2xl font-bold">Hesabınız açıldı</h1>
        <p>Bu başvuru tamamlandı. Panelinize e-posta adresiniz ve şifrenizle giriş yapabilirsiniz.</p>
        <Link href="/giris" className="font-semibold text-brand-700 underline">
          Giriş yap
        </Link>
      </div>
    );
  }
  const { shown, reached } = wizard;
  // Every step has its own address, so the browser's back button goes back a step: /basla alone
  // (a resumed session) is replaced by the step it shows.
  if (one(params.adim) !== String(shown) && !one(params.teklif)) {
    const address = new URLSearchParams({ adim: String(shown) });
    const notice = one(params.baglanti);
    if (notice) address.set("baglanti", notice);
    redirect(`/basla?${address}`);
  }
  const title = STEPS[shown - 1]!.label;
  const acceptedUnitPrice = wizard.quote?.acceptedUnitPrice ?? null;

  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-col gap-2">
        <h1 className="text-2xl font-bold sm:text-3xl">Hesap açın</h1>
        <p className="text-stone-700">
          Dört adımda hesabınızı açın; her adım kaydedilir, dilediğiniz zaman kaldığınız yerden devam edersiniz.
        </p>
      </div>
      <StepIndicator shown={shown} reached={reached} />
      {completing && (
        <Alert tone="success">
          Hesabınızın firma bilgileri eksik. Panelinizi kullanmak için lütfen adımları tamamlayın.
        </Alert>
      )}
      {one(params.baglanti) === "gecersiz" && (
        <Alert>Devam bağlantısı geçersiz ya da süresi dolmuş. Yeni bir başvuru başlatabilirsiniz.</Alert>
      )}
      {wizard.quote && shown === 1 && (
        <Alert tone="success">{`${wizard.quote.companyName} için kabul ettiğiniz teklifin bilgileri dolduruldu; lütfen kontrol edin.`}</Alert>
      )}
      <section aria-labelledby="adim-baslik" className="flex flex-col gap-4">
        <StepHeading key={shown} id="adim-baslik">{`Adım ${shown}: ${title}`}</StepHeading>
        {shown === 1 && (
          <CompanyStepForm
            values={completing && !wizard.step1.email ? { ...wizard.step1, email: user!.email } : wizard.step1}
            quoteToken={wizard.quote?.token || undefined}
          />
        )}
        {shown === 2 && <ServiceStepForm values={wizard.step2} options={await serviceOptions(acceptedUnitPrice)} />}
        {shown === 3 && (
          <IntegrationStepForm
            platform={wizard.platform}
            integration={wizard.integration}
            platformFields={platformFields}
          />
        )}
        {shown === 4 && (
          <>
            <OnboardingSummary
              step1={wizard.step1}
              step2={wizard.step2}
              integration={wizard.integration}
              price={await servicePrice(wizard.step2.serviceType, acceptedUnitPrice)}
            />
            {completing ? <CompleteProfileForm /> : <ActivationStepForm />}
          </>
        )}
      </section>
      <BackForm step={shown} />
    </div>
  );
}
