import "server-only";
import { getDb } from "@/db";
import { findSessionByTokenHash, type OnboardingSessionRow } from "@/db/queries/onboarding-sessions";
import { sha256Hex } from "@/lib/tokens";
import { STEPS } from "./schemas";

/** What the visitor is shown of an application to tell it from another: company and step reached. */
export type ApplicationSummary = { companyName: string; step: string };

export type ResumeDecision =
  | { kind: "invalid" }
  /** Nothing else is open in this browser: the link's application simply becomes the open one. */
  | { kind: "adopt" }
  /** Another application is open here: the visitor chooses, nothing is replaced silently. */
  | { kind: "ask"; current: ApplicationSummary; linked: ApplicationSummary };

const MAX_TOKEN_LENGTH = 200;

async function openSession(token: string | null): Promise<OnboardingSessionRow | null> {
  if (!token || token.length > MAX_TOKEN_LENGTH) return null;
  const session = await findSessionByTokenHash(await getDb(), { tokenHash: sha256Hex(token) });
  return session?.status === "in_progress" ? session : null;
}

function summary(session: OnboardingSessionRow): ApplicationSummary {
  const name = session.step1?.companyName;
  const step = STEPS[Math.min(Math.max(session.currentStep, 1), STEPS.length) - 1]!;
  return {
    companyName: typeof name === "string" && name ? name : "Firma adı girilmemiş başvuru",
    step: `Adım ${step.number}: ${step.label}`,
  };
}

/**
 * A resume link (`token`) arriving in a browser whose cookie holds `currentToken`: a link that opens
 * nothing is refused; it replaces the browser's application only when that one is no longer open (or
 * is the same), otherwise the visitor is asked.
 */
export async function decideResume(params: { token: string; currentToken: string | null }): Promise<ResumeDecision> {
  const linked = await openSession(params.token);
  if (!linked) return { kind: "invalid" };
  if (!params.currentToken || params.currentToken === params.token) return { kind: "adopt" };
  const current = await openSession(params.currentToken);
  if (!current) return { kind: "adopt" };
  return { kind: "ask", current: summary(current), linked: summary(linked) };
}

/** The token of a link that still opens an application in progress, for the visitor who chose it. */
export async function isResumableToken(token: string): Promise<boolean> {
  return (await openSession(token)) !== null;
}
