/** What the order rules answer when they refuse, in Turkish: the portal's and the forms' words. */
import { errorFactory } from "@/lib/errors";

export const INVOICES_PATH = "/panel/faturalar";

export const ORDER_MESSAGES = {
  /** Also for another customer's order: the caller cannot tell the two apart. */
  ORDER_NOT_FOUND: "Sipariş bulunamadı.",
  CUSTOMER_NOT_FOUND: "Müşteri bulunamadı.",
  CUSTOMER_SUSPENDED:
    "Hesabınız askıya alındığı için yeni sipariş oluşturamazsınız. Ödenmemiş faturalarınızı ödediğinizde hesabınız yeniden açılır.",
  /** Operations suspended the account: paying does not reopen it. */
  CUSTOMER_SUSPENDED_BY_ADMIN:
    "Hesabınız operasyon ekibimiz tarafından askıya alındığı için yeni sipariş oluşturamazsınız. Ayrıntılar için lütfen bizimle iletişime geçin.",
  CUSTOMER_INACTIVE: "Hesabınız etkin olmadığı için yeni sipariş oluşturamazsınız. Lütfen bizimle iletişime geçin.",
  /** Someone else moved the order between our read and our write. */
  ORDER_STALE: "Sipariş bu arada başka biri tarafından güncellendi. Sayfayı yenileyip tekrar deneyin.",
  /** A customer may only cancel, and only while the order waits. */
  ORDER_NOT_CANCELLABLE: "Yalnızca beklemedeki siparişler iptal edilebilir.",
} as const;

export const orderError = errorFactory(ORDER_MESSAGES);
