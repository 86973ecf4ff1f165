import "server-only";
import { Agent, request, type Dispatcher } from "undici";
import type { HttpAnswer, RequestSpec, Target } from "./answers";
import { checkDestination, pinnedAgent } from "./address-guard";
import type { VerifyFailure, VerifyOptions } from "./types";

/**
 * The one HTTP path every connector takes: the typed address resolved and checked, the connection
 * made to the checked address, port 443, no redirects, a timeout, a size cap, Turkish failures.
 */

export const DEFAULT_TIMEOUT_MS = 10_000;
const MAX_BODY_BYTES = 1_000_000;

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

async function readText(body: Dispatcher.ResponseData["body"]): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of body) {
    const bytes = chunk as Buffer;
    size += bytes.byteLength;
    if (size > MAX_BODY_BYTES) {
      body.destroy();
      throw new BodyTooLargeError();
    }
    chunks.push(bytes);
  }
  return Buffer.concat(chunks).toString("utf8");
}

function toHeaders(raw: Dispatcher.ResponseData["headers"]): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(raw)) {
    for (const item of Array.isArray(value) ? value : [value]) if (item !== undefined) headers.append(name, item);
  }
  return headers;
}

function refused(target: Target, problem: "port" | "private"): VerifyFailure {
  const message =
    problem === "port"
      ? `Mağazaya bağlanılmadı: ${target.host} adresi standart https portunu (443) kullanmıyor. Adresten port kısmını (ör. :8443) çıkarın.`
      : `Mağazaya bağlanılmadı: ${target.host} internete açık bir adrese değil, yerel ya da özel bir ağ adresine çıkıyor. Mağazanızın herkese açık adresini girin.`;
  return { ok: false, reason: "refused_address", message };
}

/** A promise that loses to the signal: the name lookup counts against the same budget. */
function beforeDeadline<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  return Promise.race([
    promise,
    new Promise<never>((_resolve, reject) => {
      if (signal.aborted) reject(signal.reason);
      signal.addEventListener("abort", () => reject(signal.reason), { once: true });
    }),
  ]);
}

export async function send(
  spec: RequestSpec,
  target: Target,
  options: VerifyOptions = {},
): Promise<{ ok: true; answer: HttpAnswer } | VerifyFailure> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const signal = AbortSignal.timeout(timeoutMs);
  let agent: Agent | undefined;
  try {
    let url: URL;
    if (options.baseUrl) {
      // The operator's own configuration (tests' local fakes): called as configured. The typed
      // address is not contacted at all then, so there is nothing of the visitor's to check.
      url = requestUrl(spec.url, options.baseUrl);
      agent = new Agent();
    } else {
      url = new URL(spec.url);
      const checked = await beforeDeadline(checkDestination(url, options.resolve), signal);
      if (!checked.ok) return refused(target, checked.problem);
      agent = pinnedAgent(checked.address);
    }
    // undici's request() never follows a redirect: a redirect could carry a token to another host.
    const response = await request(url, {
      method: spec.method ?? "GET",
      headers: spec.headers,
      body: spec.body,
      dispatcher: agent,
      signal,
    });
    const text = await readText(response.body);
    return { ok: true, answer: { status: response.statusCode, headers: toHeaders(response.headers), text } };
  } catch (error) {
    if (error instanceof BodyTooLargeError) {
      return {
        ok: false,
        reason: "unexpected",
        message: `${target.platform} beklenmeyen bir yanıt verdi: yanıt beklenenden çok büyük.`,
      };
    }
    // DNS, refused connection or TLS: all the user can do is check the address, so one message.
    const message = signal.aborted
      ? `Mağazaya ulaşılamadı: ${target.host} ${seconds(timeoutMs)} saniye içinde yanıt vermedi. Adresi kontrol edip biraz sonra tekrar deneyin.`
      : `Mağazaya ulaşılamadı: ${target.host} adresine bağlanılamadı. Adresi kontrol edip tekrar deneyin.`;
    return { ok: false, reason: "unreachable", message };
  } finally {
    await agent?.destroy();
  }
}
