/**
 * Hostile input through real builds (`npm run build`: generate, then astro build), kept to three.
 * 1. One build of a combined plan: every text-level case of tests/fixtures/hostile, plus 200
 *    seeded random strings full of MDX, HTML, YAML and Markdown metacharacters (fast-check) as
 *    paragraphs, under a plan.yaml with a hostile title. The built HTML, read with rehype-parse
 *    and hast-util-select, shows every text literally, as text, with no new element, attribute,
 *    script or module.
 * 2. Two failing builds on top of it, each leaving the previous dist/ and generated files
 *    byte-identical: bad input (a non-zero exit, a message naming file, line and what to do),
 *    and a copy of the project with pages broken on purpose, which the link check every build
 *    runs refuses, naming each page and link.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import type { Element, Root } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shadowProject } from '../../src/bench/shadow.ts';
import { parseHtml } from '../../src/checks/parse-html.ts';
import { hostileCases } from '../fixtures/hostile/cases.ts';
import {
  propertyStrings,
  writeCombinedPlan,
  type CombinedPlan,
} from '../fixtures/hostile/combined.ts';
import { injectionSigns, inputText, strangers } from '../fixtures/hostile/html.ts';
import { buildPlan } from './harness/build.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const BASE = '/shanghai-plan/';
/** The property-based set: how many strings, and the seed that makes them the same every run. */
const COUNT = 200;
const SEED = 20211;

const temp = mkdtempSync(join(tmpdir(), 'atlas-hostile-build-'));
const generated = join(temp, 'generated');
const dist = join(temp, 'dist');
const cases = hostileCases();

interface Run {
  code: number | null;
  output: string;
  ms: number;
}

/** The origin the builds are for (set, so that CI's GITHUB_REPOSITORY does not change it). */
const SITE = 'https://acme.github.io';

/** `npm run build` of plan folder `planDir` into the temp output, as a deploy would run it, in
 *  the project at `root`. */
async function build(planDir: string, root = ROOT): Promise<Run> {
  const started = performance.now();
  const run = await buildPlan({ plan: planDir, temp, base: BASE, site: SITE, root });
  return { ...run, ms: performance.now() - started };
}

/** sha256 of every file under `dir`, by relative path. */
function hashTree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    out[relative(dir, path)] = createHash('sha256').update(readFileSync(path)).digest('hex');
  }
  return out;
}

const page = (path: string): Root => parseHtml(readFileSync(join(dist, path), 'utf8'));
const byId = (tree: Root, id: string) => select(`[id="${id}"]`, tree);

interface SectionData {
  id: string;
  title: string;
  blocks: { id: string; text: string }[];
}

let plan: CombinedPlan;
let first: Run;
let planPage: Root;
let sections: SectionData[];

beforeAll(async () => {
  const metaCase = cases.find((c) => c.name === 'yaml-html-title')!;
  plan = writeCombinedPlan(join(temp, 'plan'), cases, propertyStrings(COUNT, SEED), metaCase);
  first = await build(plan.dir);
  if (first.code !== 0) throw new Error(`the combined build failed:\n${first.output.slice(-3000)}`);
  console.log(`combined hostile plan built in ${(first.ms / 1000).toFixed(1)} s`);
  planPage = page('plan/index.html');
  sections = JSON.parse(readFileSync(join(generated, 'data/sections.json'), 'utf8'));
}, 240_000);

afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe('one build of every text-level case and 200 random strings', () => {
  it('shows every heading and block of /plan/ literally, in the components’ markup only', () => {
    const problems: string[] = [];
    for (const section of sections) {
      const heading = section.id === 'preamble' ? null : byId(planPage, section.id);
      if (heading) {
        if (inputText(heading) !== section.title) problems.push(`${section.id}: heading text`);
        problems.push(...strangers(heading, BASE).map((s) => `${section.id}: ${s}`));
      } else if (section.id !== 'preamble') problems.push(`${section.id}: no heading`);
      for (const block of section.blocks) {
        const text = select(
          '.block__text',
          byId(planPage, block.id) ?? { type: 'root', children: [] },
        );
        if (!text) {
          problems.push(`${block.id}: missing`);
          continue;
        }
        if (inputText(text) !== block.text)
          problems.push(
            `${block.id}: ${JSON.stringify(inputText(text))} ≠ ${JSON.stringify(block.text)}`,
          );
        problems.push(...strangers(text, BASE).map((s) => `${block.id}: ${s}`));
      }
    }
    expect(problems).toEqual([]);
    expect(sections.flatMap((s) => s.blocks).length).toBeGreaterThan(COUNT);
  });

  it('has each literal string the cases expect on /plan/', () => {
    const texts = selectAll('h1, .block__text, h2[id], h3[id]', planPage).map(inputText);
    const missing = plan.caseTexts.filter(({ text }) => !texts.some((t) => t.includes(text)));
    expect(missing).toEqual([]);
    expect(plan.caseTexts.length).toBeGreaterThan(100);
  });

  it('has each random string as one paragraph of /plan/ and of the industry page (MDX)', () => {
    const planTexts = new Set(selectAll('.block__text', planPage).map(inputText));
    const industry = page('industries/integrated-circuits/index.html');
    const body = select('.mdx-body', industry) as Element;
    const mdxParagraphs = selectAll('p', body);
    const mdxTexts = new Set(mdxParagraphs.map(inputText));
    expect(plan.paragraphs.filter((p) => !planTexts.has(p))).toEqual([]);
    expect(plan.paragraphs.filter((p) => !mdxTexts.has(p))).toEqual([]);
    expect(mdxParagraphs.flatMap((p) => strangers(p, BASE))).toEqual([]);
    // Links in the rendered MDX are the generator's own: nothing points off the site.
    const links = selectAll('a[href]', body).map((a) => String(a.properties.href));
    expect(links.filter((href) => !href.startsWith(BASE))).toEqual([]);
  });

  it('no page has a script, event handler, script URL or element made from input', () => {
    const files = readdirSync(dist, { recursive: true })
      .map(String)
      .filter((f) => f.endsWith('.html'));
    expect(files.length).toBeGreaterThan(10);
    const signs = files.flatMap((f) => injectionSigns(page(f), BASE).map((s) => `${f}: ${s}`));
    expect(signs).toEqual([]);
  });

  it('shows the hostile plan.yaml titles as text in <title>, <h1>, a meta tag and JSON-LD', () => {
    const meta = cases.find((c) => c.name === 'yaml-html-title')!.build!.meta!;
    const titleEn = String(meta.titleEn);
    expect(inputText(select('title', planPage)!)).toBe(
      `The Plan · ${meta.shortTitle} · Plan Atlas`,
    );
    expect(inputText(select('h1', planPage)!)).toBe(titleEn);
    expect(String(select('meta[name="description"]', planPage)!.properties.content)).toContain(
      titleEn,
    );
    const jsonLd = select('script[type="application/ld+json"]', planPage)!;
    expect(JSON.parse(inputText(jsonLd)).name).toBe(titleEn);
  });
});

