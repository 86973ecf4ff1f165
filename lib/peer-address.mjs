// Shared by server.mjs (plain Node) and the app (lib/request.ts): the one header that carries the
// address of the TCP peer. Next.js never hands the socket to app code, and it fills X-Forwarded-For
// from the socket only when the client sent none, so without this the client picks its own address.

/** Set by server.mjs on every request, over whatever the client sent under the same name. */
export const PEER_ADDRESS_HEADER = "x-cardak-peer-address";

// On globalThis under a registered symbol: the app's bundled copy of this module sees it too.
const STAMPED = Symbol.for("cardak.peer-address-stamped");

/** @param {{ headers: Record<string, string | string[] | undefined>, socket: { remoteAddress?: string } }} request */
export function stampPeerAddress(request) {
  request.headers[PEER_ADDRESS_HEADER] = request.socket.remoteAddress ?? "";
  globalThis[STAMPED] = true;
}

/** Whether this process stamps requests: false under `next start`, where the header proves nothing. */
export function peerAddressIsStamped() {
  return globalThis[STAMPED] === true;
}
