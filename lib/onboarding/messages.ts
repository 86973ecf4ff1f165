import { errorFactory } from "@/lib/errors";

/** What the onboarding wizard (/basla) tells a visitor, in Turkish. */
export const ONBOARDING_MESSAGES = {
  /** A step sent without an application in progress (none in the cookie, completed, or abandoned). */
  SESSION_GONE: "Başvurunuz bulunamadı ya da tamamlanmış. Lütfen 1. adımdan yeniden başlayın.",
  SESSION_NOT_FOUND: "Başvurunuz bulunamadı. Lütfen 1. adımdan yeniden başlayın.",
  INCOMPLETE: "Önceki adımlarda eksik bilgi var. Lütfen Geri ile adımları tamamlayın.",
  ALREADY_COMPLETED: "Bu başvuru zaten tamamlandı; hesabınıza giriş yapabilirsiniz.",
  EMAIL_TAKEN: "Bu e-posta adresiyle bir hesap zaten var. Giriş yaparak devam edin.",
  TAX_ID_TAKEN: "Bu vergi numarasıyla kayıtlı bir müşterimiz var. Giriş yaparak devam edin.",
  /** Step 1 with an e-mail or a tax number that has an account: each on its field (fieldErrors). */
  ACCOUNT_EXISTS: "Lütfen işaretli alanları düzeltin.",
  CUSTOM_NEEDS_QUOTE:
    "Size özel fiyat yalnızca kabul edilmiş bir teklifle seçilebilir. Lütfen önce teklif alın ya da standart veya premium hizmeti seçin.",
  PLATFORM_NEEDED_FOR_TEST: "Bağlantıyı test etmek için bir platform seçin",
  /** With each field's own text (fieldErrors): the platform's rules for its credentials. */
  CREDENTIALS_INVALID: "Lütfen işaretli alanları düzeltin.",
  PROFILE_ALREADY_COMPLETE: "Hesabınızın firma bilgileri zaten tamamlanmış.",
  RESUME_LINK_INVALID: "Bu devam bağlantısı geçersiz ya da süresi dolmuş.",
  /** With the wait computed from the limit (tooManyAttemptsMessage). */
  TOO_MANY_ATTEMPTS: "Çok fazla deneme yapıldı. Lütfen biraz sonra tekrar deneyin.",
} as const;

export const onboardingError = errorFactory(ONBOARDING_MESSAGES);
