/**
 * Cross-reference integrity of the generated tree: every reference names an existing entry,
 * every block id used as an anchor exists, and no two anchors of the Plan reader collide.
 */
import type { GeneratedTree, Row } from './read.ts';

type Lookup = (id: string) => boolean;
type Kind =
  | 'block'
  | 'section'
  | 'industry'
  | 'goal'
  | 'target'
  | 'place'
  | 'project'
  | 'term'
  | 'correction';
type Expect = (where: string, field: string, kind: Kind, ids: string[]) => void;

const strs = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
const str = (v: unknown): string[] => (typeof v === 'string' ? [v] : []);

/** Problems found, one line each ("industries/x.mdx: goals → "g" is not a goal"); empty when sound. */
export function checkData(tree: GeneratedTree): string[] {
  const problems: string[] = [];
  const has = (rows: { id: string }[]): Lookup => {
    const ids = new Set(rows.map((r) => r.id));
    return (id) => ids.has(id);
  };
  const blocks = new Map<string, string>();
  const sectionIds = new Set(tree.sections.map((s) => s.id));
  for (const s of tree.sections) {
    for (const b of (Array.isArray(s.blocks) ? s.blocks : []) as Row[]) {
      const where = blocks.get(b.id);
      if (where)
        problems.push(
          `data/sections.json: block id "${b.id}" is used twice (sections "${where}" and "${s.id}")`,
        );
      else blocks.set(b.id, s.id);
      if (sectionIds.has(b.id))
        problems.push(
          `data/sections.json: block id "${b.id}" is also a section id (one anchor in /plan/)`,
        );
      if (b.sectionId !== s.id)
        problems.push(
          `data/sections.json: block "${b.id}" says sectionId "${String(b.sectionId)}" but sits in "${s.id}"`,
        );
    }
  }
  const is: Record<Kind, Lookup> = {
    block: (id: string) => blocks.has(id),
    section: (id: string) => sectionIds.has(id),
    industry: has(tree.industries),
    goal: has(tree.goals),
    target: has(tree.targets),
    place: has(tree.places),
    project: has(tree.projects),
    term: has(tree.terms),
    correction: has(tree.corrections),
  };
  const nouns: Record<Kind, string> = {
    block: 'a block id (no such paragraph in /plan/)',
    section: 'a section',
    industry: 'an industry (no industries/<id>.mdx)',
    goal: 'a goal (no goals/<id>.mdx)',
    target: 'a target in data/targets.json',
    place: 'a place in data/places.json',
    project: 'a project in data/projects.json',
    term: 'a term in data/terms.json',
    correction: 'a correction in data/corrections.json',
  };
  const expect: Expect = (where, field, kind, ids) => {
    for (const id of ids)
      if (!is[kind](id)) problems.push(`${where}: ${field} → "${id}" is not ${nouns[kind]}`);
  };

  for (const f of tree.industries) {
    const d = f.data;
    expect(f.file, 'section', 'section', str(d.section));
    const focus = Array.isArray(d.focusAreas) ? (d.focusAreas as Record<string, unknown>[]) : [];
    expect(
      f.file,
      'focusAreas.block',
      'block',
      focus.flatMap((a) => str(a.block)),
    );
    expect(f.file, 'goals', 'goal', strs(d.goals));
    expect(f.file, 'targets', 'target', strs(d.targets));
    expect(f.file, 'places', 'place', strs(d.places));
    expect(f.file, 'projects', 'project', strs(d.projects));
    expect(f.file, 'mentions', 'block', strs(d.mentions));
    expect(f.file, 'related', 'industry', strs(d.related));
  }
  for (const f of tree.goals) {
    const d = f.data;
    expect(f.file, 'block', 'block', str(d.block));
    expect(f.file, 'section', 'section', str(d.section));
    expect(f.file, 'industries', 'industry', strs(d.industries));
    expect(f.file, 'places', 'place', strs(d.places));
    expect(f.file, 'targets', 'target', strs(d.targets));
  }
  for (const f of [...tree.industries, ...tree.goals]) checkBody(f.file, f.body, expect, problems);

  const rows = (name: string, list: Row[], check: (where: string, r: Row) => void) =>
    list.forEach((r) => check(`data/${name}.json "${r.id}"`, r));
  rows('targets', tree.targets, (w, r) => {
    expect(w, 'industryId', 'industry', str(r.industryId));
    expect(w, 'goalId', 'goal', str(r.goalId));
    expect(w, 'blockId', 'block', str(r.blockId));
  });
  rows('places', tree.places, (w, r) => {
    expect(w, 'industryIds', 'industry', strs(r.industryIds));
    expect(w, 'mentions', 'block', strs(r.mentions));
  });
  rows('projects', tree.projects, (w, r) => {
    expect(w, 'blockId', 'block', str(r.blockId));
    expect(w, 'industryIds', 'industry', strs(r.industryIds));
    expect(w, 'placeIds', 'place', strs(r.placeIds));
  });
  rows('terms', tree.terms, (w, r) => expect(w, 'mentions', 'block', strs(r.mentions)));
  rows('corrections', tree.corrections, (w, r) => {
    expect(w, 'blockIds', 'block', strs(r.blockIds));
    expect(w, 'sectionIds', 'section', strs(r.sectionIds));
  });
  rows('sections', tree.sections, (w, s) => {
    expect(w, 'parent', 'section', str(s.parent));
    checkInlines(w, s.titleInlines, expect);
    for (const b of (Array.isArray(s.blocks) ? s.blocks : []) as Row[])
      checkInlines(`${w} block "${b.id}"`, b.inlines, expect);
  });
  if (tree.plan.length !== 1 || tree.plan[0]?.id !== 'plan') {
    problems.push('data/plan.json: expected exactly one entry, with id "plan"');
  }
  return problems;
}

