import type { VerifyFailure, VerifyOptions } from "./types";

/** The one HTTP path every connector takes: timeout, no redirects, a size cap, Turkish failures. */

export const DEFAULT_TIMEOUT_MS = 10_000;
const MAX_BODY_BYTES = 1_000_000;

export type HttpAnswer = { status: number; headers: Headers; text: string };

export type RequestSpec = {
  /** The platform's real address; `options.baseUrl` only swaps its scheme and host. */
  url: string;
  method?: "GET" | "POST";
  headers?: Record<string, string>;
  body?: string;
};

/** Who is being called, for messages: `Shopify`, and the host the user typed. */
export type Target = { platform: string; host: string };

export function requestUrl(url: string, baseUrl?: string): URL {
  const target = new URL(url);
  if (baseUrl) {
    const base = new URL(baseUrl);
    target.protocol = base.protocol;
    target.host = base.host;
  }
  return target;
}

function seconds(ms: number): string {
  return (ms / 1000).toLocaleString("tr-TR", { maximumFractionDigits: 1 });
}

class BodyTooLargeError extends Error {}

async function readText(response: Response): Promise<string> {
  if (!response.body) return "";
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_BODY_BYTES) {
      await reader.cancel();
      throw new BodyTooLargeError();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString("utf8");
}

function isTimeout(error: unknown): boolean {
  const name = (error as { name?: unknown } | null)?.name;
  return name === "TimeoutError" || name === "AbortError";
}

export async function send(
  spec: RequestSpec,
  target: Target,
  options: VerifyOptions = {},
): Promise<{ ok: true; answer: HttpAnswer } | VerifyFailure> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const doFetch = options.fetch ?? fetch;
  try {
    const response = await doFetch(requestUrl(spec.url, options.baseUrl), {
      method: spec.method ?? "GET",
      headers: spec.headers,
      body: spec.body,
      // A redirect could carry a token header to another host; the user fixes the address instead.
      redirect: "manual",
      cache: "no-store",
      signal: AbortSignal.timeout(timeoutMs),
    });
    const text = await readText(response);
    return { ok: true, answer: { status: response.status, headers: response.headers, text } };
  } catch (error) {
    if (error instanceof BodyTooLargeError) {
      return unexpected(target, "yanıt beklenenden çok büyük");
    }
    // DNS, refused connection or TLS: all the user can do is check the address, so one message.
    const message = isTimeout(error)
      ? `Mağazaya ulaşılamadı: ${target.host} ${seconds(timeoutMs)} saniye içinde yanıt vermedi. Adresi kontrol edip biraz sonra tekrar deneyin.`
      : `Mağazaya ulaşılamadı: ${target.host} adresine bağlanılamadı. Adresi kontrol edip tekrar deneyin.`;
    return { ok: false, reason: "unreachable", message };
  }
}

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

/**
 * Text a platform wrote (an error message) is shown to the user, but platforms echo input: every
 * credential value is cut out, the text is kept short and on one line.
 */
export function platformText(text: string, secrets: readonly string[]): string {
  let clean = text.replace(/\s+/g, " ").trim();
  for (const secret of secrets) {
    if (secret.length >= 4) clean = clean.split(secret).join("••••");
  }
  return clean.length > 160 ? `${clean.slice(0, 157)}...` : clean;
}
