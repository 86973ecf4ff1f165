import { cva, type VariantProps } from "class-variance-authority";
import { cn } from "./cn";

/** Tones with a meaning, not colours: a status says what kind of state it is. */
export const badgeVariants = cva(
  "inline-flex w-fit shrink-0 items-center gap-1.5 rounded-full border px-2.5 py-0.5 text-xs font-semibold whitespace-nowrap",
  {
    variants: {
      tone: {
        neutral: "border-stone-300 bg-stone-100 text-stone-700",
        info: "border-sky-200 bg-sky-50 text-sky-900",
        warning: "border-amber-300 bg-amber-50 text-amber-900",
        success: "border-brand-100 bg-brand-50 text-brand-800",
        danger: "border-red-200 bg-red-50 text-red-800",
      },
    },
    defaultVariants: { tone: "neutral" },
  },
);

export type BadgeTone = NonNullable<VariantProps<typeof badgeVariants>["tone"]>;

export function Badge({
  className,
  tone,
  ...props
}: React.ComponentProps<"span"> & VariantProps<typeof badgeVariants>) {
  return <span className={cn(badgeVariants({ tone }), className)} {...props} />;
}
