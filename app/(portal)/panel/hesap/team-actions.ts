"use server";

import { revalidatePath } from "next/cache";
import { inviteUserSchema, removeUserSchema } from "@/components/account/schemas";
import { removeColleague } from "@/lib/account/company-users";
import { EmailAlreadyUserError, INVITATION_DAYS, inviteColleague } from "@/lib/account/invitations";
import { authAction, fail, ok } from "@/lib/safe-action";

export const inviteUserAction = authAction(
  inviteUserSchema,
  async (input, ctx) => {
    try {
      await inviteColleague({
        customerId: ctx.user.customerId!,
        email: input.email,
        inviterName: ctx.user.name,
        actor: ctx.user,
        ip: ctx.ip,
        requestId: ctx.requestId,
      });
    } catch (error) {
      if (error instanceof EmailAlreadyUserError) {
        return fail("Lütfen işaretli alanları düzeltin.", { email: ["Bu e-posta adresiyle bir kullanıcı zaten var"] });
      }
      throw error;
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
