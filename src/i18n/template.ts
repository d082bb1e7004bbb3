/**
 * The one template filler: `{{name}}` placeholders (the dictionaries' form, as i18next writes them) and the short
 * `{name}` form, filled from `values`; a name without a value stays as written, so a gap is visible, never blank.
 */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{\{(\w+)\}\}|\{(\w+)\}/g, (whole, long: string | undefined, short: string | undefined) => {
    const name = (long ?? short)!;
    return Object.hasOwn(values, name) ? String(values[name]) : whole;
  });
}
