/** Keyboard shortcuts that open search: "/" (when not typing) and Ctrl+K or Cmd+K (always). */

/** The parts of a keyboard event the shortcuts look at. */
export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}

/** True when the key press should open search; `typing` is true inside an editable field. */
export function opensSearch(press: KeyPress, typing: boolean): boolean {
  if (press.altKey) return false;
  if (press.key === '/') return !typing && !press.ctrlKey && !press.metaKey;
  // Either modifier, so the shortcut works on every platform without sniffing it.
  return press.key.toLowerCase() === 'k' && !press.shiftKey && press.ctrlKey !== press.metaKey;
}
