import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { checkYaml, parseYaml } from '../../src/pipeline/yaml-check.ts';
import { PlanInputError } from '../../src/pipeline/types.ts';

const schema = z.strictObject({
  name: z.string().regex(/\S/).meta({ what: 'a non-empty string' }),
  tags: z.array(z.string()).min(1).optional(),
  inner: z.strictObject({ level: z.enum(['low', 'high']), note: z.string().optional() }).optional(),
});

/** "line: message | hint" of the error checking `text` against the schema. */
function error(text: string, style: 'key' | 'path' = 'path'): string {
  try {
    checkYaml(parseYaml('f.yaml', text), [], schema, { style, what: 'f.yaml' });
  } catch (e) {
    if (e instanceof PlanInputError)
      return `${e.line}: ${e.message.split('\n')[0].replace(/^f\.yaml:\d+: /, '')} | ${e.hint}`;
    throw e;
  }
  return 'no error';
}

describe('checkYaml', () => {
  it('returns the checked value', () => {
    const file = parseYaml('f.yaml', 'name: a\ntags: [x]\n');
    expect(checkYaml(file, [], schema, { style: 'path', what: 'f.yaml' })).toEqual({
      name: 'a',
      tags: ['x'],
    });
  });

  it('names the line of a nested value, a missing key and an unknown key', () => {
    expect(error('name: a\ninner:\n  level: mid\n')).toBe(
      '3: inner.level must be one of low, high, not "mid" | write level: low',
    );
    expect(error('name: a\ninner:\n  note: n\n')).toBe(
      '2: inner lacks "level" | add "level:" to this entry (one of low, high)',
    );
    expect(error('name: a\n\ninner:\n  level: low\n  lvel: x\n')).toBe(
      '5: unknown key "lvel" in inner | did you mean "level"? allowed keys: level, note',
    );
    expect(error('nmae: a\n', 'key')).toBe(
      '1: unknown key "nmae" in f.yaml | did you mean "name"? allowed keys: name, tags, inner',
    );
  });

  it('says what a value is instead of what it should be', () => {
    expect(error('name: !!binary aGVsbG8=\n')).toBe(
      '1: name must be a non-empty string, not binary data | write name: some text',
    );
    expect(error('name: 12\n', 'key')).toBe(
      '1: "name" must be a non-empty string, not the number 12 | quote the value if YAML reads it as a number, date or boolean',
    );
    expect(error('name:\n')).toBe('1: name has no value | give name a value or remove the line');
    expect(error('name: a\ntags: []\n')).toBe(
      '2: tags is empty | give at least one value or remove tags',
    );
  });

  it('refuses unknown tags and alias bombs before checking', () => {
    expect(error('name: !foo a\n')).toMatch(/^1: unknown YAML tag/);
    const bomb =
      'a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\ne: [*d, *d, *d, *d, *d, *d, *d, *d, *d]\n';
    expect(error(bomb)).toMatch(/^1: invalid YAML: .*alias/i);
  });
});
