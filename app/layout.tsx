import type { Metadata, Viewport } from "next";
import { Toaster } from "@/components/ui/toaster";
import { env } from "@/lib/env";
import "./globals.css";

const description = "E-ticaret siparişleriniz için paketleme hizmeti: paket başına şeffaf fiyat, aylık fatura.";

// Read per request: the icons and the social preview image need absolute addresses, and the public
// address (APP_URL) is the running server's, not the build's.
export function generateMetadata(): Metadata {
  return {
    metadataBase: new URL(env().APP_URL),
    title: { default: "Çardak Paketleme", template: "%s · Çardak Paketleme" },
    description,
    applicationName: "Çardak Paketleme",
    openGraph: {
      type: "website",
      locale: "tr_TR",
      siteName: "Çardak Paketleme",
      title: "Çardak Paketleme",
      description,
    },
  };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#17613c" };

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="tr" data-scroll-behavior="smooth">
      <body className="min-h-dvh">
        <a
          href="#icerik"
          className="sr-only focus:not-sr-only focus:fixed focus:top-2 focus:left-2 focus:z-[60] focus:rounded-md focus:bg-card focus:px-3 focus:py-2 focus:shadow-lg"
        >
          İçeriğe atla
        </a>
        {children}
        <Toaster />
      </body>
    </html>
  );
}
