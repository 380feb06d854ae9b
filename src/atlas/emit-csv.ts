/**
 * targets.csv: one row per target of every plan, for spreadsheets. RFC 4180 (CRLF, fields with
 * a comma, quote or line break quoted, quotes doubled); a cell that a spreadsheet would run as
 * a formula (= + - @, tab, CR first) is prefixed with "'" (CSV injection).
 */
import type { PlanModel, Target } from '../pipeline/types.ts';
import { withBase } from '../utils/url.ts';
import { planIndustryName } from './model/industries.ts';
import { measureId } from './model/measures.ts';
import type { PlanPaths } from './model/paths.ts';

/** The columns, in order (README, "Data for reuse"). */
export const CSV_COLUMNS = [
  'plan',
  'industry',
  'industry_id',
  'measure',
  'value',
  'unit',
  'normalised value',
  'qualifier',
  'year',
  'baseline',
  'baseline year',
  'source URL',
] as const;

/** Where the site is served, for the source URLs. */
export interface SiteAddress {
  /** The atlas's base path: "/" or "/shanghai-plan/". */
  base: string;
  /** The site's origin ("https://example.org"); without it, source URLs are root-relative. */
  site?: string;
}

/** A site path as a URL of the served site. */
export function siteUrl(path: string, where: SiteAddress): string {
  const rooted = withBase(where.base, path);
  return where.site ? new URL(rooted, where.site).href : rooted;
}

/** A cell that is only a number (a negative one too): a spreadsheet must read it as one. */
const NUMBER = /^-?\d+(\.\d+)?(e[+-]?\d+)?$/;

/** One cell: injection-safe, then quoted when RFC 4180 needs it. */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) && !NUMBER.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** A number as a spreadsheet reads it: plain digits, no exponent for the sizes plans use. */
function num(n: number | undefined): string {
  if (n === undefined) return '';
  return Math.abs(n) >= 1e21 || Number.isInteger(n) ? String(n) : String(Number(n.toPrecision(15)));
}

/** "15" or "15–20" (a range, with an en dash so no spreadsheet reads it as a date). */
function range(value: number, max: number | undefined): string {
  return max === undefined ? num(value) : `${num(value)}–${num(max)}`;
}

/** The cells of one target's row; `industryName` is the plan's name for its industry. */
export function targetRow(
  planId: string,
  target: Target,
  industryName: string,
  paths: PlanPaths,
  where: SiteAddress,
): string[] {
  return [
    planId,
    industryName,
    target.industryId ?? '',
    measureId(target) ?? '',
    range(target.value, target.valueMax),
    target.unit,
    range(target.normalised, target.normalisedMax),
    target.qualifier,
    num(target.year),
    num(target.baseline?.normalised),
    num(target.baseline?.year),
    siteUrl(paths.block(target.blockId), where),
  ];
}

/** The whole file: header, then every plan's targets (plans by id, targets in text order). */
export function targetsCsv(
  plans: readonly { model: PlanModel; paths: PlanPaths }[],
  where: SiteAddress,
): string {
  const sorted = [...plans].sort((a, b) =>
    a.model.meta.id < b.model.meta.id ? -1 : a.model.meta.id > b.model.meta.id ? 1 : 0,
  );
  const rows: string[][] = [[...CSV_COLUMNS]];
  for (const { model, paths } of sorted) {
    const names = new Map(model.industries.map((i) => [i.id, planIndustryName(i)]));
    for (const target of model.targets) {
      const id = target.industryId;
      const name = id === undefined ? '' : (names.get(id) ?? id);
      rows.push(targetRow(model.meta.id, target, name, paths, where));
    }
  }
  return rows.map((row) => `${row.map(csvCell).join(',')}\r\n`).join('');
}
