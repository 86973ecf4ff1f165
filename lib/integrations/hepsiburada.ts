import { z } from "zod";
import { requiredText, secretText } from "./field-schemas";
import { badCredentials, basicAuth, isRecord, parseJson, unexpected, unexpectedStatus } from "./answers";
import type { Connector, CredentialField, Send, VerifyResult } from "./types";

/**
 * Hepsiburada Marketplace listing API. Since August 2024 its Basic auth is merchant ID + service key
 * ("servis anahtarı", entered here as the password), with the integration's username sent as
 * User-Agent. `GET /listings/merchantid/{id}?limit=1` is one of the merchant's own, cheapest reads.
 */

export const HEPSIBURADA_LISTING_API = "https://listing-external.hepsiburada.com";

const MERCHANT_LABEL = "Mağaza ID (Merchant ID)";
const USERNAME_LABEL = "Kullanıcı adı";
const PASSWORD_LABEL = "Şifre";
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const hepsiburadaCredentialsSchema = z.object({
  merchantId: requiredText(MERCHANT_LABEL).regex(
    GUID,
    `${MERCHANT_LABEL} 36 karakterlik bir kimliktir (ör. b2910839-83b9-4d45-adb6-86bad457edcb)`,
  ),
  // It travels as a header value, which cannot hold spaces or Turkish letters.
  username: secretText(USERNAME_LABEL),
  password: secretText(PASSWORD_LABEL),
});

export type HepsiburadaCredentials = z.output<typeof hepsiburadaCredentialsSchema>;

export const hepsiburadaFields: readonly CredentialField<keyof HepsiburadaCredentials>[] = [
  {
    name: "merchantId",
    label: MERCHANT_LABEL,
    secret: false,
    placeholder: "b2910839-83b9-4d45-adb6-86bad457edcb",
    hint: "Hepsiburada satıcı paneli › Hesabım › Bilgilerim › Entegratör bilgileri bölümündeki Mağaza ID",
  },
  { name: "username", label: USERNAME_LABEL, secret: false, hint: "Hepsiburada entegrasyon (API) kullanıcı adınız" },
  {
    name: "password",
    label: PASSWORD_LABEL,
    secret: true,
    hint: "Hepsiburada satıcı panelinde entegrasyon için oluşturulan servis anahtarı",
  },
];

async function verify(credentials: HepsiburadaCredentials, send: Send): Promise<VerifyResult> {
  const target = { platform: "Hepsiburada", host: new URL(HEPSIBURADA_LISTING_API).host };
  const merchantId = encodeURIComponent(credentials.merchantId);
  const sent = await send(
    {
      url: `${HEPSIBURADA_LISTING_API}/listings/merchantid/${merchantId}?offset=0&limit=1`,
      headers: {
        Authorization: basicAuth(credentials.merchantId, credentials.password),
        "User-Agent": credentials.username,
        Accept: "application/json",
      },
    },
    target,
  );
  if (!sent.ok) return sent;
  const { answer } = sent;
  if (answer.status === 401 || answer.status === 403) {
    return badCredentials(
      "Hepsiburada erişim bilgileri geçersiz: mağaza ID, kullanıcı adı ve şifreyi (servis anahtarı) kontrol edin.",
    );
  }
  if (answer.status === 404) {
    return unexpected(target, "bu mağaza ID ile bir mağaza bulunamadı (HTTP 404); mağaza ID'yi kontrol edin");
  }
  if (answer.status !== 200) return unexpectedStatus(target, answer);
  const body = parseJson(answer.text);
  if (!isRecord(body) || !Array.isArray(body.listings)) return unexpected(target, "ürün listesi okunamadı");
  // The listing API does not return the store's name; the merchant ID is what the seller panel shows.
  return { ok: true, shopName: `Hepsiburada mağazası ${credentials.merchantId}` };
}

export const hepsiburadaConnector: Connector<HepsiburadaCredentials> = {
  platform: "hepsiburada",
  label: "Hepsiburada",
  fields: hepsiburadaFields,
  schema: hepsiburadaCredentialsSchema,
  // Whatever is typed, the credentials only ever go to Hepsiburada's own API.
  destination: () => new URL(HEPSIBURADA_LISTING_API).origin,
  verify,
};
