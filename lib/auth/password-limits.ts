/** The length of every new password, free of zod so the browser's form checks share it. */
export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 128;

export const PASSWORD_MESSAGES = {
  empty: "Şifre girin",
  tooShort: `Şifre en az ${PASSWORD_MIN} karakter olmalıdır`,
  tooLong: `Şifre en fazla ${PASSWORD_MAX} karakter olabilir`,
} as const;
