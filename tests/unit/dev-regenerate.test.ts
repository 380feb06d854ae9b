/** npm run dev: which changes regenerate, how often, and what a bad input shows. */
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import devRegenerate, {
  debounced,
  isPlanInput,
  overlayError,
  tryGenerate,
} from '../../src/integrations/dev-regenerate.ts';
import { readSettings } from '../../src/settings.ts';
import { memoise } from '../../src/utils/memo.ts';

const temp = mkdtempSync(join(tmpdir(), 'atlas-dev-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe('isPlanInput', () => {
  const folders = ['/p/plans/a', '/p/content/editorial'];
  it.each([
    ['/p/plans/a/source.en.txt', true],
    ['/p/plans/a/plan.yaml', true],
    ['/p/plans/a/editorial/edits.yaml', true],
    ['/p/content/editorial/industries.yaml', true],
    ['/p/plans/a', false],
    ['/p/plans/ab/source.en.txt', false],
    ['/p/src/generated/plan.json', false],
    ['/p/plans/a/editorial/.edits.yaml.swp', false],
    ['/p/plans/a/plan.yaml~', false],
  ])('%s → %s', (path, expected) => {
    expect(isPlanInput(path, folders)).toBe(expected);
  });
});

describe('debounced', () => {
  it('runs once after a burst of changes, and once more for a change during a run', async () => {
    vi.useFakeTimers();
    let runs = 0;
    let release: () => void = () => {};
    const schedule = debounced(
      () =>
        new Promise<void>((done) => {
          runs++;
          release = done;
        }),
      100,
    );
    schedule();
    schedule();
    await vi.advanceTimersByTimeAsync(99);
    expect(runs).toBe(0);
    schedule();
    await vi.advanceTimersByTimeAsync(100);
    expect(runs).toBe(1);
    schedule(); // during the run
    await vi.advanceTimersByTimeAsync(500);
    expect(runs).toBe(1);
    release();
    await vi.advanceTimersByTimeAsync(100);
    expect(runs).toBe(2);
    release();
    vi.useRealTimers();
  });
});

describe('tryGenerate', () => {
  it('returns a bad input as the lines to show and keeps the last good output', () => {
    const plan = join(temp, 'plan');
    mkdirSync(join(plan, 'editorial'), { recursive: true });
    writeFileSync(join(plan, 'source.en.txt'), 'A short plan about widgets.\n');
    const out = join(temp, 'generated');
    expect(tryGenerate(temp, plan, out)).toBeUndefined();
    const before = readFileSync(join(out, 'plan.json'), 'utf8');
    writeFileSync(join(plan, 'editorial/edits.yaml'), '- drop: place\n  id: nowhere\n  why: w\n');
    const problem = tryGenerate(temp, plan, out)!;
    expect(problem).toEqual({
      lines: [
        'error: plan/editorial/edits.yaml:1: this plan has no place "nowhere"',
        'hint: this plan has no place; to add one, write "add: place"',
      ],
      file: join(plan, 'editorial/edits.yaml'),
      line: 1,
      hint: 'this plan has no place; to add one, write "add: place"',
    });
    expect(readFileSync(join(out, 'plan.json'), 'utf8')).toBe(before);
  });
});

describe('overlayError', () => {
  it('gives the overlay the message, hint, file and line', () => {
    const err = overlayError({
      lines: ['error: e.yaml:3: unknown key "<img src=x onerror=alert(1)>"', 'hint: h'],
      file: '/p/e.yaml',
      line: 3,
      hint: 'keys: a & "b"',
    });
    expect(err).toEqual({
      name: 'PlanInputError',
      title: 'The plan could not be generated; the page shows the last good content',
      message: 'error: e.yaml:3: unknown key "<img src=x onerror=alert(1)>"',
      hint: 'keys: a & "b"',
      loc: { file: '/p/e.yaml', line: 3, column: 1 },
      stack: '',
      plugin: 'plan-atlas:generate',
    });
  });
});

describe('the dev server on a plan change', () => {
  it('regenerates, resyncs the content, drops memoised values, then reloads the page', async () => {
    const plan = join(temp, 'dev-plan');
    mkdirSync(plan, { recursive: true });
    writeFileSync(join(plan, 'source.en.txt'), 'A short plan about widgets.\n');
    const out = join(temp, 'dev-generated');
    // What a page derived from the content: memoised, as src/utils/data.ts does.
    let title = 'widgets';
    const pageTitle = memoise(() => title);
    expect(pageTitle()).toBe('widgets');

    const events: string[] = [];
    const listeners = new Map<string, (path: string) => void>();
    let reloaded: () => void = () => {};
    const done = new Promise<void>((resolve) => (reloaded = resolve));
    const server = {
      watcher: {
        add: () => {},
        on: (event: string, fn: (p: string) => void) => listeners.set(event, fn),
      },
      ws: {
        on: () => {},
        send: (message: { type: string }) => {
          events.push(`${message.type}: ${pageTitle()}`);
          if (message.type === 'full-reload') reloaded();
        },
      },
    };
    const logger = { info: () => {}, error: (line: string) => events.push(line) };
    const settings = { ...readSettings({}), planDir: plan, generatedDir: out };
    const hooks = devRegenerate(settings).hooks;
    await hooks['astro:server:setup']!({
      server,
      logger,
      refreshContent: async () => {
        events.push(`refresh: ${pageTitle()}`);
      },
    } as unknown as Parameters<NonNullable<(typeof hooks)['astro:server:setup']>>[0]);

    title = 'gadgets'; // the content the regenerated plan gives
    writeFileSync(join(plan, 'source.en.txt'), 'A short plan about gadgets.\n');
    listeners.get('change')!(join(plan, 'source.en.txt'));
    await done;
    expect(readFileSync(join(out, 'plan.json'), 'utf8')).toContain('gadgets');
    // Until the content layer has resynced the old value may be served; after it, never.
    expect(events).toEqual(['refresh: widgets', 'full-reload: gadgets']);
  }, 30_000);
});
