import { cva, type VariantProps } from "class-variance-authority";
import { CircleAlert, CircleCheck, Info, TriangleAlert } from "lucide-react";
import { cn } from "./cn";

const alertVariants = cva(
  "flex gap-3 rounded-lg border px-4 py-3 text-sm [&>svg]:mt-0.5 [&>svg]:size-4 [&>svg]:shrink-0",
  {
    variants: {
      tone: {
        error: "border-red-300 bg-red-50 text-red-900 [&>svg]:text-red-700",
        success: "border-brand-100 bg-brand-50 text-brand-800 [&>svg]:text-brand-700",
        warning: "border-amber-300 bg-amber-50 text-amber-950 [&>svg]:text-amber-700",
        info: "border-sky-200 bg-sky-50 text-sky-950 [&>svg]:text-sky-700",
      },
    },
    defaultVariants: { tone: "error" },
  },
);

const icons = { error: CircleAlert, success: CircleCheck, warning: TriangleAlert, info: Info } as const;

/**
 * A message at the top of a form or a page. Errors are `role="alert"` (read out at once); the other
 * tones are `role="status"`. Renders nothing without children, so `<Alert>{state.formError}</Alert>` is safe.
 */
export function Alert({
  tone = "error",
  title,
  className,
  children,
}: VariantProps<typeof alertVariants> & { title?: string; className?: string; children?: React.ReactNode }) {
  if (!children && !title) return null;
  const Icon = icons[tone ?? "error"];
  return (
    <div role={tone === "error" ? "alert" : "status"} className={cn(alertVariants({ tone }), className)}>
      <Icon aria-hidden="true" />
      <div className="flex flex-col gap-1">
        {title && <p className="font-semibold">{title}</p>}
        {children && <div>{children}</div>}
      </div>
    </div>
  );
}
