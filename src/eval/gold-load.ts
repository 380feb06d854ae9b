/** Parse and validate a gold.yaml's shape into a Gold (GoldError with file, line and hint). */
import { LineCounter, parseDocument, type YAMLMap } from 'yaml';
import { GoldError } from './gold-error.ts';
import { GoldReader } from './gold-reader.ts';
import { LEVELS, QUALIFIERS, SCOPES, type Gold, type GoldTarget } from './gold-types.ts';
import { UNIT_KINDS } from './units.ts';

const TOP = [
  'title',
  'accept',
  'level',
  'region',
  'planDir',
  'sections',
  'industries',
  'tiers',
  'places',
  'goals',
  'targets',
];
const TARGET_KEYS = [
  'value',
  'max',
  'unit',
  'kind',
  'norm',
  'normMax',
  'qualifier',
  'scope',
  'year',
  'baseline',
  'note',
  'text',
];

/** Parse gold.yaml text; `file` (relative to the project root) names it in messages. */
export function parseGold(text: string, file: string): Gold {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  if (doc.errors.length > 0) {
    // An error at the end of the file is reported on its last line, not after it.
    const last = text.trimEnd().split('\n').length;
    throw new GoldError(
      file,
      doc.errors.map((e) => ({
        line: Math.min(lines.linePos(e.pos[0]).line, last),
        message: `not valid YAML: ${e.message.split('\n')[0]}`,
        hint: 'check indentation, quotes and colons on this line',
      })),
    );
  }
  const r = new GoldReader(lines);
  const root = r.map(doc.contents, 'the gold file');
  if (!root) throw new GoldError(file, r.problems);
  r.keys(root, TOP, 'the gold file');
  const gold: Gold = {
    file,
    title: r.str(root, 'title', 'the gold file', true) ?? '',
    accept: r.strList(root, 'accept', 'the gold file'),
    level: r.oneOf(root, 'level', LEVELS, 'the gold file'),
    region: r.str(root, 'region', 'the gold file'),
    planDir: r.str(root, 'planDir', 'the gold file'),
    sections: r.entries(root, 'sections').map((m) => {
      r.keys(m, ['title', 'level'], 'a section');
      const level = r.num(m, 'level', 'a section') ?? 1;
      if (level !== 1 && level !== 2)
        r.problem(
          m.get('level', true),
          `a section's level must be 1 or 2, not ${level}`,
          '1 = top, 2 = below',
        );
      return {
        title: r.str(m, 'title', 'a section', true) ?? '',
        level: level === 2 ? 2 : 1,
        line: r.line(m),
      };
    }),
    industries: r.entries(root, 'industries').map((m) => {
      r.keys(m, ['name', 'also', 'tier'], 'an industry');
      return {
        name: r.str(m, 'name', 'an industry', true) ?? '',
        also: r.strList(m, 'also', 'an industry'),
        tier: r.str(m, 'tier', 'an industry'),
        line: r.line(m),
      };
    }),
    tiers: r.entries(root, 'tiers').map((m) => {
      r.keys(m, ['label', 'also', 'count'], 'a tier');
      return {
        label: r.str(m, 'label', 'a tier', true) ?? '',
        also: r.strList(m, 'also', 'a tier'),
        count: r.num(m, 'count', 'a tier'),
        line: r.line(m),
      };
    }),
    places: r.entries(root, 'places').map((m) => {
      r.keys(m, ['name', 'also'], 'a place');
      return {
        name: r.str(m, 'name', 'a place', true) ?? '',
        also: r.strList(m, 'also', 'a place'),
        line: r.line(m),
      };
    }),
    goals: r.entries(root, 'goals').map((m) => {
      r.keys(m, ['text', 'year'], 'a goal');
      return {
        text: r.str(m, 'text', 'a goal', true) ?? '',
        year: r.year(m, 'year', 'a goal'),
        line: r.line(m),
      };
    }),
    targets: r.entries(root, 'targets').map((m) => target(r, m)),
  };
  if (r.problems.length > 0) throw new GoldError(file, r.problems);
  return gold;
}

function target(r: GoldReader, m: YAMLMap): GoldTarget {
  const what = 'a target';
  r.keys(m, TARGET_KEYS, what);
  const base = m.get('baseline', true);
  let baseline: GoldTarget['baseline'];
  if (base !== undefined) {
    const b = r.map(base, "a target's baseline");
    if (b) {
      r.keys(b, ['value', 'norm', 'year'], "a target's baseline");
      baseline = {
        value: r.num(b, 'value', "a target's baseline", true) ?? 0,
        norm: r.num(b, 'norm', "a target's baseline", true) ?? 0,
        year: r.year(b, 'year', "a target's baseline"),
      };
    }
  }
  return {
    value: r.num(m, 'value', what, true) ?? 0,
    max: r.num(m, 'max', what),
    unit: r.str(m, 'unit', what, true) ?? '',
    kind: r.oneOf(m, 'kind', UNIT_KINDS, what, true) ?? 'other',
    norm: r.num(m, 'norm', what, true) ?? 0,
    normMax: r.num(m, 'normMax', what),
    qualifier: r.oneOf(m, 'qualifier', QUALIFIERS, what),
    scope: r.oneOf(m, 'scope', SCOPES, what),
    year: r.year(m, 'year', what),
    baseline,
    note: r.str(m, 'note', what),
    text: r.str(m, 'text', what, true) ?? '',
    line: r.line(m),
  };
}
