/** The `/` shortcut to the search box: browser-only and tiny, as the header's inline loader carries it on every page. */

/** Is this keydown the search shortcut, pressed outside any text field? */
export function isSearchShortcut(event: KeyboardEvent): boolean {
  const target = event.target as HTMLElement;
  if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return false;
  return !target.isContentEditable && !/^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName);
}
