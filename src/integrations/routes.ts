/**
 * Astro integration: injects the pages of the part being built, as Starlight injects its routes.
 * A site of one plan and a plan inside an atlas take `src/routes/plan/`; the atlas layer takes
 * `src/routes/atlas/`. Astro cannot skip a file of `src/pages/`, and both parts need `/`, so no
 * page lives there. A file's route follows Astro's file-based routing rules.
 */
import type { AstroIntegration } from 'astro';
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AtlasPart } from '../settings.ts';

/** Files that are pages or endpoints; a name starting with "_" is not a route (as in src/pages). */
const ROUTE_FILE = /\.(astro|ts|js|md|mdx)$/;

/** The folder under src/routes/ whose pages a build injects. */
export function routesFolder(part: AtlasPart | undefined): 'plan' | 'atlas' {
  return part === 'atlas' ? 'atlas' : 'plan';
}

/**
 * The route pattern of a page file, by its path in its routes folder:
 * "index.astro" → "/", "about/index.astro" → "/about", "data/plan.json.ts" → "/data/plan.json",
 * "goals/[id].astro" → "/goals/[id]", "404.astro" → "/404".
 */
export function routePattern(file: string): string {
  const path = file.split(sep).join('/').replace(ROUTE_FILE, '');
  const parts = path.split('/');
  if (parts.at(-1) === 'index') parts.pop();
  return `/${parts.join('/')}`;
}

/** True for a file of a routes folder that is a page or an endpoint. */
export function isRouteFile(file: string): boolean {
  const path = file.split(sep).join('/');
  return ROUTE_FILE.test(path) && !path.split('/').some((part) => part.startsWith('_'));
}

/** The routes of `dir` (sorted by file, so every build injects them in one order). */
export function routesIn(dir: string): { pattern: string; entrypoint: string }[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .filter(isRouteFile)
    .sort()
    .map((file) => ({ pattern: routePattern(file), entrypoint: join(dir, file) }));
}

/**
 * The routes a part injects. A plan inside an atlas has no 404 page: the host serves only the
 * site's root 404.html (the atlas layer's), and a second one would be a page nothing links to.
 */
export function partRoutes<R extends { pattern: string }>(
  part: AtlasPart | undefined,
  routes: readonly R[],
): R[] {
  return part === 'plan' ? routes.filter((route) => route.pattern !== '/404') : [...routes];
}

/** The integration: the part's pages, prerendered (the site is static). */
export default function routes(part: AtlasPart | undefined): AstroIntegration {
  return {
    name: 'plan-atlas:routes',
    hooks: {
      'astro:config:setup': ({ config, injectRoute }) => {
        const dir = join(fileURLToPath(config.srcDir), 'routes', routesFolder(part));
        for (const route of partRoutes(part, routesIn(dir)))
          injectRoute({ ...route, prerender: true });
      },
    },
  };
}
