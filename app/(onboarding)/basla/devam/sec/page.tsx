import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { readOnboardingToken } from "@/app/(onboarding)/basla/cookie";
import { ButtonLink } from "@/components/ui/button-link";
import { decideResume, type ApplicationSummary } from "@/lib/onboarding/resume";
import { SwitchApplicationForm } from "./switch-application-form";

export const metadata: Metadata = { title: "Açık başvurunuz var", robots: { index: false } };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

function Application({ title, application }: { title: string; application: ApplicationSummary }) {
  return (
    <section className="flex flex-col gap-1 rounded-lg border border-stone-200 bg-white p-4">
      <h2 className="text-sm font-medium text-stone-600">{title}</h2>
      <p className="font-semibold break-words">{application.companyName}</p>
      <p className="text-sm text-stone-700">{application.step}</p>
    </section>
  );
}

/**
 * A resume link opened in a browser where another application is in progress: the visitor chooses
 * which one to continue. Reached from /basla/devam; anything else goes back there or to /basla.
 */
export default async function ChooseApplicationPage({ searchParams }: { searchParams: SearchParams }) {
  const raw = (await searchParams).token;
  const token = typeof raw === "string" ? raw : "";
  const decision = await decideResume({ token, currentToken: await readOnboardingToken() });
  if (decision.kind === "invalid") redirect("/basla?baglanti=gecersiz");
  if (decision.kind === "adopt") redirect(`/basla/devam?token=${encodeURIComponent(token)}`);

  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-col gap-2">
        <h1 className="text-2xl font-bold sm:text-3xl">Bu tarayıcıda açık bir başvurunuz var</h1>
        <p className="text-stone-700">
          Açtığınız devam bağlantısı başka bir başvuruya ait. Hangisiyle devam etmek istediğinizi seçin. Bırakılan
          başvuru silinmez: e-postanızdaki devam bağlantısıyla ona daha sonra dönebilirsiniz.
        </p>
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <Application title="Açık başvuru" application={decision.current} />
        <Application title="Bağlantıdaki başvuru" application={decision.linked} />
      </div>
      <div className="flex flex-wrap items-start gap-3">
        <ButtonLink href="/basla" variant="secondary">
          Açık başvuruya devam et
        </ButtonLink>
        <SwitchApplicationForm token={token} />
      </div>
    </div>
  );
}
