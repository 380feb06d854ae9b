/**
 * The pipeline as one pure function: bytes and editorial data in, PlanModel out
 * (read → clean → parse → meta → extract → edit → link). File reading lives in load.ts.
 */
import type { Editorial } from './editorial/types.ts';
import { clean } from './clean.ts';
import { edit, type EditsSource } from './edit/index.ts';
import { extract, isIndustryHeading } from './extract/index.ts';
import { issueYear } from './extract/target-years.ts';
import { linkBlocks } from './link.ts';
import { planMeta, withScope } from './meta/index.ts';
import { parse } from './parse.ts';
import { read } from './read.ts';
import type { PlanModel } from './types.ts';

export interface BuildInput {
  /** The plan folder's name. */
  planId: string;
  /** Source text path relative to the project root (used in messages and provenance). */
  file: string;
  bytes: Uint8Array;
  /** plan.yaml contents, if the folder has one. */
  metaYaml?: string;
  metaFile: string;
  editorial: Editorial;
  /** editorial/edits.yaml of the plan folder, if it has one. */
  edits?: EditsSource;
}

/** Build the whole model of one plan. */
export function buildModel(input: BuildInput): PlanModel {
  const { editorial } = input;
  const source = read(input.file, input.bytes);
  const cleaned = clean(source, { chrome: editorial.chrome, noise: editorial.noise });
  const isSubheading = isIndustryHeading(editorial);
  const parsed = parse(cleaned, { isSubheading });
  const meta = planMeta(input.planId, input.metaYaml, input.metaFile, cleaned, {
    doc: parsed,
    rules: editorial.chrome,
  });
  // Parsed again, once the title is known, when the body repeats it as a heading below the
  // text that already names it (the issuing notice's 《title》 or the page's headline).
  const title = meta.titleEn;
  const first = parsed.sections[0];
  const named =
    cleaned.chrome.headline === title || parsed.preamble.some((b) => b.text.includes(title));
  const repeats = first !== undefined && first.number === undefined && title !== '' && named;
  const doc = repeats ? parse(cleaned, { isSubheading, title }) : parsed;
  const heads = [meta.titleEn, meta.issuer ?? ''];
  const issued = issueYear(meta.published, meta.documentNumber.value);
  const found = extract(doc, editorial, input.file, heads, issued);
  const edited = edit(found, editorial, doc, input.edits);
  const extracted = edited.extracted;
  const linked = linkBlocks(doc, extracted, edited.editorial);
  return {
    meta: withScope(meta, cleaned, doc, extracted.places, editorial.places),
    source: {
      file: source.file,
      sha256: source.sha256,
      bytes: source.bytes,
      lines: source.lines.length,
      eol: source.eol,
    },
    chrome: cleaned.chrome,
    removals: cleaned.removals,
    preamble: linked.preamble,
    sections: linked.sections,
    industries: linked.industries,
    tiers: extracted.tiers,
    goals: extracted.goals,
    targets: extracted.targets,
    places: linked.places,
    projects: extracted.projects,
    terms: linked.terms,
    corrections: linked.corrections,
    edits: edited.edits,
    warnings: extracted.warnings,
  };
}
