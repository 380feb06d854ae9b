import { describe, expect, it } from 'vitest';
import { shortTitleOf } from '../../src/pipeline/meta/short-title.ts';

describe('shortTitleOf', () => {
  it('keeps a title of up to 60 characters whole', () => {
    const title = 'Suzhou Action Plan for the Chip Industry (2023-2025)';
    expect(shortTitleOf(title)).toBe(title);
    expect(shortTitleOf(` ${title} `)).toBe(title);
  });

  it('drops "the Development of" from a long title, then a place’s type word', () => {
    expect(
      shortTitleOf('14th Five-Year Plan for the Development of the Integrated Circuit Industry'),
    ).toBe('14th Five-Year Plan for the Integrated Circuit Industry');
    expect(
      shortTitleOf(
        'Jiangsu Province 14th Five-Year Plan for the Development of Strategic Emerging Industries',
      ),
    ).toBe('Jiangsu 14th Five-Year Plan for Strategic Emerging Industries');
    expect(
      shortTitleOf(
        'Three-Year Action Plan for the High-Quality Development of the Marine Equipment Industry (2023–2025)',
      ),
    ).toBe('Three-Year Action Plan for the Marine Equipment Industry (2023–2025)');
  });

  it('never cuts a word nor adds an ellipsis: a title still long stays whole', () => {
    const title =
      'Development Plan for the Guangzhou-Shenzhen-Hong Kong-Macao Science and Technology Innovation Corridor (2021-2030)';
    expect(shortTitleOf(title)).toBe(title);
  });

  it('keeps the first clause of a headline of several', () => {
    expect(
      shortTitleOf(
        'Shanghai has issued the 14th five-year Plan for the development of strategic emerging industries, and made every effort to promote it',
      ),
    ).toBe('Shanghai has issued the 14th five-year Plan for strategic emerging industries');
  });
});
