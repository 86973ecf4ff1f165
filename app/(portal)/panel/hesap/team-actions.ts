"use server";

import { revalidatePath } from "next/cache";
import { removeColleague } from "@/lib/account/company-users";
import { resendInvitation, revokeInvitation } from "@/lib/account/invitation-changes";
import { INVITATION_DAYS, inviteColleague } from "@/lib/account/invitations";
import { invitationIdSchema, inviteUserSchema, removeUserSchema } from "@/lib/account/schemas";
import { customerAction, ok } from "@/lib/safe-action";

export const inviteUserAction = customerAction(
  "inviteUser",
  inviteUserSchema,
  async (input, ctx) => {
    await inviteColleague(ctx, input);
    revalidatePath("/panel/hesap");
    return ok(undefined, `${input.email} adresine davet gönderildi. Bağlantı ${INVITATION_DAYS} gün geçerlidir.`);
  },
  { echo: ["email"] },
);

/** Another user of one's own company only; an id from elsewhere answers like a missing one. */
export const removeUserAction = customerAction("removeUser", removeUserSchema, async (input, ctx) => {
  await removeColleague(ctx, input);
  revalidatePath("/panel/hesap");
  return ok(undefined, "Kullanıcı kaldırıldı; oturumları kapatıldı.");
});

export const revokeInvitationAction = customerAction("revokeInvitation", invitationIdSchema, async (input, ctx) => {
  const { email } = await revokeInvitation(ctx, input);
  revalidatePath("/panel/hesap");
  return ok(undefined, `${email} adresine gönderilen davet geri alındı; bağlantısı artık çalışmaz.`);
});

export const resendInvitationAction = customerAction("resendInvitation", invitationIdSchema, async (input, ctx) => {
  const { email } = await resendInvitation(ctx, input);
  revalidatePath("/panel/hesap");
  return ok(undefined, `Davet ${email} adresine yeniden gönderildi. Yeni bağlantı ${INVITATION_DAYS} gün geçerlidir.`);
});
