import { existsSync } from "node:fs";
import { join } from "node:path";
import { Font } from "@react-pdf/renderer";

/**
 * The PDF's typeface: DejaVu Sans, embedded from the `dejavu-fonts-ttf` package. The PDF standard
 * fonts (Helvetica) have no ş ğ ı İ, and no single @fontsource file covers Turkish. Read from
 * node_modules at run time (next.config.mjs traces the files into the build's output), registered once.
 */
export const PDF_FONT_FAMILY = "DejaVu Sans";

// Literal paths (no variable part), so the build traces these two files and nothing else.
const REGULAR = join(process.cwd(), "node_modules", "dejavu-fonts-ttf", "ttf", "DejaVuSans.ttf");
const BOLD = join(process.cwd(), "node_modules", "dejavu-fonts-ttf", "ttf", "DejaVuSans-Bold.ttf");

let registered = false;

export function registerPdfFonts(): void {
  if (registered) return;
  if (!existsSync(REGULAR) || !existsSync(BOLD)) {
    throw new Error("Invoice fonts missing from node_modules/dejavu-fonts-ttf/ttf (npm package dejavu-fonts-ttf)");
  }
  Font.register({
    family: PDF_FONT_FAMILY,
    fonts: [
      { src: REGULAR, fontWeight: "normal" },
      { src: BOLD, fontWeight: "bold" },
    ],
  });
  // English hyphenation rules would split Turkish words wrongly: wrap at spaces only.
  Font.registerHyphenationCallback((word) => [word]);
  registered = true;
}
