import Link from "next/link";

const styles = {
  primary: "bg-brand-700 text-white hover:bg-brand-800",
  secondary: "border border-brand-700 text-brand-700 hover:bg-brand-50",
} as const;

export function ButtonLink({
  href,
  variant = "primary",
  children,
}: {
  href: string;
  variant?: keyof typeof styles;
  children: React.ReactNode;
}) {
  return (
    <Link href={href} className={`inline-block rounded-md px-5 py-2.5 text-center font-semibold ${styles[variant]}`}>
      {children}
    </Link>
  );
}
