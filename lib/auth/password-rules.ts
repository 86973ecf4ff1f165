import { text } from "@/lib/text";
import { PASSWORD_MAX, PASSWORD_MESSAGES, PASSWORD_MIN } from "./password-limits";

export { PASSWORD_MAX, PASSWORD_MIN } from "./password-limits";

/** Length rules of every new password; the server also refuses common ones (password-policy.ts). */
export const newPasswordSchema = text({ trim: false, error: PASSWORD_MESSAGES.empty })
  .min(PASSWORD_MIN, PASSWORD_MESSAGES.tooShort)
  .max(PASSWORD_MAX, PASSWORD_MESSAGES.tooLong);
