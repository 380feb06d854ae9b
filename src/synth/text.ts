/**
 * Writes the source text of a synthetic plan in the news-site genre: page chrome, lead,
 * general requirements, development goals ("--" bullets), one section per industry with
 * "By 2025 ..." targets and numbered focus areas, future industries, spatial layout, major
 * projects, stray "Cymbal" noise and the publisher's footer.
 */
import { createRng, hashSeed, type Rng } from './prng.ts';
import type { SynthIndustry, SynthPlace, SynthWorld } from './world.ts';
import {
  cap,
  filler,
  focusItem,
  industryGoal,
  industryTarget,
  list,
  noise,
  placeName,
} from './sentences.ts';
import { GOAL_PREDICATES, GOAL_SUBJECTS, MONTHS, MONTH_NAMES } from './words.ts';

/**
 * The whole source text (LF line ends, final newline). `density` scales the number of focus
 * areas; their wording comes from a stream per industry (seeded by `seed`), so changing the
 * density changes nothing else in the text. `stats.itemBytes` receives the focus areas' size.
 */
export function writeText(
  rng: Rng,
  world: SynthWorld,
  scale: number,
  density = 1,
  seed = 0,
  stats = { itemBytes: 0 },
): string {
  const out: string[] = [];
  const para = (text: string) => out.push(text, '');
  const { region, industries } = world;
  const topic = world.topic ?? 'Emerging and Future Industries';
  const issuer =
    world.issuerText ?? `the General Office of the ${region} Municipal people's Government`;
  const core = industries.filter((i) => i.tier === 'core');
  const key = industries.filter((i) => i.tier === 'key');
  const future = industries.filter((i) => i.tier === 'future');
  const names = (list_: SynthIndustry[]) => list_.map((i) => i.lower);

  // ── chrome ──
  const headline = `${region} has issued the 14th five-year Plan for ${topic.toLowerCase()}, and will speed up the layout of ${list(names(core.slice(0, 2)))} and other fields.`;
  const hh = String(rng.int(7, 18)).padStart(2, '0');
  const mm = String(rng.int(0, 59)).padStart(2, '0');
  out.push(`Home / Industry News / Emerging Industries / ${headline}`, headline);
  out.push(`${MONTHS[world.month]} ${world.day + 1},${world.year} ${hh}:${mm}CST`);
  out.push('The content below was translated by Tencent automatically for reference.', '');

  // ── lead ──
  para(
    `On ${MONTH_NAMES[world.month]} ${world.day}, ${issuer} issued the 14th five-year Plan for the Development of ${region}'s ${topic} (hereinafter referred to as the "Plan"). It puts ${list(names(core))} in the first place and aims to build a secure and resilient industrial chain.`,
  );
  para(
    'The Plan covers seven parts: the development basis, general requirements, key areas of emerging industries, future-oriented industries, spatial layout, major special projects and safeguard measures.',
  );

  // ── general requirements ──
  para('General requirements');
  para(
    'The "Plan" sets out the guiding ideology, basic principles, general thinking and development goals.',
  );
  para('General thinking');
  para(
    `${filler(rng, 'the whole region')} We will build a development system of "${core.length + key.length}+X". Among them, the "${core.length + key.length}" key areas include ${list(names(core))} and other ${core.length} core industries, as well as ${list(names(key))} and other ${key.length} key industries. "X" refers to a number of future-oriented leading industries, focusing on ${list(names(future))} and other leading industries.`,
  );

  // ── development goals ──
  para('Development goal');
  const leads = rng
    .shuffle(GOAL_SUBJECTS.flatMap((s) => GOAL_PREDICATES.map((p) => `${s} ${p}`)))
    .slice(0, Math.max(3, Math.round(3 * scale)));
  leads.forEach((lead, i) => {
    const about = rng.sample(industries, 3);
    const body =
      i === 0
        ? `By 2025, the added value of emerging industries will account for more than ${rng.int(12, 30)}% of the region's GDP, and the added value will exceed ${rng.int(2, 19) / 2} trillion yuan.`
        : rng.chance(0.4)
          ? `By 2025, more than ${rng.int(3, 60)} industrial clusters worth tens of billions of yuan will be formed in ${list(names(about))}.`
          : filler(rng, list(names(about)));
    para(`-- ${lead}. ${body} ${filler(rng, 'emerging industries')}${noise(rng)}`);
  });

  // ── one section per industry ──
  const withSection = [...core, ...key].filter((i) => i.hasSection);
  para('Focus on the development of emerging industries');
  para(`The Plan focuses on ${list(names(withSection))}.`);
  for (const industry of withSection) {
    const items = createRng(hashSeed(`${seed}:${industry.id}`));
    industrySection(
      rng,
      items,
      region,
      industry,
      density,
      (text) => {
        stats.itemBytes += Buffer.byteLength(text) + 2;
        para(text);
      },
      para,
    );
  }

  // ── future industries ──
  para('Future-oriented leading industries');
  para(
    `The "Plan" proposes that during the 14th five-year Plan period, ${region} will combine its research resources with its industrial base and lay out a number of future-oriented leading industries, such as ${list(names(future))}.`,
  );
  for (const industry of future.filter((i) => i.hasSection)) {
    const goal = rng.chance(0.4) ? ` ${industryGoal(rng, industry, 2030)}` : '';
    para(`${industry.name}. ${filler(rng, industry.lower)} ${filler(rng, industry.lower)}${goal}`);
  }

  // ── spatial layout ──
  para('Spatial layout');
  layout(rng, world, para);

  // ── major projects ──
  para('Major special project');
  // Two short project names per paragraph (the genre names each after "construction of"
  // or "build"); no filler here, since its verbs would read as more projects.
  for (let i = 0; i < Math.max(2, Math.round(2 * scale)); i++) {
    const [a, b] = rng.sample(industries, 2);
    const place = placeName(rng, rng.pick(world.places));
    para(
      `According to the Plan, ${region} will accelerate the construction of the ${place} ${a.lower} demonstration base, and build a ${b.lower} pilot production line. Both are listed as major special projects of the period.${noise(rng)}`,
    );
  }

  // ── footer ──
  out.push('', `For queries, please contact ${world.person} at plan-desk@example.com`, '');
  out.push(
    'For more information on how to access our research reports, please email service@example.com',
  );
  return out.join('\n') + '\n';
}

