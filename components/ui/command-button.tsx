"use client";

import { Button, type ButtonProps } from "./button";

/** Browsers without Invoker Commands (older than 2025) open and close the dialog by script instead. */
const invokersMissing = () => typeof HTMLButtonElement !== "undefined" && !("command" in HTMLButtonElement.prototype);

/**
 * A button that opens (`show-modal`) or closes (`close`) the native <dialog> with the id `dialog`.
 * It needs no JavaScript where the browser knows Invoker Commands; elsewhere its click does the same.
 */
export function CommandButton({
  dialog,
  command,
  onClick,
  ...props
}: Omit<ButtonProps, "type" | "command" | "commandfor"> & { dialog: string; command: "show-modal" | "close" }) {
  return (
    <Button
      type="button"
      commandfor={dialog}
      command={command}
      onClick={(event) => {
        onClick?.(event);
        if (event.defaultPrevented || !invokersMissing()) return;
        const element = document.getElementById(dialog);
        if (!(element instanceof HTMLDialogElement)) return;
        if (command === "show-modal") element.showModal();
        else element.close();
      }}
      {...props}
    />
  );
}
