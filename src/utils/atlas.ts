/** Where the page being built sits in an atlas (src/settings.ts: ATLAS_PART, ATLAS_ROOT). */
import { settings } from '../settings.ts';

/** The atlas home's URL when the build is a plan's part of an atlas; else undefined. */
export function atlasHome(): string | undefined {
  const { atlasPart, atlasRoot } = settings();
  return atlasPart === 'plan' ? atlasRoot : undefined;
}

/** The base path the search index lives under: the atlas's one index, else the site's own. */
export function searchBase(base: string): string {
  return atlasHome() ?? base;
}
