"use client";

/** A select that submits its form on change; without JavaScript the form's button does the same. */
export function AutoSubmitSelect(props: React.ComponentProps<"select">) {
  return <select {...props} onChange={(event) => event.currentTarget.form?.requestSubmit()} />;
}
