/**
 * Apply checked edit operations to the extracted facts, in file order: add, change or drop a
 * fact by id, keeping every cross-reference consistent, and mark each edited fact `editorial`.
 * Pure: the input facts are not modified.
 */
import { PlanInputError, type EditMark, type EditRecord } from '../types.ts';
import { unlinkedIndustry } from '../extract/industries.ts';
import { deriveTarget } from './derive.ts';
import { unknownIdHint } from './hint.ts';
import {
  aKind,
  KINDS,
  RELATIONS,
  listOf,
  type EditKind,
  type Facts,
  type ListName,
} from './kinds.ts';
import type { EditOp } from './read.ts';

type Fact = Record<string, unknown> & { id: string; editorial?: EditMark };
type Lists = Partial<Record<ListName, Fact[]>>;

/** Ids of the text an edit may point at: blocks (with their text) and sections. */
export interface TextIds {
  blocks: ReadonlyMap<string, string>;
  sections: ReadonlySet<string>;
}

export interface Applied {
  facts: Facts;
  records: EditRecord[];
}

const idsOf = (value: unknown): string[] =>
  Array.isArray(value) ? (value as string[]) : typeof value === 'string' ? [value] : [];

/** Remove `id` from `fact[field]` (a list of ids, or one id). */
function removeRef(fact: Fact, field: string, id: string): void {
  const value = fact[field];
  if (Array.isArray(value)) {
    if (value.includes(id)) fact[field] = value.filter((x) => x !== id);
  } else if (value === id) delete fact[field];
}

/** Apply `ops` to `facts`; the first bad operation throws a PlanInputError at its line. */
export function applyEdits(facts: Facts, ops: readonly EditOp[], text: TextIds): Applied {
  if (ops.length === 0) return { facts, records: [] };
  const out = structuredClone(facts);
  const lists = out as unknown as Lists;
  const records: EditRecord[] = [];
  for (const op of ops) {
    const dropped = records.find((r) => r.op === 'drop' && r.kind === op.kind && r.id === op.id);
    if (dropped && op.op !== 'add')
      throw new PlanInputError(
        op.file,
        op.line,
        `the ${op.kind} "${op.id}" was dropped at line ${dropped.line}`,
        'remove one of the two edits',
      );
    apply(lists, op, text);
    records.push({
      op: op.op,
      kind: op.kind,
      id: op.id,
      fields: Object.keys(op.fields),
      why: op.why,
      file: op.file,
      line: op.line,
    });
  }
  return { facts: out, records };
}

function apply(lists: Lists, op: EditOp, text: TextIds): void {
  const name = listOf(op.kind);
  const entries = lists[name] ?? (op.op === 'add' ? (lists[name] = []) : []);
  const at = entries.findIndex((fact) => fact.id === op.id);
  const fail = (line: number, message: string, hint: string): never => {
    throw new PlanInputError(op.file, line, message, hint);
  };
  if (op.op === 'add' && at !== -1)
    fail(
      op.line,
      `this plan already has a ${op.kind} "${op.id}"`,
      `to edit it write "change: ${op.kind}"; to add another, give it a new id`,
    );
  if (op.op !== 'add' && at === -1)
    fail(
      op.line,
      `this plan has no ${op.kind} "${op.id}"`,
      unknownIdHint(
        op.kind,
        op.id,
        entries.map((fact) => fact.id),
      ),
    );
  if (op.op === 'drop') {
    dropFact(lists, name, entries[at]!);
    entries.splice(at, 1);
    return;
  }
  const fact = op.op === 'add' ? newFact(op, text) : entries[at]!;
  if (op.op === 'add') entries.push(fact);
  for (const [key, { value, line }] of Object.entries(op.fields)) {
    checkValue(lists, op, fact, key, value, line, text, fail);
    setField(lists, name, fact, key, value);
  }
  if (op.kind === 'target') deriveTarget(fact, Object.keys(op.fields));
  if (op.op === 'add' && op.kind === 'goal' && !('kind' in op.fields))
    fact.kind = idsOf(fact.industryIds).length > 0 ? 'industry' : 'overall';
  const before = fact.editorial;
  const fields = [...new Set([...(before?.fields ?? []), ...Object.keys(op.fields)])];
  fact.editorial = {
    op: before?.op ?? (op.op === 'add' ? 'add' : 'change'),
    fields,
    why: before ? `${before.why} ${op.why}` : op.why,
  };
}

/** An added fact before its fields are set: what every fact of its kind has. */
function newFact(op: EditOp, text: TextIds): Fact {
  const block = op.fields.blockId?.value as string | undefined;
  const blockText = (block !== undefined && text.blocks.get(block)) || '';
  const given = (key: string) => op.fields[key]?.value;
  switch (op.kind) {
    case 'industry':
      return {
        id: op.id,
        name: '',
        variants: [String(given('name'))],
        focusAreas: [],
        ...unlinkedIndustry(),
      };
    case 'goal':
      return {
        id: op.id,
        kind: 'overall',
        title: '',
        statement: blockText,
        blockId: '',
        industryIds: [],
        placeIds: [],
        targetIds: [],
      };
    case 'target': {
      const unit = String(given('unit'));
      const value = String(given('value'));
      return {
        id: op.id,
        value: 0,
        unit: '',
        unitKind: 'other',
        normalised: 0,
        display: unit.startsWith('%') ? `${value}${unit}` : `${value} ${unit}`,
        scope: 'other',
        qualifier: 'exactly',
        subject: '',
        blockId: '',
        sentence: blockText,
      };
    }
    case 'place':
      return {
        id: op.id,
        name: '',
        status: 'unknown',
        variants: [String(given('name'))],
        industryIds: [],
        mentions: [],
      };
    case 'tier':
      return { id: op.id, label: '', industryIds: [] };
  }
}

