import { describe, expect, it } from 'vitest';
import { read } from '../../src/pipeline/read.ts';
import { PlanInputError } from '../../src/pipeline/types.ts';
import { FIXTURES, SHANGHAI, readPlan, utf8 } from './front-fixtures.ts';

/** The PlanInputError read() throws for `bytes` (fails the test if it does not throw one). */
function errorOf(bytes: Uint8Array): PlanInputError {
  try {
    read('plan.txt', bytes);
  } catch (error) {
    expect(error).toBeInstanceOf(PlanInputError);
    return error as PlanInputError;
  }
  throw new Error('read() did not throw');
}

function utf16(text: string, endian: 'le' | 'be'): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  out.set(endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const [a, b] = endian === 'le' ? [c & 0xff, c >> 8] : [c >> 8, c & 0xff];
    out[2 + i * 2] = a;
    out[3 + i * 2] = b;
  }
  return out;
}

describe('read: lines and line endings', () => {
  it('splits LF text and records size and sha256 of the raw bytes', () => {
    expect(read('a.txt', utf8('abc'))).toEqual({
      file: 'a.txt',
      lines: ['abc'],
      eol: 'none',
      sha256: 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
      bytes: 3,
    });
    expect(read('a.txt', utf8('one\ntwo\n')).lines).toEqual(['one', 'two']);
    expect(read('a.txt', utf8('one\ntwo\n')).eol).toBe('lf');
  });

  it('keeps blank lines and a final empty line only when it is written', () => {
    expect(read('a.txt', utf8('a\n\nb')).lines).toEqual(['a', '', 'b']);
    expect(read('a.txt', utf8('a\n\n')).lines).toEqual(['a', '']);
  });

  it('splits CRLF, CR and mixed endings, and says which', () => {
    expect(read('a.txt', utf8('a\r\nb\r\n'))).toMatchObject({ lines: ['a', 'b'], eol: 'crlf' });
    expect(read('a.txt', utf8('a\rb\rc'))).toMatchObject({ lines: ['a', 'b', 'c'], eol: 'cr' });
    expect(read('a.txt', utf8('a\r\nb\nc\rd'))).toMatchObject({
      lines: ['a', 'b', 'c', 'd'],
      eol: 'mixed',
    });
  });

  it('keeps tabs, non-breaking spaces and trailing spaces literally', () => {
    expect(read('a.txt', utf8('\tx\u00a0/ y  \nz')).lines).toEqual(['\tx\u00a0/ y  ', 'z']);
  });
});

describe('read: encodings', () => {
  it('strips a UTF-8 BOM but hashes and counts the raw bytes', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Plan\n规划')]);
    const src = read('a.txt', bytes);
    expect(src.lines).toEqual(['Plan', '规划']);
    expect(src.bytes).toBe(bytes.length);
  });

  it('decodes UTF-16 LE and BE with a BOM', () => {
    expect(read('a.txt', utf16('General requirements\r\n总体要求', 'le'))).toMatchObject({
      lines: ['General requirements', '总体要求'],
      eol: 'crlf',
      bytes: 2 + 26 * 2,
    });
    expect(read('a.txt', utf16('I. Goals\n——Scale', 'be')).lines).toEqual(['I. Goals', '——Scale']);
  });
});

