import { Link } from "@/components/ui/link";
import { Button, buttonVariants } from "../button";
import { Field } from "../field";
import { Input } from "../input";
import { Select } from "../select";
import { DIRECTION_PARAM, FIRST_CALENDAR_DAY, SORT_PARAM, type ListParams } from "@/lib/list-params";
import {
  FilterNotice,
  IgnoredFilterNotice,
  IgnoredFilterNotices,
  ignoredDayReason,
  type IgnoredField,
} from "./filter-notice";

/**
 * A list's filters as a plain GET form to the list's own address: it works without JavaScript, the
 * result is a URL, and submitting starts again at page 1 (the page number is not among the fields).
 * The current sort travels as hidden fields so filtering does not undo it. Below the fields, each
 * filter and sort of the address the list could not use is said (`ignored`, the list query's): the
 * list on screen is not narrowed by it, and a user who followed an edited or old link would not know.
 */
export function FilterBar({
  path,
  params,
  label,
  ignored,
  fields,
  children,
}: {
  path: string;
  params: ListParams;
  /** Names the search landmark ("Sipariş filtreleri"). */
  label: string;
  /** The list query's `ignored`: the filters and sort of the address it could not use. */
  ignored?: ListParams;
  /**
   * The filters said when `ignored` holds them, by their name in the URL, with their field's label
   * (`{ durum: "Durum" }`); the sort is always said. A date range says its own days.
   */
  fields?: Readonly<Record<string, IgnoredField>>;
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
      <IgnoredFilterNotices ignored={ignored} fields={fields} />
      <div className="flex items-center gap-2 sm:order-2 sm:col-span-full lg:col-span-1">
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
  // A value the list applies but the options do not name (an entity type or template of the address
  // with no label here) is shown as it is: otherwise the select reads "Tümü" over a filtered list.
  const shown =
    defaultValue && !options.some((option) => option.value === defaultValue)
      ? [{ value: defaultValue, label: defaultValue }, ...options]
      : options;
  return (
    <Field label={label}>
      {(a11y) => (
        <Select {...a11y} name={name} defaultValue={defaultValue ?? ""}>
          <option value="">{allLabel}</option>
          {shown.map((option) => (
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
