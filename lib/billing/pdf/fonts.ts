import { existsSync } from "node:fs";
import { join } from "node:path";
import { Font } from "@react-pdf/renderer";

/**
 * The PDF's typeface: DejaVu Sans, embedded from the `dejavu-fonts-ttf` package. The PDF standard
 * fonts (Helvetica) have no ş ğ ı İ, and no single @fontsource file covers Turkish. Read from
 * node_modules at run time (next.config.mjs traces the files into the build's output), registered once.
 */
export const PDF_FONT_FAMILY = "DejaVu Sans";

const FONT_DIR = join(process.cwd(), "node_modules", "dejavu-fonts-ttf", "ttf");

let registered = false;

export function registerPdfFonts(): void {
  if (registered) return;
  const regular = join(FONT_DIR, "DejaVuSans.ttf");
  const bold = join(FONT_DIR, "DejaVuSans-Bold.ttf");
  for (const file of [regular, bold]) {
    if (!existsSync(file)) throw new Error(`Invoice font missing: ${file} (npm package dejavu-fonts-ttf)`);
  }
  Font.register({
    family: PDF_FONT_FAMILY,
    fonts: [
      { src: regular, fontWeight: "normal" },
      { src: bold, fontWeight: "bold" },
    ],
  });
  // English hyphenation rules would split Turkish words wrongly: wrap at spaces only.
  Font.registerHyphenationCallback((word) => [word]);
  registered = true;
}
