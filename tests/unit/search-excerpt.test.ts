import { describe, expect, it } from 'vitest';
import {
  appendExcerpt,
  decodeEntities,
  parseExcerpt,
  type TextParent,
} from '../../src/components/search/excerpt.ts';

/** A stand-in DOM node that records what is appended: strings (text nodes) or elements. */
class Node implements TextParent<Node> {
  children: (string | Node)[] = [];
  readonly tag: string;
  constructor(tag: string) {
    this.tag = tag;
  }
  append(...nodes: (string | Node)[]): void {
    this.children.push(...nodes);
  }
}

/** What appendExcerpt built: text nodes as strings, elements as [tag, ...children]. */
function tree(node: Node): unknown[] {
  return node.children.map((c) => (typeof c === 'string' ? c : [c.tag, ...tree(c)]));
}

function render(html: string): unknown[] {
  const root = new Node('p');
  appendExcerpt(root, html, () => new Node('mark'));
  return tree(root);
}

describe('decodeEntities', () => {
  it('decodes the references HTML escapers write', () => {
    expect(
      decodeEntities('R&amp;D &lt;b&gt; &quot;x&quot; it&#39;s &#x27;y&#X27; &apos;z&apos;'),
    ).toBe(`R&D <b> "x" it's 'y' 'z'`);
    expect(decodeEntities('a&nbsp;b &#8212; &#x4E2D;')).toBe('a\u00a0b — 中');
  });

  it('leaves unknown, malformed and impossible references as they are', () => {
    expect(decodeEntities('&copy; &amp &#; &#xZZ; &#0; &#xD800; &#x110000; & ;')).toBe(
      '&copy; &amp &#; &#xZZ; &#0; &#xD800; &#x110000; & ;',
    );
  });

  it('decodes once: an escaped reference stays a reference', () => {
    expect(decodeEntities('&amp;lt;script&amp;gt;')).toBe('&lt;script&gt;');
  });
});

describe('parseExcerpt', () => {
  it('splits marked and unmarked runs, decoding each', () => {
    expect(parseExcerpt('Six-inch <mark>silicon</mark> <mark>carbide</mark> &amp; GaN')).toEqual([
      { text: 'Six-inch ', mark: false },
      { text: 'silicon', mark: true },
      { text: ' ', mark: false },
      { text: 'carbide', mark: true },
      { text: ' & GaN', mark: false },
    ]);
  });

  it('gives nothing for an empty excerpt', () => {
    expect(parseExcerpt('')).toEqual([]);
  });

  it('keeps escaped markup as text, a mark tag included', () => {
    expect(
      parseExcerpt('&lt;img src=x onerror=alert(1)&gt; and &lt;mark&gt;x&lt;/mark&gt;'),
    ).toEqual([{ text: '<img src=x onerror=alert(1)> and <mark>x</mark>', mark: false }]);
  });

  it('keeps any raw tag other than <mark> as text', () => {
    expect(
      parseExcerpt('<img src=x onerror=alert(1)><MARK>a</MARK><mark class="x">b</mark>'),
    ).toEqual([
      { text: '<img src=x onerror=alert(1)><MARK>a</MARK><mark class="x">b', mark: false },
    ]);
  });

  it('survives unbalanced and nested marks', () => {
    expect(parseExcerpt('</mark>a<mark><mark>b</mark>c</mark>d<mark>e')).toEqual([
      { text: 'a', mark: false },
      { text: 'bc', mark: true },
      { text: 'd', mark: false },
      { text: 'e', mark: true },
    ]);
  });
});

describe('appendExcerpt', () => {
  it('appends text nodes and <mark> elements only', () => {
    expect(render('the <mark>lidar</mark> of &quot;cars&quot;')).toEqual([
      'the ',
      ['mark', 'lidar'],
      ' of "cars"',
    ]);
  });

  it('turns a hostile excerpt into text, never into elements', () => {
    expect(
      render(
        '&lt;img src=x onerror=alert(1)&gt;<mark>&lt;script&gt;alert(1)&lt;/script&gt;</mark>',
      ),
    ).toEqual(['<img src=x onerror=alert(1)>', ['mark', '<script>alert(1)</script>']]);
    expect(render('<script>alert(1)</script><iframe src="javascript:alert(1)">')).toEqual([
      '<script>alert(1)</script><iframe src="javascript:alert(1)">',
    ]);
  });
});
