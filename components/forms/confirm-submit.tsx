"use client";

import { useEffect, useId, useRef } from "react";
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
 * `<ConfirmSubmit label="Teklif gönder" title="Teklif gönderilsin mi?" description={…} pending={pending} busyLabel="Gönderiliyor…" />`
 */
export function ConfirmSubmit({
  label,
  title,
  description,
  busyLabel,
  pending,
}: {
  /** The action's name: the opening button and the confirm button. */
  label: string;
  title: string;
  description: React.ReactNode;
  busyLabel: string;
  pending: boolean;
}) {
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const form = dialog.current?.closest("form");
    if (!form) return;
    const close = () => dialog.current?.close();
    const ask = (event: KeyboardEvent) => {
      const field = event.target;
      if (event.key !== "Enter" || !(field instanceof HTMLInputElement) || dialog.current?.open) return;
      event.preventDefault();
      dialog.current?.showModal();
    };
    form.addEventListener("submit", close);
    form.addEventListener("keydown", ask);
    return () => {
      form.removeEventListener("submit", close);
      form.removeEventListener("keydown", ask);
    };
  }, []);
  return (
    <>
      {/* The form's default button (see above): disabled, so Enter never presses the confirm button. */}
      <button type="submit" disabled hidden aria-hidden="true" tabIndex={-1} />
      <div>
        <CommandButton dialog={id} command="show-modal" disabled={pending}>
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
