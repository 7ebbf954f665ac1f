/**
 * Builds "a drill worked with LUX.* formulas" as a workbook model, the way Excel with the add-in
 * would hold it: the native cells carry the values LibreOffice computes for the same drill written
 * for files (whose formulas are the native twins of the add-in's), and every LUX.* cell carries the
 * value our own custom-function implementations (src/functions) return for its arguments, spilled
 * results included.
 */
import "../support/customFunctionsStub";
import { parseCell, cellA1, parseRange } from "../../src/domain/sheet/a1";
import { sheetOfPrefix, splitSheetRef } from "../../src/domain/sheet/sheetRef";
import { tokenizeFormula, type FormulaToken } from "../../src/domain/sheet/tokenizeFormula";
import type {
  ModelCell,
  ModelName,
  ModelSheet,
  ModelValue,
  WorkbookModel,
} from "../../src/domain/model/workbookModel";
import type { SpillRange } from "../../src/domain/sharing/prepareSharing";
import type { WorkbookPlan } from "../../src/domain/plan/workbookPlan";
import {
  aovBridgeFunction,
  bridgeSegments,
  mixAov,
  mixBridge,
  ramp,
  safeShareFunction,
  seasonal,
  sellThroughBridgeFunction,
} from "../../src/functions/functions";
import { usesLux } from "../../src/domain/sharing/usesLux";

type Scalar = number | string | boolean | null;
type Value = Scalar | Scalar[][];

const LUX: Record<string, (...args: never[]) => unknown> = {
  "LUX.SAFESHARE": safeShareFunction,
  "LUX.RAMP": ramp,
  "LUX.SEASONAL": seasonal,
  "LUX.AOVBRIDGE": aovBridgeFunction,
  "LUX.STBRIDGE": sellThroughBridgeFunction,
  "LUX.MIXAOV": mixAov,
  "LUX.MIXBRIDGE": mixBridge,
  "LUX.BRIDGESEGMENTS": bridgeSegments,
};

export type WorkedWorkbook = {
  model: WorkbookModel;
  spills: SpillRange[];
  /** Every LUX.* formula cell: sheet, cell, formula, and the value the native twin computed (if any). */
  luxCells: {
    sheet: string;
    cell: string;
    formula: string;
    value: Value;
    nativeValue?: ModelValue;
  }[];
};

/**
 * The add-in plans as a worked model: formulas from `addinPlans`, values from `native` (the same
 * drills written for files and calculated by LibreOffice), LUX cells evaluated with src/functions.
 */
export function workedWorkbook(addinPlans: WorkbookPlan[], native: WorkbookModel): WorkedWorkbook {
  const sheets: ModelSheet[] = [];
  const names = new Map<string, ModelName>();
  for (const plan of addinPlans) {
    for (const name of plan.names) {
      const target = splitSheetRef(name.refersTo);
      if (!target) throw new Error(`name ${name.name} is not one range: ${name.refersTo}`);
      names.set(name.name.toUpperCase(), { name: name.name, refersTo: name.refersTo, target });
    }
    for (const sheet of plan.sheets) {
      const nativeSheet = native.sheets.find((s) => s.name === sheet.name);
      const cells = new Map<string, ModelCell>();
      for (const block of sheet.blocks) {
        const origin = parseCell(block.at);
        if (!origin) throw new Error(`bad block ${block.at}`);
        block.rows.forEach((row, r) =>
          row.forEach((cell, c) => {
            const address = cellA1({ row: origin.row + r, column: origin.column + c });
            const nativeValue = nativeSheet?.cells.get(address)?.value ?? null;
            if (cell.formula !== undefined)
              cells.set(address, { value: nativeValue, formula: cell.formula });
            else if (cell.value !== undefined && cell.value !== null)
              cells.set(address, { value: cell.value });
          })
        );
      }
      sheets.push({ name: sheet.name, cells });
    }
  }
  const model: WorkbookModel = { sheets, names, formulaValuesKnown: true };

  const spills: SpillRange[] = [];
  const luxCells: WorkedWorkbook["luxCells"] = [];
  for (const sheet of sheets) {
    for (const [address, cell] of [...sheet.cells]) {
      if (!cell.formula || !usesLux(cell.formula)) continue;
      const result = evaluate(model, sheet.name, cell.formula);
      const nativeValue = native.sheets
        .find((s) => s.name === sheet.name)
        ?.cells.get(address)?.value;
      luxCells.push({
        sheet: sheet.name,
        cell: address,
        formula: cell.formula,
        value: result,
        ...(nativeValue === undefined ? {} : { nativeValue }),
      });
      if (!Array.isArray(result)) {
        sheet.cells.set(address, { value: result, formula: cell.formula });
        continue;
      }
      const at = parseCell(address);
      if (!at) throw new Error(address);
      result.forEach((row, r) =>
        row.forEach((value, c) => {
          const target = cellA1({ row: at.row + r, column: at.column + c });
          if (r === 0 && c === 0)
            sheet.cells.set(target, { value, formula: cell.formula as string });
          else sheet.cells.set(target, { value });
        })
      );
      const end = cellA1({
        row: at.row + result.length - 1,
        column: at.column + (result[0]?.length ?? 1) - 1,
      });
      spills.push({ sheet: sheet.name, anchor: address, range: `${address}:${end}` });
    }
  }
  return { model, spills, luxCells };
}

