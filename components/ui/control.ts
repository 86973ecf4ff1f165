/**
 * What every text-like control shares (Input, Textarea, Select): the same height, border, focus ring
 * and error colour, so a form's fields line up. `min-h-10` rather than `h-10` so a textarea may grow.
 */
export const controlClass =
  "block w-full min-h-10 rounded-md border border-input bg-card px-3 py-2 text-base text-foreground shadow-xs transition-colors placeholder:text-muted-foreground focus-visible:border-ring focus-visible:outline-2 focus-visible:outline-offset-0 focus-visible:outline-ring/40 disabled:cursor-not-allowed disabled:bg-muted disabled:text-muted-foreground aria-invalid:border-destructive aria-invalid:focus-visible:outline-destructive/30 sm:text-sm";

/** A field the user sees but cannot change: grey, dashed, no caret. */
export const readOnlyClass =
  "read-only:cursor-default read-only:border-dashed read-only:border-border read-only:bg-muted read-only:text-muted-foreground read-only:shadow-none";
