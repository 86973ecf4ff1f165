import { z } from "zod";
import { text } from "@/lib/text";

/** Building blocks of the per-platform credential schemas; every message names the field in Turkish. */

export function requiredText(label: string) {
  return text({ error: `${label} girin` })
    .min(1, `${label} girin`)
    .max(500, `${label} çok uzun`);
}

/**
 * Keys and tokens: pasted, so stray spaces are trimmed, but a space or a letter outside ASCII inside
 * means a bad paste (and could not travel in an HTTP header anyway).
 */
export function secretText(label: string) {
  return requiredText(label).regex(
    /^[\x21-\x7E]+$/,
    `${label} boşluk ya da Türkçe karakter içeremez; kopyalarken eksik ya da fazla seçilmiş olabilir`,
  );
}

const TLD = /^(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/;
const LOCAL_SUFFIXES = [".local", ".localhost", ".internal", ".lan", ".home.arpa"];

/**
 * A shop must be on the public internet under a real domain name. Refusing IP addresses and local
 * names here gives the user a message on the field; what a name resolves to is checked when it is
 * called (lib/integrations/address-guard.ts), which is what keeps our own network out of reach.
 */
export function isPublicHostname(hostname: string): boolean {
  const host = hostname.toLowerCase();
  if (host.startsWith("[") || /^[\d.]+$/.test(host)) return false;
  if (host === "localhost" || LOCAL_SUFFIXES.some((suffix) => host.endsWith(suffix))) return false;
  const labels = host.split(".");
  return labels.length >= 2 && labels.every((label) => label.length > 0) && TLD.test(labels.at(-1) ?? "");
}

// Pasted admin or API addresses still point at the right site: cut WordPress's own paths off.
const WORDPRESS_PATHS = /\/(?:wp-admin|wp-json|wp-login\.php)(?:[/?#].*)?$/i;

/**
 * A shop's address as typed ("magaza.com", "https://www.magaza.com/") normalised to
 * `https://host[/path]`. Plain http is refused: the credentials would travel unencrypted.
 */
export function siteUrlSchema(label: string, { keepPath }: { keepPath: boolean }) {
  const example = `${label} geçerli bir adres olmalıdır (ör. https://www.magazaniz.com)`;
  return requiredText(label).transform((input, ctx) => {
    const withScheme = /^[a-z][a-z\d+.-]*:\/\//i.test(input) ? input : `https://${input}`;
    let url: URL;
    try {
      url = new URL(withScheme);
    } catch {
      ctx.addIssue({ code: "custom", message: example });
      return z.NEVER;
    }
    if (url.protocol === "http:") {
      ctx.addIssue({ code: "custom", message: `${label} https:// ile başlamalıdır; bilgiler şifresiz gönderilemez` });
      return z.NEVER;
    }
    if (url.protocol !== "https:" || url.username || url.password || !isPublicHostname(url.hostname)) {
      ctx.addIssue({ code: "custom", message: example });
      return z.NEVER;
    }
    // URL drops an explicit :443; any other port is refused (lib/integrations/http.ts refuses it too).
    if (url.port !== "") {
      ctx.addIssue({
        code: "custom",
        message: `${label} yalnızca standart https portunu (443) kullanabilir; adresten port kısmını (ör. :${url.port}) çıkarın`,
      });
      return z.NEVER;
    }
    const path = keepPath ? url.pathname.replace(WORDPRESS_PATHS, "").replace(/\/+$/, "") : "";
    return `${url.origin}${path}`;
  });
}
