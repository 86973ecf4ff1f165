// Writes lib/phone-data/metadata-tr.json: libphonenumber-js's `max` metadata (the full numbering
// plan, the one the server checks with) cut down to Turkey, for the browser's phone check. The
// library reads custom metadata of this shape through its `core` entry point (README, "Customizing
// metadata"); a unit test fails when this file no longer matches the installed library.
//
//   node scripts/phone-metadata-tr.mjs
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";

export function turkishMetadata(max) {
  return {
    version: max.version,
    country_calling_codes: { 90: ["TR"] },
    countries: { TR: max.countries.TR },
    nonGeographic: {},
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const require = createRequire(import.meta.url);
  const max = JSON.parse(readFileSync(require.resolve("libphonenumber-js/metadata.max.json"), "utf8"));
  const target = new URL("../lib/phone-data/metadata-tr.json", import.meta.url);
  writeFileSync(target, `${JSON.stringify(turkishMetadata(max))}\n`);
  console.log(`wrote ${target.pathname}`);
}
