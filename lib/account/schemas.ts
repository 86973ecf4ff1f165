import { z } from "zod";
import { newPasswordSchema } from "@/lib/auth/password-rules";
import { turkishPhoneSchema } from "@/lib/phone";
import { rowId } from "@/lib/row-id";
import { text } from "@/lib/text";

/** The account pages' forms (and the invitation's), shared by the forms and their actions. */

const email = text()
  .min(1, "E-posta adresini girin")
  .max(320, "E-posta adresi çok uzun")
  .pipe(z.email("Geçerli bir e-posta adresi girin"));

/** The company details a customer may change; the tax number is not among them. */
export const companyProfileSchema = z.object({
  companyName: text().min(2, "Firma adını girin").max(200, "Firma adı çok uzun"),
  contactName: text().min(2, "Yetkili kişinin adını girin").max(120, "Ad çok uzun"),
  email,
  phone: turkishPhoneSchema,
  address: text().max(500, "Adres çok uzun").optional(),
  city: text().max(80, "Şehir adı çok uzun").optional(),
  /**
   * For invoices (`Vergi dairesi`, on /panel/hesap's company form). Absent from a form that
   * does not show it: then it stays as it is; sent, it must be filled in.
   */
  taxOffice: text({ error: "Vergi dairesini girin" })
    .min(2, "Vergi dairesini girin")
    .max(100, "Vergi dairesi en fazla 100 karakter olabilir")
    .optional(),
});

export const changePasswordSchema = z
  .object({
    currentPassword: text({ trim: false }).min(1, "Mevcut şifrenizi girin").max(1024, "Şifre çok uzun"),
    password: newPasswordSchema,
    passwordConfirm: text({ trim: false }).min(1, "Yeni şifrenizi tekrar girin"),
  })
  .refine((value) => value.password === value.passwordConfirm, {
    path: ["passwordConfirm"],
    message: "Şifreler aynı değil",
  })
  .refine((value) => value.password !== value.currentPassword, {
    path: ["password"],
    message: "Yeni şifre mevcut şifreyle aynı olamaz",
  });

export const inviteUserSchema = z.object({ email });

/** `Daveti geri al` and `Yeniden gönder` in the pending invitations. */
export const invitationIdSchema = z.object({ invitationId: rowId("Davet bulunamadı") });

export const removeUserSchema = z.object({ userId: rowId("Kullanıcı bulunamadı") });

export const acceptInvitationSchema = z
  .object({
    token: text({ trim: false }).min(20).max(200),
    name: text().min(2, "Adınızı ve soyadınızı girin").max(120, "Ad soyad çok uzun"),
    password: newPasswordSchema,
    passwordConfirm: text({ trim: false }).min(1, "Şifrenizi tekrar girin"),
  })
  .refine((value) => value.password === value.passwordConfirm, {
    path: ["passwordConfirm"],
    message: "Şifreler aynı değil",
  });

/** A platform's credentials, typed again: each platform's own schema checks them on the server. */
export const replaceCredentialsSchema = z.record(z.string(), text({ trim: false }).max(2000, "Değer çok uzun"));
