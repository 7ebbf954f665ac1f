import {
  Workbook,
  type CellValue as ExcelCellValue,
  type DataValidation,
  type Style,
  type Worksheet,
} from "exceljs";
import { HelperSheetLayout, listPlacement } from "../domain/plan/helperSheetLayout";
import { placePlan, type Occupied } from "../domain/plan/placePlan";
import { rowHeightFor } from "../domain/plan/planLooks";
import { uniqueSheetName } from "../domain/plan/uniqueSheetName";
import type {
  CellStyle,
  PlanCell,
  PlanSheet,
  PlanTable,
  PlanValidation,
  WorkbookPlan,
} from "../domain/plan/workbookPlan";
import { cellA1, mustParseCell, mustParseRange } from "../domain/sheet/a1";
import { splitSheetRef } from "../domain/sheet/sheetRef";
import { chartAnchor } from "./bridgeChart";
import { toFileFormula } from "./fileFormula";
import { patchPackage, type PackageName, type PackageSheetExtras } from "./patchPackage";
import { CELL_STYLES, LINK_FONT, toArgb } from "./xlsxStyles";

export type WriteXlsxOptions = {
  /** Sheets and tables that already exist where the file will land: plan sheets never take their names. */
  occupied?: Occupied;
  /** Called as each plan is rendered (the command-line tool prints it on stderr). */
  onProgress?: (message: string) => void;
};

/** Name of the hidden sheet that holds chart helper formulas and long validation lists. */
export const HELPER_SHEET = "Helpers";

/**
 * Renders workbook plans into one .xlsx file with ExcelJS: values, native formulas (no cached
 * results, full recalculation on load), formats, styles, widths, freeze panes, tables, names, data
 * validation, notes, links, hidden sheets, tab colours and waterfall charts. A sheet or table whose
 * name is taken (by an earlier plan or by `options.occupied`) gets "Name (2)" / "Name_2", and every
 * reference to it follows.
 *
 * @example
 * const buffer = await writeXlsx([buildPlan("1", { seed: 0, mode: "blank", target: "file" })]);
 */
export async function writeXlsx(
  plans: WorkbookPlan[],
  options: WriteXlsxOptions = {}
): Promise<Buffer> {
  const workbook = new Workbook();
  workbook.creator = "Maison Drills";
  workbook.calcProperties.fullCalcOnLoad = true;

  let occupied: Occupied = options.occupied ?? { sheets: [], tables: [] };
  const names = new Map<string, PackageName>();
  const extras = new Map<string, PackageSheetExtras>();
  const helper = new HelperSheetLayout(
    uniqueSheetName(allSheetNames(plans, occupied), HELPER_SHEET)
  );

  for (const original of plans) {
    options.onProgress?.(
      `Writing drill ${original.drill} (seed ${original.seed}, ${original.mode})`
    );
    const placed = placePlan(original, occupied);
    occupied = placed.occupied;
    const plan = placed.plan;
    for (const sheet of plan.sheets) {
      const worksheet = workbook.addWorksheet(sheet.name);
      const sheetExtras = renderSheet(worksheet, sheet, helper, plan);
      if (sheetExtras.links.length > 0 || sheetExtras.charts.length > 0)
        extras.set(sheet.name, sheetExtras);
    }
    // A later plan's name re-points it (a second populate of the same drill owns the names).
    for (const name of plan.names) names.set(name.name.toUpperCase(), { ...name });
  }

  const helperSheet = helper.sheet();
  if (helperSheet) {
    const worksheet = workbook.addWorksheet(helperSheet.name, { state: "hidden" });
    renderSheet(worksheet, helperSheet, helper);
  }
  const firstVisible = workbook.worksheets.findIndex((sheet) => sheet.state !== "hidden");
  workbook.views = [
    {
      x: 0,
      y: 0,
      width: 28800,
      height: 17000,
      firstSheet: 0,
      activeTab: Math.max(0, firstVisible),
      visibility: "visible",
    },
  ];

  options.onProgress?.("Packing the file");
  // ExcelJS stores the parts uncompressed; the package is compressed once, after patching.
  const raw = Buffer.from(
    await workbook.xlsx.writeBuffer({ zip: { compression: "STORE" } } as never)
  );
  return patchPackage(raw, Array.from(names.values()), extras);
}

function allSheetNames(plans: WorkbookPlan[], occupied: Occupied): string[] {
  return [...occupied.sheets, ...plans.flatMap((plan) => plan.sheets.map((sheet) => sheet.name))];
}

