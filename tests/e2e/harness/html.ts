/**
 * Reading the built HTML against the generated model, for the page-content tests: pages parsed
 * with rehype-parse and queried with hast-util-select, the text a reader sees, link targets, and
 * a block's inline runs written the same way from the HTML and from the model.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element, ElementContent, Root } from 'hast';
import { select, selectAll } from 'hast-util-select';
import type { Inline, PlanModel } from '../../../src/pipeline/types.ts';
import { parseHtml } from '../../../src/checks/parse-html.ts';
import { settings } from '../../../src/settings.ts';
import { E2E } from './config.ts';

/** A built site: its folder, base path ("/repo/") and origin. */
export interface SiteUnderTest {
  dist: string;
  base: string;
  site: string;
}

/** The build under test (npm test's dist-test/ unless the environment says otherwise). */
export const BUILT: SiteUnderTest = { dist: E2E.dist, base: E2E.base, site: E2E.site };

/** The whole model the build was made from: <generated dir>/plan.json. */
export function readModel(dir = settings().generatedDir): PlanModel {
  return JSON.parse(readFileSync(join(dir, 'plan.json'), 'utf8')) as PlanModel;
}

/** The file that serves a site path ("industries/x/" → "industries/x/index.html"). */
export function fileOf(path: string): string {
  const page = path.split('#')[0];
  return page === '' || page.endsWith('/') ? `${page}index.html` : page;
}

const parsed = new Map<string, Root>();

/** The page at a site path (without base), parsed once per build. */
export function page(path: string, site: SiteUnderTest = BUILT): Root {
  const file = join(site.dist, fileOf(path));
  let tree = parsed.get(file);
  if (!tree) {
    tree = parseHtml(readFileSync(file, 'utf8'));
    parsed.set(file, tree);
  }
  return tree;
}

/** The one element matching `selector` under `node`, or an error naming what is missing. */
export function one(selector: string, node: Root | Element, where = 'the page'): Element {
  const found = select(selector, node);
  if (!found) throw new Error(`no ${selector} in ${where}`);
  return found;
}

/** A page's `<section aria-labelledby="id">`. */
export function section(tree: Root, id: string): Element {
  return one(`section[aria-labelledby="${id}"]`, tree, `the page (section ${id})`);
}

const classes = (el: Element) => (el.properties.className as string[] | undefined) ?? [];

/** All text under a node, as in `textContent`. */
export function text(node: Root | ElementContent): string {
  if (node.type === 'text') return node.value;
  return 'children' in node ? node.children.map((c) => text(c as ElementContent)).join('') : '';
}

/** The text a sighted reader sees: without screen-reader-only text. */
export function visibleText(node: Root | ElementContent): string {
  if (node.type === 'element' && classes(node).includes('sr-only')) return '';
  if (node.type === 'text') return node.value;
  return 'children' in node
    ? node.children.map((c) => visibleText(c as ElementContent)).join('')
    : '';
}

/** Whitespace folded, ends trimmed. */
export const squash = (value: string) => value.replace(/\s+/g, ' ').trim();

/** The wording of the source under a node: corrected wording (<ins>), badges and numbers left out. */
export function originalText(node: Root | ElementContent): string {
  if (node.type === 'element') {
    const cls = classes(node);
    if (node.tagName === 'ins' || cls.includes('correction__badge')) return '';
    if (cls.includes('block__number') || cls.includes('heading-number')) return '';
  }
  if (node.type === 'text') return node.value;
  return 'children' in node
    ? node.children.map((c) => originalText(c as ElementContent)).join('')
    : '';
}

/** The href of every link matching `selector` under a node, in document order. */
export function hrefs(node: Root | Element, selector = 'a[href]'): string[] {
  return selectAll(selector, node).map((a) => String(a.properties.href));
}

/** Site path → URL path under the base ("goals/x/" → "/repo/goals/x/"). */
export function href(path: string, site: SiteUnderTest = BUILT): string {
  return site.base + path;
}

/** URL of an entity mention's target, as the site's link scheme has it. */
export function entityHref(kind: string, id: string, site: SiteUnderTest = BUILT): string {
  const paths: Record<string, string> = {
    industry: `industries/${id}/`,
    goal: `goals/${id}/`,
    place: `places/${id}/`,
    term: `glossary/#term-${id}`,
    correction: `glossary/#correction-${id}`,
    target: `targets/#target-${id}`,
    project: `projects/#project-${id}`,
  };
  if (!(kind in paths)) throw new Error(`unknown entity kind ${kind}`);
  return href(paths[kind], site);
}

