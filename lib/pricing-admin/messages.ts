/** What the pricing administration answers when it refuses, in Turkish. */
import { errorFactory } from "@/lib/errors";

export const PRICING_MESSAGES = {
  EFFECTIVE_DATE_PAST: "Yürürlük tarihi bugün ya da daha sonraki bir gün olmalı.",
  NOTHING_CHANGED: "Değişiklik yok: girilen fiyatlar o tarihte zaten geçerli.",
  VERSION_NOT_FOUND: "Bu tarihte planlanmış bir fiyat değişikliği yok.",
  VERSION_IN_EFFECT: "Yürürlüğe girmiş bir fiyat değişikliği geri alınamaz; yeni bir değişiklik planlayın.",
} as const;

export const pricingError = errorFactory(PRICING_MESSAGES);
