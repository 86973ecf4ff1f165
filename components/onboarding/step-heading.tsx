"use client";

import { useEffect, useRef } from "react";

/** The first page load keeps the browser's focus; every later step (İleri, Geri, back button) moves it. */
let loaded = false;

/**
 * The shown step's heading. Each step is its own address (/basla?adim=2), so the browser's back
 * button goes back a step; when a new step appears, focus moves to its heading, so a screen reader
 * announces it and the keyboard continues from the top of the step. Rendered with `key={step}`.
 */
export function StepHeading({ id, children }: { id: string; children: React.ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (!loaded) {
      loaded = true;
      return;
    }
    ref.current?.focus();
  }, []);
  return (
    <h2 ref={ref} id={id} tabIndex={-1} className="scroll-mt-4 text-xl font-semibold outline-none">
      {children}
    </h2>
  );
}
