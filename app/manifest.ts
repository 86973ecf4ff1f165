import type { MetadataRoute } from "next";

/** What a phone shows when the site is added to its home screen. */
export default function manifest(): MetadataRoute.Manifest {
  return {
    name: "Çardak Paketleme",
    short_name: "Çardak",
    description: "E-ticaret siparişleriniz için paketleme hizmeti.",
    lang: "tr",
    start_url: "/panel",
    display: "standalone",
    background_color: "#fafaf9",
    theme_color: "#17613c",
    icons: [
      { src: "/icon-192.png", sizes: "192x192", type: "image/png" },
      { src: "/icon-512.png", sizes: "512x512", type: "image/png" },
      { src: "/icon-maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
    ],
  };
}
