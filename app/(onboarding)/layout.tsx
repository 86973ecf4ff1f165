import { SiteShell } from "@/components/layout/site-shell";

export default function OnboardingLayout({ children }: { children: React.ReactNode }) {
  return (
    <SiteShell>
      <div className="mx-auto w-full max-w-3xl">{children}</div>
    </SiteShell>
  );
}
