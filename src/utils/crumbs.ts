/** The breadcrumb trail: the site's roots, then the page's crumbs; only the current page is unlinked. */

/** A crumb below the roots: a site path, none for the current page. */
export interface Crumb {
  label: string;
  path?: string;
}

/** One item of the trail: linked when `href` is set, else the current page. */
export interface TrailItem {
  label: string;
  href?: string;
}

/**
 * `roots` (Home; or Atlas and the plan) then `crumbs` (their paths made URLs by `href`). The last
 * item, and a crumb without a path, is the current page.
 */
export function crumbTrail(
  roots: readonly { label: string; href: string }[],
  crumbs: readonly Crumb[],
  href: (path: string) => string,
): TrailItem[] {
  const items: TrailItem[] = [
    ...roots,
    ...crumbs.map((c) =>
      c.path === undefined ? { label: c.label } : { label: c.label, href: href(c.path) },
    ),
  ];
  return items.map((item, i) =>
    i < items.length - 1 && item.href !== undefined ? item : { label: item.label },
  );
}
