import { z } from "zod";
import { newPasswordSchema } from "@/lib/auth/password-rules";
import { turkishPhoneSchema } from "@/lib/phone";

const email = z
  .string()
  .trim()
  .min(1, "E-posta adresini girin")
  .max(320, "E-posta adresi çok uzun")
  .pipe(z.email("Geçerli bir e-posta adresi girin"));

/** The company details a customer may change; the tax number is not among them. */
export const companyProfileSchema = z.object({
  companyName: z.string().trim().min(2, "Firma adını girin").max(200, "Firma adı çok uzun"),
  contactName: z.string().trim().min(2, "Yetkili kişinin adını girin").max(120, "Ad çok uzun"),
  email,
  phone: turkishPhoneSchema,
  address: z.string().trim().max(500, "Adres çok uzun").optional(),
  city: z.string().trim().max(80, "Şehir adı çok uzun").optional(),
});

export const changePasswordSchema = z
  .object({
    currentPassword: z.string().min(1, "Mevcut şifrenizi girin").max(1024, "Şifre çok uzun"),
    password: newPasswordSchema,
    passwordConfirm: z.string().min(1, "Yeni şifrenizi tekrar girin"),
  })
  .refine((value) => value.password === value.passwordConfirm, {
    path: ["passwordConfirm"],
    message: "Şifreler aynı değil",
  })
  .refine((value) => value.password !== value.currentPassword, {
    path: ["password"],
    message: "Yeni şifre mevcut şifreyle aynı olamaz",
  });

export const endSessionSchema = z.object({ sessionId: z.uuid("Oturum bulunamadı") });

export const inviteUserSchema = z.object({ email });

export const removeUserSchema = z.object({ userId: z.uuid("Kullanıcı bulunamadı") });

export const acceptInvitationSchema = z
  .object({
    token: z.string().min(20).max(200),
    name: z.string().trim().min(2, "Adınızı ve soyadınızı girin").max(120, "Ad soyad çok uzun"),
    password: newPasswordSchema,
    passwordConfirm: z.string().min(1, "Şifrenizi tekrar girin"),
  })
  .refine((value) => value.password === value.passwordConfirm, {
    path: ["passwordConfirm"],
    message: "Şifreler aynı değil",
  });
