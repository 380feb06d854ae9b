import { describe, expect, it } from 'vitest';
import { crumbTrail } from '../../src/utils/crumbs.ts';

const href = (path: string) => `/base/${path}`;

describe('crumbTrail', () => {
  it('links the roots and every crumb but the last, which is the current page', () => {
    expect(
      crumbTrail(
        [{ label: 'Home', href: '/base/' }],
        [{ label: 'Industries', path: 'industries/' }, { label: 'Chips' }],
        href,
      ),
    ).toEqual([
      { label: 'Home', href: '/base/' },
      { label: 'Industries', href: '/base/industries/' },
      { label: 'Chips' },
    ]);
  });

  it('makes the last root the current page when the page has no crumbs (a plan home in an atlas)', () => {
    expect(
      crumbTrail(
        [
          { label: 'Atlas', href: '/' },
          { label: 'Plan', href: '/plans/p/' },
        ],
        [],
        href,
      ),
    ).toEqual([{ label: 'Atlas', href: '/' }, { label: 'Plan' }]);
  });

  it('leaves a crumb without a path unlinked, and a last crumb with a path too', () => {
    expect(
      crumbTrail(
        [{ label: 'Atlas', href: '/' }],
        [{ label: 'Part' }, { label: 'Section', path: 'plan/s1/' }],
        href,
      ),
    ).toEqual([{ label: 'Atlas', href: '/' }, { label: 'Part' }, { label: 'Section' }]);
  });
});
