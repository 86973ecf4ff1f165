/**
 * Turkish alphabetical order as a key that compares character by character: what the customer list
 * sorts by (the generated `sort_name` column of customers, db/schema, under the "C" collation), so
 * that Ç comes after every C, Ş after every S and ı before i, as a Turkish reader expects (Cem, Çiçek;
 * Söğüt, Şahin; Işık, İstanbul), whatever the database server's own locale says.
 *
 * Each letter of the alphabet below becomes one character of the Private Use Area, in the alphabet's
 * order, case ignored; a Turkish capital I is ı and İ is i. The circumflexed vowels sort as their base
 * (kâr as kar), and so do the accented Latin letters of foreign names (Škoda among the S's). Anything
 * else (digits, spaces, punctuation) keeps its own character, below every letter. The text is first
 * composed (NFC), so a Ş stored as S + cedilla is the letter Ş. Like the search fold (lib/text-fold.ts),
 * it is a plain character map the database applies too (normalize() then translate()), so both sides
 * always agree.
 */
import { unicodeSqlLiteral } from "./text-fold";

/** The Turkish alphabet with q, w and x where the Latin alphabet has them: the order of the key. */
export const SORT_ALPHABET = "abcçdefgğhıijklmnoöpqrsştuüvwxyz";

/** Where the key's letters start: U+E000, the Private Use Area, which no company name holds. */
const FIRST_LETTER = 0xe000;

// Each letter as typed, and the alphabet letter it sorts as.
const SORTS_AS: Record<string, string> = {};
for (const letter of SORT_ALPHABET) SORTS_AS[letter] = letter;
for (const letter of SORT_ALPHABET.replace("ı", "").replace("i", "")) SORTS_AS[letter.toUpperCase()] = letter;
Object.assign(SORTS_AS, { I: "ı", İ: "i" });
const BASES: Record<string, string> = {
  a: "âáàäãåāąÂÁÀÄÃÅĀĄ",
  c: "ćčĆČ",
  e: "éèêëěēęÉÈÊËĚĒĘ",
  i: "îíìïīÎÍÌÏĪ",
  l: "łŁ",
  n: "ñńňÑŃŇ",
  o: "óòôõøőōÓÒÔÕØŐŌ",
  r: "řŘ",
  s: "śšßŚŠ",
  u: "ûúùůűūÛÚÙŮŰŪ",
  y: "ýÿÝ",
  z: "źżžŹŻŽ",
};
for (const [base, letters] of Object.entries(BASES)) for (const letter of letters) SORTS_AS[letter] = base;

const table = new Map<string, string>(
  Object.entries(SORTS_AS).map(([letter, base]) => [
    letter,
    String.fromCharCode(FIRST_LETTER + SORT_ALPHABET.indexOf(base)),
  ]),
);

// Combining marks left after composing (on letters that have no composed form): dropped.
const DROPPED = "\u0300\u0301\u0302\u0306\u0307\u0308\u0327";

/** translate()'s arguments: characters past the end of the second are deleted. */
export const SORT_FROM = [...table.keys()].join("") + DROPPED;
export const SORT_TO = [...table.values()].join("");

/** The key of `text`, exactly as the database's translate(normalize(text, NFC), SORT_FROM, SORT_TO) gives it. */
export function sortKey(text: string): string {
  let out = "";
  for (const char of text.normalize("NFC")) out += table.get(char) ?? (DROPPED.includes(char) ? "" : char);
  return out;
}

/** translate(normalize(expression, NFC), SORT_FROM, SORT_TO) as SQL text, its arguments in pure ASCII. */
export function sortKeySql(expression: string): string {
  return `translate(normalize(${expression}, NFC), ${unicodeSqlLiteral(SORT_FROM)}, ${unicodeSqlLiteral(SORT_TO)})`;
}
