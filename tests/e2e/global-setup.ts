import {
  hepsiburadaRoutes,
  shopifyRoutes,
  startFakePlatform,
  ticimaxRoutes,
  woocommerceRoutes,
} from "../fakes/platforms";

/**
 * One fake for all four platforms (their paths do not overlap) on the port tests/run.sh gave the app
 * through SHOPIFY_API_BASE_URL and friends. Without FAKE_PLATFORMS_PORT nothing is started.
 */
export default async function globalSetup() {
  const port = Number(process.env.FAKE_PLATFORMS_PORT ?? "0");
  if (!port) return undefined;
  const fake = await startFakePlatform(
    { ...shopifyRoutes, ...woocommerceRoutes, ...ticimaxRoutes, ...hepsiburadaRoutes },
    {},
    { port },
  );
  return async () => {
    await fake.close();
  };
}