/** Check a value against the facts and the text: ids it names exist, the field exists. */
function checkValue(
  lists: Lists,
  op: EditOp,
  fact: Fact,
  key: string,
  value: unknown,
  line: number,
  text: TextIds,
  fail: (line: number, message: string, hint: string) => never,
): void {
  const spec = KINDS[op.kind].fields[key];
  if (!spec) {
    // A field other stages add: the same type as the fact has now.
    const now = fact[key];
    const scalar = ['string', 'number', 'boolean'].includes(typeof now);
    if (value === null && now !== undefined) return; // removing a field it has (a wrong baseline)
    if (!scalar || (value !== null && typeof value !== typeof now))
      fail(
        line,
        scalar
          ? `"${key}" must be a ${typeof now}`
          : `${aKind(op.kind)} has no field "${key}" to set`,
        `fields of ${aKind(op.kind)}: ${Object.keys(KINDS[op.kind].fields).join(', ')}`,
      );
    return;
  }
  if (value === null) return;
  const type = spec.type;
  if (type === 'block' && !text.blocks.has(value as string))
    fail(
      line,
      `no paragraph "${value}" in the text`,
      'copy the id from the ¶ link of the paragraph',
    );
  if (type === 'section' && !text.sections.has(value as string))
    fail(line, `no section "${value}" in the text`, 'copy the id from the heading link in /plan/');
  if (typeof type === 'object' && ('ref' in type || 'refs' in type)) {
    const kind: EditKind = 'ref' in type ? type.ref : type.refs;
    const ids = (lists[listOf(kind)] ?? []).map((other) => other.id);
    for (const id of idsOf(value))
      if (!ids.includes(id))
        fail(line, `"${key}" names no ${kind} "${id}"`, unknownIdHint(kind, id, ids));
  }
  if (op.kind === 'industry' && key === 'tier' && lists.tiers && !findTier(lists, value as string))
    fail(
      line,
      `this plan has no tier "${value}"`,
      lists.tiers.length > 0
        ? `its tiers: ${lists.tiers.map((t) => `"${t.label}" (${t.id})`).join(', ')}; or add one with "add: tier"`
        : 'add the tier first with "add: tier"',
    );
}

function findTier(lists: Lists, value: string): Fact | undefined {
  const key = value.toLowerCase();
  return lists.tiers?.find((t) => t.id === value || String(t.label).toLowerCase() === key);
}

/** Set (or, for null, remove) a field and keep the facts that refer back in step. */
function setField(lists: Lists, name: ListName, fact: Fact, key: string, value: unknown): void {
  if (name === 'industries' && key === 'tier' && lists.tiers) {
    const tier = value === null ? undefined : findTier(lists, value as string);
    for (const other of lists.tiers) if (other !== tier) removeRef(other, 'industryIds', fact.id);
    if (tier) return setMembers(lists, tier, [...idsOf(tier.industryIds), fact.id]);
    delete fact.tier;
    delete fact.tierBlockId;
    return;
  }
  if (name === 'tiers' && key === 'industryIds') return setMembers(lists, fact, idsOf(value));
  const old = fact[key];
  if (value === null) delete fact[key];
  else fact[key] = value;
  if (name === 'tiers') setMembers(lists, fact, idsOf(fact.industryIds));
  for (const relation of RELATIONS) {
    if (relation.from !== name || relation.field !== key || !relation.back) continue;
    const { to, back } = relation;
    const now = idsOf(fact[key]);
    for (const id of idsOf(old))
      if (!now.includes(id)) {
        const other = lists[to]?.find((f) => f.id === id);
        if (other) removeRef(other, back, fact.id);
      }
    for (const id of now) {
      const other = lists[to]?.find((f) => f.id === id);
      if (!other || idsOf(other[back]).includes(fact.id)) continue;
      // Back lists keep the order of the list they point into.
      const keep = new Set([...idsOf(other[back]), fact.id]);
      other[back] = (lists[name] ?? []).filter((f) => keep.has(f.id)).map((f) => f.id);
    }
  }
}

/** A tier's members are `ids`: they carry its label and source; industries it loses, none. */
function setMembers(lists: Lists, tier: Fact, ids: string[]): void {
  const industries = lists.industries ?? [];
  const members = new Set(ids);
  for (const industry of industries) {
    if (members.has(industry.id)) {
      for (const other of lists.tiers ?? [])
        if (other !== tier) removeRef(other, 'industryIds', industry.id);
      industry.tier = tier.label;
      if (tier.blockId === undefined) delete industry.tierBlockId;
      else industry.tierBlockId = tier.blockId;
    } else if (idsOf(tier.industryIds).includes(industry.id) && industry.tier === tier.label) {
      delete industry.tier;
      delete industry.tierBlockId;
    }
  }
  tier.industryIds = industries.filter((i) => members.has(i.id)).map((i) => i.id);
}

/** Remove every reference to `fact` before it leaves its list. */
function dropFact(lists: Lists, name: ListName, fact: Fact): void {
  if (name === 'tiers') setMembers(lists, fact, []);
  for (const relation of RELATIONS) {
    if (relation.to === name)
      for (const other of lists[relation.from] ?? []) removeRef(other, relation.field, fact.id);
    if (relation.from === name && relation.back)
      for (const id of idsOf(fact[relation.field])) {
        const other = lists[relation.to]?.find((f) => f.id === id);
        if (other) removeRef(other, relation.back, fact.id);
      }
  }
}
