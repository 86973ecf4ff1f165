"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { startTransition, useActionState } from "react";
import { useForm, type DefaultValues, type FieldValues, type Resolver } from "react-hook-form";
import type { z } from "zod";
import type { ActionResult } from "@/lib/safe-action";

type ServerAction<T> = (previous: ActionResult<T> | null, form: FormData) => Promise<ActionResult<T>>;

/**
 * react-hook-form checks the fields with the action's own zod schema before anything is sent; the form
 * still posts to the server action without JavaScript, and the server's field errors show the same way.
 */
export function useActionForm<S extends z.ZodType<FieldValues, FieldValues>, T>(
  schema: S,
  serverAction: ServerAction<T>,
  defaultValues?: DefaultValues<z.input<S>>,
) {
  const [state, formAction, pending] = useActionState(serverAction, null);
  const form = useForm<z.input<S>>({
    resolver: zodResolver(schema as never) as unknown as Resolver<z.input<S>>,
    defaultValues,
    mode: "onTouched",
  });

  const onSubmit = form.handleSubmit((_values, event) => {
    const element = event?.target;
    if (!(element instanceof HTMLFormElement) || pending) return;
    // The clicked button's name and value travel too, as they do when the browser submits the form.
    const submitter = (event?.nativeEvent as SubmitEvent | undefined)?.submitter ?? null;
    startTransition(() => formAction(new FormData(element, submitter)));
  });

  function fieldError(name: string): string | undefined {
    const clientError = (form.formState.errors as Record<string, { message?: string } | undefined>)[name]?.message;
    if (clientError) return clientError;
    return state && !state.ok ? state.fieldErrors?.[name]?.[0] : undefined;
  }

  const serverValues = state && !state.ok ? state.values : undefined;

  return {
    form,
    state,
    pending,
    fieldError,
    /** The value sent last time, for inputs re-rendered after a refusal without JavaScript. */
    previous: (name: string) => (typeof serverValues?.[name] === "string" ? (serverValues[name] as string) : undefined),
    formProps: { action: formAction, onSubmit, noValidate: true },
  };
}
