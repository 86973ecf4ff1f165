import { z } from "zod";
import { secretText, siteUrlSchema } from "./field-schemas";
import { badCredentials, unexpected, unexpectedStatus } from "./answers";
import type { Connector, CredentialField, Send, VerifyResult } from "./types";

/**
 * Ticimax: SOAP (WCF) web services on the shop's own domain, authorised by the "Yetki Kodu" passed
 * as the `UyeKodu` argument of every call. `UrunServis.svc` › `SelectParaBirimi(UyeKodu, 0)` lists
 * the shop's currencies: a few rows, and every shop has at least one (TL), so an empty list means
 * the code was not accepted. A refused code comes back as a SOAP fault (HTTP 500).
 */

const SITE_LABEL = "Site adresi";
const CODE_LABEL = "Web servis yetki kodu";
const OPERATION = "SelectParaBirimi";
const SOAP_ACTION = `http://tempuri.org/IUrunServis/${OPERATION}`;

// Ticimax shops always live at the root of their domain.
const siteUrl = siteUrlSchema(SITE_LABEL, { keepPath: false });

export const ticimaxCredentialsSchema = z.object({
  siteUrl,
  authCode: secretText(CODE_LABEL),
});

export type TicimaxCredentials = z.output<typeof ticimaxCredentialsSchema>;

export const ticimaxFields: readonly CredentialField<keyof TicimaxCredentials>[] = [
  { name: "siteUrl", label: SITE_LABEL, secret: false, placeholder: "https://www.magazaniz.com" },
  {
    name: "authCode",
    label: CODE_LABEL,
    secret: true,
    hint: "Ticimax yönetim panelinde web servisler için tanımlanan yetki kodu (üye kodu)",
  },
];

function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

function unescapeXml(text: string): string {
  return text
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)))
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
}

function envelope(authCode: string): string {
  return (
    '<?xml version="1.0" encoding="utf-8"?>' +
    '<s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/"><s:Body>' +
    `<${OPERATION} xmlns="http://tempuri.org/"><UyeKodu>${escapeXml(authCode)}</UyeKodu><ParaBirimiID>0</ParaBirimiID></${OPERATION}>` +
    "</s:Body></s:Envelope>"
  );
}

const FAULT = /<(?:\w+:)?Fault\b[\s\S]*?<faultstring\b[^>]*>([\s\S]*?)<\/faultstring>/i;
const RESULT = new RegExp(
  `<(?:\\w+:)?${OPERATION}Result\\b[^>]*?(?:/>|>([\\s\\S]*?)</(?:\\w+:)?${OPERATION}Result>)`,
  "i",
);
// One element per currency; its fields (ParaBirimiID, ...) must not count, hence the boundary.
const CURRENCY = /<(?:\w+:)?ParaBirimi[\s>]/g;
const AUTH_FAULT = /yetki|uye ?kodu|üye ?kodu|unauthori[sz]ed|authori[sz]ation|yetkisiz/i;

const REFUSED =
  "Ticimax web servis yetki kodu geçersiz ya da web servis erişimi kapalı. Yetki kodunu Ticimax panelinden kontrol edin.";

async function verify(credentials: TicimaxCredentials, send: Send): Promise<VerifyResult> {
  const host = new URL(credentials.siteUrl).host;
  const target = { platform: "Ticimax", host };
  const sent = await send(
    {
      url: `${credentials.siteUrl}/Servis/UrunServis.svc`,
      method: "POST",
      headers: { "Content-Type": "text/xml; charset=utf-8", SOAPAction: `"${SOAP_ACTION}"` },
      body: envelope(credentials.authCode),
    },
    target,
  );
  if (!sent.ok) return sent;
  const { answer } = sent;
  if (answer.status === 401 || answer.status === 403) return badCredentials(REFUSED);

  const fault = FAULT.exec(answer.text);
  if (fault) {
    // The fault's text decides what we say, but is never shown: the server may not be Ticimax.
    if (AUTH_FAULT.test(unescapeXml(fault[1] ?? ""))) return badCredentials(REFUSED);
    return unexpected(target, `web servis hata verdi (HTTP ${answer.status}); biraz sonra tekrar deneyin`);
  }
  if (answer.status === 404) {
    return unexpected(target, "bu adreste Ticimax web servisi bulunamadı (HTTP 404); site adresini kontrol edin");
  }
  if (answer.status !== 200) return unexpectedStatus(target, answer);

  const result = RESULT.exec(answer.text);
  if (!result) return unexpected(target, "web servis yanıtı okunamadı; adres bir Ticimax mağazası olmayabilir");
  const currencies = (result[1] ?? "").match(CURRENCY)?.length ?? 0;
  if (currencies === 0) return badCredentials(REFUSED);
  // The web service has no call that returns the shop's name; the domain is what users recognise.
  return { ok: true, shopName: host };
}

function destination(values: Record<string, unknown>): string | null {
  const url = siteUrl.safeParse(values.siteUrl);
  return url.success ? new URL(url.data).origin : null;
}

export const ticimaxConnector: Connector<TicimaxCredentials> = {
  platform: "ticimax",
  label: "Ticimax",
  fields: ticimaxFields,
  schema: ticimaxCredentialsSchema,
  destination,
  verify,
};
