import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline/extract/index.ts';
import { projectPhrase } from '../../src/pipeline/extract/projects.ts';
import { makeDoc, makeEditorial } from './extract-helpers.ts';

const editorial = makeEditorial();

describe('extract: projects', () => {
  it('takes the noun phrase after "construction of" and "build" in a projects section', () => {
    const doc = makeDoc({
      sections: [
        {
          title: 'Major projects',
          blocks: [
            'Accelerate the construction of major integrated circuit production lines and support the doubling of the industry. ' +
              'Promote the construction of 12-inch advanced and mature process lines, build a number of Lingang test fields, and build it.',
          ],
        },
      ],
    });
    expect(extract(doc, editorial, 'p.txt').projects).toEqual([
      {
        id: 'major-integrated-circuit-production-lines',
        name: 'major integrated circuit production lines',
        blockId: 'major-projects-p1',
        industryIds: ['chips'],
        placeIds: [],
      },
      {
        id: '12-inch-advanced-mature-process-lines',
        name: '12-inch advanced and mature process lines',
        blockId: 'major-projects-p1',
        industryIds: [],
        placeIds: [],
      },
      {
        id: 'lingang-test-fields',
        name: 'Lingang test fields',
        blockId: 'major-projects-p1',
        industryIds: [],
        placeIds: ['lin-gang'],
      },
    ]);
  });

  it('finds no projects outside a projects section', () => {
    const doc = makeDoc({
      sections: [{ title: 'Spatial layout', blocks: ['Speed up the construction of new parks.'] }],
    });
    expect(extract(doc, editorial, 'p.txt').projects).toEqual([]);
  });

  it('ends a phrase at punctuation or at "and" before a verb, and rejects one-word or long phrases', () => {
    expect(projectPhrase('big new wafer fabs and speeding up others', 0)).toBe(
      'big new wafer fabs',
    );
    expect(projectPhrase('the labs and institutes; more', 0)).toBe('labs and institutes');
    expect(projectPhrase('it.', 0)).toBeUndefined();
    expect(
      projectPhrase('one two three four five six seven eight nine ten eleven twelve thirteen.', 0),
    ).toBeUndefined();
  });
});
