import { describe, expect, it } from 'vitest';
import { bundlePath } from '../../src/components/search/params.ts';
import { readSearchState, writeSearchState } from '../../src/components/search/state.ts';

describe('readSearchState', () => {
  it('reads the term and the known filters', () => {
    expect(readSearchState('?q=silicon+carbide&kind=Plan+text&tier=Core&tier=Key')).toEqual({
      term: 'silicon carbide',
      filters: { kind: ['Plan text'], tier: ['Core', 'Key'] },
    });
  });

  it('trims, drops empty and repeated values, ignores unknown parameters', () => {
    expect(readSearchState('?q=%20lidar%20&kind=&kind=Goal&kind=Goal&highlight=x&page=2')).toEqual({
      term: 'lidar',
      filters: { kind: ['Goal'] },
    });
  });

  it('reads the scope choice of an atlas (all=1 or all=0) and ignores any other value', () => {
    expect(readSearchState('?q=chips&all=1').all).toBe(true);
    expect(readSearchState('?q=chips&all=0').all).toBe(false);
    expect(readSearchState('?q=chips&all=yes')).toEqual({ term: 'chips', filters: {} });
  });

  it('gives an empty state for no query string', () => {
    expect(readSearchState('')).toEqual({ term: '', filters: {} });
  });
});

describe('writeSearchState', () => {
  it('writes the term first and filters in a stable order', () => {
    expect(writeSearchState('350 billion', { tier: ['Key', 'Core'], kind: ['Target'] })).toBe(
      '?q=350+billion&kind=Target&tier=Core&tier=Key',
    );
  });

  it('leaves out an empty term, empty filters and unknown keys', () => {
    expect(writeSearchState('  ', { kind: [], other: ['x'] })).toBe('');
    expect(writeSearchState('', { industry: ['Integrated circuits'] })).toBe(
      '?industry=Integrated+circuits',
    );
  });

  it('writes the scope choice last, only when there is one', () => {
    expect(writeSearchState('chips', { plan: ['Suzhou'] }, false)).toBe(
      '?q=chips&plan=Suzhou&all=0',
    );
    expect(writeSearchState('', {}, true)).toBe('?all=1');
    expect(writeSearchState('chips', {}, undefined)).toBe('?q=chips');
  });

  it('round-trips through readSearchState', () => {
    const state = {
      term: 'gallium nitride & more',
      filters: { kind: ['Industry'], tier: ['Future-oriented'] },
    };
    expect(readSearchState(writeSearchState(state.term, state.filters))).toEqual(state);
  });
});

describe('bundlePath', () => {
  it('puts the bundle under the base path, with or without its trailing slash', () => {
    expect(bundlePath('/shanghai-plan/')).toBe('/shanghai-plan/pagefind/');
    expect(bundlePath('/shanghai-plan')).toBe('/shanghai-plan/pagefind/');
    expect(bundlePath('/')).toBe('/pagefind/');
  });
});