function checkInlines(where: string, inlines: unknown, expect: Expect): void {
  for (const run of (Array.isArray(inlines) ? inlines : []) as Record<string, unknown>[]) {
    if (run.type === 'correction') expect(where, 'correction', 'correction', str(run.id));
    if (
      run.type === 'mention' &&
      (run.kind === 'industry' || run.kind === 'place' || run.kind === 'term')
    ) {
      expect(where, `${run.kind} mention`, run.kind, str(run.id));
    }
  }
}

// Attribute values in generated MDX are generator-made ids and enums, so a pattern reads them reliably.
// A tag starts at a "<" after an even number of backslashes: input text that looks like a tag
// is escaped ("\<EntityLink ..."), so it is text, not a link (tests/fixtures/hostile/jsx-tags).
const TAG = String.raw`(?<=(?:^|[^\\])(?:\\\\)*)<`;
const ENTITY = new RegExp(`${TAG}EntityLink\\s+kind="([^"]*)"\\s+id="([^"]*)"`, 'g');
const PLAN = new RegExp(`${TAG}PlanLink\\s+block="([^"]*)"`, 'g');
const CORRECTION = new RegExp(`${TAG}Correction\\s+id="([^"]*)"`, 'g');

const LINK_KINDS = new Set<string>([
  'industry',
  'place',
  'term',
  'goal',
  'target',
  'project',
  'correction',
]);

function checkBody(file: string, body: string, expect: Expect, problems: string[]): void {
  for (const [, kind = '', id = ''] of body.matchAll(ENTITY)) {
    if (LINK_KINDS.has(kind)) expect(file, 'EntityLink', kind as Kind, [id]);
    else problems.push(`${file}: EntityLink kind="${kind}" is not a kind the site links`);
  }
  for (const [, id] of body.matchAll(PLAN)) expect(file, 'PlanLink', 'block', [id ?? '']);
  for (const [, id] of body.matchAll(CORRECTION))
    expect(file, 'Correction', 'correction', [id ?? '']);
}
