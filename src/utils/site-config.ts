/** Where the site is served: derived from the environment so a fork deploys without edits. */
export interface SiteConfig {
  site: string; // origin with no trailing slash, e.g. "https://acme.github.io"
  base: string; // always starts and ends with "/", e.g. "/shanghai-plan/"
}

/**
 * SITE_URL and BASE_PATH win; otherwise GITHUB_REPOSITORY ("owner/repo") gives
 * https://owner.github.io/repo/ (or the root for an owner.github.io repository).
 */
export function siteConfig(env: Record<string, string | undefined>): SiteConfig {
  const repo = env.GITHUB_REPOSITORY?.trim();
  const [owner, name] = repo && /^[\w.-]+\/[\w.-]+$/.test(repo) ? repo.split('/') : [];
  const userSite = owner && name?.toLowerCase() === `${owner.toLowerCase()}.github.io`;
  const site =
    env.SITE_URL?.replace(/\/+$/, '') ||
    (owner ? `https://${owner.toLowerCase()}.github.io` : 'http://localhost:4321');
  // An empty BASE_PATH counts as unset: CI passes unset variables as "".
  const rawBase = env.BASE_PATH?.trim() || (owner && !userSite ? `/${name}/` : '/');
  return { site, base: normaliseBase(rawBase) };
}

/** "/a/b" → "/a/b/", "" → "/". */
export function normaliseBase(base: string): string {
  const trimmed = base.replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}
