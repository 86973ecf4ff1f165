import type { VerifyFailure } from "./types";

/**
 * How connectors read an answer and word a failure, free of network code so the connectors (their
 * schemas and labels are shared with the forms) stay usable in the browser. What a server's body
 * says is never shown: messages are ours, in Turkish, with the status code.
 */

export type HttpAnswer = { status: number; headers: Headers; text: string };

export type RequestSpec = {
  /** The platform's real address; a configured base URL only swaps its scheme and host. */
  url: string;
  method?: "GET" | "POST";
  headers?: Record<string, string>;
  body?: string;
};

/** Who is being called, for messages: `Shopify`, and the host the user typed. */
export type Target = { platform: string; host: string };

export function unexpected(target: Target, detail: string): VerifyFailure {
  return { ok: false, reason: "unexpected", message: `${target.platform} beklenmeyen bir yanıt verdi: ${detail}.` };
}

export function badCredentials(message: string): VerifyFailure {
  return { ok: false, reason: "bad_credentials", message };
}

/** Statuses every platform answers the same way; 401/403 are left to the connector's own wording. */
export function unexpectedStatus(target: Target, answer: HttpAnswer): VerifyFailure {
  const { status } = answer;
  if (status >= 300 && status < 400) {
    const location = answer.headers.get("location");
    let where = "";
    try {
      where = location ? ` ${new URL(location, `https://${target.host}`).host} adresine` : "";
    } catch {
      where = "";
    }
    return unexpected(
      target,
      `adres${where} yönlendiriliyor (HTTP ${status}); mağaza adresini yönlendirilen adresle değiştirin`,
    );
  }
  if (status === 404) return unexpected(target, `bu adreste API bulunamadı (HTTP 404); adresi kontrol edin`);
  if (status === 429) return unexpected(target, `çok fazla istek (HTTP 429); birkaç dakika sonra tekrar deneyin`);
  if (status >= 500) return unexpected(target, `sunucu hata verdi (HTTP ${status}); biraz sonra tekrar deneyin`);
  return unexpected(target, `HTTP ${status}`);
}

export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function basicAuth(user: string, password: string): string {
  return `Basic ${Buffer.from(`${user}:${password}`, "utf8").toString("base64")}`;
}
