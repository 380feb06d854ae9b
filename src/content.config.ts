/**
 * Typed content collections over the generated tree (src/generated/ or $ATLAS_GENERATED_DIR).
 * Cross-links are reference()s; src/integrations/integrity.ts fails the build when one dangles.
 */
import { defineCollection } from 'astro:content';
import { file } from 'astro/loaders';
import { settings } from './settings.ts';
import { jsonArray, mdxFolder } from './utils/quiet-loaders.ts';
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

const dir = settings().generatedDir;
// A plan may leave any collection but `plan` and `sections` empty: those loaders stay quiet then.
const mdx = (folder: string) => mdxFolder(`${dir}/${folder}`);
const data = (name: string) => jsonArray(`${dir}/data/${name}.json`);
// Never empty in a sound generated tree, so Astro's own loader may complain if they are.
const always = (name: string) => file(`${dir}/data/${name}.json`);

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
};
