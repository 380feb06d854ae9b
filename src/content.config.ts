/**
 * Typed content collections over the generated tree (src/generated/ or $ATLAS_GENERATED_DIR).
 * Cross-links are reference()s; src/integrations/integrity.ts fails the build when one dangles.
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { generatedDir } from './utils/generated-dir.ts';
import { industry } from './schemas/industry.ts';
import { goal } from './schemas/goal.ts';
import { section } from './schemas/text.ts';
import { target } from './schemas/target.ts';
import { place, project } from './schemas/place.ts';
import { correction, term } from './schemas/glossary.ts';
import { plan } from './schemas/plan.ts';

const dir = generatedDir();
// Keep the generator's file names as ids (glob would re-slug them otherwise).
const mdx = (folder: string) =>
  glob({
    pattern: '*.mdx',
    base: `${dir}/${folder}`,
    generateId: ({ entry }) => entry.replace(/\.mdx$/, ''),
  });
const data = (name: string) => file(`${dir}/data/${name}.json`);

export const collections = {
  industries: defineCollection({ loader: mdx('industries'), schema: industry }),
  goals: defineCollection({ loader: mdx('goals'), schema: goal }),
  sections: defineCollection({ loader: data('sections'), schema: section }),
  targets: defineCollection({ loader: data('targets'), schema: target }),
  places: defineCollection({ loader: data('places'), schema: place }),
  projects: defineCollection({ loader: data('projects'), schema: project }),
  terms: defineCollection({ loader: data('terms'), schema: term }),
  corrections: defineCollection({ loader: data('corrections'), schema: correction }),
  plan: defineCollection({ loader: data('plan'), schema: plan }),
};
