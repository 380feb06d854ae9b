import { describe, expect, it } from 'vitest';
import { clean } from '../../src/pipeline/clean.ts';
import type { NoiseRule } from '../../src/pipeline/editorial/types.ts';
import type { SourceText } from '../../src/pipeline/types.ts';
import { FIXTURES, SHANGHAI, cleanPlan, readPlan, rules, textOf } from './front-fixtures.ts';

/** A SourceText from inline lines (clean only looks at file and lines). */
function source(lines: string[]): SourceText {
  return { file: 'plan.txt', lines, eol: 'lf', sha256: '0'.repeat(64), bytes: 0 };
}

const body = (lines: string[]) => lines.map((text, i) => ({ line: i + 1, text }));

describe('clean: chrome', () => {
  it('keeps a text without chrome entirely as body', () => {
    const lines = ['General requirements', '', 'The plan has goals.', '', 'Spatial layout'];
    expect(clean(source(lines), rules())).toEqual({
      file: 'plan.txt',
      body: body(lines),
      chrome: { footer: [], contacts: [] },
      removals: [],
    });
  });

  it('splits breadcrumb, headline, dateline and notice from the head', () => {
    const lines = [
      'Home / Policy / City plan for new industries',
      'City plan for new industries',
      '2023-05-04 09:30',
      'This article was machine-translated.',
      '',
      'The city issued a plan.',
    ];
    const out = clean(source(lines), rules());
    expect(out.chrome).toEqual({
      breadcrumb: 'Home / Policy / City plan for new industries',
      headline: 'City plan for new industries',
      dateline: '2023-05-04 09:30',
      notice: 'This article was machine-translated.',
      footer: [],
      contacts: [],
    });
    expect(out.body).toEqual([
      { line: 5, text: '' },
      { line: 6, text: 'The city issued a plan.' },
    ]);
  });

  it('takes the headline after a lone breadcrumb only when the breadcrumb ends with it', () => {
    const ends = clean(source(['News > Plans > Port plan', 'Port plan', '', 'Text.']), rules());
    expect(ends.chrome).toMatchObject({
      breadcrumb: 'News > Plans > Port plan',
      headline: 'Port plan',
    });
    expect(ends.body.map((l) => l.line)).toEqual([3, 4]);
    const other = clean(source(['News > Plans > Port plan', 'Overview', '', 'Text.']), rules());
    expect(other.chrome.headline).toBeUndefined();
    expect(other.body.map((l) => l.text)).toEqual(['Overview', '', 'Text.']);
  });

  it('reads a breadcrumb under the site banner, and never takes a line without Latin letters as headline', () => {
    const out = clean(
      source([
        "Nanyang Municipal People's Government",
        'Home > Policies > Plans',
        'Nanyang Plan for Green Industries (2023-2025)',
        'Release date: 2023-05-04',
        '',
        'The city issued a plan.',
      ]),
      rules(),
    );
    expect(out.chrome.breadcrumb).toBe('Home > Policies > Plans');
    expect(out.chrome.headline).toBe('Nanyang Plan for Green Industries (2023-2025)');
    const banner = clean(
      source([
        '南阳市人民政府文件',
        'Wan Zheng [2022] No. 8',
        '',
        'Nanyang Plan for Green Industries',
        '',
        'The city issued a plan.',
      ]),
      rules(),
    );
    expect(banner.chrome.headline).toBe('Nanyang Plan for Green Industries');
    expect(banner.body[0].text).toBe('南阳市人民政府文件');
  });

  it('recognises a head by its notice alone, and ends the head there', () => {
    const lines = ['Wind power plan', 'Translated by DeepL, unedited', 'Jan 3, 2022', 'Text.'];
    const out = clean(source(lines), rules());
    expect(out.chrome).toEqual({
      headline: 'Wind power plan',
      notice: 'Translated by DeepL, unedited',
      footer: [],
      contacts: [],
    });
    expect(out.body).toEqual([
      { line: 3, text: 'Jan 3, 2022' },
      { line: 4, text: 'Text.' },
    ]);
  });

  it('takes bylines, issuing offices and document numbers into the head', () => {
    const lines = [
      'Development Plan for Advanced Manufacturing in Jiangsu Province',
      "General Office of the People's Government of Jiangsu Province",
      'Su Zheng Ban Fa [2021] No. 46',
      '',
      'Chapter 1 Foundation',
    ];
    expect(clean(source(lines), rules()).chrome).toEqual({
      headline: 'Development Plan for Advanced Manufacturing in Jiangsu Province',
      byline: "General Office of the People's Government of Jiangsu Province",
      documentNumber: 'Su Zheng Ban Fa [2021] No. 46',
      footer: [],
      contacts: [],
    });
    for (const byline of [
      'Source: Chengdu Municipal Commission | Date: 2022-01-14',
      '2021-12-09 08:47  Source: Wuhan Municipal Bureau',
      'By Li Ming | Xinhua',
      'Editor: Wang Fang',
      'Issued by the Ministry of Industry and Information Technology',
      "People's Government of Yunnan Province",
      'Ministry of Commerce and seven other departments',
      'Department of Ecology and Environment of Zhejiang Province',
      'The General Office of the Provincial Committee',
    ]) {
      const out = clean(source(['City plan for ports', byline, '', 'Text.']), rules());
      expect(out.chrome, byline).toMatchObject({ headline: 'City plan for ports', byline });
      expect(out.body.map((l) => l.text)).toEqual(['', 'Text.']);
    }
  });

  it('never takes page buttons in the head for the headline', () => {
    const lines = [
      'Home > News > Plans',
      'Text size: A+ A A-  Share | Print',
      'Jinan releases hydrogen action plan',
      'Publish date: 2023/4/5 10:00  Source: Jinan Daily',
      'Hits: 88',
      '',
      'The city will build ten stations.',
    ];
    const out = clean(source(lines), rules());
    expect(out.chrome).toEqual({
      breadcrumb: 'Home > News > Plans',
      headline: 'Jinan releases hydrogen action plan',
      byline: 'Publish date: 2023/4/5 10:00  Source: Jinan Daily',
      footer: [],
      contacts: [],
    });
    expect(out.removals.map((r) => [r.line, r.rule])).toEqual([
      [2, 'furniture-tool-row'],
      [5, 'furniture-page-counter'],
    ]);
    expect(out.body.map((l) => l.text)).toEqual(['', '', '', 'The city will build ten stations.']);
  });

  it('takes an office with the date on one line, or an office and a month below the title', () => {
    for (const byline of [
      'Fujian Provincial Department of Commerce   2022-08-01',
      'Shenyang Municipal Bureau of Industry and Information Technology  March 5, 2022',
      'Tianjin Binhai New Area Management Committee | 12 May 2021',
      "Hunan Provincial People's Government Office 2022年3月8日",
    ]) {
      const out = clean(source(['Port plan', byline, '', 'Text.']), rules());
      expect(out.chrome, byline).toMatchObject({ headline: 'Port plan', byline });
    }
    const lines = ['Nansha Plan for Ports', 'Nansha New Area Management Committee', 'April 2023'];
    expect(clean(source([...lines, '', 'Text.']), rules()).chrome).toEqual({
      headline: 'Nansha Plan for Ports',
      byline: 'Nansha New Area Management Committee',
      dateline: 'April 2023',
      footer: [],
      contacts: [],
    });
  });

  it('joins a title set on two lines: a place or issuer, then the plan', () => {
    const title = ['Qinghai Province', 'Action Plan for Salt Lake Lithium (2023-2025)'];
    const withCredits = clean(
      source([...title, 'Qinghai Provincial Bureau of Industry', '', 'Text.']),
      rules(),
    );
    expect(withCredits.chrome).toMatchObject({
      headline: 'Qinghai Province Action Plan for Salt Lake Lithium (2023-2025)',
      byline: 'Qinghai Provincial Bureau of Industry',
    });
    const bare = clean(source([...title, '', 'Chapter 1 Basis', 'Text.']), rules());
    expect(bare.chrome.headline).toBe(
      'Qinghai Province Action Plan for Salt Lake Lithium (2023-2025)',
    );
    expect(bare.body.map((l) => l.text)).toEqual(['', 'Chapter 1 Basis', 'Text.']);
    // Apart, or a second plan line, or a sentence: one line is the title.
    for (const lines of [
      ['Qinghai Province', '', 'Action Plan for Salt Lake Lithium', 'Source: Qinghai Daily'],
      ['Action Plan for Lithium', 'Implementation Plan for Brine', 'Source: Qinghai Daily'],
    ]) {
      const out = clean(source([...lines, '', 'Text.']), rules());
      expect(out.chrome.headline, lines.join(' / ')).toBe(lines[0]);
    }
  });

  it('takes the offices that issue a document together, on one line, as the byline', () => {
    const offices =
      'Ministry of Commerce, National Development and Reform Commission, Ministry of Finance';
    const out = clean(
      source([
        offices,
        '',
        'Opinions on Cold-Chain Logistics',
        '',
        'Shang Fa [2024] No. 3',
        '',
        'Text.',
      ]),
      rules(),
    );
    expect(out.chrome).toMatchObject({
      byline: offices,
      headline: 'Opinions on Cold-Chain Logistics',
      documentNumber: 'Shang Fa [2024] No. 3',
    });
    // Prose with commas is no list of offices.
    const prose = 'The government, enterprises and universities will work together.';
    expect(clean(source(['Port plan', prose, '', 'Text.']), rules()).chrome.byline).toBeUndefined();
  });

  it("takes the headline below a site's banner, menu and breadcrumb, which are furniture", () => {
    const lines = [
      'Skip to main content | Accessibility | English',
      "Nanyang Municipal People's Government",
      'Home | News | Government Information | Online Services',
      'You are here: Home > Government Information > Plans',
      '',
      'Nanyang Action Plan for Green Industries (2023-2025)',
      '',
      'Date: 2023-06-12 16:45    Source: Nanyang Bureau of Industry',
      '',
      'Text.',
    ];
    const out = clean(source(lines), rules());
    expect(out.chrome.headline).toBe('Nanyang Action Plan for Green Industries (2023-2025)');
    expect(out.removals.map((r) => r.rule)).toEqual(['furniture-menu', 'furniture-breadcrumb']);
  });

  it('leaves an office line that heads a paragraph, or follows prose, in the body', () => {
    const heading = [
      'Shipping plan',
      'Administration of Special Funds',
      'The city sets aside funds each year for port projects and pilots.',
    ];
    expect(clean(source(heading), rules()).chrome.byline).toBeUndefined();
    for (const line of ['Administration of Special Funds', 'Strengthen Fiscal Administration']) {
      const out = clean(source(['Shipping plan', '', line, '', 'Text.']), rules());
      expect(out.chrome.byline, line).toBeUndefined();
    }
    for (const line of ['National Energy Administration', 'General Administration of Customs']) {
      const out = clean(source(['Shipping plan', '', line, '', 'Text.']), rules());
      expect(out.chrome.byline, line).toBe(line);
    }
    const signed = [
      'Notice on the Shipping Plan',
      'The plan below is issued to you; please carry it out in earnest.',
      '',
      'Provincial Department of Transport',
      '',
      'Shipping Plan',
    ];
    const out = clean(source(signed), rules());
    expect(out.chrome).toEqual({
      headline: 'Notice on the Shipping Plan',
      footer: [],
      contacts: [],
    });
    // The notice's date below its prose is not the page's dateline either.
    const dated = clean(
      source([...signed.slice(0, 4), 'October 8, 2022', '', 'Shipping Plan']),
      rules(),
    );
    expect(dated.chrome.dateline).toBeUndefined();
    expect(out.body.map((l) => l.text)).toEqual(signed.slice(1));
  });

  it('leaves an office named in a sentence, or below the head, in the body', () => {
    const lines = [
      'City plan for ports',
      'Su Fa [2021] No. 4',
      'Ministry of Commerce support will help the ports.',
      '',
      'Text.',
    ];
    const out = clean(source(lines), rules());
    expect(out.chrome.byline).toBeUndefined();
    expect(out.body.map((l) => l.text)).toEqual(lines.slice(2));
  });

  it('takes a first line that names a plan for the headline, after a notice too', () => {
    const top = clean(
      source(['Wuhan Optoelectronics Development Planning', '1. Basis', 'Text.']),
      rules(),
    );
    expect(top.chrome.headline).toBe('Wuhan Optoelectronics Development Planning');
    expect(top.body.map((l) => l.text)).toEqual(['1. Basis', 'Text.']);
    const lines = [
      '[This article is translated automatically by machine]',
      'Marine Economy Plan',
      'Text.',
    ];
    const after = clean(source(lines), rules());
    expect(after.chrome).toMatchObject({ notice: lines[0], headline: 'Marine Economy Plan' });
    // A heading or a sentence is not a title, plan word or not.
    for (const first of ['Safeguard measures.', '1. Development plan', 'Background']) {
      expect(clean(source([first, 'Text.']), rules()).chrome.headline, first).toBeUndefined();
    }
  });

  it('takes the line above a news story’s dateline for the headline', () => {
    const lead = 'HEFEI, Jan. 18 -- Hefei aims to grow its NEV industry.';
    const out = clean(source(['Hefei eyes trillion-yuan NEV cluster', lead, 'More.']), rules());
    expect(out.chrome.headline).toBe('Hefei eyes trillion-yuan NEV cluster');
    expect(out.body.map((l) => l.text)).toEqual([lead, 'More.']);
    const xinhua = 'BEIJING, June 6 (Xinhua) -- The plan was issued.';
    expect(clean(source(['China maps out growth', xinhua]), rules()).chrome.headline).toBe(
      'China maps out growth',
    );
    expect(
      clean(source(['Background', 'The city grew.']), rules()).chrome.headline,
    ).toBeUndefined();
  });

  it('takes the credits below a title line, and an official-version notice', () => {
    const lines = [
      '14th Five-Year Plan for the Development of the Digital Economy',
      "State Council of the People's Republic of China, December 2021",
      'Part I Development Environment',
    ];
    expect(clean(source(lines), rules()).chrome).toMatchObject({
      headline: lines[0],
      byline: lines[1],
    });
    const gba = [
      "Guangdong Provincial People's Government",
      'Development Plan for the Corridor (2021-2030)',
      'Official English version, for reference',
      'PART I FOUNDATION',
    ];
    expect(clean(source(gba), rules()).chrome).toMatchObject({
      byline: gba[0],
      headline: gba[1],
      notice: gba[2],
    });
  });

  it('splits a publisher footer with its e-mail addresses, once each', () => {
    const lines = [
      'Body text.',
      '',
      'For enquiries, please e-mail desk@news.example or desk@news.example',
      'Copyright 2024 News Example',
    ];
    const out = clean(source(lines), rules());
    expect(out.chrome).toEqual({
      footer: [
        'For enquiries, please e-mail desk@news.example or desk@news.example',
        'Copyright 2024 News Example',
      ],
      contacts: ['desk@news.example'],
    });
    expect(out.body).toEqual(body(['Body text.', '']));
  });

  // Prose first, so that the head does not take a short text's lines as its chrome.
  const lead = (lines: string[]) => [
    ...Array.from({ length: 7 }, () => 'The plan has goals.'),
    ...lines,
  ];

  it('takes a closing signature (issuing office and a bare date) as the footer', () => {
    const lines = [
      'Three, Support Measures',
      'The province funds the programme each year.',
      'Provincial Department of Commerce',
      'Municipal Development and Reform Commission',
      '',
      '7 June 2023',
    ];
    const out = clean(source(lead(lines)), rules());
    expect(out.chrome.footer).toEqual([
      'Provincial Department of Commerce',
      'Municipal Development and Reform Commission',
      '7 June 2023',
    ]);
    expect(out.body.slice(7)).toEqual(body(lead(lines)).slice(7, 9));
    for (const date of ['October 9, 2021', 'Sept. 30 2020', '2021-04-12', '2020年5月6日']) {
      const signed = clean(
        source(lead(['The city backs the plan.', 'City Office', date])),
        rules(),
      );
      expect(signed.chrome.footer).toEqual(['City Office', date]);
    }
  });

  it('takes up to four signing offices, and a month and year only below an office', () => {
    const offices = [
      'Ministry of Commerce',
      'Ministry of Finance',
      'General Administration of Customs',
      'State Taxation Administration',
    ];
    const four = clean(
      source(lead(['The plan takes effect at once.', ...offices, 'May 6, 2022'])),
      rules(),
    );
    expect(four.chrome.footer).toEqual([...offices, 'May 6, 2022']);
    const month = clean(source(lead(['Sanya Municipal Tourism Bureau', 'June 2023'])), rules());
    expect(month.chrome.footer).toEqual(['Sanya Municipal Tourism Bureau', 'June 2023']);
    const alone = clean(source(lead(['The plan takes effect at once.', 'June 2023'])), rules());
    expect(alone.chrome.footer).toEqual([]);
  });

  it('takes the signature with a bracketed note after it, or above the publisher lines', () => {
    const lines = ['The plan takes effect at once.', 'Jiangxi Provincial Office', 'May 2, 2022'];
    for (const note of ['(This document is released publicly)', '（此件公开发布）']) {
      const out = clean(source(lead([...lines, note])), rules());
      expect(out.chrome.footer, note).toEqual([...lines.slice(1), note]);
    }
    const credits = ['Source: Jiangxi Daily', 'Editor: Li Ming'];
    const above = clean(source(lead([...lines, ...credits])), rules());
    expect(above.chrome.footer).toEqual([...lines.slice(1), ...credits]);
    const noDate = clean(source(lead(['Jiangxi Provincial Office', '(Draft)'])), rules());
    expect(noDate.chrome.footer).toEqual([]);
  });

  it('keeps a short last heading and its date in the body', () => {
    for (const heading of ['Date of Implementation', 'Annual Review', '5. Entry into Force']) {
      const out = clean(source(lead([heading, 'January 1, 2024'])), rules());
      expect(out.chrome.footer, heading).toEqual([]);
      expect(out.body.slice(-2).map((l) => l.text)).toEqual([heading, 'January 1, 2024']);
    }
  });

  it('keeps a date in the body when it is not the last line or follows a sentence', () => {
    const mid = ['Key dates', 'October 9, 2021', 'The city opened the park.'];
    expect(clean(source(lead(mid)), rules()).chrome.footer).toEqual([]);
    const sentence = ['The city backs the plan, as agreed.', 'October 9, 2021'];
    expect(clean(source(lead(sentence)), rules()).chrome.footer).toEqual(['October 9, 2021']);
    const year = ['Development goals', 'By 2025 the city grows.', '2025'];
    expect(clean(source(lead(year)), rules()).chrome.footer).toEqual([]);
  });

  it("takes a news story's closing credit in brackets as the footer", () => {
    for (const credit of [
      '(Xinhua, 2021-11-16)',
      '(China Daily, March 3, 2022)',
      '（Source Daily, 4 May 2020）',
    ]) {
      const out = clean(source(lead(['The port grows fast.', credit])), rules());
      expect(out.chrome.footer).toEqual([credit]);
    }
    const aside = clean(
      source(lead(['The port grows.', '(Ningbo, Zhoushan and Taizhou)'])),
      rules(),
    );
    expect(aside.chrome.footer).toEqual([]);
  });

  it('leaves contact wording in the body when it is far from the end or in a long paragraph', () => {
    const long = `${'The plan supports service centres. '.repeat(10)}Please contact the office.`;
    const lines = ['Please contact the district office.', 'A.', 'B.', 'C.', 'D.', 'E.', long];
    const out = clean(source(lines), rules());
    expect(out.chrome).toEqual({ footer: [], contacts: [] });
    expect(out.body).toHaveLength(7);
  });
});

