import { Link } from "@/components/ui/link";
import { buttonVariants } from "./button";

/** @deprecated use `<Button asChild><Link href=…>…</Link></Button>`, or `buttonVariants()` on a Link. */
export function ButtonLink({
  href,
  variant = "primary",
  children,
}: {
  href: string;
  variant?: "primary" | "secondary";
  children: React.ReactNode;
}) {
  return (
    <Link
      href={href}
      className={buttonVariants({ variant: variant === "primary" ? "primary" : "outline", size: "lg" })}
    >
      {children}
    </Link>
  );
}
