/** A LIKE pattern finding `text` anywhere: `%`, `_` and `\` typed by the user are letters, not wildcards. */
export const containing = (text: string) => `%${text.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
