/**
 * The Pagefind integration at the Node API level: index a small built site exactly as the build
 * does (indexSite), then answer queries with the pagefind.js it wrote (run in Node, reading
 * files through a fetch shim). The browser tests (tests/e2e/search.test.ts) do the same on the
 * real site.
 */
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  entryLanguages,
  INDEX_CHUNK_SIZE,
  indexSite,
  isIndexable,
} from '../../src/integrations/pagefind.ts';

describe('isIndexable', () => {
  it('takes HTML pages and leaves out 404, search, the bundle and other files', () => {
    expect(isIndexable('index.html')).toBe(true);
    expect(isIndexable('plan/index.html')).toBe(true);
    expect(isIndexable('404.html')).toBe(false);
    expect(isIndexable('search/index.html')).toBe(false);
    expect(isIndexable('pagefind/playground/index.html')).toBe(false);
    expect(isIndexable('data/plan.json')).toBe(false);
    expect(isIndexable('industries/search/index.html')).toBe(true);
  });
});

describe('entryLanguages', () => {
  it('reads page counts per language from pagefind-entry.json', () => {
    const entry =
      '{"version":"1.6.0","languages":{"en":{"hash":"en_1","wasm":"en","page_count":3}}}';
    expect(entryLanguages(entry)).toEqual({ en: 3 });
    expect(entryLanguages('{}')).toEqual({});
  });
});

const page = (head: string, main: string, lang = 'en', body = ' data-pagefind-body') =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>t</title>${head}</head>` +
  `<body><header><nav>Navigationword Plan Industries</nav></header>` +
  `<main${body}>${main}</main><footer>Footerword</footer></body></html>`;

const kind = (label: string) =>
  `<meta name="atlas:kind" content="${label}" data-pagefind-filter="kind[content]" data-pagefind-meta="kind[content]">`;

const SITE: Record<string, string> = {
  'index.html': page(kind('Page'), '<h1>Plan Atlas</h1><p>An overview of the plan.</p>'),
  'plan/index.html': page(
    kind('Plan text') +
      '<meta name="atlas:title" content="The Plan" data-pagefind-meta="title[content]">',
    '<h1>The whole plan</h1><h2 id="new-materials">New materials</h2>' +
      '<div id="new-materials-p1" data-pagefind-title="New materials, paragraph 1"><p>Advanced alloys.</p>' +
      '<div data-pagefind-ignore><button>Copy citation</button></div></div>' +
      '<div id="new-materials-p2" data-pagefind-title="New materials, paragraph 2"><p>Six-inch silicon carbide wafers.</p></div>' +
      '<p>Hostileword &lt;img src=x onerror=alert(1)&gt; &amp; more.</p>',
  ),
  'industries/new-materials/index.html': page(
    kind('Industry') +
      '<meta name="atlas:industry" content="New materials" data-pagefind-filter="industry[content]">' +
      '<meta name="atlas:tier" content="Key" data-pagefind-filter="tier[content]">',
    '<h1>New materials</h1><p>Wafers of gallium nitride and silicon carbide.</p>',
  ),
  // As the templates render them: the 404 and search pages mark nothing for the index.
  '404.html': page(kind('Page'), '<h1>Not found</h1><p>Missingword.</p>', 'en', ''),
  'search/index.html': page(kind('Page'), '<h1>Search</h1><p>Searchpageword.</p>', 'en', ''),
};

interface Pagefind {
  options(o: object): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(
    term: string,
    o?: object,
  ): Promise<{
    results: {
      data(): Promise<{
        url: string;
        excerpt: string;
        meta: Record<string, string>;
        sub_results: { url: string; title: string }[];
      }>;
    }[];
  }>;
}

let dir: string;
let pagefind: Pagefind;
let report: Awaited<ReturnType<typeof indexSite>>;
const realFetch = globalThis.fetch;

/** Result URLs of a query, each with its first sub-result when it has an anchor. */
async function query(term: string, filters?: Record<string, string[]>): Promise<string[]> {
  const found = await pagefind.search(term, filters ? { filters } : undefined);
  const data = await Promise.all(found.results.map((r) => r.data()));
  return data.map((d) => d.sub_results.find((s) => s.url.includes('#'))?.url ?? d.url);
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'atlas-pagefind-'));
  for (const [path, html] of Object.entries(SITE)) {
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await writeFile(join(dir, path), html);
  }
  report = await indexSite(dir);
  // pagefind.js fetches its index next to itself; in Node, serve those file: URLs from disk.
  globalThis.fetch = (async (input: string | URL | Request) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    return new Response(await readFile(fileURLToPath(`file://${url.pathname}`)));
  }) as typeof fetch;
  pagefind = (await import(pathToFileURL(join(dir, 'pagefind/pagefind.js')).href)) as Pagefind;
  await pagefind.options({ noWorker: true, baseUrl: '/' });
}, 60_000);

