import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { IndustryData, PlaceData } from '../../src/pipeline/editorial/types.ts';
import { REFERENCE_BYTES, synth } from '../../src/synth/index.ts';
import { createRng, mulberry32 } from '../../src/synth/prng.ts';
import { list } from '../../src/synth/sentences.ts';
import { castSize, slug } from '../../src/synth/world.ts';

const root = join(import.meta.dirname, '../..');
const temp = mkdtempSync(join(tmpdir(), 'synth-test-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const one = synth({ scale: 1 });
const ten = synth({ scale: 10 });
const text = (files: Map<string, string>) => files.get('source.en.txt') ?? '';
const industries = (files: Map<string, string>) =>
  parse(files.get('editorial/industries.yaml') ?? '') as IndustryData[];
const places = (files: Map<string, string>) =>
  parse(files.get('editorial/places.yaml') ?? '') as PlaceData[];

describe('prng', () => {
  it('is mulberry32: fixed sequence for a seed', () => {
    const next = mulberry32(1);
    expect([next(), next(), next()]).toEqual([
      0.6270739405881613, 0.002735721180215478, 0.5274470399599522,
    ]);
  });

  it('derives integers and shuffles from the sequence', () => {
    const rng = createRng(42);
    expect([rng.int(1, 6), rng.int(1, 6)]).toEqual([4, 3]);
    expect(rng.shuffle([1, 2, 3, 4, 5])).toEqual([4, 2, 1, 3, 5]);
  });

  it('refuses to pick from an empty list', () => {
    expect(() => createRng(1).pick([])).toThrow('empty');
  });
});

describe('helpers', () => {
  it('lists without an Oxford comma', () => {
    expect(list(['a'])).toBe('a');
    expect(list(['a', 'b', 'c'])).toBe('a, b and c');
  });

  it('slugs names', () => {
    expect(slug('Deep-sea robotics')).toBe('deep-sea-robotics');
    expect(slug('Cedar Bay Science Park')).toBe('cedar-bay-science-park');
  });

  it('scales the cast with the scale factor', () => {
    expect(castSize(1)).toEqual({ core: 3, key: 6, future: 6, places: 16 });
    expect(castSize(100)).toEqual({ core: 300, key: 600, future: 600, places: 1600 });
  });
});

describe('synth', () => {
  it('writes the plan folder files', () => {
    expect([...one.keys()]).toEqual([
      'source.en.txt',
      'plan.yaml',
      'editorial/industries.yaml',
      'editorial/places.yaml',
    ]);
  });

  it('is deterministic and depends on the seed', () => {
    expect(synth({ scale: 1 })).toEqual(one);
    expect(text(synth({ scale: 1, seed: 2 }))).not.toBe(text(one));
  });

  it('matches the reference size within 3% at 1x and 10x', () => {
    for (const [files, scale] of [
      [one, 1],
      [ten, 10],
    ] as const) {
      const bytes = Buffer.byteLength(text(files));
      expect(Math.abs(bytes / (REFERENCE_BYTES * scale) - 1)).toBeLessThan(0.03);
    }
  });

  it('rejects a scale that is not positive', () => {
    expect(() => synth({ scale: 0 })).toThrow('scale must be > 0');
    expect(() => synth({ scale: Number.NaN })).toThrow('scale must be > 0');
  });

  it('has the genre: chrome head, structure headings in order, bullets, items, noise, footer', () => {
    const lines = text(ten).split('\n');
    expect(lines[0]).toMatch(/^Home \/ Industry News \/ Emerging Industries \/ /);
    expect(lines[2]).toMatch(/^[A-Z][a-z]{2} \d{1,2},\d{4} \d{2}:\d{2}CST$/);
    expect(lines[3]).toBe(
      'The content below was translated by Tencent automatically for reference.',
    );
    const headings = [
      'General requirements',
      'General thinking',
      'Development goal',
      'Focus on the development of emerging industries',
      'Future-oriented leading industries',
      'Spatial layout',
      'Major special project',
    ].map((h) => lines.indexOf(h));
    expect(headings.every((i) => i > 0)).toBe(true);
    expect([...headings].sort((a, b) => a - b)).toEqual(headings);
    expect(lines.filter((l) => l.startsWith('-- ')).length).toBe(30);
    expect(lines.filter((l) => /^\d+\. [A-Z]/.test(l)).length).toBeGreaterThan(100);
    expect(lines.some((l) => /\. Cymbals?$/.test(l))).toBe(true);
    expect(lines.some((l) => /^By 2025, |\. By 2025, /.test(l))).toBe(true);
    expect(lines.at(-2)).toBe(
      'For more information on how to access our research reports, please email service@example.com',
    );
  });

  it('names every industry and place of its editorial data in the text', () => {
    const body = text(ten).toLowerCase();
    const inds = industries(ten);
    expect(inds.length).toBe(150);
    expect(new Set(inds.map((i) => i.id)).size).toBe(inds.length);
    expect(inds.some((i) => 'tier' in i)).toBe(false); // tiers come from the text only
    for (const i of inds) expect(body).toContain(i.aliases[0].toLowerCase());
    const ps = places(ten);
    expect(ps.length).toBe(160);
    for (const p of ps) {
      expect(['verified', 'likely', 'unknown']).toContain(p.status);
      expect(p.aliases.some((a) => body.includes(a.toLowerCase()))).toBe(true);
    }
  });

  it('never reuses a sentence of the reference text', () => {
    const reference = readFileSync(
      join(root, 'content/plans/shanghai-sei-2021/source.en.txt'),
      'utf8',
    );
    const sentences = reference
      .split(/(?<=\.)\s+|\n/)
      .map((s) => s.trim())
      .filter((s) => s.length > 40 && !/translated by Tencent|research reports/.test(s));
    const body = text(ten);
    expect(sentences.length).toBeGreaterThan(50);
    expect(sentences.filter((s) => body.includes(s))).toEqual([]);
  });

  it('CLI writes byte-identical folders for the same arguments', () => {
    const run = (out: string) =>
      execFileSync(process.execPath, ['scripts/synth.ts', '--scale', '2', '--out', out], {
        cwd: root,
      });
    const [a, b] = [join(temp, 'a'), join(temp, 'b')];
    run(a);
    run(b);
    const files = (dir: string) =>
      readdirSync(dir, { recursive: true, withFileTypes: true })
        .filter((d) => d.isFile())
        .map((d) => join(d.parentPath, d.name).slice(dir.length));
    expect(files(a).sort()).toEqual([
      '/editorial/industries.yaml',
      '/editorial/places.yaml',
      '/plan.yaml',
      '/source.en.txt',
    ]);
    for (const f of files(a)) expect(readFileSync(join(b, f))).toEqual(readFileSync(join(a, f)));
    expect(readFileSync(join(a, 'source.en.txt'), 'utf8')).toBe(text(synth({ scale: 2 })));
  });
});
