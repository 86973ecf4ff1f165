import "server-only";
import { getDb } from "@/db";
import {
  createSession,
  emailHasAccount,
  findAcceptedQuoteByTokenHash,
  findSessionByTokenHash,
  saveStep,
  sessionHasAcceptedQuotePrice,
  taxIdHasCustomer,
} from "@/db/queries/onboarding";
import { transactionWithEmails } from "@/lib/email";
import { env } from "@/lib/env";
import { takeLimit, type Refusal } from "@/lib/rate-limit";
import type { FieldErrors } from "@/lib/safe-action";
import { randomToken, sha256Hex } from "@/lib/tokens";
import { companyStepLimits } from "./limits";
import { EMAIL_TAKEN_MESSAGE, TAX_ID_TAKEN_MESSAGE, type Step1Data, type Step2Data } from "./schemas";

/** 32 random bytes: 256 bits, far past guessing. */
export const RESUME_TOKEN_BYTES = 32;

export type StepOutcome = { ok: true; token: string } | { ok: false; fieldErrors?: FieldErrors; limited?: Refusal };

export function resumeUrl(token: string): string {
  const url = new URL("/basla", env().APP_URL);
  url.searchParams.set("devam", token);
  return url.toString();
}

/**
 * Step 1. The first submission opens the session (a new token, whose link is e-mailed so the visitor
 * can continue from anywhere); later ones update it. An e-mail or tax number that already belongs to
 * an account is refused here, not at the very end; each such answer counts against the limits first.
 */
export async function saveCompanyStep(params: {
  token: string | null;
  data: Step1Data;
  quoteToken?: string;
  ip: string;
  /** A signed-in customer completing their own account: their e-mail is theirs to use. */
  ownEmail?: string;
}): Promise<StepOutcome> {
  const { data } = params;
  const existing = params.token ? await findSessionByTokenHash({ tokenHash: sha256Hex(params.token) }) : null;
  const resumed = existing?.status === "in_progress" ? params.token : null;
  const opening = !resumed;
  const token = resumed ?? randomToken(RESUME_TOKEN_BYTES);
  const limits = companyStepLimits({ email: data.email, ip: params.ip, sessionKey: sha256Hex(token), opening });
  const taken = await takeLimit(await getDb(), limits);
  if (taken.limited) return { ok: false, limited: taken };

  const fieldErrors: FieldErrors = {};
  const own = params.ownEmail?.toLowerCase() === data.email.toLowerCase();
  if (!own && (await emailHasAccount({ email: data.email }))) fieldErrors.email = [EMAIL_TAKEN_MESSAGE];
  if (await taxIdHasCustomer({ taxId: data.taxId })) fieldErrors.taxId = [TAX_ID_TAKEN_MESSAGE];
  if (Object.keys(fieldErrors).length > 0) return { ok: false, fieldErrors };

  const quote = params.quoteToken
    ? await findAcceptedQuoteByTokenHash({ tokenHash: sha256Hex(params.quoteToken) })
    : null;

  if (!opening) {
    await saveStep(await getDb(), { tokenHash: sha256Hex(token), step: 1, data, quoteId: quote?.id ?? null });
    return { ok: true, token };
  }

  await transactionWithEmails(async (tx, queue) => {
    await createSession(tx, { tokenHash: sha256Hex(token), step1: data, quoteId: quote?.id ?? null });
    await queue({
      to: data.email,
      template: "onboarding-resume",
      data: { name: data.contactName, companyName: data.companyName, resumeUrl: resumeUrl(token) },
    });
  });
  return { ok: true, token };
}

/** Steps 2 and 3's plain part: saved on the session the token opens, if it is still in progress. */
export async function saveSimpleStep(params: {
  token: string;
  step: 2 | 3;
  data: Step2Data | Record<string, unknown>;
}) {
  await saveStep(await getDb(), { tokenHash: sha256Hex(params.token), step: params.step, data: params.data });
}

/** Whether the session came from an accepted offer with a price: the only way to a `custom` service. */
export async function hasAcceptedQuotePrice(params: { token: string }): Promise<boolean> {
  return sessionHasAcceptedQuotePrice({ tokenHash: sha256Hex(params.token) });
}
