/**
 * Typed content collections over the generated tree (src/generated/ or $ATLAS_GENERATED_DIR).
 * Cross-links are reference()s; src/integrations/integrity.ts fails the build when one dangles.
 */
import { defineCollection } from 'astro:content';
import { file } from 'astro/loaders';
import { generatedDir } from './utils/generated-dir.ts';
import { jsonArray, mdxFolder } from './utils/quiet-loaders.ts';
import { industry } from './schemas/industry.ts';
import { goal } from './schemas/goal.ts';
import { section } from './schemas/text.ts';
import { target } from './schemas/target.ts';
import { place, project } from './schemas/place.ts';
import { correction, term } from './schemas/glossary.ts';
import { plan } from './schemas/plan.ts';

const dir = generatedDir();
// A plan may leave any collection but `plan` and `sections` empty: those loaders stay quiet then.
const mdx = (folder: string) => mdxFolder(`${dir}/${folder}`);
const data = (name: string) => jsonArray(`${dir}/data/${name}.json`);
// Never empty in a sound generated tree, so Astro's own loader may complain if they are.
const always = (name: string) => file(`${dir}/data/${name}.json`);

export const collections = {
  industries: defineCollection({ loader: mdx('industries'), schema: industry }),
  goals: defineCollection({ loader: mdx('goals'), schema: goal }),
  sections: defineCollection({ loader: always('sections'), schema: section }),
  targets: defineCollection({ loader: data('targets'), schema: target }),
  places: defineCollection({ loader: data('places'), schema: place }),
  projects: defineCollection({ loader: data('projects'), schema: project }),
  terms: defineCollection({ loader: data('terms'), schema: term }),
  corrections: defineCollection({ loader: data('corrections'), schema: correction }),
  plan: defineCollection({ loader: always('plan'), schema: plan }),
};
