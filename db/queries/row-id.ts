import { z } from "zod";

const uuid = z.uuid();

/**
 * Whether an id from an address or a form can name a row. PostgreSQL refuses anything but a UUID in
 * a uuid column with an error; a query answers "not found" instead, like for an id that is not there.
 */
export const isRowId = (value: string): boolean => uuid.safeParse(value).success;
