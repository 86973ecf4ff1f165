import { Inngest } from "inngest";
import { env, inngestDevMode } from "@/lib/env";
import { logger } from "@/lib/logger";

let client: Inngest | undefined;

/** Created on first use so `next build` never needs the Inngest configuration. */
export function inngest(): Inngest {
  const config = env();
  client ??= new Inngest({
    id: "cardak-paketleme",
    eventKey: config.INNGEST_EVENT_KEY,
    signingKey: config.INNGEST_SIGNING_KEY,
    isDev: inngestDevMode(config),
    baseUrl: config.INNGEST_BASE_URL,
    logger: logger.child({ component: "inngest" }),
  });
  return client;
}

/** Events reach Inngest only when it is configured (cloud keys or the dev server). */
export function inngestConfigured(): boolean {
  const config = env();
  return Boolean(config.INNGEST_EVENT_KEY) || inngestDevMode(config);
}