/** Whether an internal URL lands on a built page and, when it has a #fragment, on that id there. */
export function landsOnAnchor(url: string, site: SiteUnderTest = BUILT): boolean {
  if (!url.startsWith(site.base)) return false;
  const path = decodeURIComponent(url.slice(site.base.length));
  const [, fragment] = path.split('#');
  if (!existsSync(join(site.dist, fileOf(path)))) return false;
  return fragment === undefined || select(`[id="${fragment}"]`, page(path, site)) !== undefined;
}

/**
 * A block's (or heading's) inline runs as one readable line per run, from the model:
 * text as is, `[kind:id → href «text»]` for a mention, `{id status «corrected» / «original»}`
 * for a correction. Adjacent text is merged so both sides compare run by run.
 */
export function expectedRuns(inlines: Inline[], site: SiteUnderTest = BUILT): string[] {
  const runs = inlines.map((run) => {
    if (run.type === 'text') return run.text;
    if (run.type === 'mention')
      return `[${run.kind}:${run.id} → ${entityHref(run.kind, run.id, site)} «${run.text}»]`;
    const to = run.ref ? ` ⇒ ${entityHref(run.ref.kind, run.ref.id, site)}` : '';
    return `{${run.id} ${run.status} «${run.text}»${to} / «${run.original}» badge «${run.status}» → ${entityHref('correction', run.id, site)}}`;
  });
  return mergeText(runs);
}

/** The same runs read from the built element; anything else inside shows up as `<tag>`. */
export function renderedRuns(el: Element): string[] {
  const runs: string[] = [];
  for (const child of el.children) {
    if (child.type === 'text') runs.push(child.value);
    if (child.type !== 'element') continue;
    const cls = classes(child);
    const p = child.properties;
    if (cls.includes('block__number') || cls.includes('heading-number')) continue;
    if (child.tagName === 'a' && cls.includes('entity')) {
      runs.push(`[${String(p.dataEntity)} → ${String(p.href)} «${text(child)}»]`);
    } else if (child.tagName === 'span' && cls.includes('correction')) {
      const ins = select('ins', child);
      const del = select('del', child);
      const badge = select('a.correction__badge', child);
      // The corrected wording links to the entity the machine wording names, when there is one.
      const named = ins && select('a.entity', ins);
      const to = named ? ` ⇒ ${String(named.properties.href)}` : '';
      runs.push(
        `{${String(p.dataCorrection)} ${String(p.dataStatus)} «${ins ? text(ins) : '∅'}»${to} / ` +
          `«${del ? text(del) : '∅'}» badge «${badge ? visibleText(badge) : '∅'}» → ` +
          `${badge ? String(badge.properties.href) : '∅'}}`,
      );
    } else runs.push(`<${child.tagName}>`);
  }
  return mergeText(runs);
}

/** Merges neighbouring plain-text runs (those not written as [...], {...} or <...>). */
function mergeText(runs: string[]): string[] {
  const out: string[] = [];
  const plain = (run: string) => !/^(\[.* → .*\]|\{.*\}|<[a-z0-9]+>)$/s.test(run);
  for (const run of runs) {
    if (run === '') continue;
    if (out.length > 0 && plain(run) && plain(out.at(-1)!)) out[out.length - 1] += run;
    else out.push(run);
  }
  return out;
}

/** The first `length` characters of a block's source wording, with corrections applied. */
export function correctedPrefix(inlines: Inline[], length: number): string {
  let left = length;
  let out = '';
  for (const run of inlines) {
    if (left <= 0) break;
    const source = run.type === 'correction' ? run.original : run.text;
    // A correction counts whole: a label that ends inside one still shows the corrected wording.
    out += run.type === 'correction' ? run.text : source.slice(0, left);
    left -= source.length;
  }
  return out;
}

/** Every block of the model in reading order: the preamble, then each section's blocks. */
export function allBlocks(model: PlanModel) {
  return [...model.preamble, ...model.sections.flatMap((s) => s.blocks)];
}
