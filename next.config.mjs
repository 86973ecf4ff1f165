/** @type {import('next').NextConfig} */
const nextConfig = {
  // These packages read files next to their own code at run time (PGlite's WASM bundle,
  // iyzipay's resource folder), so they must stay real node_modules, not bundled copies.
  serverExternalPackages: ["@electric-sql/pglite", "iyzipay", "@node-rs/argon2"],
  // The invoice PDF embeds DejaVu Sans, read from node_modules at run time (lib/billing/pdf/fonts.ts):
  // traced into the route's output so a traced or standalone deployment carries the files.
  outputFileTracingIncludes: {
    "/panel/faturalar/[id]/pdf": [
      "./node_modules/dejavu-fonts-ttf/ttf/DejaVuSans.ttf",
      "./node_modules/dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf",
    ],
  },
  // A benchmark build (BENCH_PAGES=1, made by tests/bench/admin-http.ts) also routes `page.bench.tsx`
  // files: the empty page the operations pages are measured against. Any other build leaves them out.
  pageExtensions: [...(process.env.BENCH_PAGES === "1" ? ["bench.tsx"] : []), "tsx", "ts", "jsx", "js"],
  poweredByHeader: false,
  typedRoutes: false,
};

export default nextConfig;
