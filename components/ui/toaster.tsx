"use client";

import { useEffect, useState } from "react";

type Sonner = typeof import("sonner");

// sonner (9.5 KB gzipped) is fetched with the first toast, not with every page: most page views
// never show one. A toast created before the Toaster has mounted is replayed to it by sonner.
let loading: Promise<Sonner> | undefined;
const load = () => (loading ??= import("sonner"));
const mounted = new Set<(sonner: Sonner) => void>();

/** Shows a toast (loading the toast library on first use). */
export async function showToast(kind: "success" | "error", message: string) {
  const sonner = await load();
  for (const mount of mounted) mount(sonner);
  sonner.toast[kind](message);
}

/** Where toasts appear (once, in the root layout): top centre, where a phone user looks. */
export function Toaster() {
  const [sonner, setSonner] = useState<Sonner | null>(null);
  useEffect(() => {
    mounted.add(setSonner);
    return () => {
      mounted.delete(setSonner);
    };
  }, []);
  if (!sonner) return null;
  return (
    <sonner.Toaster
      position="top-center"
      richColors
      closeButton
      containerAriaLabel="Bildirimler"
      // sonner's success green (hsl 140 100% 27%) on its pale green is 4.3:1, under WCAG AA's 4.5:1.
      style={{ "--success-text": "hsl(140, 100%, 21%)" } as React.CSSProperties}
      toastOptions={{ closeButtonAriaLabel: "Bildirimi kapat", duration: 5000 }}
    />
  );
}
