"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { replaceIntegrationCredentials, testIntegration } from "@/lib/account/integration";
import { connectionFailed } from "@/lib/account/messages";
import { replaceCredentialsSchema } from "@/lib/account/schemas";
import { customerAction, ok } from "@/lib/safe-action";

/** A failed test is saved as the integration's status too: the page shows it after the answer. */
export const testIntegrationAction = customerAction("testIntegration", z.object({}), async (_input, ctx) => {
  const result = await testIntegration(ctx);
  revalidatePath("/panel/hesap");
  if (!result.ok) throw connectionFailed(result.message);
  return ok(undefined, `Bağlantı başarılı: ${result.shopName}`);
});

export const replaceCredentialsAction = customerAction(
  "replaceCredentials",
  replaceCredentialsSchema,
  async (input, ctx) => {
    const result = await replaceIntegrationCredentials(ctx, input);
    revalidatePath("/panel/hesap");
    if (!result.ok) throw connectionFailed(result.message, { replaced: true });
    return ok(undefined, `Yeni bilgiler kaydedildi, bağlantı başarılı: ${result.shopName}`);
  },
);
