import { describe, expect, it } from 'vitest';
import { checkData } from '../../src/utils/integrity/data.ts';
import { checkLinks, pageIds, pageLinks } from '../../src/utils/integrity/html.ts';
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

describe('checkLinks', () => {
  const page = (body: string) => `<html><body>${body}</body></html>`;
  const site = (pages: Record<string, string>, files: string[] = []) => ({
    pages: new Map(Object.entries(pages)),
    files: new Set(files),
    base: '/p/',
  });

  it('reads ids and hrefs from attributes only', () => {
    const html =
      '<p id="a">id="fake" <a class="x" href="/p/y/#b&amp;c">t</a></p><script>var s = \' id="no"\'</script>';
    expect(pageIds(html)).toEqual(['a']);
    expect(pageLinks(html)).toEqual(['/p/y/#b&c']);
  });

  it('accepts links to pages, anchors and files under the base', () => {
    const s = site(
      {
        '/p/': page(
          '<a href="/p/plan/#b1">x</a><a href="/p/data/plan.json">j</a><a href="#top">t</a><h1 id="top">T</h1>',
        ),
        '/p/plan/': page(
          '<div id="b1"></div><a href="https://example.org/">e</a><a href="mailto:a@b.c">m</a>',
        ),
      },
      ['/p/data/plan.json'],
    );
    expect(checkLinks(s)).toEqual([]);
  });

  it('reports missing pages, anchors, slashes, base and duplicate ids', () => {
    const s = site({
      '/p/': page(
        '<a href="/p/plan/#b2">a</a><a href="/p/nowhere/">b</a><a href="/p/plan">c</a><a href="/plan/">d</a><i id="x"></i><i id="x"></i>',
      ),
      '/p/plan/': page('<div id="b1"></div>'),
    });
    expect(checkLinks(s)).toEqual([
      '/p/: id "x" is used more than once',
      '/p/: link "/p/plan/#b2" points to a missing anchor: no id "b2" on /p/plan/',
      '/p/: link "/p/nowhere/" points to a page that does not exist',
      '/p/: link "/p/plan" lacks the trailing "/"',
      '/p/: link "/plan/" leaves the base path /p/',
    ]);
  });

  it('reports a broken root-relative link on every page that has it, and a relative one per page', () => {
    const s = site({
      '/p/': page('<a href="/p/plan/#gone">a</a><a href="plan/#b1">r</a>'),
      '/p/x/': page('<a href="/p/plan/#gone">a</a><a href="plan/#b1">r</a>'),
      '/p/plan/': page('<div id="b1"></div>'),
    });
    expect(checkLinks(s)).toEqual([
      '/p/: link "/p/plan/#gone" points to a missing anchor: no id "gone" on /p/plan/',
      '/p/x/: link "/p/plan/#gone" points to a missing anchor: no id "gone" on /p/plan/',
      '/p/x/: link "plan/#b1" points to a page that does not exist',
    ]);
  });
});
