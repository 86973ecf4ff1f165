import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import { createTypeScriptImportResolver } from "eslint-import-resolver-typescript";
import importX from "eslint-plugin-import-x";

/**
 * The layers of docs/architecture.md, enforced: what each folder may import. Paths are matched after
 * resolution (the `@/` alias included), type-only imports too: a layer that needs another's types
 * depends on it all the same.
 */
const layers = [
  {
    target: "./lib",
    from: ["./components", "./app"],
    message: "lib/ holds the domain: it never imports UI (components/) or routes (app/)",
  },
  {
    target: "./db",
    from: ["./components", "./app"],
    message: "db/ holds schema and queries: it never imports UI (components/) or routes (app/)",
  },
  {
    target: "./components",
    from: "./db",
    message: "components/ never reads the database: the page reads (query(...)) and passes the data down",
  },
];

// Links go through components/ui/link.tsx (no prefetching of pages rendered per request).
const nextLinkDefault = {
  name: "next/link",
  importNames: ["default"],
  message: "Use Link from @/components/ui/link: it does not prefetch pages rendered per request.",
};

// The request adapters: the only files of lib/ that may use Next.js (docs/architecture.md, "Layers").
const REQUEST_ADAPTERS = ["lib/safe-action.ts", "lib/request.ts", "lib/auth/session.ts"];

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [
      ".next/**",
      ".data/**",
      "node_modules/**",
      "db/migrations/**",
      "next-env.d.ts",
      "playwright-report/**",
      "test-results/**",
    ],
  },
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    plugins: { "import-x": importX },
    settings: {
      // Without these the cycle check parses no .ts file and finds nothing.
      "import-x/extensions": [".ts", ".tsx", ".mts", ".js", ".jsx", ".mjs"],
      "import-x/parsers": { "@typescript-eslint/parser": [".ts", ".tsx", ".mts"] },
      "import-x/resolver-next": [createTypeScriptImportResolver()],
    },
    rules: {
      "import-x/no-restricted-paths": ["error", { zones: layers }],
      "import-x/no-cycle": ["error", { ignoreExternal: true }],
    },
  },
  {
    ignores: ["components/ui/link.tsx"],
    rules: { "no-restricted-imports": ["error", { paths: [nextLinkDefault] }] },
  },
  {
    files: ["app/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [
            nextLinkDefault,
            {
              name: "@/db",
              importNames: ["getDb"],
              message: "Pages and route handlers read with query(fn, params) or call a use case in lib/.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["lib/**", "db/**"],
    ignores: REQUEST_ADAPTERS,
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: "^next(/|$)",
              message:
                "lib/ and db/ use no framework: go through a request adapter (lib/request.ts, lib/safe-action.ts).",
            },
          ],
        },
      ],
    },
  },
];

export default config;
