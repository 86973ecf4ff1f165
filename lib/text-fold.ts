/**
 * The search fold: what a search compares instead of the text, so that case and Turkish letters do
 * not matter (`istanbul` finds `İstanbul`, `isik` finds `Işık`, `ŞEKER` finds `şeker`). The same
 * table folds in the database (the generated `search_text` column of customers, db/schema) and here
 * (what the user typed), so both sides always agree. It is a plain character map, not lower(): lower()
 * follows the database's locale (C on one server, tr_TR on another), and in a Turkish locale `I`
 * lowers to `ı`, which would break the match.
 */

// Uppercase ASCII, the Turkish letters in both cases, the circumflexed vowels of Turkish (kâr, hâlâ)
// and the common accented Latin letters of foreign names; each to its lowercase ASCII base.
const MAPPED_FROM = "ABCDEFGHIJKLMNOPQRSTUVWXYZ" + "ÇĞİÖŞÜçğıöşü" + "ÂÎÛâîû" + "ÁÀÄÉÈÊËÍÌÏÓÒÔÚÙÑáàäéèêëíìïóòôúùñ";
const MAPPED_TO = "abcdefghijklmnopqrstuvwxyz" + "cgiosucgiosu" + "aiuaiu" + "aaaeeeeiiiooouunaaaeeeeiiiooouun";

// Combining marks of decomposed text (İ as I + dot above, ş as s + cedilla...): dropped.
const DROPPED = "\u0300\u0301\u0302\u0306\u0307\u0308\u0327";

/** translate()'s arguments: characters past the end of the second are deleted. */
export const FOLD_FROM = MAPPED_FROM + DROPPED;
export const FOLD_TO = MAPPED_TO;

const table = new Map<string, string>();
for (let index = 0; index < FOLD_FROM.length; index++) table.set(FOLD_FROM[index]!, FOLD_TO[index] ?? "");

/** The folded form of `text`, exactly as the database's translate(text, FOLD_FROM, FOLD_TO) gives it. */
export function foldForSearch(text: string): string {
  let out = "";
  for (const char of text.normalize("NFC")) out += table.get(char) ?? char;
  return out;
}

/**
 * `text` as a PostgreSQL literal in pure ASCII (`U&'...'` with `\XXXX` escapes), so migrations hold no
 * combining marks or letters an editor could normalise.
 */
export function unicodeSqlLiteral(text: string): string {
  let body = "";
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (code > 0xffff) throw new RangeError("Only characters of the Basic Multilingual Plane are supported");
    if (code < 0x80 && char !== "\\" && char !== "'") body += char;
    else body += `\\${code.toString(16).toUpperCase().padStart(4, "0")}`;
  }
  return `U&'${body}'`;
}
