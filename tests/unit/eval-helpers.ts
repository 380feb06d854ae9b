/** Small hand-built golds and model views for the eval tests. */
import type { Gold, GoldTarget } from '../../src/eval/gold-types.ts';
import type { ModelView, ViewTarget } from '../../src/eval/view-types.ts';

export function makeGold(part: Partial<Gold> = {}): Gold {
  return {
    file: 'g.yaml',
    title: 'Plan',
    accept: [],
    sections: [],
    industries: [],
    tiers: [],
    places: [],
    goals: [],
    targets: [],
    ...part,
  };
}

export function makeView(part: Partial<ModelView> = {}): ModelView {
  return {
    title: 'Plan',
    sections: [],
    industries: [],
    tiers: [],
    places: [],
    goals: [],
    targets: [],
    corrections: [],
    terms: [],
    ...part,
  };
}

export function goldTarget(part: Partial<GoldTarget>): GoldTarget {
  return { value: 10, unit: '%', kind: 'percent', norm: 10, text: '10%', line: 1, ...part };
}

export function viewTarget(part: Partial<ViewTarget>): ViewTarget {
  return { value: 10, unit: '%', kind: 'percent', norm: 10, display: '10%', ...part };
}
