/**
 * Stage 1, read: raw bytes → decoded lines. Rejects what is not text with a PlanInputError
 * that names the line, so an editor can find the problem.
 */
import { createHash } from 'node:crypto';
import { PlanInputError, type SourceText } from './types.ts';

const LF = 0x0a;
const CR = 0x0d;

/** Decodes a plan file (UTF-8, or UTF-16 with a BOM) into lines; throws PlanInputError on non-text. */
export function read(file: string, bytes: Uint8Array): SourceText {
  if (bytes.length === 0) {
    throw new PlanInputError(file, 1, 'the file is empty', 'put the plan text in this file');
  }
  const text = decode(file, bytes);
  checkControls(file, text);
  if (text.trim() === '') {
    throw new PlanInputError(
      file,
      1,
      'the file holds only whitespace',
      'put the plan text in this file',
    );
  }
  const lines = text.split(/\r\n|\r|\n/);
  // A final line break ends the last line; it does not start an empty one.
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  return {
    file,
    lines,
    eol: eolKind(text),
    sha256: createHash('sha256').update(bytes).digest('hex'),
    bytes: bytes.length,
  };
}

/** Picks the encoding from the BOM (UTF-8 by default) and decodes strictly. */
function decode(file: string, bytes: Uint8Array): string {
  const b0 = bytes[0];
  const b1 = bytes[1];
  if ((b0 === 0xff && b1 === 0xfe) || (b0 === 0xfe && b1 === 0xff)) {
    return decodeUtf16(file, bytes, b0 === 0xff ? 'utf-16le' : 'utf-16be');
  }
  // Without a UTF-16 BOM, a NUL byte means binary data (or BOM-less UTF-16).
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    throw new PlanInputError(
      file,
      byteLine(bytes, nul),
      'NUL byte: this looks like binary data, not text',
      'save the plan as plain UTF-8 text (UTF-16 needs a byte order mark)',
    );
  }
  try {
    // TextDecoder drops a leading UTF-8 BOM (ignoreBOM defaults to false).
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new PlanInputError(
      file,
      byteLine(bytes, firstInvalidUtf8(bytes)),
      'invalid UTF-8 byte sequence',
      'save the file as UTF-8 (it may be in a legacy encoding such as GBK or Latin-1)',
    );
  }
}

function decodeUtf16(file: string, bytes: Uint8Array, label: 'utf-16le' | 'utf-16be'): string {
  if (bytes.length % 2 !== 0) {
    throw new PlanInputError(
      file,
      1,
      `${label.toUpperCase()} text with an odd number of bytes`,
      'the file is truncated or not UTF-16; save it again as UTF-8',
    );
  }
  try {
    return new TextDecoder(label, { fatal: true }).decode(bytes);
  } catch {
    // Decode loosely only to find where the first bad code unit sits.
    const loose = new TextDecoder(label).decode(bytes);
    const at = loose.indexOf('\uFFFD');
    throw new PlanInputError(
      file,
      textLine(loose, at === -1 ? 0 : at),
      `invalid ${label.toUpperCase()} (unpaired surrogate)`,
      'save the file again as UTF-8',
    );
  }
}

/** Rejects NUL and C0 control characters other than tab, line feed, vertical tab, form feed and CR. */
function checkControls(file: string, text: string): void {
  const at = text.search(/[\u0000-\u0008\u000e-\u001f]/);
  if (at === -1) return;
  const code = text.charCodeAt(at).toString(16).toUpperCase().padStart(4, '0');
  throw new PlanInputError(
    file,
    textLine(text, at),
    code === '0000'
      ? 'NUL character: this looks like binary data, not text'
      : `control character U+${code} in the text`,
    'save the plan as plain text; remove the control character',
  );
}

/** Line terminator style: the one kind used, "mixed", or "none" for a single line. */
function eolKind(text: string): SourceText['eol'] {
  // indexOf jumps from break to break: fast even on a 10 MB text.
  let crs = 0;
  let crlfs = 0;
  for (let i = text.indexOf('\r'); i !== -1; i = text.indexOf('\r', i + 1)) {
    crs++;
    if (text.charCodeAt(i + 1) === LF) crlfs++;
  }
  let lfs = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lfs++;
  const lf = lfs - crlfs;
  const cr = crs - crlfs;
  const kinds = (lf > 0 ? 1 : 0) + (crlfs > 0 ? 1 : 0) + (cr > 0 ? 1 : 0);
  if (kinds === 0) return 'none';
  if (kinds > 1) return 'mixed';
  return lf > 0 ? 'lf' : crlfs > 0 ? 'crlf' : 'cr';
}

/** 1-based line of a byte offset (CRLF, CR and LF each end a line). */
function byteLine(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === LF) line++;
    else if (bytes[i] === CR && bytes[i + 1] !== LF) line++;
  }
  return line;
}

/** 1-based line of a string index. */
function textLine(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i++) {
    const c = text.charCodeAt(i);
    if (c === LF) line++;
    else if (c === CR && text.charCodeAt(i + 1) !== LF) line++;
  }
  return line;
}

/** Offset of the first byte that does not start or continue a valid UTF-8 sequence. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    let need: number;
    let min: number;
    if (b < 0x80) {
      i++;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else return i;
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    // Overlong forms, UTF-16 surrogates and code points past U+10FFFF are invalid.
    if (cp < min || (cp >= 0xd800 && cp <= 0xdfff) || cp > 0x10ffff) return i;
    i += need + 1;
  }
  return bytes.length;
}
