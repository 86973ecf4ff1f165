"use client";

import { useId, useLayoutEffect, useRef } from "react";
import { useFormStatus } from "react-dom";
import { Button, type ButtonProps } from "./button";
import { CommandButton } from "./command-button";
import { modalDescriptionClass, modalFooterClass, modalTitleClass, nativeModalClass } from "./dialog-styles";

type Tone = "destructive" | "primary";

/** The confirm button: busy while the form is sent; tells the dialog once the answer is back. */
function ConfirmButton({
  tone,
  pending,
  busyLabel,
  onDone,
  children,
}: {
  tone: Tone;
  pending?: boolean;
  busyLabel?: string;
  onDone: () => void;
  children: string;
}) {
  const status = useFormStatus();
  const busy = Boolean(pending) || status.pending;
  const wasBusy = useRef(false);
  // Before the browser paints the answer: the refreshed page may already have given this dialog
  // other content (suspend after reactivate), which must not flash in the still-open dialog.
  useLayoutEffect(() => {
    if (busy) wasBusy.current = true;
    else if (wasBusy.current) {
      wasBusy.current = false;
      onDone();
    }
  }, [busy, onDone]);
  return (
    <Button type="submit" variant={tone} busy={busy} busyLabel={busyLabel ?? `${children}…`}>
      {children}
    </Button>
  );
}

/**
 * Asks before an irreversible action. The trigger opens a modal <dialog> that says what will happen;
 * `Vazgeç` closes it and nothing is sent; the confirm button repeats the action's name (`confirm`)
 * and submits `action` with the hidden `fields` and any inputs given as `children` (a reason...).
 *
 * A native <dialog> opened by Invoker Commands, so it works without JavaScript in current browsers
 * (older ones open it by script); the browser gives it focus on open, Escape to close, the page
 * behind it inert, and focus back on the trigger when it closes.
 */
export function ConfirmAction({
  trigger,
  triggerLabel,
  title,
  description,
  confirm,
  busyLabel,
  action,
  fields = {},
  pending,
  tone = "destructive",
  triggerVariant = "outline",
  triggerSize = "md",
  triggerClassName,
  children,
}: {
  /** The opening button's text: the action's name ("Siparişi iptal et"). */
  trigger: string;
  /** Its accessible name where the text alone is ambiguous (a list's rows): it contains the text. */
  triggerLabel?: string;
  /** The question: "Sipariş iptal edilsin mi?" */
  title: string;
  description?: React.ReactNode;
  /** The confirm button: repeats the action's name. */
  confirm: string;
  busyLabel?: string;
  action: string | ((form: FormData) => void | Promise<void>);
  fields?: Record<string, string>;
  /** The caller's pending state (useActionState's third value), when it has one. */
  pending?: boolean;
  tone?: Tone;
  triggerVariant?: ButtonProps["variant"];
  triggerSize?: ButtonProps["size"];
  triggerClassName?: string;
  children?: React.ReactNode;
}) {
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  // An answer that marks one of the dialog's own fields (a reason too short, a price that is no
  // price) leaves it open on that field, to be fixed where it was typed; any other answer closes it.
  const answered = () => {
    const invalid = dialog.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    if (invalid) invalid.focus();
    else dialog.current?.close();
  };
  const titleId = `${id}-baslik`;
  const descriptionId = `${id}-aciklama`;
  return (
    <>
      <CommandButton
        dialog={id}
        command="show-modal"
        variant={triggerVariant}
        size={triggerSize}
        disabled={pending}
        aria-label={triggerLabel}
        className={triggerClassName}
      >
        {trigger}
      </CommandButton>
      <dialog
        id={id}
        ref={dialog}
        role="alertdialog"
        aria-labelledby={titleId}
        aria-describedby={description ? descriptionId : undefined}
        className={nativeModalClass}
      >
        <form action={action} className="flex flex-col gap-4">
          <h2 id={titleId} className={modalTitleClass}>
            {title}
          </h2>
          {description && (
            <div id={descriptionId} className={modalDescriptionClass}>
              {description}
            </div>
          )}
          {Object.entries(fields).map(([name, value]) => (
            <input key={name} type="hidden" name={name} value={value} />
          ))}
          {children}
          <div className={modalFooterClass}>
            <CommandButton dialog={id} command="close" variant="outline">
              Vazgeç
            </CommandButton>
            <ConfirmButton tone={tone} pending={pending} busyLabel={busyLabel} onDone={answered}>
              {confirm}
            </ConfirmButton>
          </div>
        </form>
      </dialog>
    </>
  );
}
