import { type FormulaToken, tokenizeFormula } from "../domain/sheet/tokenizeFormula";

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

const FUTURE = new Set(FUTURE_FUNCTIONS);
/** A quick look for a newer function's call anywhere, so most formulas skip the lexer. */
const MAYBE_FUTURE = new RegExp(
  `(?:${FUTURE_FUNCTIONS.map((name) => name.replace(".", "\\.")).join("|")})\\(`,
  "i"
);
const FILE_PREFIX = /_xl(?:fn|ws)\./i;

/** Rewrites the function names and bare names of a formula; strings and sheets stay as written. */
function editNames(formula: string, edit: (token: FormulaToken) => string): string {
  return tokenizeFormula(formula)
    .map((token) =>
      token.kind === "function" || (token.kind === "name" && token.sheet === "")
        ? edit(token)
        : token.text
    )
    .join("");
}

/**
 * A plan formula as stored in a file: no leading "=", newer functions prefixed.
 *
 * @example
 * toFileFormula('=IFS(A1>0,"IFS(",TRUE,0)') //=> '_xlfn.IFS(A1>0,"IFS(",TRUE,0)'
 */
export function toFileFormula(formula: string): string {
  const text = formula.replace(/^=/, "");
  if (!MAYBE_FUTURE.test(text)) return text;
  return editNames(text, (token) =>
    token.kind === "function" && FUTURE.has(token.text.toUpperCase())
      ? `_xlfn.${token.text}`
      : token.text
  );
}

/**
 * A formula as stored in a file, as a person reads it: prefixes `_xlfn.` / `_xlws.` removed.
 *
 * @example
 * fromFileFormula("_xlfn.XLOOKUP(A1,B:B,C:C)") //=> "XLOOKUP(A1,B:B,C:C)"
 */
export function fromFileFormula(formula: string): string {
  if (!FILE_PREFIX.test(formula)) return formula;
  return editNames(formula, (token) => token.text.replace(/_xl(?:fn|ws)\./gi, ""));
}
