/**
 * A prepared e-mail as a `mailto:` link (RFC 6068): the enquiry form uses it when no online endpoint is set up,
 * so the visitor's own mail program sends what they typed.
 */

/** One answered field: its label as the visitor saw it, and the value. */
export type MailField = readonly [label: string, value: string];

/** The body: one "Label: value" line per answered field; a long text (the message) after a blank line. */
export function mailBody(fields: readonly MailField[], message?: string): string {
  const lines = fields.filter(([, value]) => value.trim()).map(([label, value]) => `${label}: ${value.trim()}`);
  const text = message?.trim();
  return text ? [...lines, '', text].join('\r\n') : lines.join('\r\n');
}

/** `mailto:to?subject=…&body=…`, each part percent-encoded (spaces as %20, line breaks as %0D%0A). */
export function mailtoHref(to: string, subject: string, body: string): string {
  const query = [`subject=${encodeURIComponent(subject)}`, body ? `body=${encodeURIComponent(body)}` : '']
    .filter(Boolean)
    .join('&');
  return `mailto:${to}?${query}`;
}
