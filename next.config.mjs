/** @type {import('next').NextConfig} */
const nextConfig = {
  // These packages read files next to their own code at run time (PGlite's WASM bundle,
  // iyzipay's resource folder), so they must stay real node_modules, not bundled copies.
  serverExternalPackages: ["@electric-sql/pglite", "iyzipay", "@node-rs/argon2"],
  poweredByHeader: false,
  typedRoutes: false,
};

export default nextConfig;
