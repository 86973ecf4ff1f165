import { cn } from "./cn";

/** A grey placeholder of what is loading; hidden from screen readers (the loading page says it in words). */
export function Skeleton({ className, ...props }: React.ComponentProps<"div">) {
  return <div aria-hidden="true" className={cn("animate-pulse rounded-md bg-stone-200/80", className)} {...props} />;
}