afterAll(async () => {
  globalThis.fetch = realFetch;
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('indexSite', () => {
  it('indexes only the marked pages, in one language, 404 and search left out', () => {
    expect(report.pages).toBe(3);
    expect(report.languages).toEqual(['en']);
  });

  it('answers a query with the paragraph anchor as the sub-result', async () => {
    expect(await query('silicon carbide')).toEqual([
      '/industries/new-materials/',
      '/plan/#new-materials-p2',
    ]);
    const [, plan] = await Promise.all(
      (await pagefind.search('carbide')).results.map((r) => r.data()),
    );
    expect(plan.meta).toMatchObject({ title: 'The Plan', kind: 'Plan text' });
    expect(plan.sub_results.map((s) => s.title)).toContain('New materials, paragraph 2');
  });

  it('keeps markup written as text escaped in excerpts (the UI inserts them as HTML)', async () => {
    const [hit] = await Promise.all(
      (await pagefind.search('hostileword')).results.map((r) => r.data()),
    );
    const { excerpt } = hit;
    expect(excerpt).toContain('<mark>Hostileword</mark> &lt;img src=x onerror=alert(1)&gt;');
    expect(excerpt).not.toContain('<img');
  });

  it('never indexes navigation, footers, ignored controls, the 404 or search page', async () => {
    for (const word of [
      'Navigationword',
      'Footerword',
      'citation',
      'Missingword',
      'Searchpageword',
    ]) {
      expect(await query(word), word).toEqual([]);
    }
  });

  it('filters by kind, industry and tier', async () => {
    expect(await pagefind.filters()).toEqual({
      industry: { 'New materials': 1 },
      kind: { Industry: 1, Page: 1, 'Plan text': 1 },
      tier: { Key: 1 },
    });
    expect(await query('wafers', { kind: ['Plan text'] })).toEqual(['/plan/#new-materials-p2']);
    expect(await query('wafers', { tier: ['Key'] })).toEqual(['/industries/new-materials/']);
  });
});

describe('index chunks', () => {
  it(`splits the word index into chunks of about ${INDEX_CHUNK_SIZE} postings, so a query loads less`, async () => {
    const site = await mkdtemp(join(tmpdir(), 'atlas-pagefind-chunks-'));
    try {
      // 40 pages × 300 words = 12,000 postings: two chunks at Pagefind's default, three here.
      const words = (n: number) =>
        Array.from({ length: 300 }, (_, i) => `w${(i * 7 + n) % 500}x`).join(' ');
      for (let n = 0; n < 40; n++) {
        await mkdir(join(site, `p${n}`));
        await writeFile(join(site, `p${n}/index.html`), page('', `<p>${words(n)}</p>`));
      }
      await writeFile(join(site, 'index.html'), page('', '<h1>Home</h1>'));
      await indexSite(site);
      const chunks = await readdir(join(site, 'pagefind/index'));
      expect(chunks.length).toBeGreaterThanOrEqual(3);
    } finally {
      await rm(site, { recursive: true, force: true });
    }
  });
});

describe('indexSite refuses a site it would index badly', () => {
  it('fails when no page marks its content with data-pagefind-body', async () => {
    const bare = await mkdtemp(join(tmpdir(), 'atlas-pagefind-bare-'));
    try {
      await writeFile(join(bare, 'index.html'), '<html lang="en"><body><p>x</p></body></html>');
      await expect(indexSite(bare)).rejects.toThrow('data-pagefind-body');
    } finally {
      await rm(bare, { recursive: true, force: true });
    }
  });

  it('fails when the 404 or search page marks content for the index', async () => {
    for (const path of ['404.html', 'search/index.html']) {
      const site = await mkdtemp(join(tmpdir(), 'atlas-pagefind-marked-'));
      try {
        await writeFile(join(site, 'index.html'), page('', '<h1>One</h1>'));
        await mkdir(join(site, 'search'));
        await writeFile(join(site, path), page('', '<h1>Not here</h1>'));
        await expect(indexSite(site)).rejects.toThrow(`${path} must not carry data-pagefind-body`);
      } finally {
        await rm(site, { recursive: true, force: true });
      }
    }
  });

  it('fails when a content page lost its data-pagefind-body mark', async () => {
    const site = await mkdtemp(join(tmpdir(), 'atlas-pagefind-unmarked-'));
    try {
      await writeFile(join(site, 'index.html'), page('', '<h1>One</h1>'));
      await mkdir(join(site, 'about'));
      await writeFile(join(site, 'about/index.html'), page('', '<h1>Two</h1>', 'en', ''));
      await expect(indexSite(site)).rejects.toThrow('Pagefind indexed 1 of 2 pages');
    } finally {
      await rm(site, { recursive: true, force: true });
    }
  });

  it('fails when pages disagree on their language', async () => {
    const mixed = await mkdtemp(join(tmpdir(), 'atlas-pagefind-mixed-'));
    try {
      await writeFile(join(mixed, 'index.html'), page('', '<h1>One</h1>'));
      await mkdir(join(mixed, 'fr'));
      await writeFile(join(mixed, 'fr/index.html'), page('', '<h1>Deux</h1>', 'fr'));
      await expect(indexSite(mixed)).rejects.toThrow('(en, fr)');
    } finally {
      await rm(mixed, { recursive: true, force: true });
    }
  });
});
