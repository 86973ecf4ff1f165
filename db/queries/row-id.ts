import { z } from "zod";

// Any 8-4-4-4-12 hex form, as PostgreSQL's uuid type reads it: z.uuid() would also demand an RFC
// version and variant, which rows not made by gen_random_uuid() (the volume seed's md5 ids) lack.
const uuid = z.guid();

/**
 * Whether an id from an address or a form can name a row. PostgreSQL refuses anything but a UUID in
 * a uuid column with an error; a query answers "not found" instead, like for an id that is not there.
 */
export const isRowId = (value: string): boolean => uuid.safeParse(value).success;
