import type { CheckResult, WorkbookModel } from "../../src/domain/model/workbookModel";
import type { WorkbookPlan } from "../../src/domain/plan/workbookPlan";
import type { PopulateResult, Progress, WorkbookHost } from "../../src/domain/workbookHost";
import type { PaneServices } from "../../src/taskpane/paneServices";

export type FakeServices = PaneServices & {
  calls: string[];
  populate: jest.Mock<Promise<PopulateResult>, [WorkbookPlan, ((p: Progress) => void)?]>;
  select: jest.Mock<Promise<void>, [string]>;
  readModel: jest.Mock<Promise<WorkbookModel>, []>;
};

export const EMPTY_MODEL: WorkbookModel = {
  sheets: [],
  names: new Map(),
  formulaValuesKnown: true,
};

/** Services whose host records every call; each behaviour can be replaced per test. */
export function fakeServices(
  check: CheckResult = { kind: "checked", drills: ["3"], findings: [] }
): FakeServices {
  const calls: string[] = [];
  const populate = jest.fn(async (plan: WorkbookPlan, onProgress?: (p: Progress) => void) => {
    calls.push(`populate ${plan.drill} seed ${plan.seed} ${plan.mode}`);
    onProgress?.({ done: 1, total: 2, label: "Writing D3 Work" });
    return {
      sheets: plan.sheets.map((sheet) => sheet.name),
      names: plan.names.map((name) => name.name),
    };
  });
  const select = jest.fn(async (address: string) => {
    calls.push(`select ${address}`);
  });
  const readModel = jest.fn(async () => {
    calls.push("readModel");
    return EMPTY_MODEL;
  });
  const host: WorkbookHost = {
    capabilities: async () => ({ waterfallChart: true, excelApi: "1.17" }),
    sheetNames: async () => [],
    populate,
    readModel,
    select,
  };
  return {
    host,
    calls,
    populate,
    select,
    readModel,
    buildPlan: async (drill, options) => ({
      drill,
      seed: options.seed,
      mode: options.mode,
      generatorVersion: "test",
      sheets: [{ name: `D${drill} Work`, blocks: [] }],
      names: [{ name: `D${drill}_X`, refersTo: `'D${drill} Work'!$A$1` }],
    }),
    checkWorkbook: jest.fn(async () => check),
  };
}
