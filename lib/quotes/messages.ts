/** What the quote rules answer when they refuse, in Turkish: to visitors and to operations. */
import { errorFactory } from "@/lib/errors";

export const QUOTE_MESSAGES = {
  QUOTE_NOT_FOUND: "Teklif bulunamadı.",
  /** Another admin moved the quote between our read and our write. */
  QUOTE_CONFLICT: "Teklif bu arada başka biri tarafından değiştirildi. Sayfayı yenileyip tekrar deneyin.",
  /** Said to whoever fills the hidden field: a person whose browser filled it can still call us. */
  QUOTE_HONEYPOT: "Talebiniz gönderilemedi. Lütfen sayfayı yenileyip tekrar deneyin ya da bize e-posta ile yazın.",
  /** Texts with the limit and the wait in them: see quoteLimitError. */
  QUOTE_ADDRESS_LIMIT: "Bir saat içinde gönderilebilecek teklif talebi sınırına ulaşıldı.",
  QUOTE_RECIPIENT_LIMIT: "Bu e-posta adresine gönderilebilecek teklif sınırına ulaşıldı.",
  OFFER_NOT_FOUND: "Bu teklif bağlantısı geçersiz.",
  OFFER_EXPIRED: "Bu teklifin geçerlilik süresi doldu. Yeni bir teklif için bizimle iletişime geçin.",
  OFFER_ACCEPTED: "Bu teklif zaten kabul edildi.",
  OFFER_REJECTED: "Bu teklif artık geçerli değil.",
  /** The shop declined it from its link; operations' own rejection stays OFFER_REJECTED. */
  OFFER_DECLINED: "Bu teklifi reddettiniz. Fikrinizi değiştirdiyseniz yeni bir teklif isteyebilirsiniz.",
  /** Accepted, and the account was opened from it: the way on is signing in, not a second account. */
  OFFER_ACCOUNT_OPEN: "Bu teklifi kabul ettiniz ve hesabınız açıldı. Panelinize giriş yaparak devam edebilirsiniz.",
  OFFER_CONFLICT: "Bu teklif bu arada yanıtlandı. Sayfayı yenileyin.",
} as const;

export const quoteError = errorFactory(QUOTE_MESSAGES);

/** A full rate limit of quote requests: how many it allows, and the wait in words ("12 dakika"). */
export function quoteLimitError(limit: { max: number; wait: string; byRecipient: boolean }) {
  const wait = `Lütfen ${limit.wait} sonra tekrar deneyin.`;
  return limit.byRecipient
    ? quoteError("QUOTE_RECIPIENT_LIMIT", {
        message: `Bu e-posta adresine 24 saat içinde en fazla ${limit.max} teklif gönderilebilir. ${wait}`,
      })
    : quoteError("QUOTE_ADDRESS_LIMIT", {
        message: `Bir saat içinde en fazla ${limit.max} teklif talebi gönderilebilir. ${wait}`,
      });
}
