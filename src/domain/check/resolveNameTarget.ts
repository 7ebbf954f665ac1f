import { rangeA1 } from "../sheet/a1";
import { tokenizeFormula } from "../sheet/tokenizeFormula";

/** The sheet name inside a reference prefix: "'D3 Model'!" → "D3 Model", "Data!" → "Data". */
function unquotePrefix(prefix: string): string {
  const bare = prefix.endsWith("!") ? prefix.slice(0, -1) : prefix;
  if (bare.startsWith("'") && bare.endsWith("'") && bare.length >= 2) {
    return bare.slice(1, -1).replace(/''/g, "'");
  }
  return bare;
}

/**
 * Where a workbook name points, when it points at one rectangle of cells on a sheet that exists:
 * `{ sheet, range }` with the sheet spelled as the workbook spells it and the range in A1 without `$`.
 * Anything else — "#REF!", a deleted sheet, several areas, a constant, a formula — gives undefined.
 * Both adapters (Office.js and .xlsx) use this, so a name resolves the same way in either.
 *
 * @example
 * resolveNameTarget("='D3 Model'!$C$14:$N$14", ["D3 Model"]) //=> { sheet: "D3 Model", range: "C14:N14" }
 * resolveNameTarget("#REF!", ["D3 Model"]) //=> undefined
 */
export function resolveNameTarget(
  refersTo: string,
  sheetNames: readonly string[]
): { sheet: string; range: string } | undefined {
  const text = refersTo.trim().replace(/^=/, "");
  const tokens = tokenizeFormula(text).filter((t) => t.kind !== "space");
  const only = tokens[0];
  if (tokens.length !== 1 || only?.kind !== "ref" || only.sheet === "") return undefined;
  const [first, second = first] = only.parts;
  if (first?.row === undefined || first.column === undefined) return undefined;
  if (second?.row === undefined || second.column === undefined) return undefined;
  const wanted = unquotePrefix(only.sheet).toUpperCase();
  const sheet = sheetNames.find((name) => name.toUpperCase() === wanted);
  if (sheet === undefined) return undefined;
  const range = rangeA1({
    top: Math.min(first.row, second.row),
    left: Math.min(first.column, second.column),
    bottom: Math.max(first.row, second.row),
    right: Math.max(first.column, second.column),
  });
  return { sheet, range };
}
