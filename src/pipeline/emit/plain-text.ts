/**
 * A faster `text` handler for mdast-util-to-markdown. The library runs every unsafe pattern's
 * regular expression over every text node (most of the generator's serialising time); here only
 * the patterns whose character the text contains are run, and text none of them would escape is
 * returned as it is. Anything that needs escaping goes through the library's own handler.
 */
import {
  defaultHandlers,
  type Handle,
  type Info,
  type State,
  type Unsafe,
} from 'mdast-util-to-markdown';

/** Whether `list` names a construct on `stack` (`none` when it is empty): the library's rule. */
function listInScope(stack: string[], list: Unsafe['inConstruct'], none: boolean): boolean {
  const names = typeof list === 'string' ? [list] : list;
  if (!names || names.length === 0) return none;
  return names.some((name) => stack.includes(name));
}

/** The patterns in scope for a stack of constructs, per pattern list (cached: few stacks occur). */
const scoped = new WeakMap<Unsafe[], Map<string, Unsafe[]>>();

function inScope(state: State): Unsafe[] {
  let byStack = scoped.get(state.unsafe);
  if (!byStack) scoped.set(state.unsafe, (byStack = new Map()));
  const key = state.stack.join('\n');
  let list = byStack.get(key);
  if (!list) {
    list = state.unsafe.filter(
      (pattern) =>
        listInScope(state.stack, pattern.inConstruct, true) &&
        !listInScope(state.stack, pattern.notInConstruct, false),
    );
    byStack.set(key, list);
  }
  return list;
}

/** A pattern whose expression has a line break before or after its character. */
function needsBreak(pattern: Unsafe): boolean {
  return pattern.atBreak === true || pattern.before === '[\\r\\n]' || pattern.after === '[\\r\\n]';
}

/** Whether the library's escaping would return `input` unchanged: no pattern in scope matches a
 *  character of it, and it has no backslash (backslashes before punctuation are escaped too). */
export function isPlain(input: string, state: State, info: Info): boolean {
  if (input.includes('\\') || info.after.includes('\\')) return false;
  const value = info.before + input + info.after;
  const end = info.before.length + input.length;
  const breaks = /[\r\n]/.test(value);
  for (const pattern of inScope(state)) {
    if (!input.includes(pattern.character) || (!breaks && needsBreak(pattern))) continue;
    // Context by node: left to the library.
    if (pattern.beforeNode || pattern.afterNode) return false;
    if (matchesInside(state.compilePattern(pattern), pattern, value, info.before.length, end))
      return false;
  }
  return true;
}

/** Whether `expression` (global, shared with the library) escapes a character in [start, end)
 *  of `value`; it is left with lastIndex 0, as the library expects. */
function matchesInside(
  expression: RegExp,
  pattern: Unsafe,
  value: string,
  start: number,
  end: number,
): boolean {
  const lead = Boolean(pattern.before || pattern.atBreak);
  let inside = false;
  expression.lastIndex = 0;
  for (let m = expression.exec(value); m && !inside; m = expression.exec(value)) {
    const at = m.index + (lead ? m[1]!.length : 0);
    inside = at >= start && at < end;
    if (m[0].length === 0) expression.lastIndex++;
  }
  expression.lastIndex = 0;
  return inside;
}

/** The `text` handler: plain text as it is, else the library's. */
export const text: Handle = (node, parent, state, info) =>
  isPlain(node.value, state, info) ? node.value : defaultHandlers.text(node, parent, state, info);
