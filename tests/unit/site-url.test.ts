import { describe, expect, it } from 'vitest';
import { anchorId, blockPathAt, entityPathAt, withBase } from '../../src/utils/url.ts';

describe('withBase', () => {
  it('puts pages under the base with a trailing slash', () => {
    expect(withBase('/shanghai-plan/', 'industries/integrated-circuits')).toBe(
      '/shanghai-plan/industries/integrated-circuits/',
    );
    expect(withBase('/shanghai-plan/', '/plan/')).toBe('/shanghai-plan/plan/');
    expect(withBase('/', 'plan')).toBe('/plan/');
  });

  it('gives the base itself for the home page', () => {
    expect(withBase('/shanghai-plan/', '')).toBe('/shanghai-plan/');
    expect(withBase('/', '/')).toBe('/');
  });

  it('normalises a base without slashes', () => {
    expect(withBase('shanghai-plan', 'about')).toBe('/shanghai-plan/about/');
    expect(withBase('/a/b', 'x')).toBe('/a/b/x/');
  });

  it('keeps a fragment after the trailing slash', () => {
    expect(withBase('/p/', 'plan/#integrated-circuit-p2')).toBe('/p/plan/#integrated-circuit-p2');
    expect(withBase('/p/', 'glossary#term-igbt')).toBe('/p/glossary/#term-igbt');
  });

  it('leaves file names alone', () => {
    expect(withBase('/p/', 'data/plan.json')).toBe('/p/data/plan.json');
    expect(withBase('/', 'sitemap-index.xml')).toBe('/sitemap-index.xml');
  });
});

describe('entityPathAt', () => {
  it('links pages and anchors by kind', () => {
    expect(entityPathAt('industry', 'biomedicine')).toBe('industries/biomedicine/');
    expect(entityPathAt('goal', 'g1')).toBe('goals/g1/');
    expect(entityPathAt('place', 'lingang')).toBe('places/lingang/');
    expect(entityPathAt('term', 'igbt')).toBe('glossary/#term-igbt');
    expect(entityPathAt('correction', 'hong-kong')).toBe('glossary/#correction-hong-kong');
    expect(entityPathAt('target', 't1')).toBe('targets/#target-t1');
    expect(entityPathAt('project', 'p1')).toBe('projects/#project-p1');
  });

  it('links an anchor on the list page that holds it', () => {
    expect(entityPathAt('target', 't1', 1)).toBe('targets/#target-t1');
    expect(entityPathAt('target', 't1', 3)).toBe('targets/3/#target-t1');
    expect(entityPathAt('project', 'p1', 2)).toBe('projects/2/#project-p1');
    expect(entityPathAt('term', 'igbt', 6)).toBe('glossary/6/#term-igbt');
    expect(entityPathAt('correction', 'x', 2)).toBe('glossary/2/#correction-x');
    // Entities with pages of their own have one address whatever the page.
    expect(entityPathAt('industry', 'biomedicine', 4)).toBe('industries/biomedicine/');
  });

  it('agrees with anchorId and blockPath', () => {
    expect(anchorId('term', 'x')).toBe('term-x');
    expect(blockPathAt('plan/', 'development-goal-b1')).toBe('plan/#development-goal-b1');
    expect(blockPathAt('plan/development-goal/', 'development-goal-b1')).toBe(
      'plan/development-goal/#development-goal-b1',
    );
  });
});
