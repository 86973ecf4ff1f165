/**
 * The e-mail log's state in the URL: status (`durum`), template (`sablon`), recipient (`alici`, any
 * part of the address), days (`baslangic`, `bitis`) and the keyset position (`sonra`, `once`).
 */
import { z } from "zod";
import { calendarDay, filter, listParams, listSearch } from "../list-params";

export const EMAIL_LOG_PAGE_SIZE = 50;
export const EMAIL_LOG_PATH = "/yonetim/e-postalar";

export const EMAIL_STATUSES = ["queued", "sent", "failed", "stored"] as const;
export type EmailStatus = (typeof EMAIL_STATUSES)[number];

export const EMAIL_STATUS_LABELS: Record<EmailStatus, string> = {
  queued: "Kuyrukta",
  sent: "Gönderildi",
  failed: "Başarısız",
  stored: "Saklandı",
};

/** The recipient filter needs three characters: a trigram index cannot look up less. */
export const RECIPIENT_MIN_LENGTH = 3;
const recipient = listSearch({ min: RECIPIENT_MIN_LENGTH }).transform((value) => value.toLowerCase());

export const emailLogList = listParams({
  filters: {
    status: filter("durum", z.enum(EMAIL_STATUSES)),
    template: filter("sablon", z.string().regex(/^[a-z0-9-]{1,60}$/)),
    recipient: filter("alici", recipient),
    fromDate: filter("baslangic", calendarDay),
    toDate: filter("bitis", calendarDay),
  },
  keyset: true,
});

export type EmailLogQuery = ReturnType<typeof emailLogList.parse>;
