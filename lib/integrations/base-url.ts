import "server-only";
import { env } from "@/lib/env";
import type { Platform } from "./types";

/** Tests point each connector at a local fake through these variables; unset, the real API is called. */
export function platformBaseUrl(platform: Platform): string | undefined {
  const config = env();
  return {
    shopify: config.SHOPIFY_API_BASE_URL,
    woocommerce: config.WOOCOMMERCE_API_BASE_URL,
    ticimax: config.TICIMAX_API_BASE_URL,
    hepsiburada: config.HEPSIBURADA_API_BASE_URL,
  }[platform];
}
