import type { WorkbookModel } from "../domain/model/workbookModel";
import type { WorkbookHost } from "../domain/workbookHost";
import { officeSupports, type SupportsProbe } from "./officeSupports";

/** `Excel.run` as the host uses it (injectable, so the host is testable without Office). */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export type OfficeHostOptions = {
  isSetSupported?: SupportsProbe;
  maxRequestBytes?: number;
};

/** ExcelApi versions we probe, newest first, to report what the host offers. */
const EXCEL_API_VERSIONS = Array.from({ length: 20 }, (_, i) => `1.${20 - i}`);

/**
 * The WorkbookHost the task pane uses inside Excel: populate renders a plan with `writePlan`,
 * readModel reads with `readWorkbook`, select activates a sheet and selects a range. The writer and
 * the reader load on first use, so the pane's first paint does not wait for them.
 *
 * @example
 * const host = createOfficeHost();
 * await host.populate(buildPlan("3", { seed: 7, mode: "starter", target: "addin" }));
 */
export function createOfficeHost(
  run: ExcelRun = (batch) => Excel.run(batch),
  options: OfficeHostOptions = {}
): WorkbookHost {
  const supports = options.isSetSupported ?? officeSupports;
  return {
    async capabilities() {
      const excelApi = EXCEL_API_VERSIONS.find((version) => supports("ExcelApi", version)) ?? "1.1";
      return { waterfallChart: supports("ExcelApi", "1.9"), excelApi };
    },
    async sheetNames() {
      return run(async (context) => {
        const sheets = context.workbook.worksheets.load("items/name");
        await context.sync();
        return sheets.items.map((sheet) => sheet.name);
      });
    },
    async populate(plan, onProgress) {
      const { writePlan } = await import("./writePlan");
      return run(async (context) => {
        const result = await writePlan(context, plan, {
          isSetSupported: supports,
          ...(options.maxRequestBytes ? { maxRequestBytes: options.maxRequestBytes } : {}),
          ...(onProgress ? { onProgress } : {}),
        });
        return { sheets: result.sheets, names: result.names, warnings: result.warnings };
      });
    },
    async readModel(): Promise<WorkbookModel> {
      const { readWorkbook } = await import("./readWorkbook");
      return run((context) => readWorkbook(context));
    },
    async prepareForSharing(findings) {
      const { prepareForSharing } = await import("./prepareForSharing");
      return run(async (context) => {
        const result = await prepareForSharing(context, findings, { isSetSupported: supports });
        return {
          keptFormulas: result.keptFormulas,
          ...(result.keptSheet === undefined ? {} : { keptSheet: result.keptSheet }),
          reviewSheet: result.reviewSheet,
          problems: result.problems,
          warnings: result.warnings,
        };
      });
    },
    async restoreFormulas(restoreOptions) {
      const { restoreFormulas } = await import("./restoreFormulas");
      return run(async (context) => {
        const result = await restoreFormulas(context, restoreOptions);
        const { restored, alreadyRestored, overwritten, skipped } = result;
        return { restored, alreadyRestored, overwritten, skipped };
      });
    },
    async select(address) {
      // Loaded on first use like the writer and the reader: the kernel's reference reader is not
      // needed for the pane's first paint.
      const { splitSheetRef } = await import("../domain/sheet/sheetRef");
      const target = splitSheetRef(address);
      if (!target) throw new Error(`"${address}" is not one range on one sheet.`);
      const { sheet, range: cells } = target;
      await run(async (context) => {
        const worksheet = context.workbook.worksheets.getItem(sheet);
        worksheet.activate();
        worksheet.getRange(cells).select();
        await context.sync();
      });
    },
  };
}
