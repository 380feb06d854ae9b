/** memoise(): one value per argument until invalidateMemos(), shared by every copy of the module. */
import { describe, expect, it, vi } from 'vitest';
import { invalidateMemos, memoise } from '../../src/utils/memo.ts';

describe('memoise', () => {
  it('makes a value once and serves it until invalidated', () => {
    let source = 'old';
    let makes = 0;
    const read = memoise(() => `${source}:${++makes}`);
    expect([read(), read()]).toEqual(['old:1', 'old:1']);
    source = 'new';
    expect(read()).toBe('old:1'); // still the cached value: the dev server must invalidate
    invalidateMemos();
    expect([read(), read()]).toEqual(['new:2', 'new:2']);
  });

  it('keeps one value per argument', () => {
    const calls: string[] = [];
    const byKey = memoise((key: string) => {
      calls.push(key);
      return key.toUpperCase();
    });
    expect([byKey('a'), byKey('b'), byKey('a')]).toEqual(['A', 'B', 'A']);
    expect(calls).toEqual(['a', 'b']);
    invalidateMemos();
    expect(byKey('a')).toBe('A');
    expect(calls).toEqual(['a', 'b', 'a']);
  });

  it('invalidates every memoised function at once', () => {
    let n = 0;
    const one = memoise(() => ++n);
    const two = memoise(() => ++n * 10);
    expect([one(), two()]).toEqual([1, 20]);
    invalidateMemos();
    expect([one(), two(), one(), two()]).toEqual([3, 40, 3, 40]);
  });

  it('drops a rejected promise, so the next call tries again', async () => {
    let fail = true;
    const read = memoise(async () => {
      if (fail) throw new Error('no plan.json yet');
      return 'plan';
    });
    await expect(read()).rejects.toThrow('no plan.json yet');
    fail = false;
    await expect(read()).resolves.toBe('plan');
    fail = true;
    await expect(read()).resolves.toBe('plan'); // a resolved value stays
  });

  it('is invalidated from another copy of the module (the dev integration and the pages)', async () => {
    let value = 1;
    const read = memoise(() => value);
    expect(read()).toBe(1);
    vi.resetModules();
    const other = await import('../../src/utils/memo.ts');
    expect(other.invalidateMemos).not.toBe(invalidateMemos);
    value = 2;
    other.invalidateMemos();
    expect(read()).toBe(2);
  });
});
