import { cellA1, parseCell } from "../sheet/a1";
import { DRILL_INFO_TITLE } from "../drills/common/drillInfoBlock";
import type { ModelValue, WorkbookModel } from "../model/workbookModel";

/** A drill's "Drill info" stamp as found in a workbook, so a coach can regenerate the same drill. */
export type DrillStamp = {
  sheet: string;
  /** The cell holding "Drill info" (A1 without sheet). */
  cell: string;
  drill: string;
  /** The variant seed as shown (a number for our stamps; text if someone typed one). */
  seed: number | string;
  generatorVersion: string;
  mode: string;
};

/** Labels of the stamp block (see `drillInfoBlock`) → the field they fill. */
const LABELS: Record<string, keyof Omit<DrillStamp, "sheet" | "cell">> = {
  DRILL: "drill",
  "VARIANT SEED": "seed",
  "GENERATOR VERSION": "generatorVersion",
  MODE: "mode",
};

/** How many rows under the title a stamp block may span. */
const BLOCK_ROWS = 6;

/**
 * Every "Drill info" stamp in a workbook, in sheet order: the drill, variant seed, generator version
 * and mode read from the label/value pairs under each "Drill info" title (the block `drillInfoBlock`
 * writes). When a block is missing, the `<prefix>_Drill`, `_Seed`, `_GeneratorVersion` and `_Mode`
 * names are read instead. A stamp without a drill is left out.
 *
 * @example
 * readDrillStamps(model)
 * //=> [{ sheet: "D3 Model", cell: "Q1", drill: "3", seed: 0, generatorVersion: "drill3-1", mode: "starter" }]
 */
export function readDrillStamps(model: WorkbookModel): DrillStamp[] {
  const stamps: DrillStamp[] = [];
  for (const sheet of model.sheets) {
    for (const [address, cell] of sheet.cells) {
      if (typeof cell.value !== "string" || cell.value.trim() !== DRILL_INFO_TITLE) continue;
      const title = parseCell(address);
      if (!title) continue;
      const found: Record<string, ModelValue> = {};
      for (let row = title.row + 1; row <= title.row + BLOCK_ROWS; row += 1) {
        const label = sheet.cells.get(cellA1({ row, column: title.column }))?.value;
        const field = typeof label === "string" ? LABELS[label.trim().toUpperCase()] : undefined;
        if (!field) continue;
        found[field] = sheet.cells.get(cellA1({ row, column: title.column + 1 }))?.value ?? null;
      }
      const stamp = toStamp(sheet.name, address, found);
      if (stamp) stamps.push(stamp);
    }
  }
  return stamps.length > 0 ? stamps : stampsFromNames(model);
}

function toStamp(
  sheet: string,
  cell: string,
  found: Record<string, ModelValue | undefined>
): DrillStamp | undefined {
  const drill = text(found.drill);
  if (drill === "") return undefined;
  const seed = found.seed;
  return {
    sheet,
    cell,
    drill,
    seed: typeof seed === "number" ? seed : text(seed),
    generatorVersion: text(found.generatorVersion),
    mode: text(found.mode),
  };
}

function stampsFromNames(model: WorkbookModel): DrillStamp[] {
  const stamps: DrillStamp[] = [];
  for (const name of model.names.values()) {
    const match = /^(.+)_DRILL$/i.exec(name.name);
    if (!match || !name.target) continue;
    const prefix = match[1] ?? "";
    const read = (suffix: string): ModelValue | undefined => {
      const target = model.names.get(`${prefix}_${suffix}`.toUpperCase())?.target;
      if (!target) return undefined;
      const sheet = model.sheets.find((s) => s.name.toUpperCase() === target.sheet.toUpperCase());
      return sheet?.cells.get(target.range.replace(/\$/g, "").toUpperCase())?.value;
    };
    const stamp = toStamp(name.target.sheet, name.target.range.replace(/\$/g, ""), {
      drill: read("Drill"),
      seed: read("Seed"),
      generatorVersion: read("GeneratorVersion"),
      mode: read("Mode"),
    });
    if (stamp) stamps.push(stamp);
  }
  return stamps;
}

function text(value: ModelValue | undefined): string {
  if (value === undefined || value === null) return "";
  if (typeof value === "object") return value.error;
  return String(value).trim();
}