describe('clean: noise', () => {
  it('removes a trailing "Cymbal"/"Cymbals" after a sentence and records where', () => {
    const lines = [
      'It has taken shape. Cymbal',
      '',
      'Chips and sensors. Cymbals  ',
      'The Cymbal works.',
    ];
    const out = clean(source(lines), rules());
    expect(out.body.map((l) => l.text)).toEqual([
      'It has taken shape.',
      '',
      'Chips and sensors.',
      'The Cymbal works.',
    ]);
    expect(out.removals).toEqual([
      { line: 1, column: 21, text: 'Cymbal', rule: 'trailing-cymbal' },
      { line: 3, column: 20, text: 'Cymbals', rule: 'trailing-cymbal' },
    ]);
  });

  it('keeps "cymbal" when it is a word of the sentence', () => {
    const lines = ['Brass makers build the cymbal.', 'Drums, cymbal'];
    const out = clean(source(lines), rules());
    expect(out.removals).toEqual([]);
    expect(out.body.map((l) => l.text)).toEqual(lines);
  });

  it('removes "Cymbal" alone on a line and in doubled brackets', () => {
    const lines = ['Cymbal', 'It grew ((Cymbal)) and was named ((Cymbal)).'];
    const out = clean(source(lines), rules());
    expect(out.body.map((l) => l.text)).toEqual(['', 'It grew and was named.']);
    expect(out.removals.map((r) => [r.line, r.column, r.text, r.rule])).toEqual([
      [1, 1, 'Cymbal', 'line-cymbal'],
      [2, 8, ' ((Cymbal))', 'line-cymbal'],
      [2, 33, ' ((Cymbal))', 'line-cymbal'],
    ]);
  });

  it('removes page furniture lines and names the rule of each', () => {
    const furniture: [string, string][] = [
      ['Share to: WeChat | Weibo | QQ Zone', 'furniture-share'],
      ['Share this article', 'furniture-share'],
      ['分享到：', 'furniture-share'],
      ['Print this page | Close window', 'furniture-print-close'],
      ['[Print] [Close]', 'furniture-print-close'],
      ['【打印本页】【关闭窗口】', 'furniture-print-close'],
      ['Back to top', 'furniture-print-close'],
      ['A+ A A-', 'furniture-font-size'],
      ['Font size: large medium small', 'furniture-font-size'],
      ['Font size: [Large] [Medium] [Small]', 'furniture-font-size'],
      ['[ Large  Medium  Small ]   [ Print ]   [ Close ]', 'furniture-button-row'],
      ['【大 中 小】【打印】【关闭】', 'furniture-button-row'],
      ['[Big Middle Small] | [Print this page] | [Back]', 'furniture-button-row'],
      ['Scan the QR code to share this page', 'furniture-qr-code'],
      ['Related articles', 'furniture-related'],
      ['You may also like:', 'furniture-related'],
      ['Page 1 of 3', 'furniture-page-counter'],
      ['Views: 1,024', 'furniture-page-counter'],
      ['Previous | Next', 'furniture-page-counter'],
      ['Editor: Li Ming', 'furniture-editor'],
      ['(Responsible editor: Wang Fang)', 'furniture-editor'],
      ['Source: Xinhua', 'furniture-source'],
      ['Text size: A+ A A-  Share | Print', 'furniture-tool-row'],
      ['Font: [Big] [Middle] [Small]   [Print] [Close]', 'furniture-tool-row'],
      ['Publish date: 2023/4/5 10:00  Source: Jinan Daily  Hits: 88', 'furniture-dateline'],
      ['(Release time: 2021-06-30 | Views: 12)', 'furniture-dateline'],
      ['【Font size: Large Medium Small】 【Print】 【Close】', 'furniture-button-row'],
      ['Photo: Xinhua', 'furniture-caption'],
      ['(File photo / VCG)', 'furniture-caption'],
      ['Home | News | Government Information | Online Services', 'furniture-menu'],
      ['首页 | 新闻 | 政务公开', 'furniture-menu'],
      ['You are here: Home > Policies > Plans', 'furniture-breadcrumb'],
      ['Current location: Home >> Policies', 'furniture-breadcrumb'],
    ];
    // Prose around them, so that neither the head nor the footer takes them as chrome.
    const prose = Array.from({ length: 6 }, () => 'The plan has goals.');
    const lines = [
      ...prose,
      ...furniture.flatMap(([line]) => ['The plan has goals.', line]),
      ...prose,
    ];
    const out = clean(source(lines), rules());
    expect(out.removals.map((r) => [r.text, r.rule])).toEqual(furniture);
    expect(out.body.filter((l) => l.text !== '').map((l) => l.text)).toEqual([
      ...prose,
      ...furniture.map(() => 'The plan has goals.'),
      ...prose,
    ]);
  });

  it('keeps plan sentences that use furniture words', () => {
    const lines = [
      'Release date: 2023-05-06. The city will open the port to foreign ships.',
      'Font size large and small, print and close: the printing plan.',
      'Share of the digital economy in GDP: 15%',
      'Print and publishing industries will grow.',
      'Large, medium and small enterprises',
      'Source of funds: the city budget and private capital, as the plan sets out.',
      'Page 3 of the plan lists 12 projects.',
      'Related industries',
      '1/3 of the land',
      '[Large] projects [Print] shops',
      '[Key projects] [Print]',
    ];
    const out = clean(source(lines), rules());
    expect(out.removals).toEqual([]);
  });

  it('cuts font-size buttons off the end of a line', () => {
    const prose = Array.from({ length: 6 }, () => 'Text.');
    const line = 'Updated at noon | Font size: [Large] [Medium] [Small]';
    const out = clean(source([...prose, line, ...prose]), rules());
    expect(out.body.map((l) => l.text)).toEqual([...prose, 'Updated at noon', ...prose]);
    expect(out.removals.map((r) => r.rule)).toEqual(['furniture-font-size-inline']);
  });

  it('undoubles brackets and records the replacement', () => {
    const out = clean(source(['identification ((RFID)), sensors （（NFC））.']), rules());
    expect(out.body[0].text).toBe('identification (RFID), sensors （NFC）.');
    expect(out.removals).toEqual([
      { line: 1, column: 16, text: '((RFID))', rule: 'doubled-brackets', replacement: '(RFID)' },
      {
        line: 1,
        column: 34,
        text: '（（NFC））',
        rule: 'doubled-fullwidth-brackets',
        replacement: '（NFC）',
      },
    ]);
  });

  it('reports columns in the original line after earlier rules changed it', () => {
    const noise: NoiseRule[] = [
      { id: 'stars', pattern: '\\*+' },
      { id: 'tag', pattern: '\\[x\\]', flags: 'g' },
    ];
    const out = clean(source(['**a** [x] b [x]']), { chrome: rules().chrome, noise });
    expect(out.body[0].text).toBe('a  b');
    expect(out.removals).toEqual([
      { line: 1, column: 1, text: '**', rule: 'stars' },
      { line: 1, column: 4, text: '**', rule: 'stars' },
      { line: 1, column: 7, text: '[x]', rule: 'tag' },
      { line: 1, column: 13, text: '[x]', rule: 'tag' },
    ]);
  });

  it('counts columns in characters, not UTF-16 units', () => {
    const out = clean(source(['𝐀𝐁 done. Cymbal']), rules());
    expect(out.removals[0]).toMatchObject({ column: 10, text: 'Cymbal' });
  });

  it('ignores empty matches and rejects an invalid pattern by rule id', () => {
    const chrome = rules().chrome;
    const empty = clean(source(['abc']), { chrome, noise: [{ id: 'nothing', pattern: 'z*' }] });
    expect(empty.removals).toEqual([]);
    expect(() => clean(source(['abc']), { chrome, noise: [{ id: 'bad', pattern: '(' }] })).toThrow(
      /noise "bad"/,
    );
  });

  it('trims trailing whitespace but keeps tabs and inner spacing', () => {
    const out = clean(source(['\tIndented\tline  with  spaces \t ']), rules());
    expect(out.body[0].text).toBe('\tIndented\tline  with  spaces');
  });

  it('never mutates its input', () => {
    const src = source(['Home / A / B', 'B', 'Jul 1, 2021', 'Text. Cymbal', 'x@y.example']);
    const r = rules();
    const before = JSON.stringify([src, r]);
    clean(Object.freeze(src), r);
    expect(JSON.stringify([src, r])).toBe(before);
  });

  it('cleans a 1 MB line', () => {
    const long = `${`${'x'.repeat(42)} ((IC)) `.repeat(20_000)}done. Cymbal`;
    expect(long.length).toBeGreaterThan(1_000_000);
    const out = clean(source([long, ' '.repeat(1_000_000) + 'x']), rules());
    expect(out.removals).toHaveLength(20_001);
    expect(out.removals[2]).toMatchObject({ column: 44 + 50, text: '((IC))' });
    expect(out.removals[20_000]).toMatchObject({ column: 44 + 50 * 19_999, text: '((IC))' });
  });
});

