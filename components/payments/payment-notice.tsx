"use client";

import { useSearchParams } from "next/navigation";
import { useEffect } from "react";
import { Alert } from "@/components/ui/alert";
import { showToast } from "@/components/ui/toaster";

const NOTICES = {
  basarili: { tone: "success", text: "Ödemeniz alındı. Teşekkür ederiz." },
  basarisiz: {
    tone: "error",
    text: "Kartla ödeme tamamlanamadı; kartınızdan para çekilmedi. Yeniden deneyebilirsiniz.",
  },
  beklemede: {
    tone: "warning",
    text: "Ödemenizin sonucu henüz doğrulanamadı. Ödeme sağlayıcısından yanıt gelir gelmez (en geç birkaç dakika içinde) fatura güncellenir; lütfen yeniden ödemeyin.",
  },
  bulunamadi: { tone: "error", text: "Bu ödeme bulunamadı. Faturanın durumunu aşağıda görebilirsiniz." },
} as const;

/**
 * What the callback said about the card payment just made (`?odeme=`), as a message and a toast. A
 * decline whose attempt the page already shows with its reason (`failedAttemptShown`) is the toast
 * alone: two red alerts said the same thing.
 */
export function PaymentNotice({ failedAttemptShown = false }: { failedAttemptShown?: boolean }) {
  const value = useSearchParams().get("odeme");
  const notice = value && value in NOTICES ? NOTICES[value as keyof typeof NOTICES] : null;
  useEffect(() => {
    if (notice) void showToast(notice.tone === "success" ? "success" : "error", notice.text);
  }, [notice]);
  if (!notice || (value === "basarisiz" && failedAttemptShown)) return null;
  return <Alert tone={notice.tone}>{notice.text}</Alert>;
}
