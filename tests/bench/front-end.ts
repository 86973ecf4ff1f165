// The front end as a visitor gets it, from the production build (built here when there is none):
// gzipped JavaScript per page against the budget of issue 11 (fails above it), and the landing
// page's throughput against a static route of the same app.
import { existsSync } from "node:fs";
import path from "node:path";
import { benchBuild } from "./app-build";
import { checkJsBudget, formatJsBudget } from "./js-budget";
import { benchLanding, formatLanding } from "./landing";

export async function frontEnd(appDir = process.cwd()): Promise<boolean> {
  const nextDir = path.join(appDir, ".next");
  if (!existsSync(path.join(nextDir, "BUILD_ID"))) {
    console.log("No production build: running next build first");
    benchBuild(appDir);
  }
  const { pages, over } = checkJsBudget(nextDir);
  console.log(formatJsBudget(pages));
  for (const page of over)
    console.error(`JS budget exceeded: ${page.route} ${page.gzipKb.toFixed(1)} KB > ${page.budgetKb} KB`);
  console.log(formatLanding(await benchLanding(appDir, ["/kvkk"])));
  return over.length === 0;
}
