import { z } from "zod";
import { text } from "@/lib/text";
import { TAX_ID_MESSAGES, validateTaxId } from "./tax-id-rules";

/** The rules themselves are zod-free in lib/tax-id-rules.ts, for the browser's form checks. */
export * from "./tax-id-rules";

/** For forms and actions: the digits only, refused with the same Turkish messages. */
export const taxIdSchema = text({ error: TAX_ID_MESSAGES.required }).transform((input, ctx) => {
  const result = validateTaxId(input);
  if (result.ok) return result.value;
  ctx.addIssue({ code: "custom", message: result.message });
  return z.NEVER;
});
