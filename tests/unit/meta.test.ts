import { describe, expect, it } from 'vitest';
import { isoDate } from '../../src/pipeline/meta/date.ts';
import { planMeta } from '../../src/pipeline/meta/index.ts';
import { PlanInputError, type CleanText } from '../../src/pipeline/types.ts';
import { clean } from '../../src/pipeline/clean.ts';
import { read } from '../../src/pipeline/read.ts';
import { FIXTURES, SHANGHAI, cleanPlan, rules, textOf, utf8 } from './front-fixtures.ts';

const FILE = 'plans/x/plan.yaml';

/** A CleanText with the given chrome and body lines. */
function cleanText(chrome: Partial<CleanText['chrome']>, lines: string[] = []): CleanText {
  return {
    file: 'plans/x/source.en.txt',
    body: lines.map((text, i) => ({ line: i + 1, text })),
    chrome: { footer: [], contacts: [], ...chrome },
    removals: [],
  };
}

/** The metadata of a text read and cleaned as the pipeline does it. */
function metaOf(lines: string[]) {
  const cleaned = clean(read('x/source.en.txt', utf8(lines.join('\n'))), rules());
  return planMeta('x', undefined, FILE, cleaned, { rules: rules().chrome });
}

/** The PlanInputError planMeta throws for a plan.yaml text. */
function errorOf(yaml: string): PlanInputError {
  try {
    planMeta('x', yaml, FILE, cleanText({}));
  } catch (error) {
    expect(error).toBeInstanceOf(PlanInputError);
    return error as PlanInputError;
  }
  throw new Error('planMeta did not throw');
}

describe('planMeta from the text', () => {
  it('takes title, translation and the source date from the chrome (Shanghai)', () => {
    const headline =
      'Shanghai has issued the 14th five-year Plan for the development of strategic emerging industries and leading industries, and made every effort to promote the implementation of the "Shanghai Plan" such as integrated circuits.';
    const notice = 'The content below was translated by Tencent automatically for reference.';
    expect(planMeta('shanghai-sei-2021', undefined, 'unused', cleanPlan(SHANGHAI))).toEqual({
      id: 'shanghai-sei-2021',
      titleEn: headline,
      shortTitle:
        'Shanghai has issued the 14th five-year Plan for strategic emerging industries and leading industries',
      documentNumber: { status: 'unknown' },
      language: 'en',
      translation: 'machine',
      translationNote: notice,
      // The dateline dates the article, not the plan: it goes to the source chain, not `published`.
      sourceChain: [{ label: headline, date: '2021-07-22', note: notice }],
      metaSource: 'text',
    });
  });

  it('falls back to the first heading, then to the folder id', () => {
    const nmx = planMeta('nmx-roman', undefined, 'unused', cleanPlan(`${FIXTURES}/nmx-roman`));
    expect(nmx).toMatchObject({
      titleEn: 'General Requirements',
      translation: 'none',
      sourceChain: [],
    });
    expect(
      planMeta('one-paragraph', undefined, 'unused', cleanPlan(`${FIXTURES}/one-paragraph`)),
    ).toEqual({
      id: 'one-paragraph',
      titleEn: 'one-paragraph',
      shortTitle: 'one-paragraph',
      documentNumber: { status: 'unknown' },
      language: 'en',
      translation: 'none',
      sourceChain: [],
      metaSource: 'text',
    });
  });

  it('reads another site’s chrome (no-goals-cr)', () => {
    const notice = '[Translation: machine-translated from Chinese, for reference only]';
    const title = 'Eastport releases action plan for marine industries';
    expect(
      planMeta('no-goals-cr', undefined, 'unused', cleanPlan(`${FIXTURES}/no-goals-cr`)),
    ).toEqual({
      id: 'no-goals-cr',
      titleEn: title,
      shortTitle: title,
      documentNumber: { status: 'unknown' },
      language: 'en',
      translation: 'machine',
      translationNote: notice,
      sourceChain: [{ label: title, date: '2022-03-15', note: notice }],
      metaSource: 'text',
    });
  });

  it('calls a notice without machine wording a human translation', () => {
    const meta = planMeta(
      'x',
      undefined,
      FILE,
      cleanText({ headline: 'Plan', notice: 'Translated by J. Doe' }),
    );
    expect([meta.translation, meta.translationNote]).toEqual(['human', 'Translated by J. Doe']);
  });
});

