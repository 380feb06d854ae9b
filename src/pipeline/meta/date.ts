/**
 * Dates as news sites print them ("Jul 22,2021 08:26CST", "22 July 2021", "2021-07-22",
 * "2021年7月22日") turned into ISO dates.
 */

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** The first date found in `text` as YYYY-MM-DD, or undefined if there is none (or it is not a real date). */
export function isoDate(text: string): string | undefined {
  const t = text.slice(0, 200);
  let m =
    /(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})/.exec(t) ?? /(\d{4})年(\d{1,2})月(\d{1,2})日/.exec(t);
  if (m) return ymd(+m[1], +m[2], +m[3]);
  m = /\b([a-z]{3,9})\.?\s(\d{1,2})(?:st|nd|rd|th)?,\s?(\d{4})\b/i.exec(t);
  if (m) return ymd(+m[3], month(m[1]), +m[2]);
  m = /\b(\d{1,2})(?:st|nd|rd|th)?\s([a-z]{3,9})\.?,?\s(\d{4})\b/i.exec(t);
  if (m) return ymd(+m[3], month(m[2]), +m[1]);
  return undefined;
}

/** 1-12 for an English month name or abbreviation, else 0. */
function month(name: string): number {
  const lower = name.toLowerCase();
  if (lower.length < 3) return 0;
  // "Jul", "July" and "Sept" are months; "Juliet" is not.
  const index = MONTHS.findIndex((m) => m.startsWith(lower));
  return index + 1;
}

function ymd(year: number, month: number, day: number): string | undefined {
  if (month < 1 || month > 12 || day < 1) return undefined;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1) return undefined; // 31 June and the like
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
