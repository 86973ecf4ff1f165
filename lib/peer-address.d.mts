export declare const PEER_ADDRESS_HEADER: "x-cardak-peer-address";

export declare function stampPeerAddress(request: {
  headers: Record<string, string | string[] | undefined>;
  socket: { remoteAddress?: string };
}): void;

export declare function peerAddressIsStamped(): boolean;
