/**
 * Read any version of the PlanModel into a ModelView. Fields the older model lacks are derived
 * from what it implies (unit "billion yuan" → kind yuan, norm value × 1e9; tier 'core' → label
 * "core"; industry spellings also from its mention runs), so the same eval scores old and new code.
 */
import { unitInfo, type UnitKind } from './units.ts';
import type { ModelView, ViewTarget } from './view-types.ts';

type Loose = Record<string, unknown>;

const list = (v: unknown): Loose[] => (Array.isArray(v) ? (v as Loose[]) : []);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const num = (v: unknown): number | undefined =>
  typeof v === 'number' && Number.isFinite(v) ? v : undefined;
const strs = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((s) => typeof s === 'string') : [];
const unique = (xs: string[]) => [...new Set(xs)];

/** The old model's fixed tiers (types.ts: "core, key, or future-oriented ('X')") as labels. */
export const OLD_TIER_LABELS: Record<string, string> = {
  core: 'core',
  key: 'key',
  future: 'future-oriented',
};

/** A view of `model` (a PlanModel of any version). */
export function viewOf(model: unknown): ModelView {
  const m = (model ?? {}) as Loose;
  const meta = (m.meta ?? {}) as Loose;
  const newTiers = Array.isArray(m.tiers) ? list(m.tiers) : undefined;
  const tierLabel = tierLabeller(newTiers);
  const industries = list(m.industries).map((i) => {
    const id = str(i.id) ?? '';
    // Spellings the pipeline found: its variants (newer model) and its mention runs (any model).
    const variants = [...strs(i.variants), ...mentionTexts(m, 'industry', id)];
    return { id, names: unique([str(i.name) ?? '', ...variants]), tier: tierLabel(i.tier) };
  });
  return {
    title: str(meta.titleEn) ?? '',
    level: str(meta.level),
    region: str(meta.region),
    sections: list(m.sections).map((s) => ({
      title: str(s.title) ?? '',
      level: num(s.level) ?? 1,
    })),
    industries,
    tiers: newTiers
      ? newTiers.map((t) => ({ label: str(t.label) ?? str(t.id) ?? '', count: num(t.count) }))
      : unique(industries.flatMap((i) => (i.tier ? [i.tier] : []))).map((label) => ({ label })),
    places: list(m.places).map((p) => ({
      id: str(p.id) ?? '',
      names: unique([str(p.name) ?? '', ...strs(p.variants)]),
    })),
    goals: list(m.goals).map((g) => ({ statement: str(g.statement) ?? '', year: num(g.year) })),
    targets: list(m.targets).map(targetView),
    corrections: list(m.corrections).map((c) => ({
      id: str(c.id) ?? '',
      original: str(c.original) ?? '',
    })),
    terms: list(m.terms).map((t) => ({
      id: str(t.id) ?? '',
      term: str(t.term) ?? '',
      hasDefinition: typeof t.definition === 'string' && t.definition.trim() !== '',
      fromText: t.source === 'text',
    })),
  };
}

/** Tier label of an industry: a label string, a tier id of PlanModel.tiers, or an old tier. */
function tierLabeller(tiers: Loose[] | undefined): (tier: unknown) => string | undefined {
  const byId = new Map((tiers ?? []).map((t) => [str(t.id), str(t.label)]));
  return (tier) => {
    const t = str(tier);
    if (t === undefined || t === '') return undefined;
    if (tiers) return byId.get(t) ?? t;
    return OLD_TIER_LABELS[t] ?? t;
  };
}

/** Spellings of an entity in the text: the texts of its mention runs in every block. */
function mentionTexts(m: Loose, kind: string, id: string): string[] {
  const blocks = [...list(m.preamble), ...list(m.sections).flatMap((s) => list(s.blocks))];
  const texts: string[] = [];
  for (const block of blocks) {
    for (const run of list(block.inlines)) {
      if (run.type === 'mention' && run.kind === kind && run.id === id)
        texts.push(str(run.text) ?? '');
      const ref = run.ref as Loose | undefined;
      if (run.type === 'correction' && ref?.kind === kind && ref.id === id)
        texts.push(str(run.original) ?? '');
    }
  }
  return unique(texts.filter(Boolean));
}

function targetView(t: Loose): ViewTarget {
  const unit = str(t.unit) ?? '';
  const info = unitInfo(unit);
  const kind = (str(t.unitKind) as UnitKind | undefined) ?? info.kind;
  const value = num(t.value) ?? 0;
  const max = num(t.valueMax);
  const scaled = (v: number | undefined) => (v === undefined ? undefined : v * info.scale);
  const b = t.baseline as Loose | undefined;
  const bScale = b && str(b.unit) ? unitInfo(str(b.unit)!).scale : info.scale;
  return {
    value,
    max,
    unit,
    kind,
    norm: num(t.normalised) ?? scaled(value)!,
    normMax: num(t.normalisedMax) ?? scaled(max),
    year: num(t.year),
    qualifier: str(t.qualifier),
    scope: str(t.scope),
    baseline:
      b && typeof b === 'object'
        ? {
            value: num(b.value) ?? 0,
            norm: num(b.normalised) ?? (num(b.value) ?? 0) * bScale,
            year: num(b.year),
          }
        : undefined,
    display: str(t.display) ?? `${value} ${unit}`,
  };
}
