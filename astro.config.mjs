// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { settings } from './src/settings.ts';
import pagefind, { ATLAS_LAYER_CHUNK_SIZE } from './src/integrations/pagefind.ts';
import externalScripts from './src/integrations/external-scripts.ts';
import integrity from './src/integrations/integrity.ts';
import devRegenerate from './src/integrations/dev-regenerate.ts';
import routes from './src/integrations/routes.ts';

const { site, base, bare, markdown: processor, outDir, cacheDir, atlasPart } = settings();
// Post-build work overlaps: Pagefind indexes (from `search.start` to `search.finish`) while the
// sitemap is written and the link check runs on a worker (from `links.check` to `links.verdict`).
// Every part of an atlas (ATLAS_PART) indexes its own pages, so no process ever holds the whole
// atlas's words; the link check runs once over the whole (src/atlas/build/), and the atlas layer
// has no plan data to check.
const links = integrity({ data: atlasPart !== 'atlas', links: atlasPart === undefined });
const search = pagefind(atlasPart === 'atlas' ? ATLAS_LAYER_CHUNK_SIZE : undefined);

// Benchmark variants (scripts/bench.ts): ATLAS_BARE=1 builds the same pages with MDX only and
// no integrations of ours; ATLAS_MARKDOWN=unified swaps the default processor for unified().
// Plan text is rendered literally: no bare-URL autolinks (GFM), no curly quotes or dashes
// (smartypants), so a copied citation matches the source.
const mdxOptions = { gfm: false, smartypants: false };
const markdown =
  processor === 'unified'
    ? { processor: (await import('@astrojs/markdown-remark')).unified() }
    : {};

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  // ATLAS_OUT_DIR lets tests and benchmarks build side by side without clobbering dist/.
  outDir,
  cacheDir,
  build: { format: 'directory' },
  vite: {
    build: {
      rolldownOptions: {
        // Astro's MDX modules start with a "use astro:head-inject" directive that Rolldown warns
        // about once per file (withastro/astro#18087): thousands of lines at scale, no problem.
        // Only that warning is dropped; every other one is printed.
        onwarn(warning, warn) {
          if (
            warning.code === 'MODULE_LEVEL_DIRECTIVE' &&
            warning.message.includes('use astro:head-inject')
          )
            return;
          warn(warning);
        },
      },
    },
  },
  // Plans have no code blocks: no Shiki (its inline styles would need CSP hashes).
  markdown: { syntaxHighlight: false, ...markdown },
  // Content-Security-Policy, as a <meta> on every page (Astro's built-in support, which also
  // hashes the inline styles it emits): only the site's own scripts and styles, plus what
  // Pagefind needs: WebAssembly ('wasm-unsafe-eval'), its worker and index fetches from this
  // origin, and the data: images in its stylesheet. No inline script runs (tests/e2e/csp.test.ts).
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "worker-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
  // routes() injects the pages of the part being built (src/routes/plan/ or src/routes/atlas/).
  // devRegenerate acts in `astro dev` only: it generates, and regenerates on a plan file change.
  integrations: bare
    ? [routes(atlasPart), devRegenerate(), mdx(mdxOptions)]
    : [
        routes(atlasPart),
        devRegenerate(),
        mdx(mdxOptions),
        search.start,
        // The sitemap before the link check starts: pages link to sitemap-index.xml.
        sitemap(),
        links.check,
        externalScripts(),
        search.finish,
        links.verdict,
      ],
});
