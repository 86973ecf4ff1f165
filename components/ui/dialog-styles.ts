/**
 * The look every modal shares, native <dialog> (ConfirmAction, Sheet) or Radix (Dialog, AlertDialog),
 * so a confirmation looks the same whichever kind a screen uses.
 */
export const overlayClass = "fixed inset-0 z-50 bg-stone-950/50";

// text-start: a native <dialog> stays where it is written, often a right-aligned table cell, and
// would inherit its alignment.
export const modalPanelClass =
  "text-start w-[min(30rem,calc(100vw-2rem))] max-h-[calc(100dvh-2rem)] overflow-y-auto rounded-xl border border-border bg-popover p-6 text-popover-foreground shadow-xl";

/** For a native <dialog>: centred by the browser's own `margin: auto`, dimmed behind. */
export const nativeModalClass = `m-auto ${modalPanelClass} backdrop:bg-stone-950/50`;

export const modalTitleClass = "text-lg leading-tight font-semibold text-foreground";
export const modalDescriptionClass = "text-sm text-muted-foreground";
export const modalFooterClass = "flex flex-col-reverse gap-2 sm:flex-row sm:justify-end";
