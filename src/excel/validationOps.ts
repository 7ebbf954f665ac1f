import type { PlanSheet, PlanValidation } from "../domain/plan/workbookPlan";
import { byteLength } from "./requestPacking";
import { OP_OVERHEAD, sheetOf, type WriteOp } from "./writeOp";

/**
 * Queues one sheet's validations (ExcelApi 1.8); a list reads the source `listSources` decided for
 * it (inline or a helper range, by the domain's `listPlacement`).
 */
export function validationOps(
  sheet: PlanSheet,
  api18: boolean,
  listSources: ReadonlyMap<PlanValidation, string>
): WriteOp[] {
  const name = sheet.name;
  if (!api18) return [];
  return (sheet.validations ?? []).map((validation) => ({
    bytes: OP_OVERHEAD + byteLength(validation),
    label: `Writing ${name}`,
    apply: (state) => {
      const range = sheetOf(state, name).getRange(validation.range);
      range.dataValidation.rule = validationRule(validation, listSources);
      if (validation.prompt) {
        range.dataValidation.prompt = {
          showPrompt: true,
          title: "Maison Drills",
          message: validation.prompt,
        };
      }
    },
  }));
}

function validationRule(
  validation: PlanValidation,
  listSources: ReadonlyMap<PlanValidation, string>
): Excel.DataValidationRule {
  return validation.kind === "list"
    ? { list: { inCellDropDown: true, source: listSources.get(validation) ?? "" } }
    : {
        [validation.kind]: {
          formula1: validation.min,
          formula2: validation.max,
          operator: "Between",
        },
      };
}
