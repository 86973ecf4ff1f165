import { z } from "zod";
import { secretText, siteUrlSchema } from "./field-schemas";
import { badCredentials, basicAuth, isRecord, parseJson, unexpected, unexpectedStatus } from "./answers";
import type { Connector, CredentialField, Send, VerifyResult } from "./types";

/**
 * WooCommerce REST API v3 with the keys from WooCommerce › Ayarlar › Gelişmiş › REST API, sent as
 * HTTP Basic auth (WooCommerce accepts Basic only over HTTPS, which the site schema requires).
 * `GET /wp-json/wc/v3/settings` lists setting groups: cheap, and it needs a key with read access,
 * which fulfilment needs anyway. (`system_status` would also do, but it runs slow self-checks.)
 * WooCommerce has no shop name of its own, so the name is the WordPress site title from `/wp-json`.
 */

const SITE_LABEL = "Site adresi";
const KEY_LABEL = "Tüketici anahtarı (Consumer key)";
const SECRET_LABEL = "Tüketici gizli anahtarı (Consumer secret)";

const siteUrl = siteUrlSchema(SITE_LABEL, { keepPath: true });

export const woocommerceCredentialsSchema = z.object({
  siteUrl,
  consumerKey: secretText(KEY_LABEL).regex(/^ck_/, `${KEY_LABEL} ck_ ile başlamalıdır`),
  consumerSecret: secretText(SECRET_LABEL).regex(/^cs_/, `${SECRET_LABEL} cs_ ile başlamalıdır`),
});

export type WooCommerceCredentials = z.output<typeof woocommerceCredentialsSchema>;

export const woocommerceFields: readonly CredentialField<keyof WooCommerceCredentials>[] = [
  { name: "siteUrl", label: SITE_LABEL, secret: false, placeholder: "https://www.magazaniz.com" },
  {
    name: "consumerKey",
    label: KEY_LABEL,
    secret: true,
    placeholder: "ck_...",
    hint: "WooCommerce › Ayarlar › Gelişmiş › REST API bölümünde okuma izniyle oluşturulan anahtar",
  },
  { name: "consumerSecret", label: SECRET_LABEL, secret: true, placeholder: "cs_..." },
];

const ENTITIES: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  "#039": "'",
  "#8217": "’",
};

// WordPress returns the site title HTML-escaped ("Ayşe &amp; Kızı").
function decodeEntities(text: string): string {
  return text.replace(/&(#?\w+);/g, (entity, name: string) => ENTITIES[name.toLowerCase()] ?? entity);
}

async function siteTitle(credentials: WooCommerceCredentials, send: Send): Promise<string | null> {
  // Public endpoint: the keys are not sent where they are not needed.
  const target = { platform: "WooCommerce", host: new URL(credentials.siteUrl).host };
  const sent = await send({ url: `${credentials.siteUrl}/wp-json/`, headers: { Accept: "application/json" } }, target);
  if (!sent.ok || sent.answer.status !== 200) return null;
  const body = parseJson(sent.answer.text);
  const name = isRecord(body) && typeof body.name === "string" ? decodeEntities(body.name).trim() : "";
  return name === "" ? null : name;
}

async function verify(credentials: WooCommerceCredentials, send: Send): Promise<VerifyResult> {
  const host = new URL(credentials.siteUrl).host;
  const target = { platform: "WooCommerce", host };
  const sent = await send(
    {
      url: `${credentials.siteUrl}/wp-json/wc/v3/settings`,
      headers: {
        Authorization: basicAuth(credentials.consumerKey, credentials.consumerSecret),
        Accept: "application/json",
      },
    },
    target,
  );
  if (!sent.ok) return sent;
  const { answer } = sent;
  const body = parseJson(answer.text);
  if (answer.status === 401 || answer.status === 403) {
    const code = isRecord(body) ? body.code : undefined;
    // Valid keys without read access, or a host that drops the Authorization header, answer this way.
    if (code === "woocommerce_rest_cannot_view") {
      return badCredentials(
        'WooCommerce erişim anahtarı geçersiz ya da okuma izni yok. Anahtarı "Okuma" ya da "Okuma/Yazma" izniyle oluşturun; sorun sürerse sunucunuz yetki başlığını iletmiyor olabilir.',
      );
    }
    return badCredentials("WooCommerce erişim anahtarı geçersiz: tüketici anahtarını ve gizli anahtarı kontrol edin.");
  }
  if (answer.status === 404) {
    return unexpected(
      target,
      "bu adreste WooCommerce REST API bulunamadı (HTTP 404); site adresini ve WordPress kalıcı bağlantı ayarını kontrol edin",
    );
  }
  // The body's own message is not shown: whatever answered may not be WooCommerce at all.
  if (answer.status !== 200) return unexpectedStatus(target, answer);
  if (!Array.isArray(body) || !body.every((group) => isRecord(group) && typeof group.id === "string")) {
    return unexpected(target, "ayar listesi okunamadı; adres bir WooCommerce mağazası olmayabilir");
  }
  return { ok: true, shopName: (await siteTitle(credentials, send)) ?? host };
}

function destination(values: Record<string, unknown>): string | null {
  const url = siteUrl.safeParse(values.siteUrl);
  return url.success ? new URL(url.data).origin : null;
}

export const woocommerceConnector: Connector<WooCommerceCredentials> = {
  platform: "woocommerce",
  label: "WooCommerce",
  fields: woocommerceFields,
  schema: woocommerceCredentialsSchema,
  destination,
  verify,
};
