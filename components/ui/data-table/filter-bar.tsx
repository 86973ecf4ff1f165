import { Link } from "@/components/ui/link";
import { Button, buttonVariants } from "../button";
import { Field } from "../field";
import { Input } from "../input";
import { Select } from "../select";
import { DIRECTION_PARAM, SORT_PARAM, type ListParams } from "@/lib/list-params";

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
    <p role="status" className="text-sm text-amber-800 sm:col-span-full">
      {children}
    </p>
  );
}

/** Two dates, both inclusive ("Başlangıç tarihi", "Bitiş tarihi"); days the wrong way round are said. */
export function FilterDateRange({
  from,
  to,
}: {
  from: { name: string; value?: string; label?: string };
  to: { name: string; value?: string; label?: string };
}) {
  return (
    <>
      <Field label={from.label ?? "Başlangıç tarihi"}>
        {(a11y) => <Input {...a11y} type="date" name={from.name} defaultValue={from.value} />}
      </Field>
      <Field label={to.label ?? "Bitiş tarihi"}>
        {(a11y) => <Input {...a11y} type="date" name={to.name} defaultValue={to.value} />}
      </Field>
      {from.value && to.value && from.value > to.value && (
        <FilterNotice>
          Başlangıç günü bitiş gününden sonra: bu aralıkta kayıt olamaz. Tarihleri değiştirin.
        </FilterNotice>
      )}
    </>
  );
}
