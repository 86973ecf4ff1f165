import { z } from "zod";

/**
 * A row's id as an address, a form or a filter sends it: any 8-4-4-4-12 hex form, as PostgreSQL's
 * uuid type reads it. `z.uuid()` would also demand an RFC version and variant, which rows not made by
 * gen_random_uuid() lack (imported rows, the volume seed's md5() ids): such an invoice could not be
 * downloaded or paid, and a list's filter by such a customer would be dropped, showing every row.
 */
export const rowId = (error?: string) => z.guid(error === undefined ? undefined : { error });

const anyRowId = rowId();

/**
 * Whether an id can name a row. PostgreSQL refuses anything but a UUID in a uuid column with an
 * error; a query answers "not found" instead, like for an id that is not there.
 */
export const isRowId = (value: string): boolean => anyRowId.safeParse(value).success;
