/** Auth.js's `code` of a CredentialsSignin for the right password of a disabled account. */
export const ACCOUNT_DISABLED_CODE = "account_disabled";
/** Auth.js's `code` of a CredentialsSignin refused by the sign-in limits. */
export const RATE_LIMITED_CODE = "rate_limited";

/**
 * What the sign-in page says after a refused sign-in, from Auth.js's error code (the action's
 * CredentialsSignin, or `?code=` after a POST to Auth.js's own endpoint).
 */
export function signInFailureMessage(code?: string): string {
  if (code === ACCOUNT_DISABLED_CODE) {
    return "Hesabınız devre dışı bırakılmış. Yardım için firmanızın yöneticisine ya da Çardak Paketleme'ye başvurun.";
  }
  if (code === RATE_LIMITED_CODE) return "Çok fazla deneme yapıldı. Lütfen biraz sonra tekrar deneyin.";
  return "E-posta veya şifre hatalı";
}