/** A small evaluator for the formulas of LUX cells: arithmetic, references, names, LUX calls. */
export function evaluate(model: WorkbookModel, sheetName: string, formula: string): Value {
  const tokens = tokenizeFormula(formula.replace(/^=/, "")).filter((t) => t.kind !== "space");
  let i = 0;
  const peek = (): FormulaToken | undefined => tokens[i];
  const take = (): FormulaToken => {
    const token = tokens[i++];
    if (!token) throw new Error(`unexpected end of ${formula}`);
    return token;
  };
  const expect = (text: string) => {
    const token = take();
    if (token.text !== text) throw new Error(`expected ${text} in ${formula}, got ${token.text}`);
  };
  const num = (v: Value): number => {
    const s = Array.isArray(v) ? (v[0]?.[0] ?? null) : v;
    if (s === null || s === "") return 0;
    if (typeof s === "number") return s;
    if (typeof s === "boolean") return s ? 1 : 0;
    throw new Error(`text "${s}" in arithmetic of ${formula}`);
  };
  const sheetCells = (name: string) => {
    const sheet = model.sheets.find((s) => s.name.toUpperCase() === name.toUpperCase());
    if (!sheet) throw new Error(`no sheet ${name}`);
    return sheet.cells;
  };
  const readRange = (sheet: string, range: string): Value => {
    const box = parseRange(range.replace(/\$/g, ""));
    if (!box) throw new Error(`bad range ${range}`);
    const cells = sheetCells(sheet);
    const rows: Scalar[][] = [];
    for (let r = box.top; r <= box.bottom; r += 1) {
      const row: Scalar[] = [];
      for (let c = box.left; c <= box.right; c += 1) {
        const value = cells.get(cellA1({ row: r, column: c }))?.value ?? null;
        if (typeof value === "object" && value !== null)
          throw new Error(`error ${value.error} at ${range}`);
        row.push(value);
      }
      rows.push(row);
    }
    return rows.length === 1 && rows[0]?.length === 1 ? (rows[0][0] ?? null) : rows;
  };

  const primary = (): Value => {
    const token = take();
    if (token.kind === "number") return token.value;
    if (token.kind === "string") return token.text.slice(1, -1).replace(/""/g, '"');
    if (token.kind === "ref") {
      const sheet = sheetOfPrefix(token.sheet) ?? sheetName;
      return readRange(sheet, token.text.slice(token.sheet.length));
    }
    if (token.kind === "name") {
      if (/^TRUE$/i.test(token.text)) return true;
      if (/^FALSE$/i.test(token.text)) return false;
      const target = model.names.get(token.text.toUpperCase())?.target;
      if (!target) throw new Error(`unknown name ${token.text}`);
      return readRange(target.sheet, target.range);
    }
    if (token.kind === "function") {
      expect("(");
      const args: Value[] = [];
      if (peek()?.text !== ")") {
        args.push(comparison());
        while (peek()?.text === ",") {
          take();
          args.push(comparison());
        }
      }
      expect(")");
      const fn = LUX[token.text.toUpperCase()];
      if (!fn) throw new Error(`cannot evaluate ${token.text} in ${formula}`);
      // Ranges arrive as 2-D arrays and single cells as scalars, as Excel passes them.
      return (fn as (...a: Value[]) => Value)(...args);
    }
    if (token.text === "(") {
      const inner = comparison();
      expect(")");
      return inner;
    }
    if (token.text === "-") return -num(primary());
    if (token.text === "+") return num(primary());
    throw new Error(`cannot read ${token.text} in ${formula}`);
  };
  const power = (): Value => {
    let left = primary();
    while (peek()?.text === "^") {
      take();
      left = num(left) ** num(primary());
    }
    return left;
  };
  const term = (): Value => {
    let left = power();
    while (peek()?.text === "*" || peek()?.text === "/") {
      const op = take().text;
      const right = power();
      left = op === "*" ? num(left) * num(right) : num(left) / num(right);
    }
    return left;
  };
  const additive = (): Value => {
    let left = term();
    while (peek()?.text === "+" || peek()?.text === "-") {
      const op = take().text;
      const right = term();
      left = op === "+" ? num(left) + num(right) : num(left) - num(right);
    }
    return left;
  };
  const comparison = (): Value => additive();

  const result = comparison();
  if (i !== tokens.length)
    throw new Error(
      `left over in ${formula}: ${tokens
        .slice(i)
        .map((t) => t.text)
        .join("")}`
    );
  return result;
}