describe('planMeta: the title from the text', () => {
  const { chrome } = rules();
  /** The title planMeta reads from body lines (and chrome), with the project's chrome rules. */
  const title = (lines: string[], head: Partial<CleanText['chrome']> = {}) =>
    planMeta('folder-name', undefined, FILE, cleanText(head, lines), { rules: chrome }).titleEn;

  it('takes the plan name after the issuing verb, up to "(hereinafter"', () => {
    expect(
      title([
        'On 3 March, the provincial government issued the 14th Five-Year Plan for the Marine Economy of Zhejiang Province (hereinafter referred to as the "Plan").',
      ]),
    ).toBe('14th Five-Year Plan for the Marine Economy of Zhejiang Province');
    expect(
      title([
        'The General Office of the State Council recently printed and distributed the "14th Five-Year" Digital Economy Development Plan, which sets out goals.',
      ]),
    ).toBe('"14th Five-Year" Digital Economy Development Plan');
  });

  it('takes a title line below an issuer, and a notice line’s plan, over an office headline', () => {
    expect(
      metaOf([
        'Office of the Leading Group for Promoting the Integrated Development of the Yangtze River Delta',
        '',
        'Action Plan for Jointly Building World-Class Advanced Manufacturing Clusters in the Yangtze River Delta (2024-2030)',
        '',
        'Foreword',
        '',
        'The region is one of the most active regions in the country.',
      ]).titleEn,
    ).toBe(
      'Action Plan for Jointly Building World-Class Advanced Manufacturing Clusters in the Yangtze River Delta (2024-2030)',
    );
    expect(
      metaOf([
        'Ministry of Industry and Information Technology',
        'Ministry of Finance',
        'Civil Aviation Administration of China',
        '',
        'MIIT [2024] No. 18',
        '',
        'Notice on Printing and Distributing the Implementation Plan for General Aviation Equipment (2024-2030)',
        '',
        'The competent departments of all provinces:',
        '',
        'The plan is now printed and distributed to you. Please implement it.',
        '',
        'March 27, 2024',
        '',
        'Implementation Plan for General Aviation Equipment (2024-2030)',
        '',
        '1 General Requirements',
        '',
        'Guided by the new era, we will build the industry.',
      ]).titleEn,
    ).toBe('Implementation Plan for General Aviation Equipment (2024-2030)');
    expect(
      title(['The Port Plan for Coastal Cities (2023-2025) is hereby printed and distributed.']),
    ).toBe('Port Plan for Coastal Cities (2023-2025)');
  });

  it('takes the office on the line above the title for the issuer', () => {
    const meta = metaOf([
      'Office of the Leading Group for Promoting the Integrated Development of the Yangtze River Delta',
      '',
      'Action Plan for Jointly Building World-Class Advanced Manufacturing Clusters in the Yangtze River Delta (2024-2030)',
      '',
      'Foreword',
      '',
      'The region is one of the most active regions in the country.',
    ]);
    expect(meta.issuer).toBe(
      'Office of the Leading Group for Promoting the Integrated Development of the Yangtze River Delta',
    );
  });

  it('titles a notice that issues a plan by the plan in its title marks', () => {
    expect(
      title([], {
        headline:
          'Provincial Development and Reform Commission on Printing and Distributing 《Hunan Action Plan for Energy Storage (2023-2025)》 Notice',
      }),
    ).toBe('Hunan Action Plan for Energy Storage (2023-2025)');
    for (const [headline, plan] of [
      [
        'Notice of the General Office of the Provincial Government on Printing and Distributing the Anhui Action Plan for Computing Power (2023-2025)',
        'Anhui Action Plan for Computing Power (2023-2025)',
      ],
      [
        'Municipal Bureau of Commerce about Issue the Xuzhou Logistics Development Plan Notice',
        'Xuzhou Logistics Development Plan',
      ],
    ]) {
      expect(title([], { headline }), headline).toBe(plan);
    }
    // Not a notice, or no plan named: the headline stays.
    for (const headline of [
      'Opinions on Issuing Green Bonds for the Port',
      'Notice on Issuing the Rules',
    ]) {
      expect(title([], { headline }), headline).toBe(headline);
    }
    expect(title([], { headline: '《Guizhou Big Data Industry Plan》' })).toBe(
      'Guizhou Big Data Industry Plan',
    );
  });

  it('takes the subject of "... was recently issued"', () => {
    expect(
      title([
        'Background',
        'The 14th Five-Year Plan for the Marine Economy of Zhejiang Province was recently issued. It sets goals.',
      ]),
    ).toBe('14th Five-Year Plan for the Marine Economy of Zhejiang Province');
  });

  it('takes the name a news story cites, with its years in brackets', () => {
    expect(
      title([
        "SUZHOU, March 3 -- Suzhou aims to double output, according to the city's Three-Year Action Plan for the Biomedicine Industry (2023-2025), which names bases.",
      ]),
    ).toBe('Three-Year Action Plan for the Biomedicine Industry (2023-2025)');
  });

  it('takes a quoted name with a plan word', () => {
    expect(
      title(['The city will carry out the "Guangzhou Action Plan for Hydrogen Energy" in full.']),
    ).toBe('Guangzhou Action Plan for Hydrogen Energy');
  });

  it('ignores descriptions, references back and names without a plan word', () => {
    expect(
      title([
        'Chengdu has released its digital economy plan for the period.',
        'The "Plan" says the city issued the "One Belt" initiative and the "Double Carbon" goal.',
        'Overview',
      ]),
    ).toBe('Overview');
  });

  it('never takes a byline, a date or a source line for the headline', () => {
    const body = ['The province issued the Jiangsu Plan for Advanced Manufacturing (2021-2025).'];
    for (const headline of ['Source: Xinhua', '2022-06-06', 'Editor: Li Ming', 'Jun 6, 2022']) {
      expect(title(body, { headline })).toBe('Jiangsu Plan for Advanced Manufacturing (2021-2025)');
    }
    expect(title(body, { headline: 'Jiangsu Advanced Manufacturing Plan' })).toBe(
      'Jiangsu Advanced Manufacturing Plan',
    );
  });

  it('prefers the plan’s name to a news headline, and keeps a title-case headline', () => {
    const body = [
      "BEIJING, May 10 -- China's top economic planner on Tuesday released the 14th Five-Year Plan for Bioeconomy Development, the first of its kind.",
    ];
    expect(
      title(body, { headline: 'China unveils its first five-year plan for the bioeconomy' }),
    ).toBe('14th Five-Year Plan for Bioeconomy Development');
    expect(title(body, { headline: 'National Bioeconomy Plan of China' })).toBe(
      'National Bioeconomy Plan of China',
    );
    // With no name in the text, the news headline stays.
    expect(title(['The city will grow.'], { headline: 'City maps out growth plan' })).toBe(
      'City maps out growth plan',
    );
  });

  it('takes the plan a news headline announces from the text, else from after its verb', () => {
    const body = [
      'The municipal government recently issued the "Nanjing Three-Year Action Plan for Integrated Circuits (2023-2025)" (hereinafter the "Plan").',
    ];
    for (const headline of [
      'Nanjing issues Action Plan for Integrated Circuits',
      'Nanjing Rolls out Chip Plan, Targets 300 Billion Yuan',
    ]) {
      expect(title(body, { headline }), headline).toBe(
        'Nanjing Three-Year Action Plan for Integrated Circuits (2023-2025)',
      );
    }
    const none = ['The city will grow.'];
    expect(title(none, { headline: 'Nanjing unveils Action Plan for Integrated Circuits' })).toBe(
      'Action Plan for Integrated Circuits',
    );
    expect(title(none, { headline: 'Plan for the Port of Ningbo and the Zhoushan Islands' })).toBe(
      'Plan for the Port of Ningbo and the Zhoushan Islands',
    );
  });

  it('ends a cited name before "released/published ..." after it', () => {
    expect(
      title([
        'Ningbo will build 30 berths, according to the Ningbo Port Development Plan published by the city last week.',
      ]),
    ).toBe('Ningbo Port Development Plan');
    expect(
      title([
        'Under the Guiyang Data Centre Plan released on Monday, the city will build 20 centres.',
      ]),
    ).toBe('Guiyang Data Centre Plan');
  });

  it('reads the issuing office from a byline, never from a source or editor credit', () => {
    const issuer = (byline: string) =>
      planMeta('x', undefined, FILE, cleanText({ headline: 'Plan', byline })).issuer;
    expect(issuer("Issued by the People's Government of Shandong Province, 18 March 2022")).toBe(
      "People's Government of Shandong Province",
    );
    expect(issuer("General Office of the People's Government of Jiangsu Province")).toBe(
      "General Office of the People's Government of Jiangsu Province",
    );
    expect(issuer("State Council of the People's Republic of China, December 2021")).toBe(
      "State Council of the People's Republic of China",
    );
    expect(issuer('Hubei Provincial Development and Reform Commission    2022-05-06')).toBe(
      'Hubei Provincial Development and Reform Commission',
    );
    expect(issuer('Nansha Management Committee | 12 May 2021')).toBe('Nansha Management Committee');
    expect(issuer('Issued by Taiyuan Municipal Bureau of Commerce | Published 2021-09-30')).toBe(
      'Taiyuan Municipal Bureau of Commerce',
    );
    expect(issuer('Source: Wuhan Municipal Bureau of Economy')).toBeUndefined();
    expect(issuer('2021-12-09 08:47 Source: Wuhan Municipal Bureau')).toBeUndefined();
    expect(issuer('By Li Ming | Xinhua')).toBeUndefined();
  });

  it('takes the offices that sign a notice before the plan for the issuer', () => {
    const lines = [
      'The Port Plan is issued to you; please implement it.',
      '',
      'Ministry of Transport',
      'Ministry of Finance',
      'March 3, 2023',
      '',
      'Port Plan',
      'I. Goals',
      'Text.',
    ];
    const meta = planMeta(
      'x',
      undefined,
      FILE,
      cleanText({ headline: 'Notice on the Port Plan' }, lines),
    );
    expect(meta.issuer).toBe('Ministry of Transport, Ministry of Finance');
    const unsigned = cleanText({ headline: 'Port Plan' }, [
      'Ministry of Transport',
      '',
      'March 3, 2023',
    ]);
    expect(planMeta('x', undefined, FILE, unsigned).issuer).toBeUndefined();
  });

  it('dates the source by the byline when there is no dateline, and keeps the document number', () => {
    const meta = planMeta(
      'x',
      undefined,
      FILE,
      cleanText({
        headline: 'Jiangsu Plan',
        byline: '2021-12-09 08:47 Source: Wuhan Bureau',
        documentNumber: 'Su Zheng Ban Fa [2021] No. 46',
      }),
    );
    expect([meta.sourceChain, meta.documentNumber]).toEqual([
      [{ label: 'Jiangsu Plan', date: '2021-12-09' }],
      { value: 'Su Zheng Ban Fa [2021] No. 46', status: 'likely' },
    ]);
  });
});

