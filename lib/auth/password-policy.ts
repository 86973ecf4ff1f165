import { dictionary } from "@zxcvbn-ts/language-common";
import type { z } from "zod";

// zxcvbn's list of ~50,000 leaked passwords, plus Turkish favourites it lacks.
const turkishCommon = [
  "sifre12345",
  "şifre12345",
  "parola1234",
  "1234567890",
  "galatasaray",
  "fenerbahce",
  "fenerbahçe",
  "besiktas1903",
  "trabzonspor",
  "istanbul34",
  "turkiye1923",
  "qwertyuiop",
  "asdfghjklş",
];
const common = new Set([...(dictionary["passwords-common"] as string[]), ...turkishCommon].map((p) => p.toLowerCase()));

export function isCommonPassword(password: string): boolean {
  return common.has(password.toLowerCase());
}

export const commonPasswordCount = common.size;

export const COMMON_PASSWORD_MESSAGE = "Bu şifre çok yaygın; lütfen tahmin edilmesi zor bir şifre seçin";

/**
 * Adds the common-password check to a form schema on the server (the list is too large to ship to
 * browsers, which check the length rules only).
 */
export function refuseCommonPassword<S extends z.ZodType<Record<string, unknown>>>(schema: S, field = "password") {
  return schema.superRefine((value, ctx) => {
    const password = value[field];
    if (typeof password === "string" && isCommonPassword(password)) {
      ctx.addIssue({ code: "custom", path: [field], message: COMMON_PASSWORD_MESSAGE });
    }
  });
}
