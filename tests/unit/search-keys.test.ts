import { describe, expect, it } from 'vitest';
import { opensSearch, type KeyPress } from '../../src/components/search/keys.ts';

const press = (key: string, mods: Partial<KeyPress> = {}): KeyPress => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...mods,
});

describe('opensSearch', () => {
  it('opens on "/" outside text fields, also when the layout needs Shift for it', () => {
    expect(opensSearch(press('/'), false)).toBe(true);
    expect(opensSearch(press('/', { shiftKey: true }), false)).toBe(true);
  });

  it('leaves "/" to a text field being typed in', () => {
    expect(opensSearch(press('/'), true)).toBe(false);
  });

  it('opens on Ctrl+K and Cmd+K, even while typing', () => {
    expect(opensSearch(press('k', { ctrlKey: true }), false)).toBe(true);
    expect(opensSearch(press('k', { metaKey: true }), true)).toBe(true);
    expect(opensSearch(press('K', { ctrlKey: true }), false)).toBe(true);
  });

  it('ignores other keys and other modifier mixes', () => {
    expect(opensSearch(press('k'), false)).toBe(false);
    expect(opensSearch(press('s', { ctrlKey: true }), false)).toBe(false);
    expect(opensSearch(press('k', { ctrlKey: true, metaKey: true }), false)).toBe(false);
    expect(opensSearch(press('k', { ctrlKey: true, shiftKey: true }), false)).toBe(false);
    expect(opensSearch(press('k', { ctrlKey: true, altKey: true }), false)).toBe(false);
    expect(opensSearch(press('/', { ctrlKey: true }), false)).toBe(false);
    expect(opensSearch(press('/', { altKey: true }), false)).toBe(false);
  });
});
