import "server-only";
import { getDb } from "@/db";
import { findAcceptedQuoteByTokenHash } from "@/db/queries/accepted-quotes";
import { taxIdHasCustomer } from "@/db/queries/customer-account";
import { findSessionByTokenHash, saveStep, sessionHasAcceptedQuotePrice } from "@/db/queries/onboarding-sessions";
import { findUserByEmail } from "@/db/queries/users";
import { onboardingSessions } from "@/db/schema";
import type { Context } from "@/lib/context";
import { transactionWithEmails } from "@/lib/email";
import { env } from "@/lib/env";
import { takeLimit, tooManyAttemptsMessage } from "@/lib/rate-limit";
import { randomToken, sha256Hex } from "@/lib/tokens";
import { companyStepLimits } from "./limits";
import { ONBOARDING_MESSAGES, onboardingError } from "./messages";
import type { Step1Data, Step2Data } from "./schemas";

/** 32 random bytes: 256 bits, far past guessing. */
export const RESUME_TOKEN_BYTES = 32;

export function resumeUrl(token: string): string {
  const url = new URL("/basla", env().APP_URL);
  url.searchParams.set("devam", token);
  return url.toString();
}

/** An e-mail or a tax number that already belongs to an account, each on its field. */
async function existingAccountFields(data: Step1Data, ownEmail: string | undefined) {
  const db = await getDb();
  const fieldErrors: Record<string, string[]> = {};
  const own = ownEmail?.toLowerCase() === data.email.toLowerCase();
  if (!own && (await findUserByEmail(db, { email: data.email }))) fieldErrors.email = [ONBOARDING_MESSAGES.EMAIL_TAKEN];
  if (await taxIdHasCustomer(db, { taxId: data.taxId })) fieldErrors.taxId = [ONBOARDING_MESSAGES.TAX_ID_TAKEN];
  return Object.keys(fieldErrors).length > 0 ? fieldErrors : null;
}

/**
 * Step 1. The first submission opens the session (a new token, whose link is e-mailed so the visitor
 * can continue from anywhere), or fills the one an accepted offer opened (also e-mailed); later ones
 * update it. An e-mail or tax number that already belongs to
 * an account is refused here (ACCOUNT_EXISTS), not at the very end; each such answer counts against
 * the limits first (TOO_MANY_ATTEMPTS). Returns the session's token, for the cookie.
 */
export async function saveCompanyStep(
  ctx: Context,
  params: {
    token: string | null;
    data: Step1Data;
    quoteToken?: string;
    /** A signed-in customer completing their own account: their e-mail is theirs to use. */
    ownEmail?: string;
  },
): Promise<string> {
  const { data } = params;
  const db = await getDb();
  const existing = params.token ? await findSessionByTokenHash(db, { tokenHash: sha256Hex(params.token) }) : null;
  const resumed = existing?.status === "in_progress" ? params.token : null;
  const opening = !resumed;
  // A session opened by accepting an offer has no step 1 yet: its first save e-mails the link too.
  const firstSave = opening || existing?.step1 == null;
  const token = resumed ?? randomToken(RESUME_TOKEN_BYTES);
  const limits = companyStepLimits({ email: data.email, ip: ctx.ip, sessionKey: sha256Hex(token), opening: firstSave });
  const taken = await takeLimit(db, limits);
  if (taken.limited) throw onboardingError("TOO_MANY_ATTEMPTS", { message: tooManyAttemptsMessage(taken) });

  const accountFields = await existingAccountFields(data, params.ownEmail);
  if (accountFields) throw onboardingError("ACCOUNT_EXISTS", { fieldErrors: accountFields });

  const quote = params.quoteToken
    ? await findAcceptedQuoteByTokenHash(db, { tokenHash: sha256Hex(params.quoteToken) })
    : null;

  if (!firstSave) {
    const saved = await saveStep(db, { tokenHash: sha256Hex(token), step: 1, data, quoteId: quote?.id ?? null });
    if (!saved) throw onboardingError("SESSION_GONE");
    return token;
  }

  await transactionWithEmails(async (tx, queue) => {
    if (opening) {
      await tx
        .insert(onboardingSessions)
        .values({ resumeTokenHash: sha256Hex(token), step1: data, currentStep: 2, quoteId: quote?.id ?? null });
    } else if (!(await saveStep(tx, { tokenHash: sha256Hex(token), step: 1, data, quoteId: quote?.id ?? null }))) {
      throw onboardingError("SESSION_GONE");
    }
    await queue({
      to: data.email,
      template: "onboarding-resume",
      data: { name: data.contactName, companyName: data.companyName, resumeUrl: resumeUrl(token) },
    });
  });
  return token;
}

/**
 * Step 2, saved on the session the token opens if it is still in progress (SESSION_GONE otherwise).
 * The `custom` service needs an accepted offer with a price (CUSTOM_NEEDS_QUOTE on its field).
 */
export async function saveServiceStep(ctx: Context, params: { token: string | null; data: Step2Data }): Promise<void> {
  if (!params.token) throw onboardingError("SESSION_GONE");
  const db = await getDb();
  const tokenHash = sha256Hex(params.token);
  if (params.data.serviceType === "custom" && !(await sessionHasAcceptedQuotePrice(db, { tokenHash }))) {
    throw onboardingError("CUSTOM_NEEDS_QUOTE", { field: "serviceType" });
  }
  if (!(await saveStep(db, { tokenHash, step: 2, data: params.data }))) throw onboardingError("SESSION_GONE");
}
