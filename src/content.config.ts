/**
 * Typed content collections over the generated tree (src/generated/ or $ATLAS_GENERATED_DIR).
 * Cross-links are reference()s; src/integrations/integrity.ts fails the build when one dangles.
 * The `plans` and `atlas*` collections are the atlas layer's (ATLAS_PART=atlas), which has none
 * of the others.
 */
import { defineCollection } from 'astro:content';
import { file, type Loader } from 'astro/loaders';
import { settings } from './settings.ts';
import { jsonArray, mdxFolder, noEntries } from './utils/quiet-loaders.ts';
import { ATLAS_FILES } from './atlas/emit.ts';
import { atlasIndustry, atlasMeasure, atlasPlace, atlasPlan } from './schemas/atlas.ts';
import {
  correctionEntry,
  goalPage,
  industryPage,
  placeEntry,
  projectEntry,
  targetEntry,
  termEntry,
} from './schemas/collections.ts';
import { sectionRow } from './schemas/text.ts';
import { plan } from './schemas/plan.ts';

const { generatedDir: dir, atlasPart } = settings();
// The atlas layer (ATLAS_PART=atlas) reads the atlas's generated folder: no plan of its own.
const planData = atlasPart !== 'atlas';
const of = (loader: () => Loader) => (planData ? loader() : noEntries('no plan'));
// A plan may leave any collection but `plan` and `sections` empty: those loaders stay quiet then.
const mdx = (folder: string) => of(() => mdxFolder(`${dir}/${folder}`));
const data = (name: string) => of(() => jsonArray(`${dir}/data/${name}.json`));
// Never empty in a sound generated tree, so Astro's own loader may complain if they are.
const always = (name: string) => of(() => file(`${dir}/data/${name}.json`));
// The atlas's plans and what they share: empty in a site of one plan and in a plan's part.
const atlas = (name: string) =>
  planData ? noEntries('not an atlas') : jsonArray(`${dir}/${name}`);

export const collections = {
  industries: defineCollection({ loader: mdx('industries'), schema: industryPage }),
  goals: defineCollection({ loader: mdx('goals'), schema: goalPage }),
  sections: defineCollection({ loader: always('sections'), schema: sectionRow }),
  targets: defineCollection({ loader: data('targets'), schema: targetEntry }),
  places: defineCollection({ loader: data('places'), schema: placeEntry }),
  projects: defineCollection({ loader: data('projects'), schema: projectEntry }),
  terms: defineCollection({ loader: data('terms'), schema: termEntry }),
  corrections: defineCollection({ loader: data('corrections'), schema: correctionEntry }),
  plan: defineCollection({ loader: always('plan'), schema: plan }),
  plans: defineCollection({ loader: atlas(ATLAS_FILES.plans), schema: atlasPlan }),
  atlasIndustries: defineCollection({
    loader: atlas(ATLAS_FILES.industries),
    schema: atlasIndustry,
  }),
  atlasMeasures: defineCollection({ loader: atlas(ATLAS_FILES.measures), schema: atlasMeasure }),
  atlasPlaces: defineCollection({ loader: atlas(ATLAS_FILES.places), schema: atlasPlace }),
};
