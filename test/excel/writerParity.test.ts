import JSZip from "jszip";
import { Workbook, type Worksheet } from "exceljs";
import { buildPlan } from "../../src/domain/drills/buildPlan";
import type { WorkbookPlan } from "../../src/domain/plan/workbookPlan";
import { cellA1, mustParseRange } from "../../src/domain/sheet/a1";
import { splitSheetRef } from "../../src/domain/sheet/sheetRef";
import { writePlan } from "../../src/excel/writePlan";
import { fromFileFormula } from "../../src/xlsx/fileFormula";
import { readXlsx } from "../../src/xlsx/readXlsx";
import { writeXlsx } from "../../src/xlsx/writeXlsx";
import { StrictExcel, type StrictSheet } from "../support/strictExcel";

/**
 * Writer parity: the same plan (file target, native formulas) rendered by the Office.js writer into
 * the recording fake and by the .xlsx writer into a file read back with ExcelJS must hold the same
 * cells, formulas, number formats, fills and fonts, names, validations and chart helper cells.
 * The Office.js writer runs without native waterfalls (everything but ExcelApi 1.9), so both draw
 * the stacked-column bridge over helper cells. Helper sheets are named by each writer ("D1 Chart
 * data", "Helpers"); they are compared with each other under one placeholder name.
 */

/** One cell as both writers can say it: what it holds and how it looks. */
type Written = {
  value?: unknown;
  formula?: string;
  numberFormat?: string;
  fill?: string;
  font?: string;
};
type Rendered = {
  sheets: Map<string, Map<string, Written>>;
  names: Map<string, string>;
  validations: Map<string, string>;
  charts: string[];
};

const HELPER = "<helper sheet>";
const everythingButNativeWaterfalls = (_name: string, version: string) => version !== "1.9";

async function renderOffice(plan: WorkbookPlan): Promise<Rendered> {
  const excel = new StrictExcel([]);
  const result = await writePlan(excel.context, plan, {
    isSetSupported: everythingButNativeWaterfalls,
  });
  const helper = result.sheets.find((name) => !plan.sheets.some((sheet) => sheet.name === name));
  const sheetName = (name: string) => (name === helper ? HELPER : name);
  const unhelp = (text: string) => (helper ? text.split(`'${helper}'`).join(`'${HELPER}'`) : text);
  const sheets = new Map<string, Map<string, Written>>();
  const validations = new Map<string, string>();
  for (const sheet of excel.sheets) {
    const cells = new Map<string, Written>();
    for (const [address, cell] of sheet.cells) {
      // The double shows an apostrophe-kept "=…" as the text Excel shows, as a file holds it.
      cells.set(address, {
        ...(cell.formula !== undefined ? { formula: cell.formula } : { value: cell.value }),
        ...(cell.numberFormat !== undefined ? { numberFormat: cell.numberFormat } : {}),
      });
    }
    for (const [address, look] of officeLooks(sheet)) {
      cells.set(address, { ...cells.get(address), ...look });
    }
    sheets.set(sheetName(sheet.name), cells);
    for (const call of sheet.calls.filter((c) => c.path === "dataValidation.rule")) {
      const rule = call.value as Record<string, Record<string, unknown>>;
      const text = rule["list"]
        ? `list ${unhelp(String(rule["list"]["source"]).replace(/^=/, ""))}`
        : Object.entries(rule)
            .map(([kind, r]) => `${kind} ${String(r["formula1"])}..${String(r["formula2"])}`)
            .join("");
      for (const address of cellsOf(call.target)) validations.set(`${sheet.name}!${address}`, text);
    }
  }
  return {
    sheets,
    names: new Map(excel.names.map((name) => [name.name, name.formula.replace(/^=/, "")])),
    validations,
    charts: excel.sheets.flatMap((sheet) =>
      sheet.charts.map((chart) => `${sheet.name}: ${chart.type} over ${unhelp(chart.source)}`)
    ),
  };
}

