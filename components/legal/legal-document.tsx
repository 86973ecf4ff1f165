import { PageHeader } from "@/components/layout/page-header";

type LegalText = { title: string; version: string; paragraphs: readonly string[] };

/**
 * A legal text exactly as activation records it (lib/legal.ts): the same title, version and
 * paragraphs a new customer accepts in step 4 of /basla.
 */
export function LegalDocument({ text }: { text: LegalText }) {
  return (
    <article className="mx-auto flex w-full max-w-3xl flex-col gap-6">
      <PageHeader
        title={text.title}
        description={
          <p>
            Sürüm <span data-testid="metin-surumu">{text.version}</span>. Hesap açarken onaylanan metin bu sürümdür;
            metin değiştiğinde sürümü de değişir.
          </p>
        }
      />
      <div className="flex flex-col gap-4 rounded-lg border border-border bg-card p-5 leading-relaxed sm:p-8">
        {text.paragraphs.map((paragraph, index) => (
          <p key={index}>{paragraph}</p>
        ))}
      </div>
    </article>
  );
}
