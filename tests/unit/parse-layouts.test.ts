/** clean → parse → title on whole invented texts of the genre's common layouts (one rule each in parse.test.ts). */
import { describe, expect, it } from 'vitest';
import { clean } from '../../src/pipeline/clean.ts';
import { planMeta } from '../../src/pipeline/meta/index.ts';
import { parse } from '../../src/pipeline/parse.ts';
import type { SourceText } from '../../src/pipeline/types.ts';
import { rules } from './front-fixtures.ts';

/** Title and outline ("level number title") of a text, as the pipeline's front reads it. */
function read(text: string) {
  const src: SourceText = {
    file: 'plan.txt',
    lines: text.split('\n'),
    eol: 'lf',
    sha256: '0'.repeat(64),
    bytes: 0,
  };
  const r = rules();
  const cleaned = clean(src, r);
  const doc = parse(cleaned);
  const meta = planMeta('folder-name', undefined, 'plan.yaml', cleaned, { doc, rules: r.chrome });
  return {
    title: meta.titleEn,
    outline: doc.sections.map((s) => `${s.level} ${s.number ? `${s.number} ` : ''}${s.title}`),
    removed: cleaned.removals.map((x) => x.rule),
  };
}

describe('whole texts of common layouts', () => {
  it('an official translation numbered 一、/（一）/1./(1), with a label list', () => {
    const text = [
      'Implementation Plan for the Hydrogen Industry of Lakeview Province (2022-2025)',
      "Issued by the People's Government of Lakeview Province, 2 May 2022",
      '',
      '一、Overall requirements',
      '（一）Guiding ideology',
      'We will follow the new development philosophy and build a hydrogen industry chain.',
      '（二）Main targets',
      'By 2025 the province aims to reach these targets:',
      '1. Output value over 50 billion yuan',
      '2. 100 hydrogen refuelling stations',
      '3. 10,000 fuel-cell vehicles',
      '二、Key tasks',
      '（一）Hydrogen supply',
      '1. Green hydrogen bases',
      'Build two bases for electrolysis powered by wind and solar energy.',
      '(1) Coastal base. Use offshore wind power for electrolysis.',
      '(2) Inland base. Use solar power.',
      '2. Storage and transport',
      'Pilot pipelines for hydrogen.',
      '三、Safeguards',
      'Set up a provincial fund.',
    ].join('\n');
    expect(read(text)).toEqual({
      title: 'Implementation Plan for the Hydrogen Industry of Lakeview Province (2022-2025)',
      outline: [
        '1 一 Overall requirements',
        '2 （一） Guiding ideology',
        '2 （二） Main targets',
        '1 二 Key tasks',
        '2 （一） Hydrogen supply',
        '2 1 Green hydrogen bases',
        '2 2 Storage and transport',
        '1 三 Safeguards',
      ],
      removed: [],
    });
  });

  it('a news page with furniture, plain subheads and dash lists', () => {
    const text = [
      'Home > News > Policy',
      'Riverton unveils plan to build a chip hub',
      'Updated: 2023-04-02 10:15 | By Chen Jing',
      'A+ A A-',
      '',
      'Riverton has released the Riverton Integrated Circuit Industry Development Plan (2023-2027), the city government said on Monday.',
      '',
      'Targets',
      'Key numbers:',
      '- Output of 80 billion yuan by 2027.',
      '- 20 listed chip companies.',
      '',
      'Where it will happen',
      'Most projects go to the Riverton High-tech Zone.',
      '',
      'Share to: WeChat | Weibo',
      'Related articles',
      'Editor: Wu Lan',
    ].join('\n');
    expect(read(text)).toEqual({
      title: 'Riverton Integrated Circuit Industry Development Plan (2023-2027)',
      outline: ['1 Targets', '1 Where it will happen'],
      removed: ['furniture-font-size', 'furniture-share', 'furniture-related'],
    });
  });

  it('a regulation-style plan in chapters and articles, with a table of contents', () => {
    const text = [
      'Measures of Seaport City for Supporting the Marine Economy',
      '',
      'Contents',
      'Chapter I General Provisions',
      'Chapter II Support Measures',
      '',
      'Chapter I General Provisions',
      'Article 1 These Measures are formulated to promote the marine economy of the city.',
      'Article 2 These Measures apply to enterprises registered in the city.',
      'Chapter II Support Measures',
      'Article 3 The city will fund up to 30% of the cost of new research vessels.',
    ].join('\n');
    expect(read(text)).toEqual({
      title: 'Measures of Seaport City for Supporting the Marine Economy',
      outline: ['1 Chapter I General Provisions', '1 Chapter II Support Measures'],
      removed: [],
    });
  });

  it('a machine translation numbered 1./1.1 with a notice and no blank lines', () => {
    const text = [
      '2022-09-01 08:00 Source: Bureau of Industry',
      '[This article is translated automatically by machine, for reference only]',
      'Harbour City Marine Equipment Industry "14th Five-Year" Development Planning',
      '1. Development foundation',
      '1.1 Present situation',
      'In 2020 the industry output value reached 120 billion yuan.',
      '2. Development goal',
      'By 2025 the output value strives to break through 200 billion yuan.',
      '3. Key task',
      '3.1 Strong the ship industry',
      'Support large shipyards.',
      '3.2 Big the offshore equipment',
      'Build drilling platforms.',
    ].join('\n');
    expect(read(text)).toEqual({
      title: 'Harbour City Marine Equipment Industry "14th Five-Year" Development Planning',
      outline: [
        '1 1 Development foundation',
        '2 1.1 Present situation',
        '1 2 Development goal',
        '1 3 Key task',
        '2 3.1 Strong the ship industry',
        '2 3.2 Big the offshore equipment',
      ],
      removed: [],
    });
  });
});
