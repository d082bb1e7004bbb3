/**
 * State kept in a page's query string (`?level=city&sector=new-energy`, `?q=招商&section=policies`): read with
 * each value checked, written back in a fixed order. Shared by the policy filter and search, so a shared or
 * bookmarked link, and the back button, restore what the visitor chose.
 */

/**
 * Reads `keys` from a query string. `accept` gets each raw value and returns what to keep, or `undefined` to drop
 * it (a mistyped or outdated link then shows everything rather than nothing).
 */
export function readParams<K extends string>(
  search: string | URLSearchParams,
  keys: readonly K[],
  accept: (key: K, raw: string) => string | undefined,
): Partial<Record<K, string>> {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const values: Partial<Record<K, string>> = {};
  for (const key of keys) {
    const raw = params.get(key);
    const value = raw === null ? undefined : accept(key, raw);
    if (value) values[key] = value;
  }
  return values;
}

/**
 * The query string with `values` written for `keys`, in that order (an empty value removes its key), keeping the
 * other parameters of `current`: `?level=city`, or '' when nothing is left.
 */
export function writeParams<K extends string>(values: Partial<Record<K, string>>, keys: readonly K[], current = ''): string {
  const params = new URLSearchParams(current);
  for (const key of keys) {
    const value = values[key];
    if (value) params.set(key, value);
    else params.delete(key);
  }
  const query = params.toString();
  return query ? `?${query}` : '';
}
