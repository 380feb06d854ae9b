import { describe, expect, it } from 'vitest';
import { checkData } from '../../src/utils/integrity/data.ts';
import {
  readGenerated,
  splitFrontmatter,
  type GeneratedTree,
} from '../../src/utils/integrity/read.ts';

const SAMPLE = 'tests/fixtures/generated-sample';

/** The sample tree with one change applied. */
function sampleWith(change: (tree: GeneratedTree) => void): GeneratedTree {
  const tree = readGenerated(SAMPLE);
  change(tree);
  return tree;
}

describe('checkData', () => {
  it('finds nothing wrong in the sample tree', () => {
    expect(checkData(readGenerated(SAMPLE))).toEqual([]);
  });

  it('reports a frontmatter reference to a missing goal', () => {
    const tree = sampleWith((t) => {
      t.industries.find((f) => f.id === 'batteries')!.data.goals = [
        'batteries-2025',
        'no-such-goal',
      ];
    });
    expect(checkData(tree)).toEqual([
      'industries/batteries.mdx: goals → "no-such-goal" is not a goal (no goals/<id>.mdx)',
    ]);
  });

  it('reports a missing block in data and in MDX bodies', () => {
    const tree = sampleWith((t) => {
      t.targets[0]!.blockId = 'gone-p9';
      const goal = t.goals.find((f) => f.id === 'batteries-2025')!;
      goal.body +=
        '\n<PlanLink block="gone-p1">¶</PlanLink> <EntityLink kind="place" id="atlantis">A</EntityLink>';
    });
    expect(checkData(tree)).toEqual([
      'goals/batteries-2025.mdx: EntityLink → "atlantis" is not a place in data/places.json',
      'goals/batteries-2025.mdx: PlanLink → "gone-p1" is not a block id (no such paragraph in /plan/)',
      'data/targets.json "emerging-added-value-2025": blockId → "gone-p9" is not a block id (no such paragraph in /plan/)',
    ]);
  });

  it('reports a dangling inline mention and duplicate anchors', () => {
    const tree = sampleWith((t) => {
      const s = t.sections.find((r) => r.id === 'biotech') as unknown as {
        blocks: Record<string, unknown>[];
      };
      s.blocks[0]!.inlines = [{ type: 'mention', kind: 'term', id: 'nope', text: 'x' }];
      s.blocks.push({ ...s.blocks[0], id: 'batteries', sectionId: 'biotech' });
    });
    expect(checkData(tree)).toEqual([
      'data/sections.json: block id "batteries" is also a section id (one anchor in /plan/)',
      'data/sections.json "biotech" block "biotech-p1": term mention → "nope" is not a term in data/terms.json',
      'data/sections.json "biotech" block "batteries": term mention → "nope" is not a term in data/terms.json',
    ]);
  });

  it('requires exactly one plan entry', () => {
    expect(checkData(sampleWith((t) => void (t.plan = [])))).toEqual([
      'data/plan.json: expected exactly one entry, with id "plan"',
    ]);
  });
});

describe('splitFrontmatter', () => {
  it('separates YAML and body', () => {
    expect(splitFrontmatter('---\nname: A\nlist:\n  - x\n---\n\nBody\n', 'f.mdx')).toEqual({
      data: { name: 'A', list: ['x'] },
      body: '\nBody\n',
    });
  });

  it('rejects a file without frontmatter', () => {
    expect(() => splitFrontmatter('Body', 'f.mdx')).toThrow('f.mdx: no YAML frontmatter');
  });
});
