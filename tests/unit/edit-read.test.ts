/** readEdits: the edits file as checked operations, and a clear error (file, line, hint) when not. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readEdits } from '../../src/pipeline/edit/read.ts';
import { closeIds, unknownIdHint } from '../../src/pipeline/edit/hint.ts';
import { PlanInputError } from '../../src/pipeline/types.ts';

const FILE = 'plans/p/editorial/edits.yaml';

/** The error readEdits throws for `text`, as "line: message | hint". */
function error(text: string): string {
  try {
    readEdits(FILE, text);
  } catch (e) {
    if (!(e instanceof PlanInputError)) throw e;
    expect(e.file).toBe(FILE);
    return `${e.line}: ${e.message
      .split('\n')[0]!
      .slice(FILE.length + 1)
      .replace(/^\d+: /, '')} | ${e.hint}`;
  }
  throw new Error('no error');
}

describe('readEdits', () => {
  it('reads add, change and drop with their fields, reasons and lines', () => {
    const text = [
      '# fixes',
      '- add: place',
      '  id: east-port',
      '  name: East Port',
      '  variants: [East port, the east port]',
      '  why: The machine missed it.',
      '- change: target',
      '  id: t-1',
      '  value: 350',
      '  year: 2025',
      '  display: ~',
      '  why: "350, not 35: a dropped zero."',
      '- drop: industry',
      '  id: port-industry',
      '  why: A place, not an industry.',
    ].join('\n');
    expect(readEdits(FILE, text)).toEqual([
      {
        op: 'add',
        kind: 'place',
        id: 'east-port',
        why: 'The machine missed it.',
        fields: {
          name: { value: 'East Port', line: 4 },
          variants: { value: ['East port', 'the east port'], line: 5 },
        },
        file: FILE,
        line: 2,
      },
      {
        op: 'change',
        kind: 'target',
        id: 't-1',
        why: '350, not 35: a dropped zero.',
        fields: {
          value: { value: 350, line: 9 },
          year: { value: 2025, line: 10 },
          display: { value: null, line: 11 },
        },
        file: FILE,
        line: 7,
      },
      {
        op: 'drop',
        kind: 'industry',
        id: 'port-industry',
        why: 'A place, not an industry.',
        fields: {},
        file: FILE,
        line: 13,
      },
    ]);
  });

  it('reads an empty file or a comment as no edits', () => {
    expect(readEdits(FILE, '')).toEqual([]);
    expect(readEdits(FILE, '# nothing yet\n')).toEqual([]);
  });

  it('keeps hostile values as the text they are', () => {
    const name = '<script>alert(1)</script> {props.x} `${y}` ]]> --- ';
    const [op] = readEdits(
      FILE,
      `- change: industry\n  id: a\n  name: ${JSON.stringify(name)}\n  why: "<img src=x onerror=alert(1)>"\n`,
    );
    expect(op!.fields.name!.value).toBe(name);
    expect(op!.why).toBe('<img src=x onerror=alert(1)>');
  });

  it.each([
    [
      '- add: place\n  name: X\n  why: w\n',
      '1: the edit lacks "id" | name the place to add with "id:"',
    ],
    [
      '- rename: place\n  id: x\n  why: w\n',
      '1: the edit says neither add, change nor drop | start it with exactly one of "add: <kind>", "change: <kind>", "drop: <kind>" (kinds: goal, target, industry, tier, place)',
    ],
    [
      '- drop: sector\n  id: x\n  why: w\n',
      '1: "drop" must be one of goal, target, industry, tier, place, not "sector" | write drop: goal',
    ],
    [
      '- drop: place\n  id: x\n',
      '1: the edit lacks "why" | say in a sentence why; the site shows it to readers',
    ],
    [
      '- drop: place\n  id: x\n  why: w\n  name: Y\n',
      '4: "name" in a drop | a drop takes only "id" and "why"',
    ],
    [
      '- change: place\n  id: Bad_Id\n  why: w\n  name: Y\n',
      '2: place id "Bad_Id" is not a slug | use lowercase letters, digits and single hyphens, e.g. "new-materials"',
    ],
    [
      '- change: place\n  id: x\n  why: w\n',
      '1: the change sets no field | give the fields to change, e.g. "name: ..."',
    ],
    [
      '- add: target\n  id: t\n  why: w\n  value: 3\n  unit: "%"\n  blockId: b1\n',
      '1: an added target needs "subject" | add "subject:" to this edit',
    ],
    [
      '- add: place\n  id: x\n  why: w\n  name: X\n  colour: red\n',
      '5: unknown place field "colour" | fields of a place: name, nameZh, district, status, note, variants, industryIds',
    ],
    [
      '- change: target\n  id: t\n  why: w\n  value: "350"\n',
      '4: "value" must be a number | write value: 12 (no quotes)',
    ],
    [
      '- change: goal\n  id: g\n  why: w\n  year: 25\n',
      '4: "year" must be a year such as 2025 | write year: 2025 (no quotes)',
    ],
    [
      '- change: target\n  id: t\n  why: w\n  scope: gdp\n',
      '4: "scope" must be one of share-of-gdp, added-value, output-value, revenue, growth-rate, count, investment, other, not "gdp" | write scope: share-of-gdp',
    ],
    [
      '- change: place\n  id: x\n  why: w\n  name: ~\n',
      '4: "name" has no value | give "name" a value or remove the line',
    ],
    [
      '- change: place\n  id: x\n  why: w\n  id: y\n',
      '4: invalid YAML: Map keys must be unique at line 4, column 3: | check indentation, quotes and colons on this line; quote values that contain ": ", " #", quotes or a leading special character',
    ],
    [
      '- change: place\n  id: x\n  why: w\n  editorial: y\n',
      '4: "editorial" cannot be edited | fields of a place: name, nameZh, district, status, note, variants, industryIds',
    ],
    [
      'drop: place\n',
      '1: edits.yaml must be a list of edits | start each edit with "- add: <kind>"',
    ],
  ])('refuses %j', (text, expected) => {
    expect(error(text)).toBe(expected);
  });
});

describe('close ids', () => {
  const ids = ['integrated-circuits', 'biomedicine', 'new-energy-vehicles', 'new-materials'];
  it('names the ids a few edits away, nearest first', () => {
    expect(closeIds('integrated-circuit', ids)).toEqual(['integrated-circuits']);
    expect(closeIds('new-material', ids)).toEqual(['new-materials']);
  });
  it('else those sharing most words', () => {
    expect(closeIds('energy-vehicles-new', ids)).toEqual(['new-energy-vehicles', 'new-materials']);
    expect(closeIds('chips', ids)).toEqual([]);
  });
  it('says what there is when nothing is close', () => {
    expect(unknownIdHint('industry', 'chips', ids)).toBe(
      `no industry id is close; this plan's are "integrated-circuits", "biomedicine", "new-energy-vehicles", "new-materials"`,
    );
    expect(unknownIdHint('tier', 'core', [])).toBe(
      'this plan has no tier; to add one, write "add: tier"',
    );
  });
});

describe('the README example', () => {
  it('is a valid edits file with an example of each operation', () => {
    const readme = readFileSync(resolve(import.meta.dirname, '../../README.md'), 'utf8');
    const block = readme.match(
      /```yaml\n(# content\/plans\/my-plan\/editorial\/edits\.yaml[\s\S]*?)```/,
    );
    const ops = readEdits('edits.yaml', block![1]!);
    expect(ops.map((op) => `${op.op} ${op.kind}`)).toEqual([
      'add industry',
      'add target',
      'change place',
      'change target',
      'change tier',
      'drop industry',
      'drop goal',
    ]);
  });
});
