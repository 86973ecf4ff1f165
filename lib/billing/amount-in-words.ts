/**
 * The amount in words printed on an invoice, the way Turkish invoices write it: the words of each
 * group run together, in capitals, lira then kuruş:
 * 576000 kuruş → "YALNIZ BEŞBİNYEDİYÜZALTMIŞ TÜRK LİRASI SIFIR KURUŞ".
 */
import { InvalidAmountError } from "../money";

const ONES = ["", "bir", "iki", "üç", "dört", "beş", "altı", "yedi", "sekiz", "dokuz"];
const TENS = ["", "on", "yirmi", "otuz", "kırk", "elli", "altmış", "yetmiş", "seksen", "doksan"];
// Groups of three digits, from the right. Turkish says "bin", not "birbin"; "birmilyon" keeps its "bir".
const SCALES = ["", "bin", "milyon", "milyar", "trilyon", "katrilyon"];

/** 0–999 in words; "" for 0. "yüz", never "biryüz". */
function hundreds(value: number): string {
  const hundred = Math.floor(value / 100);
  const ten = Math.floor((value % 100) / 10);
  const one = value % 10;
  const hundredWord = hundred === 0 ? "" : `${hundred === 1 ? "" : ONES[hundred]}yüz`;
  return `${hundredWord}${TENS[ten]}${ONES[one]}`;
}

/** A whole number in Turkish words, lower case, run together: 5760 → "beşbinyediyüzaltmış". */
export function numberInWords(value: number): string {
  if (!Number.isSafeInteger(value) || value < 0) throw new InvalidAmountError(`Cannot spell ${value}`);
  if (value === 0) return "sıfır";
  const groups: number[] = [];
  for (let rest = value; rest > 0; rest = Math.floor(rest / 1000)) groups.push(rest % 1000);
  let words = "";
  for (let index = groups.length - 1; index >= 0; index--) {
    const group = groups[index]!;
    if (group === 0) continue;
    const scale = SCALES[index];
    if (scale === undefined) throw new InvalidAmountError(`Cannot spell ${value}`);
    words += index === 1 && group === 1 ? scale : `${hundreds(group)}${scale}`;
  }
  return words;
}

const upper = (text: string) => text.toLocaleUpperCase("tr-TR");

/** "YALNIZ BİRMİLYON TÜRK LİRASI BİR KURUŞ" for 100000001 kuruş. */
export function amountInWords(kurus: number): string {
  if (!Number.isSafeInteger(kurus) || kurus < 0) throw new InvalidAmountError(`Cannot spell ${kurus}`);
  const lira = Math.floor(kurus / 100);
  const rest = kurus % 100;
  return `YALNIZ ${upper(numberInWords(lira))} TÜRK LİRASI ${upper(numberInWords(rest))} KURUŞ`;
}
