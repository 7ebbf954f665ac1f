/** A requirement-set probe: does this Excel offer `name` at `version` (e.g. "ExcelApi", "1.9")? */
export type SupportsProbe = (name: string, version: string) => boolean;

/**
 * The one requirement-set probe of the Office.js adapter: `Office.context.requirements` when Office
 * is loaded, false otherwise (a test or a page outside Excel). Writers take a `SupportsProbe` option
 * and fall back to this, so tests can pretend to be any Excel.
 *
 * @example
 * officeSupports("ExcelApi", "1.9") //=> true in Excel 365, false outside Office
 */
export function officeSupports(name: string, version: string): boolean {
  return (
    typeof Office !== "undefined" &&
    Office.context?.requirements?.isSetSupported(name, version) === true
  );
}
