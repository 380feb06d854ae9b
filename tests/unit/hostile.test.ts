/**
 * The hostile-input corpus (tests/fixtures/hostile) through the pipeline, in process: a case that
 * must fail stops with a PlanInputError naming the file, the line and what to do; a case that
 * must build keeps its text literally in the model, and the emitted MDX parses back (remark with
 * MDX and GFM) to paragraphs of plain text and the generator's own components only.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import type { Nodes, Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { afterAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { emit } from '../../src/pipeline/emit/index.ts';
import { buildModel } from '../../src/pipeline/index.ts';
import { loadPlanInput } from '../../src/pipeline/load.ts';
import { PlanInputError, type PlanModel } from '../../src/pipeline/types.ts';
import { hostileCases, planFolder, type HostileCase } from '../fixtures/hostile/cases.ts';

const root = resolve(import.meta.dirname, '../..');
const scratch = mkdtempSync(join(tmpdir(), 'atlas-hostile-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const cases = hostileCases();
/** How the site renders generated MDX: MDX without GFM (astro.config.mjs sets gfm: false). */
const siteMdx = unified().use(remarkParse).use(remarkMdx);
/** With GFM on top: the same tree, except that bare URLs and e-mail addresses become links. */
const gfmMdx = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);

/** Node types a generated body may hold; everything else was made from input. */
const ALLOWED_NODES = new Set(['root', 'paragraph', 'list', 'listItem', 'text']);
const ALLOWED_JSX = new Set(['EntityLink', 'PlanLink', 'Correction', 'ins', 'del']);
const ID = /^[a-z0-9][a-z0-9-]*$/;

/** A GFM literal autolink: a bare URL or e-mail address turned into a link to itself. */
function isAutolinkLiteral(node: Nodes): boolean {
  if (node.type !== 'link' || node.children.length !== 1) return false;
  const child = node.children[0]!;
  if (child.type !== 'text') return false;
  const text = child.value;
  return (
    /^(https?|mailto|xmpp):/i.test(node.url) &&
    [text, `http://${text}`, `mailto:${text}`].includes(node.url)
  );
}

/** Nodes of a parsed MDX body that the generator never makes: code, markup, links, headings... */
function forbidden(node: Nodes, autolinks: string[]): string[] {
  let own: string[] = [];
  if (node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') {
    const attrs = node.attributes.filter(
      (a) => a.type !== 'mdxJsxAttribute' || typeof a.value !== 'string' || !ID.test(a.value),
    );
    if (!ALLOWED_JSX.has(node.name ?? '') || attrs.length > 0 || node.type !== 'mdxJsxTextElement')
      own = [`${node.type}:${node.name}`];
  } else if (isAutolinkLiteral(node)) {
    autolinks.push((node as { url: string }).url);
  } else if (!ALLOWED_NODES.has(node.type)) own = [node.type];
  const children = 'children' in node ? (node.children as Nodes[]) : [];
  return [...own, ...children.flatMap((child) => forbidden(child, autolinks))];
}

/** The source text a node stands for: its text, corrections by their original (<del>) wording. */
function sourceText(node: Nodes): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'mdxJsxTextElement' && node.name === 'ins') return '';
  return 'children' in node ? (node.children as Nodes[]).map(sourceText).join('') : '';
}

interface ReadMdx {
  paragraphs: string[];
  forbidden: string[];
  autolinks: string[];
}

/** Paragraph texts of an MDX body as `processor` reads it, and the forbidden nodes in it. */
function readBody(body: string, processor: typeof siteMdx): ReadMdx {
  const tree = processor.parse(body) as Root;
  const paragraphs: string[] = [];
  const walk = (node: Nodes) => {
    if (node.type === 'paragraph') paragraphs.push(sourceText(node));
    else if ('children' in node) (node.children as Nodes[]).forEach(walk);
  };
  walk(tree);
  const autolinks: string[] = [];
  return { paragraphs, forbidden: forbidden(tree, autolinks), autolinks };
}

/** GFM parsing is quadratic on long metacharacter runs (minutes for 1 MB): bigger bodies skip it. */
const GFM_MAX_BODY = 100_000;

