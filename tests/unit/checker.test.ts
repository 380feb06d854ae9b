import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { checkHead } from '../../src/checks/head.ts';
import { checkLinks, formatLinkProblems } from '../../src/checks/links.ts';
import { parseHtml } from '../../src/checks/parse-html.ts';
import { fileToUrlPath, loadSite, resolveUrlPath } from '../../src/checks/site.ts';

const BASE = '/repo/';
const SITE = 'https://acme.github.io';
const roots: string[] = [];

afterAll(async () => {
  await Promise.all(roots.map((root) => rm(root, { recursive: true, force: true })));
});

/** A page with everything a good page has, around `body`. */
function page(path: string, body: string, head = ''): string {
  return (
    `<!doctype html><html lang="en"><head><title>T</title>` +
    `<meta name="description" content="D"><link rel="canonical" href="${SITE}${path}">` +
    `${head}</head><body>${body}</body></html>`
  );
}

/** A small site that passes every check: assets, anchors, srcset, external links, a 404. */
function goodSite(): Record<string, string> {
  return {
    'index.html': page(
      BASE,
      '<h1>Home</h1><a href="/repo/a/">A</a> <a href="a/#part">A, part</a> ' +
        '<a href="https://example.org/x">out</a> <a href="mailto:x@example.org">mail</a> ' +
        `<a href="${SITE}/repo/a/">absolute</a> <a href="#">top</a> ` +
        '<img src="img/x.png" srcset="img/x.png 1x, /repo/img/x2.png 2x" alt="x">' +
        '<script src="/repo/app.js"></script>',
      '<link rel="stylesheet" href="/repo/style.css"><link rel="icon" href="data:,">',
    ),
    'a/index.html': page(
      '/repo/a/',
      '<h1 id="top-heading">A</h1><p id="part">P</p><a href="../">home</a> ' +
        '<a href="../data/plan.json">data</a> <a href="#part">here</a> <a href="/repo/b.html">B</a>',
    ),
    'b.html': page('/repo/b.html', '<h1>B</h1><a name="old">old anchor</a>'),
    '404.html': page('/repo/404.html', '<h1>Not found</h1><a href="/repo/">home</a>'),
    'style.css': 'body{}',
    'app.js': '',
    'img/x.png': '',
    'img/x2.png': '',
    'data/plan.json': '{}',
  };
}

async function makeSite(files: Record<string, string>): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'atlas-checker-'));
  roots.push(root);
  for (const [file, content] of Object.entries(files)) {
    await mkdir(dirname(join(root, file)), { recursive: true });
    await writeFile(join(root, file), content);
  }
  return root;
}

/** The problems of the good site after `change`, as readable lines. */
async function problemsAfter(change: (files: Record<string, string>) => void): Promise<string> {
  const files = goodSite();
  change(files);
  const dir = await makeSite(files);
  return formatLinkProblems(checkLinks({ dir, base: BASE, site: SITE }));
}

