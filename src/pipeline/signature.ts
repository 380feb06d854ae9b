/**
 * The signature that closes an issued document: the issuing offices one per line, then the
 * date ("Ministry of Commerce / National Development and Reform Commission / December 21,
 * 2021"). Shared by clean (a closing signature is the footer) and parse (a notice's signature
 * inside the text is its text, never a heading).
 */

const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}\\.?';
/** A full date on its own line ("March 25, 2022", "25 March 2022", "2022-03-25", "2022年3月25日"). */
const FULL_DATE = new RegExp(
  `^\\s*(?:${MONTH}\\s+\\d{1,2},?\\s+\\d{4}|\\d{1,2}\\s+${MONTH},?\\s+\\d{4}|\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}|\\d{4}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日)\\s*$`,
  'i',
);
/** A month and year on its own line ("March 2022", "2022年3月"). */
const MONTH_YEAR = new RegExp(
  `^\\s*(?:${MONTH},?\\s+\\d{4}|\\d{4}\\s*年\\s*\\d{1,2}\\s*月)\\s*$`,
  'i',
);
/** A signatory names an office: the word for its kind is in the name. */
const OFFICE =
  /\b(?:government|council|ministry|commission|committee|office|bureau|department|administration|agency|authority|congress|corps|association|federation|chamber|academy|institute|leading\s+group)\b|(?:政府|委员会|办公厅|办公室|部|局|厅|委)$/i;
/** No sentence or list punctuation, a few words, not numbered. */
const NAME_LINE = /^[^.。;；:：!！?？,，、…]{2,100}$/;
const MAX_SIGNATORY_WORDS = 14;
/** How many offices may sign together above the date. */
export const MAX_SIGNATORIES = 4;

/** A full date alone on a line. */
export function isFullDate(text: string): boolean {
  return FULL_DATE.test(text);
}

/** A date alone on a line: a full date, or a month and year. */
export function isDateLine(text: string): boolean {
  return FULL_DATE.test(text) || MONTH_YEAR.test(text);
}

/**
 * A line that names an issuing office and nothing else ("Ministry of Science and Technology").
 * Callers also rule out numbered lines ("III. Leading Group"), which are the text's headings.
 */
export function isSignatory(text: string): boolean {
  const t = text.trim();
  return NAME_LINE.test(t) && OFFICE.test(t) && t.split(/\s+/).length <= MAX_SIGNATORY_WORDS;
}
