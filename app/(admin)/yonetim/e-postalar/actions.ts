"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { EMAIL_LOG_PATH } from "@/lib/email-log/filters";
import { resendEmail } from "@/lib/email-log/resend";
import { rowId } from "@/lib/row-id";
import { adminAction, ok } from "@/lib/safe-action";

export const resendEmailAction = adminAction(
  "resendEmail",
  z.object({ emailId: rowId("E-posta bulunamadı.") }),
  async (input, ctx) => {
    const { recipient } = await resendEmail(ctx, input);
    revalidatePath(EMAIL_LOG_PATH, "layout");
    return ok(undefined, `E-posta ${recipient} adresine yeniden gönderiliyor.`);
  },
);