describe('planMeta from plan.yaml', () => {
  it('reads the Shanghai metadata', () => {
    const file = `${SHANGHAI}/plan.yaml`;
    const meta = planMeta('shanghai-sei-2021', textOf(file), file, cleanPlan(SHANGHAI));
    expect(meta).toMatchObject({
      id: 'shanghai-sei-2021',
      titleEn:
        'Shanghai 14th Five-Year Plan for the Development of Strategic Emerging Industries and Leading Industries',
      titleZh: '上海市战略性新兴产业和先导产业发展“十四五”规划',
      issuer: "General Office of the Shanghai Municipal People's Government",
      issuerZh: '上海市人民政府办公厅',
      published: '2021-07-21',
      documentNumber: { status: 'unknown', note: expect.stringContaining('沪府办发〔2021〕12号') },
      language: 'en',
      translation: 'machine',
      metaSource: 'file',
    });
    expect(
      meta.sourceChain.map((l) => [l.label.slice(0, 12), l.url ?? null, l.date ?? null]),
    ).toEqual([
      ['上海市战略性新兴产业和先', null, '2021-07-21'],
      ['JiWei (laoya', 'https://www.laoyaoba.com/n/787124', null],
      ['SMM (Shangha', null, '2021-07-22'],
    ]);
    expect(meta.documentNumber.value).toBeUndefined();
  });

  it('keeps YAML metacharacters in the title literally (nmx-roman)', () => {
    const file = `${FIXTURES}/nmx-roman/plan.yaml`;
    expect(planMeta('nmx-roman', textOf(file), file, cleanPlan(`${FIXTURES}/nmx-roman`))).toEqual({
      id: 'nmx-roman',
      titleEn: 'Nanmingxi "5+3+X" Emerging Industries Plan: 2021–2025 #7',
      titleZh: '南明西省“十四五”新兴产业发展规划',
      shortTitle: 'Nanmingxi "5+3+X" plan',
      issuer: "Nanmingxi Provincial People's Government",
      published: '2021-03-03',
      documentNumber: { value: '南政发〔2021〕7号', status: 'verified' },
      language: 'en',
      translation: 'human',
      sourceChain: [
        {
          label: 'Provincial gazette: issue #4',
          url: 'https://example.org/gazette/2021/4',
          date: '2021-03-05',
        },
      ],
      metaSource: 'file',
    });
  });

  it('fills what the file leaves out from the text', () => {
    const clean = cleanText({
      headline: 'Port plan',
      dateline: '2022-01-02',
      notice: 'Machine translation',
    });
    const long =
      'A very long official title of a provincial plan for the development of emerging industries';
    expect(planMeta('x', `titleEn: ${long}\n`, FILE, clean)).toEqual({
      id: 'x',
      titleEn: long,
      shortTitle: 'A very long official title of a provincial plan for emerging industries',
      documentNumber: { status: 'unknown' },
      language: 'en',
      translation: 'machine',
      translationNote: 'Machine translation',
      sourceChain: [{ label: 'Port plan', date: '2022-01-02', note: 'Machine translation' }],
      metaSource: 'file',
    });
    // A file that sets the translation kind does not inherit the text's note.
    const human = planMeta('x', 'translation: human\n', FILE, clean);
    expect([human.translation, human.translationNote, human.titleEn]).toEqual([
      'human',
      undefined,
      'Port plan',
    ]);
  });

  it('does not mutate the clean text', () => {
    const clean = cleanPlan(SHANGHAI);
    const before = JSON.stringify(clean);
    planMeta('s', 'titleEn: T\n', FILE, Object.freeze(clean));
    expect(JSON.stringify(clean)).toBe(before);
  });
});

