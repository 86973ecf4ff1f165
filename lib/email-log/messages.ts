/** What the e-mail log's actions answer when they refuse, in Turkish. */
import { errorFactory } from "@/lib/errors";

export const EMAIL_LOG_MESSAGES = {
  EMAIL_NOT_FOUND: "E-posta bulunamadı.",
  EMAIL_NOT_FAILED: "Yalnızca gönderilemeyen (başarısız) e-postalar yeniden gönderilebilir.",
  EMAIL_TEMPLATE_UNKNOWN: "Bu e-postanın şablonu artık yok; yeniden gönderilemez.",
  EMAIL_ERASED:
    "Alıcının kişisel verileri KVKK kapsamında silindiği için bu e-postanın içeriği saklanmıyor; yeniden gönderilemez.",
  EMAIL_HAS_SECRET_LINK:
    "Bu e-postadaki kişisel bağlantı güvenlik nedeniyle silindi; yeniden gönderilemez. Kullanıcı yeni bir bağlantı istemeli.",
} as const;

export const emailLogError = errorFactory(EMAIL_LOG_MESSAGES);