describe('clean: the Shanghai text', () => {
  const out = cleanPlan(SHANGHAI);
  const raw = textOf(`${SHANGHAI}/source.en.txt`);

  it('finds breadcrumb, headline, dateline and notice at the head', () => {
    const headline =
      'Shanghai has issued the 14th five-year Plan for the development of strategic emerging industries and leading industries, and made every effort to promote the implementation of the "Shanghai Plan" such as integrated circuits.';
    expect(out.chrome.breadcrumb).toBe(
      `Home\u00a0/\u00a0Metal News\u00a0/\u00a0Minor Metals\u00a0/\u00a0${headline}`,
    );
    expect(out.chrome.headline).toBe(headline);
    expect(out.chrome.dateline).toBe('Jul 22,2021 08:26CST');
    expect(out.chrome.notice).toBe(
      'The content below was translated by Tencent automatically for reference.',
    );
  });

  it('finds the two footer lines and their two e-mail addresses', () => {
    expect(out.chrome.footer).toEqual([
      'For queries, please contact Frank LIU at liuxiaolei@smm.cn',
      'For more information on how to access our research reports, please email service.en@smm.cn',
    ]);
    expect(out.chrome.contacts).toEqual(['liuxiaolei@smm.cn', 'service.en@smm.cn']);
  });

  it('keeps lines 5 to 102 as body, with their numbers', () => {
    expect(out.body[0]).toEqual({ line: 5, text: '' });
    expect(out.body.at(-1)).toEqual({ line: 102, text: '' });
    expect(out.body.map((l) => l.line)).toEqual(Array.from({ length: 98 }, (_, i) => i + 5));
  });

  it('removes every "Cymbal"/"Cymbals" (7, as `grep -o` counts) and the doubled brackets', () => {
    const inText = raw.match(/\bCymbals?\b/g) ?? [];
    expect(inText).toHaveLength(7);
    const cymbals = out.removals.filter((r) => r.rule === 'trailing-cymbal');
    expect(cymbals).toHaveLength(inText.length);
    expect(cymbals.map((r) => [r.line, r.text])).toEqual([
      [20, 'Cymbal'],
      [22, 'Cymbal'],
      [62, 'Cymbal'],
      [64, 'Cymbals'],
      [66, 'Cymbals'],
      [68, 'Cymbal'],
      [70, 'Cymbals'],
    ]);
    expect(out.removals.filter((r) => r.rule === 'doubled-brackets')).toEqual([
      { line: 70, column: 122, text: '((RFID))', rule: 'doubled-brackets', replacement: '(RFID)' },
    ]);
    expect(out.body.some((l) => /Cymbal|\(\(/.test(l.text))).toBe(false);
  });

  it('records columns that point at the removed text in the original line', () => {
    const lines = readPlan(SHANGHAI).lines;
    for (const r of out.removals) {
      expect(
        [...lines[r.line - 1]].slice(r.column - 1, r.column - 1 + [...r.text].length).join(''),
      ).toBe(r.text);
    }
    expect(out.body.find((l) => l.line === 20)?.text.endsWith('basically taken shape.')).toBe(true);
  });
});

describe('clean: the fixtures', () => {
  it('finds another news site’s chrome in the CR-only fixture', () => {
    const out = cleanPlan(`${FIXTURES}/no-goals-cr`);
    expect(out.chrome).toEqual({
      breadcrumb: 'News > Industry > Policy Watch',
      headline: 'Eastport releases action plan for marine industries',
      dateline: 'Posted on 2022-03-15 10:02',
      notice: '[Translation: machine-translated from Chinese, for reference only]',
      footer: [
        'Editor: Li Ming',
        'Contact the editor at desk@eastport-news.example',
        '© 2022 Eastport Daily. All rights reserved.',
      ],
      contacts: ['desk@eastport-news.example'],
    });
    expect(out.removals).toEqual([]);
    expect(out.body.map((l) => l.line)).toEqual(Array.from({ length: 18 }, (_, i) => i + 5));
    expect(out.body[16]).toEqual({
      line: 21,
      text: '\tThe city will set up a fund of 2 billion yuan\tfor marine industries.',
    });
  });

  it('finds no chrome in the fixtures without it', () => {
    for (const name of ['nmx-roman', 'one-paragraph']) {
      const src = readPlan(`${FIXTURES}/${name}`);
      const out = cleanPlan(`${FIXTURES}/${name}`);
      expect(out.chrome).toEqual({ footer: [], contacts: [] });
      expect(out.body.map((l) => l.text)).toEqual(src.lines);
    }
  });
});
