import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = fileURLToPath(new URL(".", import.meta.url));

export default defineConfig({
  resolve: {
    alias: {
      "@/": root,
      // `server-only` throws outside the React server bundle; tests run server code directly.
      "server-only": `${root}tests/fixtures/server-only.ts`,
    },
  },
  test: {
    // next-auth imports `next/server` without an extension, which Node's ESM loader refuses: let Vite resolve it.
    server: { deps: { inline: ["next-auth"] } },
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["tests/unit/**/*.test.ts?(x)"],
          environment: "node",
          setupFiles: ["tests/fixtures/app-router.ts"],
        },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts?(x)"],
          environment: "node",
          globalSetup: ["tests/integration/global-setup.ts"],
          setupFiles: ["tests/fixtures/app-router.ts", "tests/integration/setup.ts"],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        // Benchmarks of server actions, on the integration tests' database and mocks (npm run bench).
        extends: true,
        test: {
          name: "bench",
          include: ["tests/bench/**/*.bench.ts"],
          environment: "node",
          globalSetup: ["tests/integration/global-setup.ts"],
          setupFiles: ["tests/integration/setup.ts"],
          testTimeout: 300_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