describe('read: rejects what is not text', () => {
  it('rejects an empty file', () => {
    const error = errorOf(new Uint8Array());
    expect([error.file, error.line, error.message]).toEqual([
      'plan.txt',
      1,
      'plan.txt:1: the file is empty\n  hint: put the plan text in this file',
    ]);
  });

  it('rejects a whitespace-only file (with or without a BOM)', () => {
    expect(errorOf(utf8(' \n\t\r\n  ')).message).toContain('only whitespace');
    expect(errorOf(new Uint8Array([0xef, 0xbb, 0xbf, 0x0a])).message).toContain('only whitespace');
  });

  it('rejects NUL bytes and names the line of the first one', () => {
    const error = errorOf(utf8('one\r\ntwo\rthree\nfo\0ur\n\0'));
    expect(error.line).toBe(4);
    expect(error.message).toContain('NUL byte');
    expect(error.hint).toContain('UTF-8');
  });

  it('rejects BOM-less UTF-16 as binary (NUL bytes) on line 1', () => {
    const bytes = utf16('Plan', 'le').slice(2);
    expect(errorOf(bytes)).toMatchObject({ line: 1, hint: expect.stringContaining('UTF-16') });
  });

  it('rejects invalid UTF-8 and names the line of the first bad byte', () => {
    // Line 3 holds a Latin-1 "é" (0xE9), as a legacy-encoded file would.
    const bytes = new Uint8Array([...utf8('ok\nfine 规划\ncaf'), 0xe9, ...utf8('\n\xff')]);
    const error = errorOf(bytes);
    expect(error.line).toBe(3);
    expect(error.message).toContain('invalid UTF-8');
    expect(error.hint).toContain('GBK');
  });

  it('finds truncated, overlong and surrogate UTF-8 sequences', () => {
    expect(errorOf(new Uint8Array([0x61, 0x0a, 0xe8, 0xa7])).line).toBe(2); // truncated at the end
    expect(errorOf(new Uint8Array([0x0a, 0x0a, 0xc0, 0xaf])).line).toBe(3); // overlong "/"
    expect(errorOf(new Uint8Array([0xed, 0xa0, 0x80])).line).toBe(1); // encoded surrogate
  });

  it('rejects other control characters with their code point', () => {
    expect(errorOf(utf8('a\nb\u0007c'))).toMatchObject({
      line: 2,
      message: expect.stringContaining('U+0007'),
    });
  });

  it('rejects UTF-16 with an odd byte count or an unpaired surrogate', () => {
    expect(errorOf(new Uint8Array([0xff, 0xfe, 0x41])).message).toContain('odd number of bytes');
    const lone = utf16('a\nb\ud800c', 'le');
    expect(errorOf(lone)).toMatchObject({ line: 2, message: expect.stringContaining('surrogate') });
  });
});

describe('read: the plans', () => {
  it('reads the Shanghai text: 105 LF lines, no final newline', () => {
    const src = readPlan(SHANGHAI);
    expect(src).toMatchObject({
      file: `${SHANGHAI}/source.en.txt`,
      eol: 'lf',
      bytes: 19634,
      sha256: '502d9b5e7a37c023c8bbf88cf4524fe22f08d68bf5cdff9101c71d95c8299780',
    });
    expect(src.lines).toHaveLength(105);
    expect(src.lines[2]).toBe('Jul 22,2021 08:26CST');
    expect(src.lines[104]).toBe(
      'For more information on how to access our research reports, please email service.en@smm.cn',
    );
  });

  it('reads the fixtures with their line endings', () => {
    const nmx = readPlan(`${FIXTURES}/nmx-roman`);
    expect([nmx.eol, nmx.lines.length, nmx.lines[2]]).toEqual([
      'crlf',
      59,
      'I. General Requirements',
    ]);
    const cr = readPlan(`${FIXTURES}/no-goals-cr`);
    expect([cr.eol, cr.lines.length, cr.lines[10]]).toEqual([
      'cr',
      25,
      '1)\tMarine equipment. Build two shipyards for research vessels and offshore platforms.',
    ]);
    const one = readPlan(`${FIXTURES}/one-paragraph`);
    expect([one.eol, one.lines.length]).toEqual(['lf', 4]);
  });
});

describe('read: large input (speed is measured by npm run bench)', () => {
  it('reads a 10 MB file of 100,000 lines', () => {
    const line = `${'Integrated circuits and biomedicine. '.repeat(2)}x`.padEnd(99, 'y');
    const bytes = utf8(`${line}\r\n`.repeat(100_000));
    const src = read('big.txt', bytes);
    expect([src.lines.length, src.eol, src.bytes]).toEqual([100_000, 'crlf', 10_100_000]);
  });

  it('reads a single 1 MB line, and finds a bad byte at its end', () => {
    const line = utf8('a'.repeat(1_000_000));
    const bad = new Uint8Array(2 * line.length + 2);
    bad.set(line);
    bad[line.length] = 0x0a;
    bad.set(line, line.length + 1);
    bad[bad.length - 1] = 0xff;
    expect(read('long.txt', line).lines[0]).toHaveLength(1_000_000);
    expect(errorOf(bad).line).toBe(2);
  });
});