/** An emitted MDX file read as the site reads it, and with GFM (if not too big). */
function readMdx(content: string): { site: ReadMdx; gfm?: ReadMdx } {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(content);
  expect(match, 'frontmatter').not.toBeNull();
  // Frontmatter is plain data: the YAML library reads it back without complaint.
  expect(() => parseYaml(match![1]!, { strict: true })).not.toThrow();
  const body = content.slice(match![0].length);
  const site = readBody(body, siteMdx);
  return { site, gfm: body.length <= GFM_MAX_BODY ? readBody(body, gfmMdx) : undefined };
}

/** Every text of the model that came from input: titles, block texts, plan metadata. */
function modelTexts(model: PlanModel): string[] {
  const meta = Object.values(model.meta).filter((v): v is string => typeof v === 'string');
  return [
    ...meta,
    ...model.preamble.map((b) => b.text),
    ...model.sections.flatMap((s) => [s.title, ...s.blocks.map((b) => b.text)]),
  ];
}

function run(c: HostileCase) {
  const { dir, made } = planFolder(c, scratch);
  return { dir, made, build: () => buildModel(loadPlanInput(dir, root)) };
}

describe('the corpus', () => {
  it('has at least 40 cases, both outcomes, every case explained', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
    expect(cases.filter((c) => c.build).length).toBeGreaterThan(20);
    expect(cases.filter((c) => c.error).length).toBeGreaterThan(15);
    for (const c of cases) expect(c.about, c.name).toMatch(/\w/);
  });
});

describe.each(cases.filter((c) => c.error))('$name fails clearly', (c) => {
  it(`names the file and line and says what to do: ${c.about}`, () => {
    const { dir, build } = run(c);
    let caught: unknown;
    try {
      build();
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(PlanInputError);
    const error = caught as PlanInputError;
    const expected = c.error!;
    const file = relative(root, join(dir, expected.file)).split('\\').join('/');
    expect(error.file).toBe(file);
    expect(error.line).toBe(expected.line);
    expect(error.message.startsWith(`${file}:${expected.line}: `)).toBe(true);
    expect(error.message).toMatch(new RegExp(expected.message));
    expect(error.hint).toMatch(/\w+ \w+/);
  });
});

describe.each(cases.filter((c) => c.build))('$name builds', (c) => {
  it(`keeps the text literally in the model and the MDX: ${c.about}`, { timeout: 60_000 }, () => {
    const { build, made } = run(c);
    const model = build();
    const expected = c.build!;
    const texts = modelTexts(model);
    for (const s of expected.text ?? []) {
      expect(
        texts.some((t) => t.includes(s)),
        `model holds ${JSON.stringify(s)}`,
      ).toBe(true);
    }
    const blocks = new Set([
      ...model.preamble.map((b) => b.text),
      ...model.sections.flatMap((s) => s.blocks.map((b) => b.text)),
    ]);
    for (const text of made?.blocks ?? []) expect(blocks.has(text), 'made block kept').toBe(true);
    if (expected.sections) expect(model.sections.map((s) => s.id)).toEqual(expected.sections);
    if (expected.eol) expect(model.source.eol).toBe(expected.eol);
    if (expected.firstLine) expect(model.sections[0]?.title).toBe(expected.firstLine);
    for (const [key, value] of Object.entries(expected.meta ?? {})) {
      expect(model.meta[key as keyof PlanModel['meta']], `meta.${key}`).toEqual(value);
    }

    // Every MDX body parses back to plain paragraphs and the generator's components only.
    const files = emit(model);
    const paragraphs = new Set<string>();
    for (const [path, content] of files) {
      if (!path.endsWith('.mdx')) continue;
      const { site, gfm } = readMdx(content);
      expect(site.forbidden, path).toEqual([]);
      expect(site.autolinks, path).toEqual([]);
      // GFM would add only links to bare URLs (the reason the site renders MDX without it).
      expect(gfm?.forbidden ?? [], `${path} with GFM`).toEqual([]);
      if (gfm) expect(gfm.paragraphs, `${path} with GFM`).toEqual(site.paragraphs);
      for (const p of site.paragraphs) paragraphs.add(p);
    }
    // ...and every block of an industry's section is in it, word for word.
    for (const industry of model.industries) {
      const section = model.sections.find((s) => s.id === industry.sectionId);
      for (const block of section?.blocks ?? []) {
        const number = block.number ? `${block.number} ` : '';
        const found = paragraphs.has(block.text) || paragraphs.has(number + block.text);
        expect(found, `${industry.id}.mdx holds ${JSON.stringify(block.text.slice(0, 80))}`).toBe(
          true,
        );
      }
    }
  });
});
