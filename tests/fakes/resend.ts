import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export type ReceivedEmail = {
  path: string;
  idempotencyKey: string | null;
  authorization: string | null;
  body: Record<string, unknown>;
};

/**
 * A local stand-in for Resend's HTTP API (POST /emails): records what the real SDK sends and answers
 * with the scripted statuses in order (then 200 for the rest); a scripted 429 is Resend's rate limit,
 * with `retry-after: 3`.
 */
export async function startFakeResend(script: number[] = []) {
  const received: ReceivedEmail[] = [];
  const statuses = [...script];
  const server: Server = createServer((request, response) => {
    let raw = "";
    request.on("data", (chunk: Buffer) => (raw += chunk.toString()));
    request.on("end", () => {
      const status = statuses.shift() ?? 200;
      received.push({
        path: request.url ?? "",
        idempotencyKey: request.headers["idempotency-key"]?.toString() ?? null,
        authorization: request.headers.authorization ?? null,
        body: raw ? (JSON.parse(raw) as Record<string, unknown>) : {},
      });
      response.setHeader("content-type", "application/json");
      if (status === 429) {
        response
          .writeHead(429, { "retry-after": "3" })
          .end(JSON.stringify({ name: "rate_limit_exceeded", message: "Too many requests", statusCode: 429 }));
        return;
      }
      if (status >= 400) {
        response
          .writeHead(status)
          .end(JSON.stringify({ name: "internal_server_error", message: "Fake Resend failure", statusCode: status }));
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
    /** Scripts the next answer's status. */
    failNext: (status: number) => statuses.unshift(status),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
