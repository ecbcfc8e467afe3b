/**
 * Looks a key up in a plain-data table, own properties only: a wire string such as "__proto__" or
 * "constructor" must not find Object.prototype's members.
 */
export function own<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}
