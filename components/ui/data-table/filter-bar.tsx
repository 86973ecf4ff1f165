import { Link } from "@/components/ui/link";
import { Button, buttonVariants } from "../button";
import { Field } from "../field";
import { Input } from "../input";
import { Select } from "../select";
import { isCalendarDate } from "@/lib/dates";
import { DIRECTION_PARAM, FIRST_CALENDAR_DAY, SORT_PARAM, type ListParams } from "@/lib/list-params";

/**
 * A list's filters as a plain GET form to the list's own address: it works without JavaScript, the
 * result is a URL, and submitting starts again at page 1 (the page number is not among the fields).
 * The current sort travels as hidden fields so filtering does not undo it.
 */
export function FilterBar({
  path,
  params,
  label,
  children,
}: {
  path: string;
  params: ListParams;
  /** Names the search landmark ("Sipariş filtreleri"). */
  label: string;
  children: React.ReactNode;
}) {
  // The fields are uncontrolled (defaultValue): React keeps a mounted form's values when the router
  // brings the same list with other filters (Temizle, Back, the menu link). Keyed by the list's state,
  // the form is made anew for each one, so its fields show the filters the list has.
  const state = new URLSearchParams(
    Object.entries(params).filter((entry): entry is [string, string] => Boolean(entry[1])),
  ).toString();
  return (
    <form
      key={state}
      method="get"
      action={path}
      role="search"
      aria-label={label}
      className="grid items-end gap-3 rounded-lg border border-border bg-card p-4 sm:grid-cols-2 lg:grid-cols-[repeat(auto-fit,minmax(11rem,1fr))]"
    >
      {[SORT_PARAM, DIRECTION_PARAM].map((name) =>
        params[name] ? <input key={name} type="hidden" name={name} value={params[name]} /> : null,
      )}
      {children}
      <div className="flex items-center gap-2 sm:col-span-full lg:col-span-1">
        <Button type="submit">Filtrele</Button>
        <Link href={path} className={buttonVariants({ variant: "ghost" })}>
          Temizle
        </Link>
      </div>
    </form>
  );
}

export function FilterSearch({
  name,
  label = "Ara",
  defaultValue,
  placeholder,
}: {
  name: string;
  label?: string;
  defaultValue?: string;
  placeholder?: string;
}) {
  return (
    <Field label={label}>
      {(a11y) => (
        <div className="control-search">
          <Input
            {...a11y}
            type="search"
            name={name}
            defaultValue={defaultValue}
            placeholder={placeholder}
            className="pl-9"
          />
        </div>
      )}
    </Field>
  );
}

export function FilterSelect({
  name,
  label,
  options,
  defaultValue,
  allLabel = "Tümü",
}: {
  name: string;
  label: string;
  options: readonly { value: string; label: string }[];
  defaultValue?: string;
  allLabel?: string;
}) {
  return (
    <Field label={label}>
      {(a11y) => (
        <Select {...a11y} name={name} defaultValue={defaultValue ?? ""}>
          <option value="">{allLabel}</option>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </Select>
      )}
    </Field>
  );
}

/**
 * What the list could not do with the filters as given (a search too short, days the wrong way
 * round), said where the filters are instead of leaving a list that silently ignores them.
 */
export function FilterNotice({ children }: { children: React.ReactNode }) {
  return (
    <p role="status" className="text-sm wrap-anywhere text-amber-800 sm:col-span-full">
      {children}
    </p>
  );
}

/** How much of a value from the address a notice repeats: enough to recognise it. */
const SHOWN_LENGTH = 40;
const FIRST_DAY_SHOWN = FIRST_CALENDAR_DAY.split("-").reverse().join(".");

/**
 * A filter of the address the list could not use (the query's `ignored`: an edited or old link), said
 * with the value as typed, why, and the field by its label: "“abc” geçerli bir tarih değil; bitiş
 * tarihi filtresi uygulanmadı."
 */
export function IgnoredFilterNotice({ value, reason, label }: { value: string; reason: string; label: string }) {
  const characters = [...value];
  const shown = characters.length > SHOWN_LENGTH ? `${characters.slice(0, SHOWN_LENGTH).join("")}…` : value;
  return (
    <FilterNotice>{`“${shown}” ${reason}; ${label.toLocaleLowerCase("tr-TR")} filtresi uygulanmadı.`}</FilterNotice>
  );
}

/** Why a day of the address is no day filter. */
export function ignoredDayReason(value: string): string {
  return isCalendarDate(value) ? `${FIRST_DAY_SHOWN}'den önce` : "geçerli bir tarih değil";
}

/**
 * Two dates, both inclusive ("Başlangıç tarihi", "Bitiş tarihi"). Said beside them: a date of the
 * address the list could not use (`ignored`, the list query's: an edited or old link, since the fields
 * cannot send one), and days the wrong way round.
 */
export function FilterDateRange({
  from,
  to,
  ignored,
}: {
  from: { name: string; value?: string; label?: string };
  to: { name: string; value?: string; label?: string };
  ignored?: ListParams;
}) {
  const fields = [
    { ...from, label: from.label ?? "Başlangıç tarihi" },
    { ...to, label: to.label ?? "Bitiş tarihi" },
  ];
  return (
    <>
      {fields.map((field) => (
        <Field key={field.name} label={field.label}>
          {(a11y) => (
            <Input {...a11y} type="date" name={field.name} defaultValue={field.value} min={FIRST_CALENDAR_DAY} />
          )}
        </Field>
      ))}
      {fields.map((field) => {
        const value = ignored?.[field.name];
        return value ? (
          <IgnoredFilterNotice key={field.name} value={value} reason={ignoredDayReason(value)} label={field.label} />
        ) : null;
      })}
      {from.value && to.value && from.value > to.value && (
        <FilterNotice>
          Başlangıç günü bitiş gününden sonra: bu aralıkta kayıt olamaz. Tarihleri değiştirin.
        </FilterNotice>
      )}
    </>
  );
}
