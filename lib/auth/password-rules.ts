import { text } from "@/lib/text";

export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 128;

/** Length rules of every new password; the server also refuses common ones (password-policy.ts). */
export const newPasswordSchema = text({ trim: false, error: "Şifre girin" })
  .min(PASSWORD_MIN, `Şifre en az ${PASSWORD_MIN} karakter olmalıdır`)
  .max(PASSWORD_MAX, `Şifre en fazla ${PASSWORD_MAX} karakter olabilir`);
