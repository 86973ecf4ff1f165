import { startFakeIyzico } from "../fakes/iyzico";
import {
  hepsiburadaRoutes,
  shopifyRoutes,
  startFakePlatform,
  ticimaxRoutes,
  woocommerceRoutes,
} from "../fakes/platforms";

/**
 * One fake for all four platforms (their paths do not overlap) on the port tests/run.sh gave the app
 * through SHOPIFY_API_BASE_URL and friends, and the fake Iyzico on FAKE_IYZICO_PORT with the keys the
 * app was given (IYZIPAY_*). Without their port variables nothing is started.
 */
export default async function globalSetup() {
  const port = Number(process.env.FAKE_PLATFORMS_PORT ?? "0");
  const iyzicoPort = Number(process.env.FAKE_IYZICO_PORT ?? "0");
  const fake = port
    ? await startFakePlatform(
        { ...shopifyRoutes, ...woocommerceRoutes, ...ticimaxRoutes, ...hepsiburadaRoutes },
        {},
        { port },
      )
    : undefined;
  const iyzico = iyzicoPort
    ? await startFakeIyzico({
        port: iyzicoPort,
        apiKey: process.env.IYZIPAY_API_KEY,
        secretKey: process.env.IYZIPAY_SECRET_KEY,
      })
    : undefined;
  return async () => {
    await fake?.close();
    await iyzico?.close();
  };
}
