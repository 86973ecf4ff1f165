/** What billing's refusals say, in one place (lib/errors.ts). */
import { errorFactory } from "../errors";

export const BILLING_MESSAGES = {
  INVOICE_NOT_FOUND: "Fatura bulunamadı.",
  PERIOD_INVALID: "Geçerli bir faturalandırma dönemi seçin (ayın 15'inde başlar).",
  PERIOD_NOT_ENDED: "Bu dönem henüz bitmedi; bir dönem ancak bittikten sonra faturalandırılabilir.",
  RUN_IN_PROGRESS:
    "Bu dönemin faturalandırması şu anda sürüyor. Bittiğinde faturalar listede görünür; yeniden başlatmanız gerekmez. Yarım saat ilerlemezse yeniden başlatabilirsiniz.",
  PAYMENT_DATE_INVALID: "Geçerli bir ödeme tarihi girin.",
  PAYMENT_DATE_IN_FUTURE: "Ödeme tarihi bugünden sonra olamaz.",
  PAYMENT_DATE_BEFORE_ISSUE: "Ödeme tarihi faturanın kesildiği günden önce olamaz.",
  PAYMENT_REFERENCE_TAKEN: "Bu referansla kayıtlı bir ödeme zaten var.",
} as const;

export type BillingErrorCode = keyof typeof BILLING_MESSAGES;

export const billingError = errorFactory(BILLING_MESSAGES);
