import { inputClass } from "@/components/ui/field";
import { MAX_PACKAGES } from "@/lib/orders/schemas";

/** An order's package count, for the customer's and the operator's forms: 1 to MAX_PACKAGES, a number pad. */
export function PackageCountInput(props: Omit<React.ComponentProps<"input">, "type" | "min" | "max" | "className">) {
  return <input {...props} type="number" inputMode="numeric" min={1} max={MAX_PACKAGES} className={inputClass} />;
}
