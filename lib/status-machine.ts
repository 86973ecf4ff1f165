/**
 * One small status machine for every lifecycle (orders, quotes, invoices, payments): the statuses
 * declared once (the database enum imports the same list), their Turkish labels, the allowed moves,
 * and why a move is refused, in words the user understands. A refused move is an AppError with the
 * code `<ENTITY>_INVALID_TRANSITION`, so actions answer it like any other expected failure.
 */
import { AppError } from "./errors";

export type MachineDefinition<S extends string> = {
  /** `ORDER`, `QUOTE`...: the prefix of the refusal's error code. */
  entity: string;
  statuses: readonly S[];
  labels: Record<S, string>;
  /** For each status, where it may go next; a status with none is final. */
  transitions: Record<S, readonly S[]>;
  /** Why `from → to` is refused; the default names both statuses. */
  refusal?: (from: S, to: S, labels: Record<S, string>) => string;
};

export type StatusMachine<S extends string> = {
  readonly statuses: readonly S[];
  readonly labels: Record<S, string>;
  readonly transitionCode: string;
  is(value: unknown): value is S;
  label(status: S): string;
  /** Where a status may go next: what a screen offers as actions. */
  next(from: S): readonly S[];
  can(from: S, to: S): boolean;
  isFinal(status: S): boolean;
  /** Throws the refusal (an AppError) when `from → to` is not allowed. */
  assert(from: S, to: S): void;
  refusalError(from: S, to: S): AppError;
};

const defaultRefusal = <S extends string>(from: S, to: S, labels: Record<S, string>) =>
  from === to
    ? `Zaten "${labels[from]}" durumunda.`
    : `"${labels[from]}" durumundan "${labels[to]}" durumuna geçilemez.`;

export function statusMachine<const S extends string>(definition: MachineDefinition<S>): StatusMachine<S> {
  const { statuses, labels, transitions } = definition;
  const refusal = definition.refusal ?? defaultRefusal;
  const transitionCode = `${definition.entity}_INVALID_TRANSITION`;
  const machine: StatusMachine<S> = {
    statuses,
    labels,
    transitionCode,
    is: (value): value is S => typeof value === "string" && (statuses as readonly string[]).includes(value),
    label: (status) => labels[status],
    next: (from) => transitions[from],
    can: (from, to) => transitions[from].includes(to),
    isFinal: (status) => transitions[status].length === 0,
    refusalError: (from, to) => new AppError(transitionCode, refusal(from, to, labels)),
    assert(from, to) {
      if (!machine.can(from, to)) throw machine.refusalError(from, to);
    },
  };
  return machine;
}
