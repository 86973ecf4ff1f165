import { inputClass } from "@/components/ui/field";

/**
 * An order's package count, for the customer's and the operator's forms: a number pad, and text so
 * that "1.200" (Turkish thousands) arrives as typed; a number input would read it as 1.2. The
 * schema (lib/orders/schemas.ts) reads it and checks 1 to MAX_PACKAGES.
 */
export function PackageCountInput(props: Omit<React.ComponentProps<"input">, "type" | "min" | "max" | "className">) {
  return <input {...props} type="text" inputMode="numeric" autoComplete="off" className={inputClass} />;
}