describe('a failing build', () => {
  it('exits non-zero, says where and what to do, and leaves dist/ and the generated files as they were', async () => {
    const before = { dist: hashTree(dist), generated: hashTree(generated) };
    const failed = await build(join(ROOT, 'tests/fixtures/hostile/nul-bytes'));
    expect(failed.code).not.toBe(0);
    expect(failed.output).toContain(
      'error: tests/fixtures/hostile/nul-bytes/source.en.txt:3: NUL byte: this looks like binary data, not text',
    );
    expect(failed.output).toMatch(/\nhint: save the plan as plain UTF-8 text/);
    // Generation failed, so Astro never started.
    expect(failed.output).not.toMatch(/\[build\]/);
    expect(hashTree(dist)).toEqual(before.dist);
    expect(hashTree(generated)).toEqual(before.generated);
    expect(Object.keys(before.dist).length).toBeGreaterThan(10);
  });

  it('refuses broken links, assets, a relative link on the 404 page and an orphan page, naming each', async () => {
    const project = await shadowProject(ROOT, join(temp, 'project'));
    // A page nothing links to, with a missing stylesheet, script and image, an absolute link to
    // the site's own origin that does not resolve, and a broken link inside a <template>.
    writeFileSync(
      join(project, 'src/routes/plan/broken.astro'),
      [
        '<html lang="en"><head><title>Broken</title>',
        `<link rel="stylesheet" href="${BASE}missing.css">`,
        `<script is:inline src="${BASE}missing.js"></script></head>`,
        `<body><main data-pagefind-body><h1>Broken</h1><img src="${BASE}missing.png" alt="">`,
        `<a href="${SITE}${BASE}nowhere/">x</a>`,
        `<template><a href="${BASE}gone/">y</a></template></main></body></html>`,
      ].join('\n'),
    );
    const notFound = join(project, 'src/routes/plan/404.astro');
    const page404 = readFileSync(notFound, 'utf8');
    expect(page404).toContain('</BaseLayout>');
    writeFileSync(
      notFound,
      page404.replace('</BaseLayout>', '<a href="plan/">Plan</a></BaseLayout>'),
    );

    const before = { dist: hashTree(dist), generated: hashTree(generated) };
    const failed = await build(plan.dir, project);
    expect(failed.code).not.toBe(0);
    const lines = failed.output.split('\n').filter((line) => line.startsWith('  - '));
    expect(lines).toEqual([
      `  - relative-in-404: ${BASE}404.html → plan/: <a> relative URL on a page served at any path`,
      `  - missing-asset: ${BASE}broken/ → ${BASE}missing.css: <link> no file serves this URL`,
      `  - missing-asset: ${BASE}broken/ → ${BASE}missing.js: <script> no file serves this URL`,
      `  - missing-asset: ${BASE}broken/ → ${BASE}missing.png: <img> no file serves this URL`,
      `  - missing-page: ${BASE}broken/ → ${BASE}gone/: <a> no file serves this URL`,
      `  - missing-page: ${BASE}broken/ → ${SITE}${BASE}nowhere/: <a> no file serves this URL`,
      `  - unreachable: ${BASE}broken/: no link from ${BASE} leads here`,
    ]);
    expect(failed.output).toContain('The built site has broken links or unreachable pages (7):');
    expect(failed.output).toContain(
      'build failed: the previous generated content and site are unchanged.',
    );
    expect(hashTree(dist)).toEqual(before.dist);
    expect(hashTree(generated)).toEqual(before.generated);
  }, 240_000);
});
