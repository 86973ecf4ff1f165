"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { replaceIntegrationCredentials, testIntegration } from "@/lib/account/integration";
import { authAction, fail, ok } from "@/lib/safe-action";

const NO_INTEGRATION = "Bağlı bir entegrasyonunuz yok.";

export const testIntegrationAction = authAction(
  z.object({}),
  async (_input, ctx) => {
    const result = await testIntegration({ customerId: ctx.user.customerId!, actor: ctx.user, ip: ctx.ip, requestId: ctx.requestId });
    if (!result) return fail(NO_INTEGRATION);
    revalidatePath("/panel/hesap");
    return result.ok ? ok(undefined, `Bağlantı başarılı: ${result.shopName}`) : fail(result.message);
  },
  { role: "customer" },
);

export const replaceCredentialsAction = authAction(
  z.record(z.string(), z.string().max(2000, "Değer çok uzun")),
  async (input, ctx) => {
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
