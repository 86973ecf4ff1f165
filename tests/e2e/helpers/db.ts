import postgres from "postgres";

/** Direct SQL on the database the app under test uses (tests/run.sh sets DATABASE_URL). */
export function e2eSql() {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set: run the end-to-end tests through npm test");
  const host = new URL(url).hostname;
  if (!["127.0.0.1", "localhost", "::1"].includes(host)) throw new Error(`Refusing non-local database ${host}`);
  return postgres(url, { max: 1, onnotice: () => {} });
}
