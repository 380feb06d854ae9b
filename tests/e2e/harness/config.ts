/**
 * Where the end-to-end tests find the built site and how it is served. scripts/test.ts builds
 * the site with these values; the environment can point the tests at another build.
 */
export const E2E = {
  /** Build output the tests serve. */
  dist: process.env.ATLAS_E2E_DIST || 'dist-test',
  /** Base path the site was built for, served the way GitHub Pages serves a project site. */
  base: process.env.ATLAS_E2E_BASE || '/shanghai-plan/',
  /** Origin the test build is configured with (SITE_URL): canonical URLs point there. */
  site: process.env.ATLAS_E2E_SITE || 'https://acme.github.io',
};
