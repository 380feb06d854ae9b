/**
 * Where the end-to-end tests find the built site and how it is served. scripts/test.ts builds
 * the site with these values; the environment can point the tests at another build
 * (ATLAS_E2E_DIST, ATLAS_E2E_BASE, ATLAS_E2E_SITE, ATLAS_E2E_ATLAS_DIST: defaults in
 * src/settings.ts).
 */
import { settings } from '../../../src/settings.ts';

const { dist, base, site, atlasDist } = settings().e2e;

export const E2E = {
  /** Build output the tests serve. */
  dist,
  /** Base path the site was built for, served the way GitHub Pages serves a project site. */
  base,
  /** Origin the test build is configured with (SITE_URL): canonical URLs point there. */
  site,
  /** Build output of the fixture atlas (ATLAS_PLANS=E2E_ATLAS_PLANS), same base and origin. */
  atlasDist,
};

/** The folders of the fixture atlas: the default plans and the fixture plans. */
export const E2E_ATLAS_PLANS = 'content/plans,tests/fixtures/atlas';
