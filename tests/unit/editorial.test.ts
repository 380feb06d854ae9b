import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadEditorial } from '../../src/pipeline/editorial/index.ts';
import { readEditorialFiles } from '../../src/pipeline/editorial/files.ts';
import { PlanInputError } from '../../src/pipeline/types.ts';

const SHARED = fileURLToPath(new URL('../../content/editorial', import.meta.url));

/** The PlanInputError thrown by `run`, or a failure. */
function errorOf(run: () => unknown): PlanInputError {
  try {
    run();
  } catch (error) {
    if (error instanceof PlanInputError) return error;
    throw error;
  }
  throw new Error('expected a PlanInputError');
}

/** The message without the "file:line: " prefix and the hint line. */
const reason = (error: PlanInputError) => error.message.split('\n')[0].replace(/^.*?:\d+: /, '');

const industry = (id: string, alias: string) =>
  `- id: ${id}\n  name: ${id}\n  aliases: [${alias}]\n`;

describe('the shared editorial files', () => {
  const editorial = loadEditorial(readEditorialFiles(SHARED), {});

  it('load and validate', () => {
    expect(editorial.industries.length).toBeGreaterThanOrEqual(15);
    expect(editorial.places.length).toBeGreaterThanOrEqual(17);
    expect(editorial.structure.goalSentence.length).toBeGreaterThan(0);
  });

  it('hold the genre industry vocabulary, with no tiers and no plan corrections', () => {
    for (const id of ['integrated-circuits', 'hydrogen-energy', 'energy-storage', 'robotics'])
      expect(editorial.industries.map((i) => i.id)).toContain(id);
    expect(editorial.industries.every((i) => !('tier' in i))).toBe(true);
    expect(editorial.corrections).toEqual([]);
    expect(editorial.terms.map((t) => t.id)).not.toContain('nine-plus-x');
  });

  it("hold a gazetteer of the genre, no plan's own places", () => {
    const place = (id: string) => editorial.places.find((p) => p.id === id);
    expect(place('jiangsu')).toMatchObject({ name: 'Jiangsu', kind: 'province', zh: '江苏省' });
    expect(place('guangdong-hong-kong-macao-greater-bay-area')?.aliases).toContain(
      'Greater Bay Area',
    );
    for (const id of ['lin-gang', 'zhangjiang', 'west-bund', 'jiading', 'beiyang-ai-town'])
      expect(place(id), id).toBeUndefined();
  });

  it('keep the statuses the editorial facts give', () => {
    const shanghai = loadEditorial(
      readEditorialFiles(SHARED),
      readEditorialFiles(`${SHARED}/../plans/shanghai-sei-2021/editorial`),
    );
    const status = (id: string) => shanghai.places.find((p) => p.id === id)?.status;
    expect(status('lin-gang')).toBe('verified');
    expect(status('beiyang-ai-town')).toBe('unknown');
    expect(status('tiandi-software-park')).toBe('likely');
    const correction = (id: string) => shanghai.corrections.find((c) => c.id === id);
    expect(correction('four-plus-x')).toMatchObject({
      find: '44th X',
      replace: '4+X',
      status: 'likely',
    });
    expect(correction('lin-gang-hong-kong')).toMatchObject({
      status: 'verified',
      zh: '临港新片区',
    });
  });

  it('start every file with a comment saying how a plan adds entries', () => {
    for (const name of ['industries', 'places', 'glossary', 'corrections', 'structure']) {
      const text = readFileSync(`${SHARED}/${name}.yaml`, 'utf8');
      expect(text.startsWith('#'), name).toBe(true);
      expect(text.slice(0, 1200), name).toMatch(/editorial\/\w+\.yaml/);
    }
  });
});

