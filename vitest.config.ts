/**
 * Two test projects: `unit` (fast, no build) and `e2e` (a real browser against a site that
 * scripts/test.ts has already built into dist-test/). Astro's Vite config is included so unit
 * tests can render components with the Container API.
 */
import { getViteConfig } from 'astro/config';

export default getViteConfig({
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          // A browser page load plus axe can take seconds on 2 cores.
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // Two files run real builds, and Astro builds of one checkout share .astro/: one file
          // at a time (what a 2-core machine does anyway), or they break each other's builds.
          fileParallelism: false,
        },
      },
    ],
  },
});
