/** What the customer administration answers when it refuses, in Turkish: operations' words. */
import { errorFactory } from "@/lib/errors";

export const CUSTOMER_MESSAGES = {
  CUSTOMER_NOT_FOUND: "Müşteri bulunamadı.",
  ALREADY_SUSPENDED: "Müşteri zaten askıda.",
  NOT_SUSPENDED: "Müşteri askıda değil; yeniden etkinleştirilecek bir durum yok.",
  INACTIVE: "Etkin olmayan bir müşteri askıya alınamaz.",
  /** Texts with the count and the amount in them: see the reactivation rule. */
  OVERDUE_INVOICES: "Müşterinin ödenmemiş gecikmiş faturaları var.",
  OVERDUE_NOTE_REQUIRED: "Gecikmiş faturası olan müşteriyi etkinleştirmek için nedenini yazın.",
  CONTRACT_PRICE_REQUIRED: "Size özel hizmet için önce sözleşme fiyatını girin.",
  CONTRACT_PRICE_IN_USE: "Size özel hizmet alan müşterinin sözleşme fiyatı silinemez; önce hizmet türünü değiştirin.",
  NO_DELETION_REQUEST: "Müşterinin bir silme talebi yok; kişisel veriler yalnızca müşterinin talebiyle silinir.",
  ALREADY_ERASED: "Bu müşterinin kişisel verileri zaten silindi.",
  NOTHING_CHANGED: "Değişiklik yok: müşteri zaten bu şekilde kayıtlı.",
} as const;

export const customerError = errorFactory(CUSTOMER_MESSAGES);
