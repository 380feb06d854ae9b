import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { readSettings } from '../../src/settings.ts';

const root = resolve(import.meta.dirname, '../..');
const node = join(root, 'node_modules/.bin/node');
const shanghai = 'content/plans/shanghai-sei-2021';
const temp = mkdtempSync(join(tmpdir(), 'atlas-generate-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** Run `scripts/generate.ts` as `npm run generate` would, with PLAN_DIR and ATLAS_GENERATED_DIR. */
function generate(planDir: string, outDir: string) {
  const run = spawnSync(node, ['scripts/generate.ts'], {
    cwd: root,
    env: { ...process.env, PLAN_DIR: planDir, ATLAS_GENERATED_DIR: outDir },
    encoding: 'utf8',
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** sha256 of every file under `dir`, by relative path (sorted). */
function hashTree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (at: string) => {
    for (const entry of readdirSync(at, { withFileTypes: true })) {
      const path = join(at, entry.name);
      if (entry.isDirectory()) walk(path);
      else out[relative(dir, path)] = createHash('sha256').update(readFileSync(path)).digest('hex');
    }
  };
  walk(dir);
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** A plan folder in the temp dir holding `files` (name → bytes). */
function planFolder(name: string, files: Record<string, string | Uint8Array>): string {
  const dir = join(temp, 'plans', name);
  mkdirSync(dir, { recursive: true });
  for (const [file, bytes] of Object.entries(files)) writeFileSync(join(dir, file), bytes);
  return dir;
}

// Every test runs generate processes: seconds each, more on a busy 2-core machine.
describe('npm run generate', { timeout: 30_000 }, () => {
  const out = join(temp, 'out-a');
  let first: ReturnType<typeof generate>;
  beforeAll(() => {
    first = generate(shanghai, out);
  });

  it('prints what it did, matching the counts it wrote', () => {
    expect(first.stderr).toBe('');
    expect(first.status).toBe(0);
    const [plan] = JSON.parse(readFileSync(join(out, 'data/plan.json'), 'utf8'));
    const c = plan.counts;
    const t = c.industriesByTier;
    const tiers = Object.entries(t as Record<string, number>)
      .map(([label, count]) => (label === 'none' ? `no tier ${count}` : `${label} ${count}`))
      .join(', ');
    const files = Object.keys(hashTree(out)).length;
    const lines = first.stdout.split('\n');
    expect(lines[0]).toBe(`plan shanghai-sei-2021: ${plan.meta.titleEn}`);
    expect(lines.slice(1, 13)).toEqual([
      `  source       ${shanghai}/source.en.txt: ${c.sourceLines} lines, ${c.sourceBytes.toLocaleString('en-US')} bytes`,
      `  sections     ${c.sections}`,
      `  blocks       ${c.blocks}`,
      `  industries   ${c.industries} (${tiers})`,
      `  goals        ${c.goals}`,
      `  targets      ${c.targets}`,
      `  places       ${c.places}`,
      `  projects     ${c.projects}`,
      `  terms        ${c.terms}`,
      `  corrections  ${c.correctionsApplied} applied, from ${c.corrections} entries`,
      `  noise        ${c.noiseRemoved} removed`,
      `  warnings     ${c.warnings}`,
    ]);
    expect(lines.slice(13, 13 + c.warnings).every((l) => /^ {2}warning: \S+:\d+: .+/.test(l))).toBe(
      true,
    );
    expect(lines.slice(13 + c.warnings)).toEqual([`wrote ${files} files to ${out}`, '']);
    // The Shanghai text: 105 lines, its 9 + X industries, and no machine paths in the output.
    expect(c.sourceLines).toBe(105);
    expect(t['core industries']).toBe(3);
    expect(t['key industries']).toBe(6);
    expect(readFileSync(join(out, 'plan.json'), 'utf8')).not.toContain(root);
  });

  it('gives byte-identical trees on every run', () => {
    const again = join(temp, 'out-b');
    expect(generate(shanghai, again).status).toBe(0);
    expect(hashTree(again)).toEqual(hashTree(out));
    expect(generate(shanghai, out).status).toBe(0); // over the previous output
    expect(hashTree(out)).toEqual(hashTree(again));
  }, 60_000); // two generate processes: seconds on a busy 2-core machine

  const bad: [string, Record<string, string | Uint8Array>, RegExp][] = [
    ['empty', { 'source.en.txt': '' }, /^error: \S+\/empty\/source\.en\.txt:1: .+\nhint: .+\n$/],
    [
      'binary',
      { 'source.en.txt': new Uint8Array([0x61, 0x0a, 0x62, 0x0a, 0x00, 0x01, 0xff, 0x0a]) },
      /^error: \S+\/binary\/source\.en\.txt:3: .+\nhint: .+\n$/,
    ],
    [
      'no-text',
      { 'notes.md': 'x' },
      /^error: \S+\/no-text:1: no plan text in this folder\nhint: .+\n$/,
    ],
    [
      'two-texts',
      { 'a.txt': 'A plan.\n', 'b.txt': 'B plan.\n' },
      /^error: \S+\/two-texts:1: several text files and no source\.en\.txt: a\.txt, b\.txt\nhint: .+\n$/,
    ],
  ];
  it.each(bad)(
    'rejects a bad plan (%s) with file:line and a hint, leaving the output as it was',
    (name, files, message) => {
      const before = hashTree(out);
      const run = generate(planFolder(name, files), out);
      expect(run.status).toBe(1);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(message);
      expect(hashTree(out)).toEqual(before);
      expect(readdirSync(temp).filter((entry) => entry.startsWith('.generated-tmp'))).toEqual([]);
    },
  );

  it('uses the single *.txt of a folder without source.en.txt', () => {
    const text = readFileSync(join(root, 'tests/fixtures/plans/one-paragraph/source.en.txt'));
    const run = generate(planFolder('other-name', { 'article.txt': text }), join(temp, 'out-c'));
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(
      /^plan other-name: .*\n {2}source {7}\S+\/other-name\/article\.txt: /,
    );
  });

  it('writes where the site reads when ATLAS_GENERATED_DIR has stray spaces', () => {
    // The site reads the trimmed folder (src/settings.ts); the generator once wrote to the
    // untrimmed one, a folder named " /tmp/..." inside the project.
    const padded = join(temp, 'out-padded');
    const run = generate(shanghai, ` ${padded}/ \n`);
    expect(run.stderr).toBe('');
    expect(run.stdout.split('\n').at(-2)).toMatch(new RegExp(`^wrote \\d+ files to ${padded}$`));
    expect(readdirSync(padded)).toContain('plan.json');
    expect(readSettings({ ATLAS_GENERATED_DIR: ` ${padded}/ \n` }).generatedDir).toBe(padded);
  }, 60_000); // a generate process: over 5 s on a busy 2-core machine

  it('stops with a clear message on a bad setting, before writing anything', () => {
    const run = spawnSync(node, ['scripts/generate.ts'], {
      cwd: root,
      env: { ...process.env, ATLAS_GENERATED_DIR: join(temp, 'out-d'), ATLAS_MARKDOWN: 'remark' },
      encoding: 'utf8',
    });
    expect([run.status, run.stdout, run.stderr]).toEqual([
      1,
      '',
      'error: bad environment variable:\n  ATLAS_MARKDOWN="remark": unknown processor; write one of satteri, unified\n',
    ]);
    expect(readdirSync(temp)).not.toContain('out-d');
  });

  it('refuses to replace a directory it did not generate', () => {
    const mine = join(temp, 'not-generated');
    mkdirSync(mine, { recursive: true });
    writeFileSync(join(mine, 'keep.txt'), 'mine');
    const run = generate(shanghai, mine);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(
      `error: refusing to replace ${mine}: it has files but no plan.json, so it was not generated\n`,
    );
    expect(readdirSync(mine)).toEqual(['keep.txt']);
  });
});
