/** Texts shared by the server (action results) and the forms that show them with a link. */

export const INVOICES_PATH = "/panel/faturalar";

export const SUSPENDED_ORDER_MESSAGE =
  "Hesabınız askıya alındığı için yeni sipariş oluşturamazsınız. Ödenmemiş faturalarınızı ödediğinizde hesabınız yeniden açılır.";

export const INACTIVE_ORDER_MESSAGE =
  "Hesabınız etkin olmadığı için yeni sipariş oluşturamazsınız. Lütfen bizimle iletişime geçin.";

export const STALE_ORDER_MESSAGE =
  "Sipariş bu arada başka biri tarafından güncellendi. Sayfayı yenileyip tekrar deneyin.";

export const ORDER_NOT_FOUND_MESSAGE = "Sipariş bulunamadı.";