/** Fill colour, font colour and weight of each styled cell, from the fake's recorded calls. */
function officeLooks(sheet: StrictSheet): Map<string, Pick<Written, "fill" | "font">> {
  const looks = new Map<string, Pick<Written, "fill" | "font">>();
  const fonts = new Map<string, { color?: string; bold?: boolean }>();
  for (const call of sheet.calls) {
    if (!/^[A-Z]+\d+(:[A-Z]+\d+)?$/.test(call.target)) continue;
    for (const address of cellsOf(call.target)) {
      if (call.path === "format.fill.color") {
        looks.set(address, { ...looks.get(address), fill: String(call.value).toUpperCase() });
      } else if (call.path === "format.font.color" || call.path === "format.font.bold") {
        const font = fonts.get(address) ?? {};
        if (call.path === "format.font.color") font.color = String(call.value).toUpperCase();
        else font.bold = call.value === true;
        fonts.set(address, font);
      }
    }
  }
  for (const [address, font] of fonts) {
    looks.set(address, { ...looks.get(address), font: fontText(font.color, font.bold) });
  }
  return looks;
}

async function renderFile(plan: WorkbookPlan): Promise<Rendered> {
  const buffer = await writeXlsx([plan]);
  const workbook = new Workbook();
  await workbook.xlsx.load(buffer as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  const helper = workbook.worksheets.find(
    (ws) => !plan.sheets.some((sheet) => sheet.name === ws.name)
  )?.name;
  const unhelp = (text: string) => (helper ? text.split(`'${helper}'`).join(`'${HELPER}'`) : text);
  const sheets = new Map<string, Map<string, Written>>();
  const validations = new Map<string, string>();
  for (const worksheet of workbook.worksheets) {
    sheets.set(worksheet.name === helper ? HELPER : worksheet.name, fileCells(worksheet));
    const model = (worksheet as unknown as { dataValidations: { model: Record<string, FileRule> } })
      .dataValidations.model;
    for (const [key, rule] of Object.entries(model)) {
      const text =
        rule.type === "list"
          ? `list ${unhelp(String(rule.formulae[0]).replace(/^"(.*)"$/, "$1"))}`
          : `${rule.type} ${String(rule.formulae[0])}..${String(rule.formulae[1])}`;
      for (const address of cellsOf(key.replace(/^range:/, "")))
        validations.set(`${worksheet.name}!${address}`, text);
    }
  }
  const model = await readXlsx(buffer);
  const zip = await JSZip.loadAsync(buffer);
  const charts: string[] = [];
  for (const path of Object.keys(zip.files).filter((p) => /^xl\/charts\/chart\d+\.xml$/.test(p))) {
    const xml = (await zip.file(path)?.async("string")) ?? "";
    const refs = [...xml.matchAll(/<c:f>([^<]*)<\/c:f>/g)].map((m) =>
      (m[1] ?? "").replace(/&apos;/g, "'")
    );
    charts.push(chartOverRefs(refs, unhelp));
  }
  return {
    sheets,
    names: new Map([...model.names.values()].map((name) => [name.name, name.refersTo])),
    validations,
    charts,
  };
}

type FileRule = { type: string; formulae: unknown[] };

function fileCells(worksheet: Worksheet): Map<string, Written> {
  const cells = new Map<string, Written>();
  // Empty cells too: a candidate's input cell is styled and formatted before it holds anything.
  worksheet.eachRow({ includeEmpty: true }, (row) =>
    row.eachCell({ includeEmpty: true }, (cell) => {
      const raw = cell.value as unknown;
      const written: Written = {};
      if (raw && typeof raw === "object" && "formula" in raw) {
        written.formula = `=${fromFileFormula(String((raw as { formula: string }).formula))}`;
      } else if (raw instanceof Date) {
        // ExcelJS reads a date-formatted number as a Date; Office.js was given the serial number.
        written.value = raw.getTime() / 86_400_000 + 25_569;
      } else if (raw !== null && raw !== undefined) {
        written.value = raw;
      }
      if (cell.numFmt && cell.numFmt !== "General") written.numberFormat = cell.numFmt;
      const fill = cell.fill as { fgColor?: { argb?: string } } | undefined;
      if (fill?.fgColor?.argb) written.fill = `#${fill.fgColor.argb.slice(2)}`;
      if (cell.font?.color?.argb) {
        written.font = fontText(`#${cell.font.color.argb.slice(2)}`, cell.font.bold === true);
      }
      if (Object.keys(written).length > 0) cells.set(cell.address, written);
    })
  );
  return cells;
}

/** The .xlsx chart as the Office.js one reads: a stacked column over labels..total. */
function chartOverRefs(refs: string[], unhelp: (text: string) => string): string {
  const first = splitSheetRef(refs[0] ?? "");
  const last = splitSheetRef(refs.at(-1) ?? "");
  if (!first || !last) return `unreadable chart ${refs.join(" ")}`;
  const top = mustParseRange(first.range);
  const bottom = mustParseRange(last.range);
  const range = `${cellA1({ row: top.top - 1, column: top.left })}:${cellA1({ row: bottom.bottom, column: bottom.right })}`;
  return `ColumnStacked over ${unhelp(`'${first.sheet}'`)}!${range}`;
}

function fontText(color: string | undefined, bold: boolean | undefined): string {
  return `${color ?? "auto"}${bold ? " bold" : ""}`;
}

function cellsOf(range: string): string[] {
  const box = mustParseRange(range.replace(/\$/g, ""));
  const cells: string[] = [];
  for (let row = box.top; row <= box.bottom; row += 1)
    for (let column = box.left; column <= box.right; column += 1)
      cells.push(cellA1({ row, column }));
  return cells;
}

/** Every difference between two renderings, one line each (empty when they agree). */
function differences(office: Rendered, file: Rendered): string[] {
  const out: string[] = [];
  const sheetNames = new Set([...office.sheets.keys(), ...file.sheets.keys()]);
  for (const sheet of sheetNames) {
    const a = office.sheets.get(sheet);
    const b = file.sheets.get(sheet);
    if (!a || !b) {
      out.push(`${sheet}: only the ${a ? "Office.js" : ".xlsx"} writer wrote this sheet`);
      continue;
    }
    for (const address of new Set([...a.keys(), ...b.keys()])) {
      const left = JSON.stringify(a.get(address) ?? {});
      const right = JSON.stringify(sortKeys(b.get(address) ?? {}));
      if (JSON.stringify(sortKeys(a.get(address) ?? {})) !== right)
        out.push(`${sheet}!${address}: Office.js ${left} vs .xlsx ${right}`);
    }
  }
  for (const [what, left, right] of [
    ["name", office.names, file.names],
    ["validation", office.validations, file.validations],
  ] as const) {
    for (const key of new Set([...left.keys(), ...right.keys()])) {
      if (left.get(key) !== right.get(key))
        out.push(`${what} ${key}: Office.js ${left.get(key)} vs .xlsx ${right.get(key)}`);
    }
  }
  const officeCharts = office.charts.map((chart) => chart.replace(/^[^:]*: /, ""));
  if (JSON.stringify(officeCharts) !== JSON.stringify(file.charts))
    out.push(`charts: Office.js ${officeCharts.join("; ")} vs .xlsx ${file.charts.join("; ")}`);
  return out;
}

function sortKeys(written: Written): Written {
  return Object.fromEntries(Object.entries(written).sort(([a], [b]) => a.localeCompare(b)));
}

function counts(rendered: Rendered): Record<string, number> {
  const cells = [...rendered.sheets.values()].flatMap((sheet) => [...sheet.values()]);
  return {
    cells: cells.length,
    formulas: cells.filter((cell) => cell.formula !== undefined).length,
    numberFormats: cells.filter((cell) => cell.numberFormat !== undefined).length,
    fills: cells.filter((cell) => cell.fill !== undefined).length,
    helperCells: rendered.sheets.get(HELPER)?.size ?? 0,
    names: rendered.names.size,
    validations: rendered.validations.size,
    charts: rendered.charts.length,
  };
}

describe("writer parity: the Office.js writer and the .xlsx writer write the same workbook", () => {
  it.each([
    ["1", "starter"],
    ["3", "starter"],
  ] as const)(
    "drill %s (%s, file target): every cell, formula, number format, look, name, validation and chart helper cell",
    async (drill, mode) => {
      const plan = buildPlan(drill, { seed: 0, mode, target: "file" });
      const [office, file] = await Promise.all([renderOffice(plan), renderFile(plan)]);

      expect(differences(office, file).slice(0, 20)).toEqual([]);
      // Something was compared, of every kind.
      const seen = counts(office);
      expect(counts(file)).toEqual(seen);
      expect(seen.formulas).toBeGreaterThan(10);
      expect(seen.numberFormats).toBeGreaterThan(10);
      expect(seen.fills).toBeGreaterThan(0);
      expect(seen.names).toBe(plan.names.length);
      if (drill === "1") {
        expect(seen.helperCells).toBeGreaterThan(0);
        expect(seen.charts).toBeGreaterThan(0);
        expect(seen.validations).toBeGreaterThan(0);
      }
    },
    60_000
  );
});
