/** Set as the error's digest so the error page (a client component) can tell an outage from a bug. */
export const SERVICE_UNAVAILABLE_DIGEST = "CARDAK_SERVICE_UNAVAILABLE";

export const SERVICE_UNAVAILABLE_MESSAGE =
  "Hizmet geçici olarak kullanılamıyor. Lütfen birkaç dakika sonra tekrar deneyin.";

/**
 * The database (or another service the request cannot do without) did not answer. Pages show the
 * "hizmet geçici olarak kullanılamıyor" page; actions answer with SERVICE_UNAVAILABLE_MESSAGE. A
 * session is never ended because of it.
 */
export class ServiceUnavailableError extends Error {
  readonly digest = SERVICE_UNAVAILABLE_DIGEST;

  constructor(options?: { cause?: unknown }) {
    super("Service temporarily unavailable", options);
    this.name = "ServiceUnavailableError";
  }
}
