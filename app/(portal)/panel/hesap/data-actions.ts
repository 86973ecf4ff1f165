"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requestAccountDeletion } from "@/lib/account/deletion-request";
import { customerAction, ok } from "@/lib/safe-action";

/** `Hesabımın silinmesini iste`: nothing to fill in; the session says which customer. */
export const requestDeletionAction = customerAction("requestAccountDeletion", z.object({}), async (_input, ctx) => {
  await requestAccountDeletion(ctx);
  revalidatePath("/panel/hesap");
  return ok(undefined, "Silme talebiniz alındı. Operasyon ekibimiz sizinle iletişime geçecek.");
});
