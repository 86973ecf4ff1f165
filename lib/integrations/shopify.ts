import { z } from "zod";
import { requiredText, secretText } from "./field-schemas";
import { badCredentials, isRecord, parseJson, unexpected, unexpectedStatus } from "./answers";
import type { Connector, CredentialField, Send, VerifyResult } from "./types";

/**
 * Shopify Admin REST API. `GET /admin/api/{version}/shop.json` is the cheapest authenticated call:
 * every token can read it (no access scope needed) and it carries the shop's name.
 */

// Shopify retires a version 12 months after release; bump this quarterly with the others in use.
export const SHOPIFY_API_VERSION = "2026-10";

const SHOP_LABEL = "Mağaza alan adı";
const TOKEN_LABEL = "Admin API erişim anahtarı";
const SHOP_HANDLE = /^[a-z0-9][a-z0-9-]*$/;

/** "magaza", "magaza.myshopify.com", "https://magaza.myshopify.com/admin" or the new admin URL. */
function shopDomain(input: string): string | null {
  const text = input.toLowerCase().replace(/^https?:\/\//, "");
  const adminUrl = /^admin\.shopify\.com\/store\/([^/?#]+)/.exec(text);
  const host = adminUrl ? `${adminUrl[1]}.myshopify.com` : (text.split(/[/?#]/)[0] ?? "");
  const domain = host.includes(".") ? host : `${host}.myshopify.com`;
  const handle = domain.replace(/\.myshopify\.com$/, "");
  return domain.endsWith(".myshopify.com") && SHOP_HANDLE.test(handle) ? domain : null;
}

export const shopifyCredentialsSchema = z.object({
  shopDomain: requiredText(SHOP_LABEL).transform((input, ctx) => {
    const domain = shopDomain(input);
    if (domain) return domain;
    ctx.addIssue({ code: "custom", message: `${SHOP_LABEL} magaza.myshopify.com biçiminde olmalıdır` });
    return z.NEVER;
  }),
  accessToken: secretText(TOKEN_LABEL),
});

export type ShopifyCredentials = z.output<typeof shopifyCredentialsSchema>;

export const shopifyFields: readonly CredentialField<keyof ShopifyCredentials>[] = [
  {
    name: "shopDomain",
    label: SHOP_LABEL,
    secret: false,
    placeholder: "magaza.myshopify.com",
    hint: "Shopify yönetim panelindeki .myshopify.com adresiniz",
  },
  {
    name: "accessToken",
    label: TOKEN_LABEL,
    secret: true,
    placeholder: "shpat_...",
    hint: "Mağazanız için oluşturduğunuz uygulamanın Admin API erişim anahtarı (genellikle shpat_ ile başlar)",
  },
];

async function verify(credentials: ShopifyCredentials, send: Send): Promise<VerifyResult> {
  const target = { platform: "Shopify", host: credentials.shopDomain };
  const sent = await send(
    {
      url: `https://${credentials.shopDomain}/admin/api/${SHOPIFY_API_VERSION}/shop.json`,
      headers: { "X-Shopify-Access-Token": credentials.accessToken, Accept: "application/json" },
    },
    target,
  );
  if (!sent.ok) return sent;
  const { answer } = sent;
  if (answer.status === 401) {
    return badCredentials("Shopify Admin API erişim anahtarı geçersiz ya da bu mağazaya ait değil.");
  }
  if (answer.status === 403) {
    return badCredentials("Shopify Admin API erişim anahtarı geçersiz ya da uygulamanın bu mağazada izni yok.");
  }
  if (answer.status === 404) {
    return unexpected(
      target,
      `${credentials.shopDomain} adında bir mağaza bulunamadı (HTTP 404); alan adını kontrol edin`,
    );
  }
  if (answer.status !== 200) return unexpectedStatus(target, answer);
  const body = parseJson(answer.text);
  const name = isRecord(body) && isRecord(body.shop) ? body.shop.name : undefined;
  if (typeof name !== "string" || name.trim() === "") return unexpected(target, "mağaza bilgisi okunamadı");
  return { ok: true, shopName: name.trim() };
}

function destination(values: Record<string, unknown>): string | null {
  const domain = shopifyCredentialsSchema.shape.shopDomain.safeParse(values.shopDomain);
  return domain.success ? `https://${domain.data}` : null;
}

export const shopifyConnector: Connector<ShopifyCredentials> = {
  platform: "shopify",
  label: "Shopify",
  fields: shopifyFields,
  schema: shopifyCredentialsSchema,
  destination,
  verify,
};