describe('checkLinks', () => {
  test('passes a good site', async () => {
    const dir = await makeSite(goodSite());
    expect(checkLinks({ dir, base: BASE, site: SITE })).toEqual([]);
  });

  test('fails on a link to a missing page', async () => {
    const out = await problemsAfter((f) => {
      f['a/index.html'] = f['a/index.html'].replace('href="../"', 'href="../nope/"');
    });
    expect(out).toBe('missing-page: /repo/a/ → ../nope/: <a> no file serves this URL');
  });

  test('fails on a missing anchor', async () => {
    const out = await problemsAfter((f) => {
      f['index.html'] = f['index.html'].replace('a/#part', 'a/#nowhere');
    });
    expect(out).toBe('missing-anchor: /repo/ → a/#nowhere: <a> no id "nowhere" on the page');
  });

  test('fails on a #fragment of the page itself that names no id', async () => {
    const out = await problemsAfter((f) => {
      f['a/index.html'] = f['a/index.html'].replace('href="#part"', 'href="#parts"');
    });
    expect(out).toBe('missing-anchor: /repo/a/ → #parts: <a> no id "parts" on the page');
  });

  test('fails on a missing stylesheet, script or image, also inside srcset', async () => {
    const out = await problemsAfter((f) => {
      delete f['style.css'];
      delete f['app.js'];
      delete f['img/x.png'];
      delete f['img/x2.png'];
    });
    expect(out).toBe(
      [
        'missing-asset: /repo/ → /repo/app.js: <script> no file serves this URL',
        'missing-asset: /repo/ → /repo/img/x2.png: <img> no file serves this URL',
        'missing-asset: /repo/ → /repo/style.css: <link> no file serves this URL',
        'missing-asset: /repo/ → img/x.png: <img> no file serves this URL',
      ].join('\n'),
    );
  });

  test('fails on a broken link inside a <template>, and on a missing anchor there', async () => {
    const out = await problemsAfter((f) => {
      f['b.html'] = f['b.html'].replace(
        '</body>',
        '<template><a href="/repo/gone/">gone</a><a href="/repo/a/#nowhere">x</a></template></body>',
      );
    });
    expect(out).toBe(
      [
        'missing-anchor: /repo/b.html → /repo/a/#nowhere: <a> no id "nowhere" on the page',
        'missing-page: /repo/b.html → /repo/gone/: <a> no file serves this URL',
      ].join('\n'),
    );
  });

  test('follows links inside a <template>: a page linked only from one is reachable', async () => {
    const out = await problemsAfter((f) => {
      f['orphan/index.html'] = page('/repo/orphan/', '<h1>O</h1>');
      f['b.html'] = f['b.html'].replace(
        '</body>',
        '<template><a href="/repo/orphan/">o</a></template></body>',
      );
    });
    expect(out).toBe('');
  });

  test('skips markup in comments and scripts, and checks a page that only a refresh reaches', async () => {
    const out = await problemsAfter((f) => {
      f['moved/index.html'] = page('/repo/moved/', '<h1>M</h1>');
      f['b.html'] = f['b.html'].replace(
        '</body>',
        '<!-- <a href="/repo/gone/"> --><script>const s = \'<a href="/repo/gone/">\';</script>' +
          '<meta http-equiv="refresh" content="0; url=/repo/moved/"></body>',
      );
    });
    expect(out).toBe('');
  });

  test('a redirect page needs no incoming link, but its target must exist', async () => {
    const redirect = (to: string) =>
      `<!doctype html><title>Redirecting to: ${to}</title>` +
      `<meta http-equiv="refresh" content="0;url=${to}"><meta name="robots" content="noindex">` +
      `<link rel="canonical" href="${SITE}${to}"><body><a href="${to}">${to}</a></body>`;
    const ok = await problemsAfter((f) => {
      f['old/index.html'] = redirect('/repo/a/');
    });
    expect(ok).toBe('');
    const broken = await problemsAfter((f) => {
      f['old/index.html'] = redirect('/repo/gone/');
    });
    expect(broken).toBe(
      [
        'missing-page: /repo/old/ → /repo/gone/: <a> no file serves this URL',
        'missing-page: /repo/old/ → /repo/gone/: <meta> no file serves this URL',
        'missing-page: /repo/old/ → https://acme.github.io/repo/gone/: <link> no file serves this URL',
      ].join('\n'),
    );
  });

  test('fails on a link that forgot the base path', async () => {
    const out = await problemsAfter((f) => {
      f['index.html'] = f['index.html'].replace('href="/repo/a/"', 'href="/a/"');
    });
    expect(out).toBe('outside-base: /repo/ → /a/: <a> points outside /repo/');
  });

  test('fails on an absolute link to the deployed site that does not exist', async () => {
    const out = await problemsAfter((f) => {
      f['index.html'] = f['index.html'].replace(`${SITE}/repo/a/`, `${SITE}/repo/gone/`);
    });
    expect(out).toBe(
      'missing-page: /repo/ → https://acme.github.io/repo/gone/: <a> no file serves this URL',
    );
  });

  test('fails on a page no link leads to, and on a folder linked without "/"', async () => {
    const out = await problemsAfter((f) => {
      f['orphan/index.html'] = page('/repo/orphan/', '<h1>O</h1>');
      f['index.html'] = f['index.html'].replace('href="/repo/a/"', 'href="/repo/a"');
    });
    expect(out).toBe(
      [
        'slashless: /repo/ → /repo/a: <a> folder URL without "/"',
        'unreachable: /repo/orphan/: no link from /repo/ leads here',
      ].join('\n'),
    );
  });

  test('fails on relative links in the 404 page and on duplicate ids', async () => {
    const out = await problemsAfter((f) => {
      f['404.html'] = f['404.html'].replace('href="/repo/"', 'href="./"');
      f['b.html'] = f['b.html'].replace('<h1>', '<h1 id="x">').replace('<a ', '<a id="x" ');
    });
    expect(out).toBe(
      [
        'relative-in-404: /repo/404.html → ./: <a> relative URL on a page served at any path',
        'duplicate-id: /repo/b.html: id "x" is used more than once',
      ].join('\n'),
    );
  });

  test('fails when the home page is missing', async () => {
    const out = await problemsAfter((f) => delete f['index.html']);
    expect(out).toContain('missing-page: /repo/: the home page is missing');
  });
});

