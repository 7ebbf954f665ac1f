import type { DrillId } from "./workbookPlan";

/**
 * Every drill, in the order a workbook with all of them shows them. The one list: the registry of
 * plan builders, the command line and the Office.js "prepare for sharing" all read it. It lives
 * beside the plan type, not beside the builders, so an adapter can read it without loading every
 * drill's builder.
 */
const LISTED = ["1", "2", "3", "kpi", "log"] as const satisfies readonly DrillId[];
export const DRILL_IDS: readonly DrillId[] = LISTED;

// Fails to compile when a drill is added to `DrillId` but not to the list above.
type Unlisted = Exclude<DrillId, (typeof LISTED)[number]>;
const everyDrillListed: [Unlisted] extends [never] ? true : never = true;
void everyDrillListed;

/**
 * The drill id a text names (as a stamp or a command line writes it), or undefined.
 *
 * @example
 * drillIdOf("kpi") //=> "kpi"
 * drillIdOf("4") //=> undefined
 */
export function drillIdOf(text: unknown): DrillId | undefined {
  return DRILL_IDS.find((id) => id === text);
}
