import { Alert } from "./alert";

/** @deprecated use Alert (components/ui/alert), which has the same tones and more. */
export function FormAlert({ tone = "error", children }: { tone?: "error" | "success"; children: React.ReactNode }) {
  return <Alert tone={tone}>{children}</Alert>;
}