type Para = (text: string) => void;

/** An industry's section: heading, lead, goal paragraph with targets, focus areas. */
function industrySection(
  rng: Rng,
  itemRng: Rng,
  region: string,
  industry: SynthIndustry,
  density: number,
  item: Para,
  para: Para,
) {
  // The genre's headings are sometimes lower-case.
  para(rng.chance(0.2) ? industry.lower : industry.name);
  const rich = rng.chance(0.7);
  if (rich) para(`${filler(rng, industry.lower)} ${filler(rng, industry.lower)}`);
  const items = Math.round((rich ? rng.int(2, 6) : rng.int(0, 3)) * density);
  const intro = items > 0 ? ' Focus on development:' : '';
  para(
    `${industryTarget(rng, region, industry)} ${industryGoal(rng, industry)} ${filler(rng, industry.lower)}${intro}${noise(rng)}`,
  );
  for (let n = 1; n <= items; n++) item(`${focusItem(itemRng, n, industry)}${noise(itemRng)}`);
}

/** Poles, belts and cluster paragraphs; every place is named at least once. */
function layout(rng: Rng, world: SynthWorld, para: Para) {
  const places = rng.shuffle(world.places);
  const poles = places.slice(0, Math.min(2, places.length));
  const rest = places.slice(poles.length);
  const name = (p: SynthPlace) => placeName(rng, p);
  para(
    `The Plan builds a spatial layout of "${poles.length} poles and two belts", in which the poles are ${list(poles.map((p) => `the innovation pole of ${name(p)}`))}, and the two belts are the service belt around the central city and the manufacturing belt around the outer districts.`,
  );
  for (const pole of poles) {
    const focus = rng.sample(world.industries, 3).map((i) => i.lower);
    para(
      `Create the ${name(pole)} innovation pole. ${name(pole)} will focus on ${list(focus)} to carry out original innovation. ${filler(rng, list(focus))}`,
    );
  }
  // Cluster paragraphs: one industry each, with three to six places.
  for (let i = 0; i < rest.length;) {
    const take = rng.int(3, 6);
    const group = rest.slice(i, i + take);
    i += take;
    const industry = rng.pick(world.industries);
    const [hub, ...wings] = group.map(name);
    const wingText = wings.length ? ` with ${list(wings)} as wings` : '';
    para(
      `${cap(industry.lower)} industry. Build a layout with ${hub} as the main body${wingText}, and ${rng.pick(['upgrade', 'enhance', 'expand'])} the energy level of the ${industry.lower} industrial base.${noise(rng)}`,
    );
  }
}
