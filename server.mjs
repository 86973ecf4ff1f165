// The app's HTTP server (`npm run dev`, `npm start`): Next.js behind a plain Node server whose only
// job is to tell the app which address the request came from. Next.js passes no socket to app code
// and trusts a client-sent X-Forwarded-For, so every rate limit would count against an address the
// client chose. Here every request gets the TCP peer's address in a header of our own, overwriting
// anything the client sent; lib/request.ts turns it (and TRUSTED_PROXIES) into the client's address.
//
//   node server.mjs [--dev] [--port 3000] [--hostname 127.0.0.1]
import { createServer } from "node:http";
import { parseArgs } from "node:util";
import { stampPeerAddress } from "./lib/peer-address.mjs";

const { values } = parseArgs({
  options: {
    dev: { type: "boolean", default: false },
    port: { type: "string", short: "p" },
    hostname: { type: "string", short: "H" },
  },
});

const dev = values.dev;
// As `next start` and `next dev` do, and before Next.js (and React) load: they pick builds by it.
process.env.NODE_ENV ??= dev ? "development" : "production";
const { default: next } = await import("next");
// PORT as `next start` reads it, for hosts that assign one; the flag wins.
const port = Number(values.port ?? process.env.PORT ?? 3000);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`Invalid port: ${values.port ?? process.env.PORT}`);
  process.exit(1);
}

const log = (level, msg, extra = {}) =>
  console.log(JSON.stringify({ level: level === "error" ? 50 : 30, time: Date.now(), msg, ...extra }));

const httpServer = createServer();
// With httpServer, Next.js attaches its own upgrade handler (development's hot reload socket).
const app = next({ dev, hostname: values.hostname ?? "localhost", port, httpServer });

await app.prepare();
const handle = app.getRequestHandler();

httpServer.on("request", (request, response) => {
  stampPeerAddress(request);
  handle(request, response).catch((error) => {
    log("error", "request failed outside the app", { err: { message: error?.message, stack: error?.stack } });
    if (!response.headersSent) response.statusCode = 500;
    response.end();
  });
});

httpServer.listen(port, values.hostname, () => {
  const address = httpServer.address();
  const shown = typeof address === "object" && address ? address.port : port;
  log("info", "server listening", { url: `http://${values.hostname ?? "localhost"}:${shown}`, dev });
});

let stopping = false;
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    // Open keep-alive connections would hold close() forever: a short grace, then out.
    setTimeout(() => process.exit(0), 5000).unref();
    httpServer.close(() => app.close().finally(() => process.exit(0)));
    httpServer.closeIdleConnections();
  });
}
