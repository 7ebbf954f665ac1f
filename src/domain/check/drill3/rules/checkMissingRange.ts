import type { Finding } from "../../../model/workbookModel";
import type { Drill3Context } from "../drill3Context";

/**
 * `missing-range`: a name the check needs is missing, broken or of the wrong shape. The findings are
 * made while reading the names (readDrill3Context); this rule reports them.
 *
 * @example
 * checkMissingRange(contextWithoutCartValue).map((f) => f.code) //=> ["missing-range"]
 */
export function checkMissingRange(context: Drill3Context): Finding[] {
  return [...context.readProblems];
}
