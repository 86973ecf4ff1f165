"use client";

import * as PopoverPrimitive from "@radix-ui/react-popover";
import { Command } from "cmdk";
import { Check, ChevronsUpDown, LoaderCircle } from "lucide-react";
import { useCallback, useEffect, useRef, useState } from "react";
import { cn } from "./cn";

export type ComboboxOption = { value: string; label: string };

type ComboboxProps = {
  /** From `Field`: the label points at the trigger, errors describe it. */
  id?: string;
  "aria-invalid"?: boolean;
  "aria-describedby"?: string;
  /** The trigger, the control a form focuses (react-hook-form's `field.ref` puts the focus on an error). */
  ref?: React.Ref<HTMLButtonElement>;
  /** The chosen option, or null. */
  value: ComboboxOption | null;
  onChange: (option: ComboboxOption | null) => void;
  /** Looks options up on the server for what was typed (called after a short pause in typing). */
  search: (text: string) => Promise<ComboboxOption[]>;
  /** The trigger's text when nothing is chosen. */
  placeholder: string;
  searchPlaceholder: string;
  /** Shown until the typed text is long enough to search. */
  hint: string;
  minLength?: number;
  /** An option that clears the choice ("Tüm müşteriler"); none when the field is required. */
  clearLabel?: string;
};

/** How long typing must pause before a search is sent. */
const SEARCH_DELAY_MS = 250;

/**
 * A choice among more options than a page can carry (shadcn's combobox: Radix Popover around cmdk):
 * a button showing the choice opens a search box whose results come from the server, chosen with the
 * arrow keys and Enter, closed with Escape or left with Tab. Only the latest search's answer is shown.
 */
export function Combobox({
  value,
  onChange,
  search,
  placeholder,
  searchPlaceholder,
  hint,
  minLength = 3,
  clearLabel,
  ref,
  ...a11y
}: ComboboxProps) {
  const [open, setOpen] = useState(false);
  const [text, setText] = useState("");
  const [results, setResults] = useState<ComboboxOption[] | null>(null);
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const latest = useRef(0);
  const trigger = useRef<HTMLButtonElement>(null);
  const setTrigger = useCallback(
    (node: HTMLButtonElement | null) => {
      trigger.current = node;
      if (typeof ref === "function") ref(node);
      else if (ref) ref.current = node;
    },
    [ref],
  );
  /** The list was closed by Tab, which takes the focus on: it must not come back to the trigger. */
  const leftByTab = useRef(false);

  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  function type(next: string) {
    setText(next);
    clearTimeout(timer.current);
    const call = ++latest.current;
    const typed = next.trim();
    setFailed(false);
    if (typed.length < minLength) {
      setResults(null);
      setBusy(false);
      return;
    }
    setBusy(true);
    timer.current = setTimeout(() => {
      search(typed)
        .then((options) => {
          if (call === latest.current) setResults(options);
        })
        .catch(() => {
          if (call === latest.current) setFailed(true);
        })
        .finally(() => {
          if (call === latest.current) setBusy(false);
        });
    }, SEARCH_DELAY_MS);
  }

  function choose(option: ComboboxOption | null) {
    onChange(option);
    setOpen(false);
    type("");
  }

  // As a combobox's Tab does (WAI-ARIA): the list closes and the focus moves on from the trigger, to the
  // next field with Tab (the browser's own move, made from the trigger) or to the trigger with Shift+Tab.
  // Left alone, the popover's focus loop would keep the focus in the search box.
  function leave(event: React.KeyboardEvent<HTMLInputElement>) {
    if (event.key !== "Tab" || event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.shiftKey) event.preventDefault();
    else leftByTab.current = true;
    trigger.current?.focus();
    setOpen(false);
  }

  const status = failed
    ? "Arama yapılamadı. Lütfen tekrar deneyin."
    : results === null
      ? hint
      : results.length === 0
        ? "Eşleşen kayıt yok."
        : null;

  return (
    <PopoverPrimitive.Root open={open} onOpenChange={setOpen}>
      <PopoverPrimitive.Trigger
        ref={setTrigger}
        type="button"
        role="combobox"
        aria-expanded={open}
        aria-haspopup="listbox"
        // As wide as its column, never wider: without inline-size containment the chosen name (one line,
        // cut short by `truncate`) would set the column's least width and push a phone's page sideways.
        // The whole name stays in the button's text, for screen readers and in the open list.
        className="control flex h-10 items-center justify-between gap-2 text-left contain-inline-size"
        {...a11y}
      >
        <span className={cn("truncate", !value && "text-muted-foreground")}>{value?.label ?? placeholder}</span>
        <ChevronsUpDown aria-hidden="true" className="size-4 shrink-0 text-muted-foreground" />
      </PopoverPrimitive.Trigger>
      <PopoverPrimitive.Portal>
        <PopoverPrimitive.Content
          align="start"
          sideOffset={4}
          onCloseAutoFocus={(event) => {
            if (leftByTab.current) event.preventDefault();
            leftByTab.current = false;
          }}
          className="z-50 w-(--radix-popover-trigger-width) max-w-[calc(100vw-1rem)] min-w-64 rounded-lg border border-border bg-popover p-0 text-popover-foreground shadow-lg"
        >
          <Command shouldFilter={false} label={searchPlaceholder} className="flex flex-col">
            <div className="flex items-center gap-2 border-b border-border px-3">
              <Command.Input
                value={text}
                onValueChange={type}
                onKeyDown={leave}
                placeholder={searchPlaceholder}
                className="h-10 w-full bg-transparent text-base outline-none placeholder:text-muted-foreground sm:text-sm"
              />
              {busy && (
                <LoaderCircle aria-hidden="true" className="size-4 shrink-0 animate-spin text-muted-foreground" />
              )}
            </div>
            <Command.List className="max-h-72 overflow-y-auto p-1">
              {status && (
                <p role="status" className="px-2 py-3 text-sm text-muted-foreground">
                  {status}
                </p>
              )}
              {clearLabel && value && (
                <Command.Item
                  value="__clear__"
                  onSelect={() => choose(null)}
                  className="cursor-pointer rounded-md px-2 py-2 text-sm text-muted-foreground data-[selected=true]:bg-accent data-[selected=true]:text-accent-foreground"
                >
                  {clearLabel}
                </Command.Item>
              )}
              {results?.map((option) => (
                <Command.Item
                  key={option.value}
                  value={option.value}
                  onSelect={() => choose(option)}
                  className="flex cursor-pointer items-center gap-2 rounded-md px-2 py-2 text-sm data-[selected=true]:bg-accent data-[selected=true]:text-accent-foreground"
                >
                  <Check
                    aria-hidden="true"
                    className={cn("size-4 shrink-0", option.value === value?.value ? "opacity-100" : "opacity-0")}
                  />
                  <span className="min-w-0 break-words">{option.label}</span>
                </Command.Item>
              ))}
            </Command.List>
          </Command>
        </PopoverPrimitive.Content>
      </PopoverPrimitive.Portal>
    </PopoverPrimitive.Root>
  );
}