describe('planMeta: plan.yaml errors name the line', () => {
  it('reports YAML syntax errors at their line', () => {
    const error = errorOf('titleEn: ok\nissuer: a: b\n');
    expect([error.file, error.line]).toEqual([FILE, 2]);
    expect(error.message).toContain('invalid YAML');
    expect(errorOf('titleEn: a\ntitleEn: b\n').line).toBe(2); // duplicate key
    // An unclosed quote is reported where the parser runs out of text.
    expect(errorOf('titleEn: "open\n').line).toBe(2);
  });

  it('rejects unknown keys with a suggestion', () => {
    const error = errorOf('titleEn: ok\n\ntitel: x\n');
    expect(error.line).toBe(3);
    expect(error.message).toContain('unknown key "titel"');
    expect(error.hint).toBe(
      'did you mean "titleEn"? allowed keys: titleEn, titleZh, shortTitle, issuer, issuerZh, level, region, period, published, documentNumber, language, translation, translationNote, sourceChain',
    );
    const nested = errorOf('documentNumber:\n  status: unknown\n  number: 12\n');
    expect([nested.line, nested.message]).toEqual([
      3,
      `${FILE}:3: unknown key "number" in documentNumber\n  hint: ${nested.hint}`,
    ]);
    expect(errorOf('sourceChain:\n  - label: a\n    link: b\n').message).toContain(
      'in sourceChain[0]',
    );
  });

  it('checks field types and values', () => {
    const cases: [string, number, string][] = [
      ['titleEn: 2021\n', 1, 'titleEn must be a non-empty string'],
      ['titleEn: ""\n', 1, 'titleEn must be a non-empty string'],
      ['\npublished: 2021-02-30\n', 2, 'published: 2021-02-30 is not a calendar date'],
      ['published: July 2021\n', 1, 'published must be an ISO date'],
      ['translation: robot\n', 1, 'translation must be one of machine, human, none'],
      ['language: English\n', 1, 'language must be a BCP 47 language tag'],
      ['documentNumber: 12\n', 1, 'documentNumber must be a mapping'],
      ['documentNumber:\n  value: X\n', 1, 'documentNumber lacks "status"'],
      ['documentNumber:\n  status: sure\n', 2, 'documentNumber.status must be one of'],
      ['sourceChain: a link\n', 1, 'sourceChain must be a list'],
      ['sourceChain:\n  - url: https://a.example\n', 2, 'sourceChain[0] lacks "label"'],
      [
        'sourceChain:\n  - label: a\n    url: javascript:alert(1)\n',
        3,
        'sourceChain[0].url must be an http(s) address',
      ],
      ['- titleEn: x\n', 1, 'plan.yaml must be a mapping'],
      ['', 1, 'plan.yaml must be a mapping'],
    ];
    expect(errorOf('documentNumber:\n  value: X\n').hint).toBe(
      'add "status:" to this entry (one of verified, likely, unknown)',
    );
    expect(errorOf('titleEn: 2021\n').message.split('\n')[0]).toBe(
      `${FILE}:1: titleEn must be a non-empty string, not the number 2021`,
    );
    for (const [yaml, line, message] of cases) {
      const error = errorOf(yaml);
      expect([yaml, error.line, error.message.split('\n')[0]]).toEqual([
        yaml,
        line,
        expect.stringContaining(message),
      ]);
    }
  });
});

describe('isoDate', () => {
  it('reads the date formats news sites print', () => {
    expect(isoDate('Jul 22,2021 08:26CST')).toBe('2021-07-22');
    expect(isoDate('September 3, 2021')).toBe('2021-09-03');
    expect(isoDate('Sept. 3, 2021')).toBe('2021-09-03');
    expect(isoDate('3 March 2021')).toBe('2021-03-03');
    expect(isoDate('Posted on 2022/3/5 10:02')).toBe('2022-03-05');
    expect(isoDate('2021年7月21日 10:00')).toBe('2021-07-21');
  });

  it('rejects what is not a real date', () => {
    expect(isoDate('2021-02-29')).toBeUndefined();
    expect(isoDate('Juliet 22, 2021')).toBeUndefined();
    expect(isoDate('no date here')).toBeUndefined();
    expect(isoDate('2021-13-01')).toBeUndefined();
  });
});
