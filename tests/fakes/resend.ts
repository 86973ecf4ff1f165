import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export type ReceivedEmail = {
  /** When it arrived (ms since the epoch). */
  at: number;
  path: string;
  idempotencyKey: string | null;
  authorization: string | null;
  body: Record<string, unknown>;
};

/** A scripted failure: the status, and for a 429 Resend's error name and `retry-after` (none: no header). */
export type FakeResendFailure = { status: number; name?: string; retryAfter?: string };

/**
 * A local stand-in for Resend's HTTP API (POST /emails): records what the real SDK sends and answers
 * with the scripted statuses in order (then 200 for the rest). A scripted 429 is Resend's rate limit
 * (`rate_limit_exceeded`, `retry-after: 3`) unless the script names another error and header.
 */
export async function startFakeResend(script: (number | FakeResendFailure)[] = []) {
  const received: ReceivedEmail[] = [];
  const answers = script.map((entry) => (typeof entry === "number" ? { status: entry } : entry));
  const server: Server = createServer((request, response) => {
    let raw = "";
    request.on("data", (chunk: Buffer) => (raw += chunk.toString()));
    request.on("end", () => {
      const answer = answers.shift() ?? { status: 200 };
      received.push({
        at: Date.now(),
        path: request.url ?? "",
        idempotencyKey: request.headers["idempotency-key"]?.toString() ?? null,
        authorization: request.headers.authorization ?? null,
        body: raw ? (JSON.parse(raw) as Record<string, unknown>) : {},
      });
      response.setHeader("content-type", "application/json");
      if (answer.status === 429) {
        const name = answer.name ?? "rate_limit_exceeded";
        const retryAfter = "name" in answer || "retryAfter" in answer ? answer.retryAfter : "3";
        response
          .writeHead(429, retryAfter === undefined ? {} : { "retry-after": retryAfter })
          .end(JSON.stringify({ name, message: `Fake Resend ${name}`, statusCode: 429 }));
        return;
      }
      if (answer.status >= 400) {
        response.writeHead(answer.status).end(
          JSON.stringify({
            name: "internal_server_error",
            message: "Fake Resend failure",
            statusCode: answer.status,
          }),
        );
        return;
      }
      response.writeHead(200).end(JSON.stringify({ id: `fake-${received.length}` }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    /** Scripts the next answer. */
    failNext: (failure: FakeResendFailure) => answers.unshift(failure),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