function renderSheet(
  worksheet: Worksheet,
  sheet: PlanSheet,
  helper: HelperSheetLayout,
  /** The plan the sheet belongs to (the helper sheet has none): where charts find their formats. */
  plan?: WorkbookPlan
): PackageSheetExtras {
  const extras: PackageSheetExtras = { links: [], charts: [] };
  if (sheet.hidden) worksheet.state = "hidden";
  if (sheet.tabColor) worksheet.properties.tabColor = { argb: toArgb(sheet.tabColor) };
  for (const [letter, width] of Object.entries(sheet.columnWidths ?? {})) {
    worksheet.getColumn(letter).width = width;
  }
  const freeze = sheet.freeze;
  if (freeze && (freeze.rows > 0 || freeze.columns > 0)) {
    worksheet.views = [
      {
        state: "frozen",
        xSplit: freeze.columns,
        ySplit: freeze.rows,
        topLeftCell: cellA1({ row: freeze.rows + 1, column: freeze.columns + 1 }),
      },
    ];
  }
  const rowStyles = new Map<number, CellStyle[]>();
  for (const block of sheet.blocks) {
    const origin = mustParseCell(block.at);
    block.rows.forEach((row, r) =>
      row.forEach((cell, c) => {
        const address = cellA1({ row: origin.row + r, column: origin.column + c });
        writeCell(worksheet, address, cell);
        const rowNumber = origin.row + r;
        if (cell.style) rowStyles.set(rowNumber, [...(rowStyles.get(rowNumber) ?? []), cell.style]);
        if (cell.link !== undefined) {
          extras.links.push({
            ref: address,
            location: cell.link.replace(/^#/, ""),
            ...(typeof cell.value === "string" ? { display: cell.value } : {}),
          });
        }
      })
    );
  }
  for (const [rowNumber, styles] of rowStyles) {
    const height = rowHeightFor(styles);
    if (height !== undefined) worksheet.getRow(rowNumber).height = height;
  }
  for (const table of sheet.tables ?? []) addTable(worksheet, table);
  for (const validation of sheet.validations ?? []) addValidation(worksheet, validation, helper);
  for (const chart of sheet.charts ?? []) {
    const laid = helper.addChart(chart);
    extras.charts.push({
      title: chart.title,
      anchor: chartAnchor(chart),
      series: laid.series,
      ...withNumberFormat(sourceNumberFormat(plan, chart.source)),
    });
  }
  return extras;
}

function withNumberFormat(format: string | undefined): { numberFormat?: string } {
  return format === undefined ? {} : { numberFormat: format };
}

/** The number format of the first value cell of a chart source, if the plan sets one. */
function sourceNumberFormat(plan: WorkbookPlan | undefined, source: string): string | undefined {
  const split = splitSheetRef(source);
  if (!plan) return undefined;
  if (!split) return undefined;
  const sheet = plan.sheets.find((s) => s.name.toUpperCase() === split.sheet.toUpperCase());
  if (!sheet) return undefined;
  const range = mustParseRange(split.range);
  for (let row = range.top; row <= range.bottom; row += 1) {
    const cell = findPlanCell(sheet, row, range.left + 1);
    if (cell?.numberFormat) return cell.numberFormat;
  }
  return undefined;
}

function findPlanCell(sheet: PlanSheet, row: number, col: number): PlanCell | undefined {
  for (const block of sheet.blocks) {
    const origin = mustParseCell(block.at);
    const cell = block.rows[row - origin.row]?.[col - origin.column];
    if (cell) return cell;
  }
  return undefined;
}

/** One style object per look: ExcelJS recognises a style object it has seen and reuses its id. */
const styleCache = new Map<string, Partial<Style>>();

function styleFor(cell: PlanCell): Partial<Style> | undefined {
  if (!cell.style && !cell.numberFormat && cell.link === undefined) return undefined;
  const key = `${cell.style ?? ""}\u0000${cell.numberFormat ?? ""}\u0000${cell.link === undefined ? "" : "link"}`;
  let style = styleCache.get(key);
  if (!style) {
    const look = cell.style ? CELL_STYLES[cell.style] : {};
    style = {
      ...(look.font ? { font: look.font } : {}),
      ...(look.fill ? { fill: look.fill } : {}),
      ...(look.border ? { border: look.border } : {}),
      ...(look.alignment ? { alignment: look.alignment } : {}),
      ...(cell.numberFormat ? { numFmt: cell.numberFormat } : {}),
      ...(cell.link !== undefined ? { font: LINK_FONT } : {}),
    };
    styleCache.set(key, style);
  }
  return style;
}

function writeCell(worksheet: Worksheet, address: string, cell: PlanCell): void {
  const target = worksheet.getCell(address);
  if (cell.formula !== undefined) {
    // No cached result: the file must be computed by the program that opens it.
    target.value = { formula: toFileFormula(cell.formula) } as ExcelCellValue;
  } else if (cell.value !== undefined && cell.value !== null) {
    if (typeof cell.value === "number" && !Number.isFinite(cell.value)) {
      throw new RangeError(
        `${worksheet.name}!${address}: ${cell.value} is not a number a spreadsheet can hold`
      );
    }
    target.value = cell.value;
  }
  const style = styleFor(cell);
  // Shared, never mutated afterwards (setting target.numFmt would change every cell that shares it).
  if (style) target.style = style;
  if (cell.note) target.note = cell.note;
}

function addTable(worksheet: Worksheet, table: PlanTable): void {
  const range = mustParseRange(table.range);
  const totals = table.totalsRow === true;
  const lastBody = totals ? range.bottom - 1 : range.bottom;
  if (lastBody < range.top + 1) {
    throw new RangeError(
      `table ${table.name}: range ${table.range} needs a header row and at least one row`
    );
  }
  const seen = new Set<string>();
  const columns = [];
  for (let col = range.left; col <= range.right; col += 1) {
    const header = worksheet.getCell(range.top, col).value;
    let name =
      typeof header === "string" && header.trim() !== "" ? header : `Column${col - range.left + 1}`;
    while (seen.has(name.toUpperCase())) name = `${name} `;
    seen.add(name.toUpperCase());
    const totalsCell = totals ? worksheet.getCell(range.bottom, col).value : undefined;
    const totalsFormula =
      totalsCell && typeof totalsCell === "object" && "formula" in totalsCell
        ? totalsCell.formula
        : undefined;
    columns.push({
      name,
      filterButton: true,
      ...(totals && col === range.left
        ? { totalsRowLabel: typeof totalsCell === "string" ? totalsCell : "Total" }
        : {}),
      ...(totals && col > range.left
        ? totalsFormula
          ? { totalsRowFunction: "custom" as const, totalsRowFormula: totalsFormula }
          : { totalsRowFunction: "none" as const }
        : {}),
    });
  }
  const rows: ExcelCellValue[][] = [];
  for (let row = range.top + 1; row <= lastBody; row += 1) {
    const values: ExcelCellValue[] = [];
    for (let col = range.left; col <= range.right; col += 1)
      values.push(worksheet.getCell(row, col).value);
    rows.push(values);
  }
  worksheet.addTable({
    name: table.name,
    ref: cellA1({ row: range.top, column: range.left }),
    headerRow: true,
    totalsRow: totals,
    style: {
      theme: (table.style ?? "TableStyleLight1") as "TableStyleLight1",
      showRowStripes: true,
    },
    columns,
    rows,
  });
}

function addValidation(
  worksheet: Worksheet,
  validation: PlanValidation,
  helper: HelperSheetLayout
): void {
  const common = {
    allowBlank: true,
    showErrorMessage: true,
    errorStyle: "stop",
    ...(validation.prompt ? { showInputMessage: true, prompt: validation.prompt } : {}),
  };
  let rule: DataValidation;
  if (validation.kind === "list") {
    const formula =
      listPlacement(validation.values) === "inline"
        ? `"${validation.values.join(",")}"`
        : helper.addList(validation.values);
    rule = {
      ...common,
      type: "list",
      formulae: [formula],
      errorTitle: "Pick from the list",
      error: `Choose one of: ${validation.values.join(" | ")}`.slice(0, 255),
    };
  } else {
    rule = {
      ...common,
      type: validation.kind,
      operator: "between",
      formulae: [validation.min, validation.max],
      errorTitle: "Out of range",
      error: `Enter ${validation.kind === "whole" ? "a whole number" : "a number"} from ${validation.min} to ${validation.max}.`,
    };
  }
  const validations = (
    worksheet as unknown as { dataValidations: { add(a: string, v: DataValidation): void } }
  ).dataValidations;
  validations.add(validation.range.replace(/\$/g, ""), rule);
}
