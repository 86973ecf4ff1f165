import type { MetadataRoute } from "next";

/** The public site may be indexed; the portal, the admin and the machine routes may not. */
export default function robots(): MetadataRoute.Robots {
  return { rules: { userAgent: "*", allow: "/", disallow: ["/panel", "/yonetim", "/api"] } };
}