describe('loadEditorial', () => {
  it('reads lists, fills missing files with empty rules', () => {
    const editorial = loadEditorial({ industries: industry('chips', 'chips') }, {});
    expect(editorial.industries).toEqual([{ id: 'chips', name: 'chips', aliases: ['chips'] }]);
    expect(editorial.places).toEqual([]);
    expect(editorial.chrome).toEqual({ breadcrumb: [], dateline: [], notice: [], footer: [] });
    expect(editorial.structure.tiers.nouns).toEqual([]);
  });

  it('treats a file with only comments as empty', () => {
    expect(loadEditorial({ places: '# nothing yet\n' }, {}).places).toEqual([]);
  });

  it('lets local entries replace shared ones by id and appends new ids', () => {
    const shared = { industries: industry('a', 'alpha') + industry('b', 'beta') };
    const local = { industries: industry('b', 'bravo') + industry('c', 'gamma') };
    const ids = loadEditorial(shared, local).industries.map((i) => `${i.id}:${i.aliases[0]}`);
    expect(ids).toEqual(['a:alpha', 'b:bravo', 'c:gamma']);
  });

  it('lets a plan folder switch a shared entry off, and names an unknown id with a hint', () => {
    const shared = { industries: industry('chips', 'chips') + industry('robots', 'robots') };
    const dropped = loadEditorial(shared, { industries: '- { id: robots, drop: true }\n' });
    expect(dropped.industries.map((i) => i.id)).toEqual(['chips']);
    const error = errorOf(() =>
      loadEditorial(
        shared,
        { industries: industry('x', 'x') + '- { id: robot, drop: true }\n' },
        { sharedDir: 'content/editorial', localDir: 'p/editorial' },
      ),
    );
    expect([error.file, error.line]).toEqual(['p/editorial/industries.yaml', 4]);
    expect(reason(error)).toBe(
      'no shared industry has the id "robot", so there is nothing to drop',
    );
    expect(error.hint).toBe(
      'did you mean "robots"? ids are those of content/editorial/industries.yaml',
    );
    const own = errorOf(() => loadEditorial({ industries: '- { id: a, drop: true }\n' }, {}));
    expect(reason(own)).toContain('the shared file cannot drop its own entries');
  });

  it('gives a spelling a plan folder entry claims to that entry alone', () => {
    const shared = { industries: industry('hydrogen', 'hydrogen energy') };
    const local = {
      industries: '- id: h2-storage\n  name: H2\n  aliases: [hydrogen energy, h2 storage]\n',
    };
    const merged = loadEditorial(shared, local).industries;
    expect(merged.map((i) => [i.id, i.aliases])).toEqual([
      ['hydrogen', []],
      ['h2-storage', ['hydrogen energy', 'h2 storage']],
    ]);
  });

  it('lets a local structure.yaml replace the shared one as a whole', () => {
    const rules = (heading: string) =>
      `goalsHeading: ['${heading}']\nlayoutHeading: [x]\nprojectsHeading: [x]\ngoalSentence: [x]\nperiods: []\n`;
    const editorial = loadEditorial({ structure: rules('goals') }, { structure: rules('aims') });
    expect(editorial.structure.goalsHeading).toEqual(['aims']);
  });

  it('names the file and the line of an unknown key', () => {
    const text = industry('a', 'alpha') + industry('b', 'beta') + '  colour: red\n';
    const error = errorOf(() =>
      loadEditorial(
        { industries: text },
        {},
        { sharedDir: 'content/editorial', localDir: 'p/editorial' },
      ),
    );
    expect(error.file).toBe('content/editorial/industries.yaml');
    expect(error.line).toBe(7);
    expect(reason(error)).toContain('unknown key "colour"');
    expect(error.hint).toContain('allowed keys: id, name, aliases, zh');
  });

  it('points at the entry that lacks a required field', () => {
    const text = industry('a', 'alpha') + '- id: b\n  aliases: [beta]\n';
    const error = errorOf(() => loadEditorial({ industries: text }, {}));
    expect([error.file, error.line]).toEqual(['industries.yaml', 4]);
    expect(reason(error)).toBe('industry entry lacks "name"');
  });

  it('rejects a duplicate id at the second entry', () => {
    const error = errorOf(() =>
      loadEditorial({ industries: industry('a', 'x') + industry('a', 'y') }, {}),
    );
    expect(error.line).toBe(4);
    expect(reason(error)).toContain('duplicate industry id "a" (first at line 1)');
  });

  it('rejects a spelling shared by two entries of a kind', () => {
    const error = errorOf(() =>
      loadEditorial({ industries: industry('a', 'Chips') + industry('b', 'chips') }, {}),
    );
    expect(reason(error)).toBe('"chips" names two industry entries: "a" and "b"');
  });

  it('rejects a bad enum value at its line', () => {
    const text = '- id: p\n  name: P\n  aliases: [P]\n  status: sure\n';
    const error = errorOf(() => loadEditorial({ places: text }, {}));
    expect(error.line).toBe(4);
    expect(reason(error)).toBe('"status" must be one of verified, likely, unknown, not "sure"');
  });

  it('rejects a regular expression that does not compile, at its line', () => {
    const text =
      "goalsHeading:\n  - x\n  - y\n  - 'core ('\nlayoutHeading: [x]\nprojectsHeading: [x]\ngoalSentence: [x]\nperiods: []\n";
    const error = errorOf(() =>
      loadEditorial({ structure: text }, {}, { sharedDir: 's', localDir: 'l' }),
    );
    expect([error.file, error.line]).toEqual(['s/structure.yaml', 4]);
    expect(reason(error)).toContain('invalid regular expression /core (/i');
  });

  it("checks noise patterns with their own flags, at the pattern's line", () => {
    const error = errorOf(() => loadEditorial({ noise: "- id: n\n  pattern: '(?<=a'\n" }, {}));
    expect(error.line).toBe(2);
    expect(reason(error)).toBe(
      '"pattern": invalid regular expression /(?<=a/g: Invalid regular expression: /(?<=a/g: Unterminated group',
    );
    const flags = errorOf(() =>
      loadEditorial({ noise: '- id: n\n  pattern: x\n  flags: gg\n' }, {}),
    );
    expect([flags.line, reason(flags), flags.hint]).toEqual([
      3,
      '"flags" must be regular expression flags, not "gg"',
      'use letters from d, g, i, m, s, u, v, y, each once',
    ]);
  });

  it('names a key without a value, and suggests the key meant', () => {
    const empty = errorOf(() =>
      loadEditorial({ industries: '- id: a\n  name:\n  aliases: [a]\n' }, {}),
    );
    expect([empty.line, reason(empty)]).toEqual([2, '"name" has no value']);
    const typo = errorOf(() =>
      loadEditorial({ industries: '- id: a\n  nmae: x\n  aliases: [a]\n' }, {}),
    );
    expect([typo.line, reason(typo), typo.hint]).toEqual([
      2,
      'unknown key "nmae" in industry',
      'did you mean "name"? allowed keys: id, name, aliases, zh',
    ]);
  });

  it('rejects a wrong type, a non-slug id and an empty alias list', () => {
    const rejects = (industries: string) =>
      reason(errorOf(() => loadEditorial({ industries }, {})));
    expect(rejects('- id: a\n  name: [x]\n  aliases: [a]\n')).toBe(
      '"name" must be a non-empty string, not list',
    );
    expect(rejects('- id: Big Id\n  name: x\n  aliases: [a]\n')).toContain('is not a slug');
    expect(rejects('- id: a\n  name: x\n  aliases: []\n')).toBe('"aliases" is empty');
  });

  it('reports YAML syntax errors with their line, in a local file', () => {
    const error = errorOf(() => loadEditorial({}, { places: '- id: a\n  name: "unclosed\n' }));
    expect(error.file).toBe('editorial/places.yaml');
    expect(reason(error)).toMatch(/^invalid YAML/);
    expect(error.line).toBeGreaterThanOrEqual(2);
  });

  it('rejects a mapping where a list is expected', () => {
    const error = errorOf(() => loadEditorial({ glossary: 'id: x\nterm: y\n' }, {}));
    expect(reason(error)).toBe('the file must be a list of term entries');
  });

  it('rejects a year that is not a year', () => {
    const text =
      'goalsHeading: [x]\nlayoutHeading: [x]\nprojectsHeading: [x]\ngoalSentence: [x]\nperiods:\n  - { pattern: x, year: soon }\n';
    const error = errorOf(() => loadEditorial({ structure: text }, {}));
    expect([error.line, reason(error)]).toEqual([
      6,
      '"year" must be a year such as 2025, not "soon"',
    ]);
  });
});
