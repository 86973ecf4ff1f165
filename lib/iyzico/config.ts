import "server-only";
import { env } from "@/lib/env";
import { createIyzicoClient, type IyzicoClient, type IyzicoConfig } from "./client";
import { IyzicoNotConfiguredError } from "./errors";

/**
 * Card payments are on when both Iyzico keys are set (IYZIPAY_API_KEY, IYZIPAY_SECRET_KEY; lib/env.ts
 * refuses one without the other). IYZIPAY_URI defaults to Iyzico's sandbox. Without keys the invoice
 * page offers bank transfer only.
 */
export function iyzicoConfig(): IyzicoConfig | null {
  const config = env();
  if (!config.IYZIPAY_API_KEY || !config.IYZIPAY_SECRET_KEY) return null;
  return { apiKey: config.IYZIPAY_API_KEY, secretKey: config.IYZIPAY_SECRET_KEY, uri: config.IYZIPAY_URI };
}

export function isCardPaymentConfigured(): boolean {
  return iyzicoConfig() !== null;
}

let cached: { key: string; client: IyzicoClient } | undefined;

/** The app's Iyzico client, created on first use (not at import: `next build` imports this module). */
export function iyzico(): IyzicoClient {
  const config = iyzicoConfig();
  if (!config) throw new IyzicoNotConfiguredError();
  const key = `${config.uri}\n${config.apiKey}\n${config.secretKey}`;
  if (cached?.key !== key) cached = { key, client: createIyzicoClient(config) };
  return cached.client;
}

/** The secret that signs Iyzico's answers and notifications, for checks outside the client. */
export function iyzicoSecretKey(): string {
  const config = iyzicoConfig();
  if (!config) throw new IyzicoNotConfiguredError();
  return config.secretKey;
}
