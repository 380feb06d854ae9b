/**
 * Slugs for generator-made ids: lowercase ASCII letters, digits and single hyphens, safe as URL
 * segments, file names and HTML ids.
 */

/** Lowercase ASCII slug of `text`, cut at a word boundary to at most `max` characters ("" if none). */
export function slugify(text: string, max = 60): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '') // accents go, their base letters stay
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/['’]/g, '') // "Shanghai's" → "shanghais", not "shanghai-s"
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= max) return slug;
  const cut = slug.slice(0, max + 1);
  const boundary = cut.lastIndexOf('-');
  return (boundary > 0 ? cut.slice(0, boundary) : slug.slice(0, max)).replace(/-+$/, '');
}
