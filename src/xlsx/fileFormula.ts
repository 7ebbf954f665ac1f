/**
 * Functions added to Excel after the 2007 file format are stored with an `_xlfn.` prefix; written
 * without it, Excel shows #NAME? (LibreOffice reads both). The writer adds the prefix, the reader
 * takes it away, so plans and the read model see formulas as a person types them.
 */
const FUTURE_FUNCTIONS = [
  "AGGREGATE",
  "CONCAT",
  "COVARIANCE.P",
  "COVARIANCE.S",
  "DAYS",
  "FILTER",
  "FORECAST.LINEAR",
  "IFNA",
  "IFS",
  "ISOWEEKNUM",
  "LET",
  "MAXIFS",
  "MINIFS",
  "MODE.SNGL",
  "NORM.DIST",
  "NORM.INV",
  "PERCENTILE.EXC",
  "PERCENTILE.INC",
  "QUARTILE.INC",
  "RANK.AVG",
  "RANK.EQ",
  "SEQUENCE",
  "SORT",
  "SORTBY",
  "STDEV.P",
  "STDEV.S",
  "SWITCH",
  "TEXTJOIN",
  "UNIQUE",
  "VAR.P",
  "VAR.S",
  "XLOOKUP",
  "XMATCH",
];

const FUTURE = new RegExp(
  `(^|[^A-Za-z0-9_.])(${FUTURE_FUNCTIONS.map((name) => name.replace(".", "\\.")).join("|")})\\(`,
  "gi"
);

/** Applies `edit` to the parts of a formula outside string literals and quoted sheet names. */
function outsideLiterals(formula: string, edit: (text: string) => string): string {
  return formula
    .split(/("(?:[^"]|"")*"|'(?:[^']|'')*')/)
    .map((part, i) => (i % 2 === 1 ? part : edit(part)))
    .join("");
}

/**
 * A plan formula as stored in a file: no leading "=", newer functions prefixed.
 *
 * @example
 * toFileFormula('=IFS(A1>0,"IFS(",TRUE,0)') //=> '_xlfn.IFS(A1>0,"IFS(",TRUE,0)'
 */
export function toFileFormula(formula: string): string {
  return outsideLiterals(formula.replace(/^=/, ""), (text) => text.replace(FUTURE, "$1_xlfn.$2("));
}

/**
 * A formula as stored in a file, as a person reads it: prefixes `_xlfn.` / `_xlws.` removed.
 *
 * @example
 * fromFileFormula("_xlfn.XLOOKUP(A1,B:B,C:C)") //=> "XLOOKUP(A1,B:B,C:C)"
 */
export function fromFileFormula(formula: string): string {
  return outsideLiterals(formula, (text) => text.replace(/_xl(?:fn|ws)\./gi, ""));
}
