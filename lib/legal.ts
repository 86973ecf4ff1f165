/**
 * The texts a new customer accepts in onboarding step 4. Each has a version stored with the
 * acceptance time on the customer, so we can always show which wording someone agreed to: change
 * the text, change the version.
 */

export const SERVICE_AGREEMENT = {
  version: "2026-01",
  title: "Hizmet sözleşmesi",
  paragraphs: [
    'Çardak Paketleme ("Hizmet Sağlayıcı"), müşterinin depomuza gönderdiği ürünleri müşterinin siparişlerine göre paketler ve kargoya hazır hale getirir.',
    "Hizmet bedeli, fatura döneminde tamamlanan paket sayısına göre fiyat tablosundaki birim fiyattan (premium hizmette ek ücretle, size özel hizmette sözleşme fiyatıyla) hesaplanır. Fiyatlara KDV dahil değildir.",
    "Fatura dönemi her ayın 15'inden bir sonraki ayın 15'ine kadardır. Faturalar dönem sonunda kesilir ve 24 saat içinde ödenir.",
    "Süresinde ödenmeyen faturalar gecikmiş sayılır; gecikmeden 24 saat sonra hizmet askıya alınabilir. Tüm gecikmiş faturalar ödendiğinde hizmet yeniden başlar.",
    "Kırılgan ürünler müşteri tarafından bildirilir; bildirilmeyen kırılgan ürünlerdeki hasardan Hizmet Sağlayıcı sorumlu değildir.",
    "Taraflardan her biri sözleşmeyi 30 gün önceden yazılı bildirimle sona erdirebilir.",
  ],
} as const;

export const KVKK_NOTICE = {
  version: "2026-01",
  title: "KVKK aydınlatma metni",
  paragraphs: [
    "6698 sayılı Kişisel Verilerin Korunması Kanunu uyarınca veri sorumlusu Çardak Paketleme'dir.",
    "Firma ve yetkili kişi bilgileriniz (ad, e-posta, telefon, vergi numarası) sözleşmenin kurulması ve ifası, faturalandırma ve yasal yükümlülüklerimizin yerine getirilmesi amacıyla işlenir.",
    "E-ticaret entegrasyon bilgileriniz şifrelenerek saklanır ve yalnızca siparişlerinizi almak için kullanılır.",
    "Verileriniz yasal saklama süreleri boyunca saklanır; ödeme ve e-posta hizmet sağlayıcılarımız dışında üçüncü kişilerle paylaşılmaz.",
    "Kanun'un 11. maddesindeki haklarınızı (bilgi talep etme, düzeltme, silme, itiraz) panelinizden ya da operasyon ekibimize yazarak kullanabilirsiniz.",
  ],
} as const;
