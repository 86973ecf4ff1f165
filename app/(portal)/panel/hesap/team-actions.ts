"use server";

import { revalidatePath } from "next/cache";
import { inviteUserSchema, removeUserSchema } from "@/components/account/schemas";
import { removeColleague } from "@/lib/account/company-users";
import { INVITATION_DAYS, inviteColleague } from "@/lib/account/invitations";
import { tooManyAttemptsMessage } from "@/lib/rate-limit";
import { authAction, fail, ok } from "@/lib/safe-action";

export const inviteUserAction = authAction(
  inviteUserSchema,
  async (input, ctx) => {
    const outcome = await inviteColleague({
      customerId: ctx.user.customerId!,
      email: input.email,
      inviterName: ctx.user.name,
      actor: ctx.user,
      ip: ctx.ip,
      requestId: ctx.requestId,
    });
    if ("limited" in outcome) return fail(tooManyAttemptsMessage(outcome.limited));
    if (!outcome.ok) {
      return fail("Lütfen işaretli alanları düzeltin.", {
        email: ["Bu e-posta adresi zaten ekibinizdeki bir kullanıcıya ait"],
      });
    }
    revalidatePath("/panel/hesap");
    return ok(undefined, `${input.email} adresine davet gönderildi. Bağlantı ${INVITATION_DAYS} gün geçerlidir.`);
  },
  { role: "customer", echo: ["email"] },
);

/** Another user of one's own company only; an id from elsewhere answers like a missing one. */
export const removeUserAction = authAction(
  removeUserSchema,
  async (input, ctx) => {
    if (input.userId === ctx.user.id) return fail("Kendi hesabınızı kaldıramazsınız.");
    const removed = await removeColleague({
      customerId: ctx.user.customerId!,
      userId: input.userId,
      actor: ctx.user,
      ip: ctx.ip,
      requestId: ctx.requestId,
    });
    if (!removed) return fail("Kullanıcı bulunamadı.");
    revalidatePath("/panel/hesap");
    return ok(undefined, "Kullanıcı kaldırıldı; oturumları kapatıldı.");
  },
  { role: "customer" },
);
