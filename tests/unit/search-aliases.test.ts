import { describe, expect, it } from 'vitest';
import { alsoCalled, MAX_ALSO_CALLED, nameKey } from '../../src/components/search/aliases.ts';

describe('nameKey', () => {
  it('keeps the words that tell a name apart, without plurals, filler or "industry"', () => {
    expect(nameKey('The IC industries')).toEqual(['ic']);
    expect(nameKey('ICs')).toEqual(['ic']);
    expect(nameKey('Power batteries')).toEqual(['power', 'battery']);
    expect(nameKey('Information and communications')).toEqual(['information', 'communication']);
    expect(nameKey('Sixth-generation mobile communications (6G)')).toEqual([
      'sixth',
      'generation',
      'mobile',
      'communication',
      '6g',
    ]);
  });

  it('splits a hyphenated word after dropping generic words, so it keeps its parts', () => {
    expect(nameKey('bio-manufacturing')).toEqual(['bio', 'manufacturing']);
    expect(nameKey('automobile manufacturing')).toEqual(['automobile']);
  });
});

describe('alsoCalled', () => {
  it('gives the names a reader searches by, shortest form of each, in the order given', () => {
    expect(
      alsoCalled('Integrated circuits', [
        'integrated circuits',
        'integrated circuit',
        'integrated circuit industry',
        'IC industry',
        'IC industries',
        'ICs',
        'chips',
        'chip industry',
        'semiconductors',
        'semiconductor industry',
        'semiconductors and integrated circuits',
        'microchips',
      ]),
    ).toEqual(['ICs', 'chips', 'semiconductors', 'microchips']);
  });

  it('leaves out shortenings and lengthenings of the name itself', () => {
    expect(
      alsoCalled('Photonic chips and devices', [
        'photonic chips and devices',
        'photonic chips',
        'photonic chips and components',
      ]),
    ).toEqual(['photonic chips and components']);
    expect(
      alsoCalled('High-end machine tools', [
        'high-end CNC machine tools',
        'CNC machine tools',
        'machine tools',
      ]),
    ).toEqual(['CNC machine tools']);
  });

  it('keeps the shorter of two forms of one other name where the longer came', () => {
    expect(alsoCalled('Robotics', ['robot industry', 'robots', 'intelligent robots'])).toEqual([
      'robots',
    ]);
    expect(alsoCalled('Blockchain', ['blockchain', 'block chain'])).toEqual([]);
  });

  it('leaves out a phrase naming two things when the name names one', () => {
    expect(
      alsoCalled('Virtual reality', ['VR', 'virtual reality and augmented reality', 'VR/AR']),
    ).toEqual(['VR']);
    expect(
      alsoCalled('Energy conservation and environmental protection', [
        'energy saving and environmental protection',
      ]),
    ).toEqual(['energy saving and environmental protection']);
  });

  it('shows at most MAX_ALSO_CALLED names, and none for no other name', () => {
    const many = Array.from({ length: 12 }, (_, i) => `name${i}`);
    expect(alsoCalled('Thing', many)).toHaveLength(MAX_ALSO_CALLED);
    expect(
      alsoCalled('New energy vehicles', ['new energy vehicles', 'New energy vehicle']),
    ).toEqual([]);
    expect(alsoCalled('New energy vehicles', [])).toEqual([]);
  });
});
