import { describe, expect, it } from 'vitest';
import {
  listNames,
  organisationPlaces,
  typedNames,
} from '../../src/pipeline/extract/place-names.ts';
import { isPinyinName, pinyinSyllables } from '../../src/pipeline/extract/pinyin.ts';

const proper = (word: string) => isPinyinName(word) || ['Harbin', 'Ordos'].includes(word);
const typed = (text: string) => typedNames(text, proper).map((n) => n.name);
const listed = (text: string) => listNames(text, proper).map((n) => n.name);

describe('pinyin', () => {
  it('tells Pinyin names from English words', () => {
    expect(pinyinSyllables("Xi'an")).toBe(2);
    expect(pinyinSyllables('Zhangjiang')).toBe(2);
    const words = ['Wuxi', 'Qianhai', 'Chengdu-Chongqing', 'Hengqin', 'Guian', 'Pudong'];
    for (const word of words) expect(isPinyinName(word), word).toBe(true);
    const english = [
      'Science',
      'National',
      'Human',
      'Golden',
      'Delta',
      'Park',
      'Mega',
      'Lake',
      'wuxi',
    ];
    for (const word of english) expect(isPinyinName(word), word).toBe(false);
  });
});

describe('typed place names', () => {
  it('takes capitalised words before a type word, from the first proper word', () => {
    expect(typed('We will support Suzhou Industrial Park in becoming a leading carrier.')).toEqual([
      'Suzhou Industrial Park',
    ]);
    expect(typed('Build the Wuxi National High-tech Industrial Development Zone.')).toEqual([
      'Wuxi National High-tech Industrial Development Zone',
    ]);
    expect(
      typed('Changzhou Science and Education City and Nanjing Jiangbei New Area grow.'),
    ).toEqual(['Changzhou Science and Education City', 'Nanjing Jiangbei New Area']);
    expect(typed('the Harbin Songbei District and the Ordos Coal Chemical Base')).toEqual([
      'Harbin Songbei District',
      'Ordos Coal Chemical Base',
    ]);
    expect(typed('Relying on the China (Hainan) Pilot Free Trade Zone and Hengqin Island')).toEqual(
      ['China (Hainan) Pilot Free Trade Zone', 'Hengqin Island'],
    );
  });

  it('keeps type words without a name, organisations and English phrases out', () => {
    expect(typed('Create a Demonstration Zone, an Industrial Park and a New Town.')).toEqual([]);
    expect(typed('the High-tech Zone; the Park; Key Development Area; Golden Coast Park')).toEqual(
      [],
    );
    expect(typed("Shenzhen Municipal People's Government issued the Plan.")).toEqual([]);
    expect(typed('Build A New Area For Science City')).toEqual([]);
    expect(typed('Suzhou will develop the industrial park.')).toEqual([]);
    expect(typed("Shenzhen's Yantian Port")).toEqual(['Yantian Port']);
    expect(typed('Relying on China Light Valley and the China Sound Valley')).toEqual([
      'China Light Valley',
      'China Sound Valley',
    ]);
    expect(typed('the China Pilot Zone; China Valley')).toEqual([]);
  });
});

describe('lists sharing a type word', () => {
  it('names each item with the type word', () => {
    expect(listed('in the districts of Nanshan, Futian and Bao’an')).toEqual([
      'Nanshan District',
      'Futian District',
      'Bao’an District',
    ]);
    expect(listed('Jiading, Qingpu and Songjiang districts will lead.')).toEqual([
      'Jiading District',
      'Qingpu District',
      'Songjiang District',
    ]);
    expect(listed('counties such as Deqing and Anji')).toEqual(['Deqing County', 'Anji County']);
    expect(listed('the cities of Foshan, Dongguan, and Zhongshan')).toEqual([
      'Foshan',
      'Dongguan',
      'Zhongshan',
    ]);
  });

  it('skips items that are not names', () => {
    expect(listed('the districts of the city and the suburbs')).toEqual([]);
    expect(listed('In Jiading and Golden districts')).toEqual(['Jiading District']);
  });
});

describe('places of government organisations', () => {
  it('names the place before "Municipal" or "Provincial"', () => {
    const org = (text: string) => organisationPlaces(text, proper).map((n) => n.name);
    expect(org("the General Office of the Huaiyuan Municipal People's Government")).toEqual([
      'Huaiyuan',
    ]);
    expect(org('Zhejiang Provincial Development and Reform Commission')).toEqual(['Zhejiang']);
    expect(org('The Municipal Government and National Provincial bodies')).toEqual([]);
  });
});
