"use client";

import { useId, useRef } from "react";

/** Browsers without Invoker Commands open and close the dialog by script instead. */
const invokersMissing = () => typeof HTMLButtonElement !== "undefined" && !("command" in HTMLButtonElement.prototype);

const buttonStyles = {
  danger: "bg-red-700 text-white hover:bg-red-800",
  neutral: "bg-brand-700 text-white hover:bg-brand-800",
} as const;

/**
 * A button that asks first: it opens a modal dialog that says what will happen, with `Vazgeç` and a
 * confirm button repeating the action's name, which submits `action` with the hidden `fields`.
 * Works without JavaScript where browsers support Invoker Commands.
 */
export function ConfirmDialog({
  trigger,
  title,
  confirm,
  children,
  action,
  fields = {},
  pending = false,
  tone = "danger",
  triggerClassName = "rounded border border-stone-300 px-3 py-1.5 text-sm hover:bg-stone-100",
}: {
  trigger: string;
  title: string;
  confirm: string;
  children: React.ReactNode;
  action: (form: FormData) => void;
  fields?: Record<string, string>;
  pending?: boolean;
  tone?: keyof typeof buttonStyles;
  triggerClassName?: string;
}) {
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  return (
    <>
      <button
        type="button"
        commandfor={id}
        command="show-modal"
        disabled={pending}
        onClick={() => invokersMissing() && dialog.current?.showModal()}
        className={triggerClassName}
      >
        {trigger}
      </button>
      <dialog
        id={id}
        ref={dialog}
        aria-labelledby={`${id}-baslik`}
        className="m-auto w-[min(28rem,calc(100vw-2rem))] rounded-lg border border-stone-200 p-6 shadow-lg backdrop:bg-stone-900/40"
      >
        <form action={action} onSubmit={() => dialog.current?.close()} className="flex flex-col gap-4">
          <h2 id={`${id}-baslik`} className="text-lg font-semibold">
            {title}
          </h2>
          <div className="text-sm text-stone-700">{children}</div>
          {Object.entries(fields).map(([name, value]) => (
            <input key={name} type="hidden" name={name} value={value} />
          ))}
          <div className="flex flex-wrap justify-end gap-3">
            <button
              type="button"
              commandfor={id}
              command="close"
              onClick={() => invokersMissing() && dialog.current?.close()}
              className="rounded-md border border-stone-300 px-4 py-2 text-sm font-medium hover:bg-stone-100"
            >
              Vazgeç
            </button>
            <button
              type="submit"
              disabled={pending}
              className={`rounded-md px-4 py-2 text-sm font-semibold disabled:opacity-60 ${buttonStyles[tone]}`}
            >
              {confirm}
            </button>
          </div>
        </form>
      </dialog>
    </>
  );
}
