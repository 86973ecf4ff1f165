import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

export type ReceivedEvent = { name: string; data: Record<string, unknown> };

/** A local stand-in for Inngest's event API (POST /e/<event key>): records the events the SDK sends. */
export async function startFakeInngest() {
  const events: ReceivedEvent[] = [];
  const keys: string[] = [];
  const server = createServer((request, response) => {
    let raw = "";
    request.on("data", (chunk: Buffer) => (raw += chunk.toString()));
    request.on("end", () => {
      const match = /^\/e\/([^/?]+)/.exec(request.url ?? "");
      if (request.method !== "POST" || !match) {
        response.writeHead(404).end();
        return;
      }
      keys.push(decodeURIComponent(match[1]!));
      const body = JSON.parse(raw || "[]") as ReceivedEvent | ReceivedEvent[];
      const batch = Array.isArray(body) ? body : [body];
      events.push(...batch);
      response.setHeader("content-type", "application/json");
      response
        .writeHead(200)
        .end(JSON.stringify({ ids: batch.map((_, index) => `evt-${events.length + index}`), status: 200 }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    events,
    keys,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
