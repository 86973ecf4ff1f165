"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getDb } from "@/db";
import { replaceIntegrationCredentials, testIntegration } from "@/lib/account/integration";
import { connectionTestLimits } from "@/lib/onboarding/limits";
import { takeLimit, tooManyAttemptsMessage } from "@/lib/rate-limit";
import { authAction, fail, ok } from "@/lib/safe-action";
import { text } from "@/lib/text";

const NO_INTEGRATION = "Bağlı bir entegrasyonunuz yok.";

/** Each test calls the platform for real: the same hourly cap as the onboarding wizard. */
async function takeConnectionTest(ip: string): Promise<string | null> {
  const taken = await takeLimit(await getDb(), connectionTestLimits(ip));
  return taken.limited ? tooManyAttemptsMessage(taken) : null;
}

export const testIntegrationAction = authAction(
  z.object({}),
  async (_input, ctx) => {
    const limited = await takeConnectionTest(ctx.ip);
    if (limited) return fail(limited);
    const result = await testIntegration({
      customerId: ctx.user.customerId!,
      actor: ctx.user,
      ip: ctx.ip,
      requestId: ctx.requestId,
    });
    if (!result) return fail(NO_INTEGRATION);
    revalidatePath("/panel/hesap");
    return result.ok ? ok(undefined, `Bağlantı başarılı: ${result.shopName}`) : fail(result.message);
  },
  { role: "customer" },
);

export const replaceCredentialsAction = authAction(
  z.record(z.string(), text({ trim: false }).max(2000, "Değer çok uzun")),
  async (input, ctx) => {
    const limited = await takeConnectionTest(ctx.ip);
    if (limited) return fail(limited);
    const outcome = await replaceIntegrationCredentials({
      customerId: ctx.user.customerId!,
      fields: input,
      actor: ctx.user,
      ip: ctx.ip,
      requestId: ctx.requestId,
    });
    if (!outcome) return fail(NO_INTEGRATION);
    if (!outcome.ok) return fail("Lütfen işaretli alanları düzeltin.", outcome.fieldErrors);
    revalidatePath("/panel/hesap");
    return outcome.result.ok
      ? ok(undefined, `Yeni bilgiler kaydedildi, bağlantı başarılı: ${outcome.result.shopName}`)
      : fail(`Yeni bilgiler kaydedildi ama bağlantı kurulamadı: ${outcome.result.message}`);
  },
  { role: "customer" },
);
