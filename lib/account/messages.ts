import { errorFactory } from "@/lib/errors";

/** What the account pages (company details, password, team, integration) tell a user, in Turkish. */
export const ACCOUNT_MESSAGES = {
  CUSTOMER_NOT_FOUND: "Müşteri bulunamadı.",
  WRONG_CURRENT_PASSWORD: "Mevcut şifreniz hatalı",
  ALREADY_A_COLLEAGUE: "Bu e-posta adresi zaten ekibinizdeki bir kullanıcıya ait",
  CANNOT_REMOVE_SELF: "Kendi hesabınızı kaldıramazsınız.",
  USER_NOT_FOUND: "Kullanıcı bulunamadı.",
  INVITATION_PENDING:
    "Bu adrese gönderilmiş bekleyen bir davet var. Bekleyen davetler listesinden yeniden gönderebilir ya da geri alabilirsiniz",
  INVITATION_NOT_FOUND: "Davet bulunamadı ya da artık beklemiyor.",
  INVITATION_INVALID: "Bu davet bağlantısı geçersiz, kullanılmış ya da süresi dolmuş.",
  EMAIL_ALREADY_USER: "Bu e-posta adresiyle bir hesap zaten var. Giriş yapmayı deneyin.",
  NO_INTEGRATION: "Bağlı bir entegrasyonunuz yok.",
  /** With each field's own text (fieldErrors): the platform's rules for its credentials. */
  CREDENTIALS_INVALID: "Lütfen işaretli alanları düzeltin.",
  /** Usually in the platform's own words (connectionFailed below). */
  CONNECTION_FAILED: "Bağlantı kurulamadı.",
  /** With the wait computed from the limit (tooManyAttemptsMessage). */
  /** With the time the first request was made (deletionAlreadyRequested). */
  DELETION_ALREADY_REQUESTED: "Hesabınızın silinmesi zaten istendi; operasyon ekibimiz talebinizi inceliyor.",
  TOO_MANY_ATTEMPTS: "Çok fazla deneme yapıldı. Lütfen biraz sonra tekrar deneyin.",
} as const;

export const accountError = errorFactory(ACCOUNT_MESSAGES);

/**
 * A connection test that failed, in the platform's words (a VerifyResult's Turkish message); after
 * replacing the credentials, saying that they were saved all the same.
 */
export function connectionFailed(reason: string, options: { replaced?: boolean } = {}) {
  const message = options.replaced ? `Yeni bilgiler kaydedildi ama bağlantı kurulamadı: ${reason}` : reason;
  return accountError("CONNECTION_FAILED", { message });
}
