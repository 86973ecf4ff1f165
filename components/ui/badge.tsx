import { cva, type VariantProps } from "class-variance-authority";
import { cn } from "./cn";

/**
 * Tones with a meaning, not colours: a status says what kind of state it is. The styles are the
 * `badge` classes of app/globals.css: a list carries a badge on every row, and a 165-character class
 * list repeated 25 times in the HTML and again in the React payload cost more than the rest of the cell.
 */
export const badgeVariants = cva("badge", {
  variants: {
    tone: {
      neutral: "badge-neutral",
      info: "badge-info",
      warning: "badge-warning",
      success: "badge-success",
      danger: "badge-danger",
    },
  },
  defaultVariants: { tone: "neutral" },
});

export type BadgeTone = NonNullable<VariantProps<typeof badgeVariants>["tone"]>;

export function Badge({
  className,
  tone,
  ...props
}: React.ComponentProps<"span"> & VariantProps<typeof badgeVariants>) {
  return <span className={cn(badgeVariants({ tone }), className)} {...props} />;
}
