/** Auth.js's session cookie, by its name over plain HTTP and over HTTPS. */
export const SESSION_COOKIES = ["authjs.session-token", "__Secure-authjs.session-token"] as const;

/** Set on `/giris` when the browser came with a session that has ended (closed elsewhere, or expired). */
export const SESSION_ENDED_PARAM = { name: "oturum", value: "sonlandi" } as const;
