"use server";

import { revalidatePath } from "next/cache";
import { opsAlertSettingsSchema } from "@/lib/ops-alert-kinds";
import { updateOpsAlertSettings } from "@/lib/ops-alert-settings";
import { adminAction, ok } from "@/lib/safe-action";

export const updateOpsAlertSettingsAction = adminAction(
  "updateOpsAlertSettings",
  opsAlertSettingsSchema,
  async (input, ctx) => {
    const { changed } = await updateOpsAlertSettings(ctx, input);
    revalidatePath("/yonetim/e-postalar/uyarilar");
    return ok(undefined, changed === 0 ? "Değişiklik yok; ayarlar aynı kaldı." : "Uyarı ayarları kaydedildi.");
  },
);
