/** schema.org description of the plan for the page head (JSON-LD). */
import type { PlanMeta } from '../pipeline/types.ts';

/** A `Legislation` node: issuer, dates, language, and that this text is a translation. */
export function planJsonLd(meta: PlanMeta, url: string): Record<string, unknown> {
  const issuer = meta.issuer
    ? {
        '@type': 'GovernmentOrganization',
        name: meta.issuer,
        ...(meta.issuerZh ? { alternateName: meta.issuerZh } : {}),
      }
    : undefined;
  const translation =
    meta.translation === 'none'
      ? {}
      : {
          translationOfWork: {
            '@type': 'Legislation',
            name: meta.titleZh ?? meta.titleEn,
            inLanguage: 'zh-Hans',
          },
          ...(meta.translation === 'machine'
            ? { description: meta.translationNote ?? 'A machine translation of the original text.' }
            : {}),
        };
  return {
    '@context': 'https://schema.org',
    '@type': 'Legislation',
    name: meta.titleEn,
    ...(meta.titleZh ? { alternateName: meta.titleZh } : {}),
    ...(issuer ? { legislationPassedBy: issuer, creator: issuer } : {}),
    ...(meta.published ? { datePublished: meta.published } : {}),
    ...(meta.documentNumber.value ? { legislationIdentifier: meta.documentNumber.value } : {}),
    inLanguage: meta.language,
    url,
    ...translation,
  };
}

/** JSON for a <script type="application/ld+json">: "<" is escaped so text cannot end the script. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
