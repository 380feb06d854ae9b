/**
 * Sentence makers for synthetic plan text, in the register of a machine-translated Chinese
 * policy summary. Each takes the generator and what the sentence is about, and returns text.
 */
import type { Rng } from './prng.ts';
import type { SynthIndustry, SynthPlace } from './world.ts';
import { COMPONENTS, OBJECTS, PURPOSES, VERBS } from './words.ts';

/** "a, b and c" (the genre writes lists without an Oxford comma). */
export function list(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** A place as the text writes it: the variant spelling half of the time, if it has one. */
export function placeName(rng: Rng, place: SynthPlace): string {
  return place.variant && rng.chance(0.5) ? place.variant : place.name;
}

/** One filler sentence about a topic: "We will strengthen ..., promote ... and ...". */
export function filler(rng: Rng, topic: string): string {
  const [v1, v2, v3] = rng.sample(VERBS, 3);
  const [o1, o2, o3] = rng.sample(OBJECTS, 3);
  switch (rng.int(0, 3)) {
    case 0:
      return `We will ${v1} ${o1} of ${topic}, ${v2} ${o2}, and ${v3} ${o3} ${rng.pick(PURPOSES)}.`;
    case 1:
      return `Focus on ${topic}, ${v1} ${o1} and ${v2} ${o2} ${rng.pick(PURPOSES)}.`;
    case 2:
      return `${cap(v1)} ${o1}, ${v2} ${o2} in the field of ${topic}, and continue to ${v3} ${o3}.`;
    default:
      return `Taking ${topic} as the breakthrough point, ${v1} ${o1} ${rng.pick(PURPOSES)}.`;
  }
}

/** A sentence with a numeric growth, output or count target for one industry. */
export function industryTarget(rng: Rng, region: string, industry: SynthIndustry): string {
  const name = industry.lower;
  switch (rng.int(0, 3)) {
    case 0:
      return `During the 14th five-year Plan period, the ${name} industry will keep an average annual growth of about ${rng.int(8, 30)}%, and the industrial chain will basically take shape.`;
    case 1:
      return `By 2025, ${region}'s ${name} industry will achieve an output value of about ${rng.int(20, 600)} billion yuan.`;
    case 2:
      return `By 2025, the output value of the ${name} industry will exceed ${rng.int(5, 90) * 10} billion yuan, and more than ${rng.int(3, 40)} leading enterprises will be cultivated.`;
    default:
      return `By 2025, the scale of ${name} will reach at least ${rng.int(50, 400)} billion yuan, accounting for more than ${rng.int(5, 40)}% of the national market.`;
  }
}

/** A "By 2025 ..." (or "By 2030 ...") goal sentence without a number. */
export function industryGoal(rng: Rng, industry: SynthIndustry, year = 2025): string {
  const shapes = [
    `By ${year}, an innovation highland of the ${industry.lower} industry with international influence will be basically built.`,
    `By ${year}, the overall level of ${industry.lower} will enter the advanced ranks, and a complete industrial system will be basically formed.`,
    `By ${year}, the localization level of key links of ${industry.lower} will be markedly improved, and a number of benchmark products will be launched.`,
  ];
  return rng.pick(shapes);
}

/** A numbered focus-area item: "3. Marine control software. We will ...". */
export function focusItem(rng: Rng, n: number, industry: SynthIndustry): string {
  const label = `${cap(industry.lower.split(' ')[0])} ${rng.pick(COMPONENTS)}`;
  // Like the genre, an item is now and then only its label.
  if (rng.chance(0.08)) return `${n}. ${label}.`;
  const body = [filler(rng, industry.lower)];
  if (rng.chance(0.6)) body.push(filler(rng, `${industry.lower} ${rng.pick(COMPONENTS)}`));
  if (rng.chance(0.25)) body.push(abbreviationSentence(rng, industry));
  return `${n}. ${label}. ${body.join(' ')}`;
}

/** A sentence naming a product with an abbreviation in brackets, sometimes doubled "((X))". */
export function abbreviationSentence(rng: Rng, industry: SynthIndustry): string {
  const component = rng.pick(COMPONENTS);
  const words = `${industry.lower} ${component}`.split(/[\s-]+/);
  const abbr = words.map((w) => w.charAt(0).toUpperCase()).join('');
  const bracket = rng.chance(0.15) ? `((${abbr}))` : `(${abbr})`;
  return `Promote the research and development of ${industry.lower} ${component} ${bracket} and its application in key scenarios.`;
}

/** Machine-translation noise at a paragraph end, as the source genre has it. */
export function noise(rng: Rng): string {
  return rng.chance(0.12) ? (rng.chance(0.4) ? ' Cymbals' : ' Cymbal') : '';
}

/** Capitalise the first letter. */
export function cap(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
