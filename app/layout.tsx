import type { Metadata, Viewport } from "next";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Çardak Paketleme", template: "%s · Çardak Paketleme" },
  description: "E-ticaret siparişleriniz için paketleme hizmeti: paket başına şeffaf fiyat, aylık fatura.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="tr" data-scroll-behavior="smooth">
      <body className="min-h-screen">
        <a
          href="#icerik"
          className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2"
        >
          İçeriğe atla
        </a>
        {children}
      </body>
    </html>
  );
}
