/**
 * Excel's error values, as a formula or a cell writes them. One list for the formula lexer, the
 * file reader and the check, so an error a newer Excel adds is learned in one place.
 */
export const ERROR_LITERALS = [
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
  "#GETTING_DATA",
  "#SPILL!",
  "#CALC!",
  "#FIELD!",
  "#BLOCKED!",
  "#CONNECT!",
  "#BUSY!",
  "#UNKNOWN!",
  "#EXTERNAL!",
  "#PYTHON!",
] as const;

export type ErrorLiteral = (typeof ERROR_LITERALS)[number];

const BY_UPPER = new Map<string, ErrorLiteral>(ERROR_LITERALS.map((e) => [e, e]));

/**
 * The error literal that `text` starts with, spelled as Excel spells it, or undefined.
 *
 * @example
 * errorLiteralAt("#ref!+1") //=> "#REF!"
 */
export function errorLiteralAt(text: string): ErrorLiteral | undefined {
  if (!text.startsWith("#")) return undefined;
  const head = text.slice(0, 14).toUpperCase();
  for (const literal of ERROR_LITERALS) if (head.startsWith(literal)) return BY_UPPER.get(literal);
  return undefined;
}

/**
 * True when a cell's whole text is an error value.
 *
 * @example
 * isErrorLiteral("#N/A") //=> true
 */
export function isErrorLiteral(text: string): boolean {
  return BY_UPPER.has(text.trim().toUpperCase() as ErrorLiteral);
}
