/** What a customer or an admin reads when a card payment step cannot go on (Turkish, one place). */
export const IYZICO_MESSAGES = {
  IYZICO_NOT_CONFIGURED:
    "Kartla ödeme şu anda kullanılamıyor. Faturanızı havale/EFT ile ödeyebilirsiniz; IBAN faturada yazılıdır.",
  IYZICO_UNAVAILABLE: "Ödeme sağlayıcısına şu anda ulaşılamıyor. Lütfen birkaç dakika sonra yeniden deneyin.",
  IYZICO_REFUSED: "Ödeme sağlayıcısı işlemi kabul etmedi. Lütfen daha sonra yeniden deneyin.",
  IYZICO_UNVERIFIED: "Ödeme sağlayıcısının yanıtı doğrulanamadı; işlem yapılmadı. Lütfen bizimle iletişime geçin.",
} as const;

export type IyzicoErrorCode = keyof typeof IYZICO_MESSAGES;
