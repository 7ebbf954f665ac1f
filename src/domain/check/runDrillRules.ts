import type { Finding } from "../model/workbookModel";

/** A rule of any drill's check: pure, reads the drill's context, returns findings. */
export type DrillRule<Context> = (context: Context) => Finding[];

/**
 * Runs a drill's rules in order. A rule that throws (a bug, never the candidate's fault) becomes a
 * `check-failed` warning on the drill's anchor cell, so the rest of the check still reaches the pane.
 *
 * @example
 * runDrillRules([checkMethod, checkBridges], context, context.anchor).map((f) => f.code)
 * //=> ["bridge-mismatch"]
 */
export function runDrillRules<Context>(
  rules: readonly DrillRule<Context>[],
  context: Context,
  anchor: string
): Finding[] {
  return rules.flatMap((rule) => {
    try {
      return rule(context);
    } catch (error) {
      return [
        {
          code: "check-failed",
          severity: "warning" as const,
          message: `The ${rule.name || "unnamed"} rule could not finish (${error instanceof Error ? error.message : String(error)}); the rest of the check stands. Please report this workbook.`,
          cells: [anchor],
        },
      ];
    }
  });
}
