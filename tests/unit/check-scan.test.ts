import { describe, expect, test } from 'vitest';
import { decodeAttribute, readAttributes, scanPage, srcsetUrls } from '../../src/checks/scan.ts';

describe('scanPage', () => {
  test('reads ids, <a name>s and the URLs of links, stylesheets, scripts and images', () => {
    const html =
      '<!doctype html><html><head><link rel="stylesheet" href="/s.css"><script type="module" src="/a.js"></script></head>' +
      '<body><h1 id="top">T</h1><a name="old" href="/x/#top">x</a><img src="i.png" srcset="i.png 1x,\n /i2.png 2x">' +
      '<video src=/v.mp4 poster=\'/p.jpg\'></video><meta http-equiv="Refresh" content="0; url=/new/"></body></html>';
    expect(scanPage(html)).toEqual({
      anchors: '\ntop\nold\n',
      repeated: [],
      refs: [
        'link\t/s.css',
        'script\t/a.js',
        'a\t/x/#top',
        'img\ti.png',
        'img\t/i2.png',
        'video\t/v.mp4',
        'video\t/p.jpg',
        'meta\t/new/',
      ].join('\n'),
    });
  });

  test('reads markup inside <template>, not inside comments, scripts, styles or titles', () => {
    const html =
      '<title><a href="/t/"></title><!-- <a href="/c/" id="c"> --><style>a[id="s"]{}</style>' +
      '<script>document.write(\'<a href="/s/" id="s">\')</script>' +
      '<template id="tpl"><a href="/in-template/" id="t">x</a></template>';
    expect(scanPage(html)).toEqual({
      anchors: '\ntpl\nt\n',
      repeated: [],
      refs: 'a\t/in-template/',
    });
  });

  test('markup-like text in an attribute value is not a tag (Astro leaves < and > unescaped there)', () => {
    const html =
      '<template><dialog data-plan="A <img src=x> plan" id="d"><p title=\'<a href="/no/">\'>x</p></dialog></template>' +
      '<div data-x="<a id=fake>" data-id="n"></div>';
    expect(scanPage(html)).toEqual({ anchors: '\nd\n', repeated: [], refs: '' });
  });

  test('lists an id used twice once, also when its whole tag repeats', () => {
    const html =
      '<p id="a"></p><p id="a"></p><p id="a"></p><a id="l" href="/x/">1</a><a id="l" href="/x/">2</a>';
    expect(scanPage(html)).toEqual({ anchors: '\na\nl\n', repeated: ['a', 'l'], refs: 'a\t/x/' });
  });

  test('decodes character references, drops tabs and newlines from URLs, ignores text', () => {
    const html =
      '<p>id="fake" &lt;a href="/no/"&gt;</p><a href=" /a/?x=1&amp;y=&#50;#b&#x26;c\n">t</a>' +
      '<div data-id="d" aria-controls="x" id=\'q&quot;\'></div><meta name="x" content="url=/no/">';
    expect(scanPage(html)).toEqual({
      anchors: '\nq"\n',
      repeated: [],
      refs: 'a\t/a/?x=1&y=2#b&c',
    });
  });

  test('a tag left open ends the scan quickly, with what came before it', () => {
    const started = performance.now();
    const html = '<a href="/a/">a</a><a href="/b/" ' + 'x '.repeat(20_000);
    expect(scanPage(html)).toEqual({ anchors: '\n', repeated: [], refs: 'a\t/a/' });
    expect(performance.now() - started).toBeLessThan(1000);
  });

  test('a page without anchors or links', () => {
    expect(scanPage('<p>text</p>')).toEqual({ anchors: '\n', repeated: [], refs: '' });
  });
});

describe('the attribute readers', () => {
  test('readAttributes: quoted, unquoted and bare; the first of a name wins', () => {
    expect([...readAttributes(' href="/a/" class=x data-y=\'1\' hidden HREF="/b/" /')]).toEqual([
      ['href', '/a/'],
      ['class', 'x'],
      ['data-y', '1'],
      ['hidden', ''],
    ]);
  });

  test('decodeAttribute: the named references Astro writes and numeric ones', () => {
    expect(decodeAttribute('&amp;&quot;&#39;&lt;&gt;&#x41;&#66;&nbsp;&#0;')).toBe(
      '&"\'<>AB&nbsp;&#0;',
    );
  });

  test('srcsetUrls: one URL per candidate', () => {
    expect(srcsetUrls(' a.png 1x , b.png 2x,c.png')).toEqual(['a.png', 'b.png', 'c.png']);
  });
});
