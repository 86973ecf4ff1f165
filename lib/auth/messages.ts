import { errorFactory } from "@/lib/errors";

/** What sign-in, password reset, sessions and user administration tell a user, in Turkish. */
export const AUTH_MESSAGES = {
  SIGN_IN_FAILED: "E-posta veya şifre hatalı",
  ACCOUNT_DISABLED:
    "Hesabınız devre dışı bırakılmış. Yardım için firmanızın yöneticisine ya da Çardak Paketleme'ye başvurun.",
  /** Usually with the wait computed from the limit (tooManyAttemptsMessage). */
  TOO_MANY_ATTEMPTS: "Çok fazla deneme yapıldı. Lütfen biraz sonra tekrar deneyin.",
  RESET_LINK_INVALID: "Bu bağlantı geçersiz ya da süresi dolmuş. Lütfen yeni bir bağlantı isteyin.",
  EMAIL_TAKEN: "Bu e-posta adresiyle bir kullanıcı zaten var",
  CANNOT_DISABLE_SELF: "Kendi hesabınızı devre dışı bırakamazsınız.",
  USER_UNCHANGED: "Kullanıcı bulunamadı ya da zaten bu durumda.",
  SESSION_NOT_FOUND: "Bu oturum bulunamadı ya da zaten kapatılmış.",
} as const;

export const authError = errorFactory(AUTH_MESSAGES);

/** Auth.js's `code` of a CredentialsSignin for the right password of a disabled account. */
export const ACCOUNT_DISABLED_CODE = "account_disabled";
/** Auth.js's `code` of a CredentialsSignin refused by the sign-in limits. */
export const RATE_LIMITED_CODE = "rate_limited";

/**
 * What the sign-in page says after a refused sign-in, from Auth.js's error code (the action's
 * CredentialsSignin, or `?code=` after a POST to Auth.js's own endpoint).
 */
export function signInFailureMessage(code?: string): string {
  if (code === ACCOUNT_DISABLED_CODE) return AUTH_MESSAGES.ACCOUNT_DISABLED;
  if (code === RATE_LIMITED_CODE) return AUTH_MESSAGES.TOO_MANY_ATTEMPTS;
  return AUTH_MESSAGES.SIGN_IN_FAILED;
}
