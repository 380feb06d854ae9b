import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { IndustryData, PlaceData } from '../../src/pipeline/editorial/types.ts';
import { levelCounts, roster, synthAtlas } from '../../src/synth/atlas.ts';

const atlas = synthAtlas({ plans: 12, scale: 1 });
const yaml = <T>(id: string, file: string) => parse(atlas.get(id)!.get(file) ?? '') as T;
const ids = [...atlas.keys()];

describe('synthetic atlas', () => {
  it('shares the levels out: per 50 plans 2 national, 10 provincial, 28 city, 10 county', () => {
    expect(levelCounts(50)).toEqual({ national: 2, provincial: 10, city: 28, county: 10 });
    expect(levelCounts(4)).toEqual({ national: 1, provincial: 1, city: 1, county: 1 });
    expect(levelCounts(1)).toEqual({ national: 1, provincial: 0, city: 0, county: 0 });
  });

  it('gives every plan a distinct id, region and title, sorted by id', () => {
    const list = roster({ plans: 50 });
    expect(list.length).toBe(50);
    expect(new Set(list.map((p) => p.id)).size).toBe(50);
    expect(list.map((p) => p.id)).toEqual(list.map((p) => p.id).sort());
    const regional = list.filter((p) => p.level !== 'national').map((p) => p.region);
    expect(new Set(regional).size).toBe(regional.length);
    const titles = ids.map((id) => yaml<{ titleEn: string }>(id, 'plan.yaml').titleEn);
    expect(new Set(titles).size).toBe(ids.length);
  });

  it("states level and region in plan.yaml and names the issuer in the text's lead", () => {
    const metas = ids.map((id) => yaml<Record<string, unknown>>(id, 'plan.yaml'));
    expect(new Set(metas.map((m) => m.level))).toEqual(
      new Set(['national', 'provincial', 'city', 'county']),
    );
    const national = metas.find((m) => m.level === 'national')!;
    expect(national.region).toBeUndefined();
    expect(national.issuer).toBe('General Office of the State Council');
    const county = ids.find((id) => yaml<{ level: string }>(id, 'plan.yaml').level === 'county')!;
    const meta = yaml<{ region: string; issuer: string }>(county, 'plan.yaml');
    expect(meta.region).toMatch(/^[A-Z][a-z]+ County$/);
    expect(atlas.get(county)!.get('source.en.txt')).toContain(
      `the ${meta.region} people's Government issued`,
    );
  });

  it('overlaps the plans: shared industries and places, but no two plans alike', () => {
    const sets = ids.map(
      (id) => new Set(yaml<IndustryData[]>(id, 'editorial/industries.yaml').map((i) => i.id)),
    );
    const shared = (a: Set<string>, b: Set<string>) => [...a].filter((x) => b.has(x)).length;
    for (let i = 1; i < sets.length; i++) {
      expect(shared(sets[0], sets[i])).toBeGreaterThan(0);
      expect(shared(sets[0], sets[i])).toBeLessThan(sets[0].size);
    }
    const places = ids.map((id) => yaml<PlaceData[]>(id, 'editorial/places.yaml'));
    const counts = new Map<string, number>();
    for (const list of places) for (const p of list) counts.set(p.id, (counts.get(p.id) ?? 0) + 1);
    expect([...counts.values()].filter((n) => n >= 2).length).toBeGreaterThan(10);
  });

  it('describes a place the same way in every plan that names it', () => {
    const seen = new Map<string, string>();
    for (const id of ids) {
      for (const p of yaml<PlaceData[]>(id, 'editorial/places.yaml')) {
        const text = JSON.stringify(p);
        expect(seen.get(p.id) ?? text).toBe(text);
        seen.set(p.id, text);
      }
    }
  });

  it('is deterministic and depends on the seed', () => {
    expect(synthAtlas({ plans: 12, scale: 1 })).toEqual(atlas);
    expect([...synthAtlas({ plans: 12, scale: 1, seed: 2 }).keys()]).not.toEqual(ids);
  });
});
