import { isCalendarDate } from "@/lib/dates";
import { DIRECTION_PARAM, FIRST_CALENDAR_DAY, SORT_PARAM, type ListParams } from "@/lib/list-params";
import { hasForbiddenCharacters } from "@/lib/text";

/**
 * What the list could not do with the filters as given (a search too short, days the wrong way
 * round), said where the filters are instead of leaving a list that silently ignores them. On a phone
 * it follows the field it is about; on a wider bar every notice goes below the fields (`order`), so
 * a notice neither breaks their row nor makes one field taller than the others. `id` lets a field be
 * described by it.
 */
export function FilterNotice({ id, children }: { id?: string; children: React.ReactNode }) {
  return (
    <p id={id} role="status" className="text-sm wrap-anywhere text-amber-800 sm:order-1 sm:col-span-full">
      {children}
    </p>
  );
}

/** How much of a value from the address a notice repeats: enough to recognise it. */
const SHOWN_LENGTH = 40;
const FIRST_DAY_SHOWN = FIRST_CALENDAR_DAY.split("-").reverse().join(".");
// Control and format characters (bidi overrides among them) would hide in the sentence or reorder
// the rest of it (`‮`): each shows as "�", so the value reads as what it is, a value that is no filter.
const INVISIBLE = /[\p{Cc}\p{Cf}]/gu;

/** A value of the address as a notice repeats it: its first 40 characters, the invisible ones shown. */
export function shownValue(value: string): string {
  const characters = [...value.replace(INVISIBLE, "\uFFFD")];
  return characters.length > SHOWN_LENGTH ? `${characters.slice(0, SHOWN_LENGTH).join("")}…` : characters.join("");
}

/**
 * A filter of the address the list could not use (the query's `ignored`: an edited or old link), said
 * with the value as typed, why, and the field by its label: "“abc” geçerli bir tarih değil; bitiş
 * tarihi filtresi uygulanmadı.", "“xyz” bu listede bir durum değil; durum filtresi uygulanmadı." The
 * sort is no filter: "“foo” bu listede sıralanabilen bir sütun değil; sıralama uygulanmadı."
 */
export function IgnoredFilterNotice({
  value,
  reason,
  label,
  sort = false,
}: {
  value: string;
  reason: string;
  label: string;
  /** The list's order rather than a filter: "sıralama uygulanmadı". */
  sort?: boolean;
}) {
  const what = label.toLocaleLowerCase("tr-TR");
  return (
    <FilterNotice>{`“${shownValue(value)}” ${reason}; ${sort ? what : `${what} filtresi`} uygulanmadı.`}</FilterNotice>
  );
}

/** Why a day of the address is no day filter. */
export function ignoredDayReason(value: string): string {
  return isCalendarDate(value) ? `${FIRST_DAY_SHOWN}'den önce` : "geçerli bir tarih değil";
}

/**
 * Why a text of the address is no search: an invisible character (none can be typed), shorter than the
 * filter needs (`min` characters), longer than it takes (`max`, where it refuses rather than cuts), or
 * without a word as long as the search needs (`minWord`).
 */
export function ignoredTextReason(
  value: string,
  { min, max, minWord }: { min?: number; max?: number; minWord?: number } = {},
): string {
  const text = value.trim();
  if (hasForbiddenCharacters(text)) return "görünmez bir karakter (kontrol ya da yazı yönü karakteri) içeriyor";
  if (min !== undefined && text.length < min) return `${min} karakterden kısa`;
  if (max !== undefined && text.length > max) return `${max} karakterden uzun`;
  if (minWord !== undefined) return `en az ${minWord} harflik bir kelime içermiyor`;
  return "bu listede aranamaz";
}

/**
 * A filter of the list as a filter bar names it when the address gives a value it cannot use: the
 * label of its field, and why such a value is none. A label alone is a choice (a select, an id): "bu
 * listede bir <label> değil".
 */
export type IgnoredField = string | { label: string; reason: (value: string) => string };

const choiceReason = (label: string) => () => `bu listede bir ${label.toLocaleLowerCase("tr-TR")} değil`;

/** The order of the address: every list with sortable columns reads it the same way. */
const SORT_FIELDS = [
  { key: SORT_PARAM, label: "Sıralama", reason: () => "bu listede sıralanabilen bir sütun değil" },
  { key: DIRECTION_PARAM, label: "Sıralama yönü", reason: () => "bir sıralama yönü değil (artan ya da azalan)" },
];

/**
 * Every filter of `fields` and the sort the address gave and the list could not use (`ignored`), each
 * said in its own sentence, in the order of `fields`. A filter said elsewhere (a date range's days, a
 * search's own notice) is left out of `fields`.
 */
export function IgnoredFilterNotices({
  ignored,
  fields = {},
}: {
  ignored?: ListParams;
  fields?: Readonly<Record<string, IgnoredField>>;
}) {
  if (!ignored) return null;
  const said = [
    ...Object.entries(fields).map(([key, field]) =>
      typeof field === "string"
        ? { key, label: field, reason: choiceReason(field), sort: false }
        : { key, ...field, sort: false },
    ),
    ...SORT_FIELDS.map((field) => ({ ...field, sort: true })),
  ];
  return (
    <>
      {said.map(({ key, label, reason, sort }) => {
        const value = ignored[key];
        return value ? (
          <IgnoredFilterNotice key={key} value={value} reason={reason(value)} label={label} sort={sort} />
        ) : null;
      })}
    </>
  );
}
