import { z } from "zod";
import { newPasswordSchema } from "./password-rules";
import { rowId } from "@/lib/row-id";
import { text } from "@/lib/text";

/** The forms of sign-in, password reset and user administration, shared by the forms and their actions. */

const email = text().min(1, "E-posta adresinizi girin").pipe(z.email("Geçerli bir e-posta adresi girin"));

export const signInSchema = z.object({
  email,
  password: text({ trim: false }).min(1, "Şifrenizi girin").max(1024, "Şifre çok uzun"),
  next: text({ trim: false }).max(2000).optional(),
});

export const forgotPasswordSchema = z.object({ email });

export const resetPasswordSchema = z
  .object({
    token: text({ trim: false }).min(20).max(200),
    password: newPasswordSchema,
    passwordConfirm: text({ trim: false }).min(1, "Şifrenizi tekrar girin"),
  })
  .refine((value) => value.password === value.passwordConfirm, {
    path: ["passwordConfirm"],
    message: "Şifreler aynı değil",
  });

export const createAdminSchema = z.object({
  name: text().min(2, "Ad soyad girin").max(120, "Ad soyad çok uzun"),
  email,
  password: newPasswordSchema,
});

export const setUserDisabledSchema = z.object({
  userId: rowId("Geçersiz kullanıcı"),
  disabled: z.enum(["true", "false"]).transform((value) => value === "true"),
});

/** `Oturumu kapat` in the session list. */
export const endSessionSchema = z.object({ sessionId: rowId("Oturum bulunamadı") });
