/** A written unit's kind and multiplier to the kind's base unit ("billion yuan" → yuan × 1e9). */

import type { UnitKind } from '../pipeline/types.ts';
import { UNIT_KINDS } from '../schemas/target.ts';

export { UNIT_KINDS, type UnitKind };

const SCALES: Record<string, number> = {
  '': 1,
  thousand: 1e3,
  'ten thousand': 1e4,
  million: 1e6,
  '100 million': 1e8,
  'hundred million': 1e8,
  billion: 1e9,
  trillion: 1e12,
};
const CURRENCY =
  /^(?:(thousand|ten thousand|million|100 million|hundred million|billion|trillion)\s+)?(yuan|rmb|cny|renminbi|yuan rmb|us dollars?|dollars?|usd|us\$|\$)$/;
const AREA: Record<string, number> = {
  'square kilometres': 1,
  'square kilometers': 1,
  'square kilometre': 1,
  'square kilometer': 1,
  'sq km': 1,
  km2: 1,
  'km²': 1,
  hectares: 0.01,
  hectare: 0.01,
};
/** Measures that are neither money, shares, areas nor counts of things. */
const OTHER =
  /^(?:(?:thousand|million|billion)\s+)?(?:gw|mw|kw|gwh|mwh|kwh|tw|twh|tons?|tonnes?|kilometres?|kilometers?|km|mbps|gbps|tb|pb|eflops|pflops|degrees?)$/;

/** Kind and multiplier of a unit as written; unknown nouns count things. */
export function unitInfo(unit: string): { kind: UnitKind; scale: number } {
  const u = unit.normalize('NFKC').toLowerCase().trim().replace(/\s+/g, ' ');
  if (/^(%|percent|per cent|percentage points?)$/.test(u)) return { kind: 'percent', scale: 1 };
  const money = CURRENCY.exec(u);
  if (money) {
    const usd = /dollar|usd|\$/.test(money[2]!);
    return { kind: usd ? 'usd' : 'yuan', scale: SCALES[money[1] ?? '']! };
  }
  if (u in AREA) return { kind: 'area', scale: AREA[u]! };
  if (/^(times|fold|-fold|x)$/.test(u)) return { kind: 'multiple', scale: 1 };
  if (OTHER.test(u)) return { kind: 'other', scale: 1 };
  return { kind: 'count', scale: 1 };
}

/** Whether two figures agree within 0.1%. */
export function near(a: number | undefined, b: number | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  if (a === b) return true;
  return Math.abs(a - b) <= 0.001 * Math.max(Math.abs(a), Math.abs(b));
}
