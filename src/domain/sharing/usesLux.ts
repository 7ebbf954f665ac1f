import { tokenizeFormula } from "../sheet/tokenizeFormula";

/**
 * Prefixes a file may put before a function name: Excel's `_xlfn.` / `_xlws.` for newer functions and
 * `_xldudf_` for user-defined (add-in) functions it could not resolve when it saved.
 */
const FUNCTION_PREFIX = /^(?:_xlfn\.|_xlws\.|_xldudf_)+/i;

/** `LUX.RAMP`, `lux.ramp`, and the `LUX_RAMP` spelling a file carries after `_xldudf_`. */
const LUX_FUNCTION = /^LUX[._]/i;

/**
 * Whether a formula calls one of the add-in's `LUX.*` functions anywhere (outside string literals),
 * whatever the case and whatever prefix the file stored (`_xldudf_LUX_SAFESHARE`, `_xlfn.LUX.RAMP`).
 * A coach without the add-in sees `#NAME?` in such a cell, so sharing keeps its value instead.
 *
 * @example
 * usesLux("=D3_SAs*lux.safeshare(C28,D3_DOS)") //=> true
 * usesLux("=_xldudf_LUX_AOVBRIDGE(B2:B5,C2:C5,D2:D5,E2:E5)") //=> true
 * usesLux('=IF(A1="LUX.RAMP",1,0)') //=> false
 */
export function usesLux(formula: string): boolean {
  return tokenizeFormula(formula).some(
    (token) =>
      token.kind === "function" && LUX_FUNCTION.test(token.text.replace(FUNCTION_PREFIX, ""))
  );
}