describe('site paths', () => {
  test('files map to the URLs a static host serves them at', () => {
    expect(fileToUrlPath('index.html', BASE)).toBe('/repo/');
    expect(fileToUrlPath('a/b/index.html', BASE)).toBe('/repo/a/b/');
    expect(fileToUrlPath('404.html', '/')).toBe('/404.html');
  });

  test('URLs resolve to files the way GitHub Pages resolves them', async () => {
    const site = loadSite(await makeSite(goodSite()), BASE);
    const kinds = ['/repo/', '/repo', '/repo/a/', '/repo/a', '/repo/b', '/other/', '/repo/%E0']
      .map((path) => resolveUrlPath(site, path))
      .map((r) => r.kind + ('file' in r ? `:${r.file}` : ''));
    expect(kinds).toEqual([
      'file:index.html',
      'slashless:index.html',
      'file:a/index.html',
      'slashless:a/index.html',
      'file:b.html',
      'outside',
      'missing',
    ]);
  });
});

describe('checkHead', () => {
  test('passes a page with one h1, title, description, canonical and lang', () => {
    const tree = parseHtml(goodSite()['a/index.html']);
    expect(checkHead(tree, { page: '/repo/a/', site: SITE })).toEqual([]);
  });

  test('names every missing or wrong basic', () => {
    const html =
      '<!doctype html><html><head><link rel="canonical" href="/repo/x/"></head>' +
      '<body><h1>One</h1><h1>Two</h1></body></html>';
    expect(checkHead(parseHtml(html), { page: '/repo/x/' }).map((p) => p.message)).toEqual([
      '<html> has no lang',
      '0 <title> elements, expected 1',
      '0 meta descriptions, expected 1',
      'canonical URL "/repo/x/" is not absolute',
      '2 <h1> elements, expected 1',
    ]);
  });

  test('the canonical URL must be the page itself on the deployed site', () => {
    const tree = parseHtml(page('/repo/a/', '<h1>A</h1>'));
    expect(checkHead(tree, { page: '/repo/b/', site: SITE })).toEqual([
      {
        page: '/repo/b/',
        rule: 'canonical',
        message:
          'canonical URL is "https://acme.github.io/repo/a/", expected "https://acme.github.io/repo/b/"',
      },
    ]);
  });

  test('empty title, description and h1 count as missing', () => {
    const html =
      '<html lang=" "><head><title> </title><meta name="description" content="">' +
      `<link rel="canonical" href="${SITE}/"></head><body><h1> </h1></body></html>`;
    expect(checkHead(parseHtml(html), { page: '/' }).map((p) => p.rule)).toEqual([
      'lang',
      'title',
      'description',
      'h1',
    ]);
  });
});
