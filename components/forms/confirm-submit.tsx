"use client";

import { useCallback, useEffect, useId, useRef } from "react";
import { CommandButton } from "@/components/ui/command-button";
import {
  modalDescriptionClass,
  modalFooterClass,
  modalTitleClass,
  nativeModalClass,
} from "@/components/ui/dialog-styles";
import { SubmitButton } from "@/components/ui/submit-button";

/**
 * The submit of a form whose fields are on the page (prices, an offer, a payment), asked first: the
 * button opens a native <dialog> inside the form (Invoker Commands, so without JavaScript too) that
 * says what will happen, and its confirm button, which repeats the action's name, submits the form.
 * The dialog closes as the form is sent, so the form's own checks and answer show on the page.
 * Enter in a field must not send it past the question: the browser's implicit submission presses the
 * form's first submit button, which would be the dialog's confirm button, shown or not. A disabled
 * submit button before it takes that place, so Enter sends nothing (without JavaScript too); with
 * JavaScript, Enter in a field opens the question instead.
 * The question names the values typed, so it opens only once `check` (useActionForm's: the form's
 * own schema) passes: otherwise the fields show their errors and nothing is asked. Without JavaScript
 * the dialog opens as is and the server checks.
 * `<ConfirmSubmit label="Teklif gönder" title="Teklif gönderilsin mi?" description={…} check={…} pending={pending} busyLabel="Gönderiliyor…" />`
 */
export function ConfirmSubmit({
  label,
  title,
  description,
  busyLabel,
  pending,
  check,
}: {
  /** The action's name: the opening button and the confirm button. */
  label: string;
  title: string;
  description: React.ReactNode;
  busyLabel: string;
  pending: boolean;
  /** The fields' check, run before the question opens: true when the form could be sent. */
  check: () => Promise<boolean>;
}) {
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  // The latest check, read by the keyboard listener that is added once.
  const checkRef = useRef(check);
  useEffect(() => {
    checkRef.current = check;
  }, [check]);
  const ask = useCallback(async () => {
    if (dialog.current?.open || !(await checkRef.current())) return;
    dialog.current?.showModal();
  }, []);
  useEffect(() => {
    const form = dialog.current?.closest("form");
    if (!form) return;
    const close = () => dialog.current?.close();
    const onEnter = (event: KeyboardEvent) => {
      const field = event.target;
      if (event.key !== "Enter" || !(field instanceof HTMLInputElement) || dialog.current?.open) return;
      event.preventDefault();
      void ask();
    };
    form.addEventListener("submit", close);
    form.addEventListener("keydown", onEnter);
    return () => {
      form.removeEventListener("submit", close);
      form.removeEventListener("keydown", onEnter);
    };
  }, [ask]);
  return (
    <>
      {/* The form's default button (see above): disabled, so Enter never presses the confirm button. */}
      <button type="submit" disabled hidden aria-hidden="true" tabIndex={-1} />
      <div>
        <CommandButton
          dialog={id}
          command="show-modal"
          disabled={pending}
          onClick={(event) => {
            // The command waits for the check: cancelling the click keeps the dialog closed.
            event.preventDefault();
            void ask();
          }}
        >
          {label}
        </CommandButton>
      </div>
      <dialog
        id={id}
        ref={dialog}
        role="alertdialog"
        aria-labelledby={`${id}-baslik`}
        aria-describedby={`${id}-aciklama`}
        className={nativeModalClass}
      >
        <div className="flex flex-col gap-4">
          <h2 id={`${id}-baslik`} className={modalTitleClass}>
            {title}
          </h2>
          <div id={`${id}-aciklama`} className={modalDescriptionClass}>
            {description}
          </div>
          <div className={modalFooterClass}>
            <CommandButton dialog={id} command="close" variant="outline">
              Vazgeç
            </CommandButton>
            <SubmitButton pending={pending} busyLabel={busyLabel}>
              {label}
            </SubmitButton>
          </div>
        </div>
      </dialog>
    </>
  );
}
