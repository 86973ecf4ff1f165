import { clsx, type ClassValue } from "clsx";
import { twMerge } from "tailwind-merge";

/**
 * Joins class names and lets the last Tailwind class of a kind win, so a caller's `className`
 * overrides a component's own (`cn("px-4", "px-2")` is `"px-2"`).
 */
export function cn(...inputs: ClassValue[]): string {
  return twMerge(clsx(inputs));
}
