/** Tests run against local databases only: never against a host that could hold real data. */
export function assertLocalDatabase(url: string): URL {
  const parsed = new URL(url);
  if (!["127.0.0.1", "localhost", "::1", "[::1]"].includes(parsed.hostname)) {
    throw new Error(`Refusing to run tests against non-local database host ${parsed.hostname}`);
  }
  return parsed;
}

export const TEMPLATE_DB = "cardak_test_template";
export const WORKER_DB_COUNT = 4;

export function databaseUrl(base: string, name: string): string {
  const url = assertLocalDatabase(base);
  url.pathname = `/${name}`;
  return url.toString();
}
