import { describe, expect, it } from 'vitest';
import { jsonForScript, planJsonLd } from '../../src/utils/jsonld.ts';
import type { PlanMeta } from '../../src/pipeline/types.ts';

const meta: PlanMeta = {
  id: 'demo',
  titleEn: 'Demo Plan',
  titleZh: '示例规划',
  shortTitle: 'Demo',
  issuer: 'City Office',
  published: '2021-07-21',
  documentNumber: { status: 'unknown' },
  language: 'en',
  translation: 'machine',
  translationNote: 'Translated automatically.',
  sourceChain: [],
  metaSource: 'file',
};

describe('planJsonLd', () => {
  it('describes a machine-translated Legislation', () => {
    expect(planJsonLd(meta, 'https://x.github.io/p/')).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Legislation',
      name: 'Demo Plan',
      alternateName: '示例规划',
      legislationPassedBy: { '@type': 'GovernmentOrganization', name: 'City Office' },
      creator: { '@type': 'GovernmentOrganization', name: 'City Office' },
      datePublished: '2021-07-21',
      inLanguage: 'en',
      url: 'https://x.github.io/p/',
      translationOfWork: { '@type': 'Legislation', name: '示例规划', inLanguage: 'zh-Hans' },
      description: 'Translated automatically.',
    });
  });

  it('says nothing of translation for an original text', () => {
    const ld = planJsonLd({ ...meta, translation: 'none', issuer: undefined }, 'u');
    expect(ld).not.toHaveProperty('translationOfWork');
    expect(ld).not.toHaveProperty('creator');
  });
});

describe('jsonForScript', () => {
  it('cannot close the script element', () => {
    const out = jsonForScript({ name: '</script><script>alert(1)</script> & more' });
    expect(out).not.toContain('<');
    expect(out).not.toContain('&');
    expect(JSON.parse(out)).toEqual({ name: '</script><script>alert(1)</script> & more' });
  });
});
