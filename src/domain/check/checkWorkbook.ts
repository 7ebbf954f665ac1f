import { DRILL_CONTRACTS } from "../drills/contract/drillContracts";
import type { CheckResult, Finding, WorkbookModel } from "../model/workbookModel";
import { checkDrill1 } from "./drill1/checkDrill1";
import { checkDrill2 } from "./drill2/checkDrill2";
import { checkDrill3 } from "./drill3/checkDrill3";
import { checkKpiDrill } from "./kpi/checkKpiDrill";
import { generatorVersionCheck } from "./stampedVersion";

/** The drills the check knows, in the order it reports them. */
export type CheckedDrill = "1" | "2" | "3" | "kpi";

const ORDER: readonly CheckedDrill[] = ["1", "2", "3", "kpi"];

function prefixOf(drill: CheckedDrill): string {
  const contract = DRILL_CONTRACTS.find((c) => c.drill === drill);
  if (!contract) throw new Error(`drill ${drill} has no contract`);
  return contract.prefix.toUpperCase();
}

/** The prefix of the workbook names that reveal each drill, read from the drill's contract. */
export const DRILL_NAME_PREFIXES = Object.fromEntries(
  ORDER.map((drill) => [drill, prefixOf(drill)])
) as Record<CheckedDrill, string>;

/** A whole-drill check: reads what it needs from the model, returns its findings, never throws. */
export type DrillCheck = (model: WorkbookModel) => Finding[];

/**
 * The extension point: each drill's checks, run for every drill a workbook holds. A new drill adds
 * itself to ORDER above (its name prefix comes from its contract) and its checks here, after the
 * shared one that compares the workbook's stamped generator version with this build's.
 */
export const rulesByDrill: Record<CheckedDrill, readonly DrillCheck[]> = {
  "1": [
    generatorVersionCheck(
      "1",
      "Its tier table is not compared with the variant's raw rows (that needs the generator's " +
        "own figures); the rest is judged on the workbook's own figures"
    ),
    checkDrill1,
  ],
  "2": [generatorVersionCheck("2"), checkDrill2],
  "3": [generatorVersionCheck("3"), checkDrill3],
  kpi: [generatorVersionCheck("kpi"), checkKpiDrill],
};

/**
 * The drills present in a workbook, by their workbook names (any D3_* name means drill 3).
 *
 * @example
 * detectDrills(model) //=> ["3"]
 */
export function detectDrills(model: WorkbookModel): CheckedDrill[] {
  const keys = [...model.names.keys()].map((k) => k.toUpperCase());
  return ORDER.filter((drill) => keys.some((k) => k.startsWith(DRILL_NAME_PREFIXES[drill])));
}

function hasFormulas(model: WorkbookModel): boolean {
  return model.sheets.some((sheet) =>
    [...sheet.cells.values()].some((c) => c.formula !== undefined)
  );
}

/**
 * Checks a workbook: finds which drills it holds and runs their rules. The task pane and the
 * command-line tool call exactly this. Never throws and never mutates the model.
 *
 * @example
 * checkWorkbook(referenceDrill3Model)
 * //=> { kind: "checked", drills: ["3"], findings: [{ code: "target-met", severity: "info", … }] }
 */
export function checkWorkbook(model: WorkbookModel): CheckResult {
  const drills = detectDrills(model);
  if (drills.length === 0) {
    return {
      kind: "not-a-drill",
      reason:
        "This workbook holds none of the drills' names (D1_…, D2_…, D3_…, KPI_…): populate a drill from the task pane or with `maison-drills workbook`, then work it and check again.",
    };
  }
  if (!model.formulaValuesKnown && hasFormulas(model)) {
    return {
      kind: "no-saved-values",
      reason:
        "The formulas in this file carry no saved results (it was written by a program and never opened and saved in a spreadsheet), so the check would judge missing numbers. Open it in Excel or LibreOffice, let it calculate, save it, and check again.",
    };
  }
  const findings = drills.flatMap((drill) => rulesByDrill[drill].flatMap((check) => check(model)));
  return { kind: "checked", drills, findings };
}
