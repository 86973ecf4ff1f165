import "server-only";
import { getDb } from "@/db";
import { findAcceptedQuoteByTokenHash, findQuotePrefillById, type QuotePrefill } from "@/db/queries/accepted-quotes";
import { findSessionIntegration } from "@/db/queries/integrations";
import { findSessionByTokenHash } from "@/db/queries/onboarding-sessions";
import { formatTurkishPhone } from "@/lib/phone";
import { sha256Hex } from "@/lib/tokens";
import type { IntegrationView } from "./integration-step";
import { PRODUCT_CATEGORIES, type PlatformChoice, type ServiceType, type StepNumber } from "./schemas";

export type Step1Values = {
  companyName: string;
  taxId: string;
  taxOffice: string;
  contactName: string;
  email: string;
  phone: string;
  address: string;
  city: string;
};
export type Step2Values = { serviceType: ServiceType; productCategories: string[]; specialRequirements: string };

export type WizardState =
  | { kind: "completed" }
  | {
      kind: "open";
      /** How far the visitor got (1 before step 1 was ever saved). */
      reached: StepNumber;
      shown: StepNumber;
      step1: Step1Values;
      step2: Step2Values;
      platform: PlatformChoice | null;
      /** Only the masked form of the credentials: this goes to the browser. */
      integration: IntegrationView | null;
      quote: { token: string; companyName: string; acceptedUnitPrice: number | null } | null;
    };

const str = (value: unknown) => (typeof value === "string" ? value : "");

function step1Values(saved: Record<string, unknown> | null, quote: QuotePrefill | null): Step1Values {
  if (saved) {
    return {
      companyName: str(saved.companyName),
      taxId: str(saved.taxId),
      taxOffice: str(saved.taxOffice),
      contactName: str(saved.contactName),
      email: str(saved.email),
      phone: saved.phone ? formatTurkishPhone(str(saved.phone)) : "",
      address: str(saved.address),
      city: str(saved.city),
    };
  }
  return {
    companyName: quote?.companyName ?? "",
    taxId: "",
    taxOffice: "",
    contactName: quote?.contactName ?? "",
    email: quote?.email ?? "",
    phone: quote?.phone ? formatTurkishPhone(quote.phone) : "",
    address: "",
    city: "",
  };
}

function step2Values(saved: Record<string, unknown> | null, quote: QuotePrefill | null): Step2Values {
  if (saved) {
    return {
      serviceType: (str(saved.serviceType) || "standard") as ServiceType,
      productCategories: Array.isArray(saved.productCategories) ? saved.productCategories.map(String) : [],
      specialRequirements: str(saved.specialRequirements),
    };
  }
  const known = new Set<string>(PRODUCT_CATEGORIES);
  return {
    // An offer priced by operations is a contract price: that is the `custom` service.
    serviceType: quote?.acceptedUnitPrice != null ? "custom" : "standard",
    productCategories: (quote?.productTypes ?? []).filter((type) => known.has(type)),
    specialRequirements: quote?.specialRequirements ?? "",
  };
}

function clampStep(requested: unknown, reached: StepNumber): StepNumber {
  const number = Number(requested);
  if (!Number.isInteger(number) || number < 1) return reached;
  return Math.min(number, reached) as StepNumber;
}

/**
 * What the wizard shows for this visitor: found only by the token of their own cookie (or the offer
 * token of an accepted quote), never by anything a visitor could guess.
 */
export async function loadWizard(params: {
  token: string | null;
  quoteToken?: string;
  requestedStep?: unknown;
}): Promise<WizardState> {
  const db = await getDb();
  const session = params.token ? await findSessionByTokenHash(db, { tokenHash: sha256Hex(params.token) }) : null;
  if (session?.status === "completed") return { kind: "completed" };
  const open = session?.status === "in_progress" ? session : null;

  const quoteFromLink = params.quoteToken
    ? await findAcceptedQuoteByTokenHash(db, { tokenHash: sha256Hex(params.quoteToken) })
    : null;
  const quote = quoteFromLink ?? (open?.quoteId ? await findQuotePrefillById(db, { quoteId: open.quoteId }) : null);
  // A session saved before step 1 asked for the tax office goes back there to add it.
  const step1Complete = Boolean(open?.step1 && str(open.step1.taxOffice));
  const reached = (open && step1Complete ? Math.min(Math.max(open.currentStep, 1), 4) : 1) as StepNumber;
  const integration = open ? await findSessionIntegration(db, { sessionId: open.id }) : null;

  return {
    kind: "open",
    reached,
    // Arriving from an offer starts at step 1, where its company data waits to be confirmed.
    shown: quoteFromLink ? 1 : clampStep(params.requestedStep, reached),
    step1: step1Values(quoteFromLink ? null : (open?.step1 ?? null), quote),
    step2: step2Values(open?.step2 ?? null, quote),
    platform: (open?.step3 as { platform?: PlatformChoice } | null)?.platform ?? integration?.platform ?? null,
    integration: integration
      ? {
          platform: integration.platform,
          masked: integration.credentialsMasked,
          status: integration.status,
          shopName: integration.shopName,
          lastError: integration.lastError,
        }
      : null,
    quote:
      quoteFromLink && params.quoteToken
        ? {
            token: params.quoteToken,
            companyName: quoteFromLink.companyName,
            acceptedUnitPrice: quoteFromLink.acceptedUnitPrice,
          }
        : quote
          ? { token: "", companyName: quote.companyName, acceptedUnitPrice: quote.acceptedUnitPrice }
          : null,
  };
}
