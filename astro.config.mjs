// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { siteConfig } from './src/utils/site-config.ts';

const { site, base } = siteConfig(process.env);

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  // ATLAS_OUT_DIR lets tests and benchmarks build side by side without clobbering dist/.
  outDir: process.env.ATLAS_OUT_DIR || './dist',
  build: { format: 'directory' },
  integrations: [mdx(), sitemap()],
});
