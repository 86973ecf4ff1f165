// The operations data layer at 100,000 customers, also run by `npm run bench`; alone:
// `npx tsx --conditions=react-server tests/bench/volume.ts`. Seeds once into a kept PostgreSQL
// cluster (see pg-cluster.ts; BENCH_RESEED=1 seeds again), then times and plan-checks every list
// and metric against the same queries at 1/500 of the size.
import { pathToFileURL } from "node:url";
import { benchAdminData, reportAdminData } from "./admin-data";

process.env.LOG_LEVEL = "silent";
process.env.ADMIN_EMAIL ??= "bench@cardak.local";
process.env.ADMIN_PASSWORD ??= "bench-password-123";

export async function runVolumeBench(): Promise<boolean> {
  return reportAdminData(await benchAdminData());
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  if (!(await runVolumeBench())) process.exitCode = 1;
}
