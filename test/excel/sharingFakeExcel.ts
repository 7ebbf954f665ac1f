/**
 * A recording fake of the Excel request context for "Prepare for sharing" and "Restore formulas":
 * reads (sheet list, names, used ranges with values/formulas/valueTypes, spill ranges) and writes
 * (sheets added by writePlan, range values and formulas, hyperlinks, visibility) are queued and only
 * land on `context.sync()`, like Office.js. Style and layout calls are accepted and ignored. Cells
 * hold what Excel would show; a written formula shows the value `calculate` gives it (null if none).
 */
import { cellA1, parseRange } from "../../src/domain/sheet/a1";
import type { ModelValue, WorkbookModel } from "../../src/domain/model/workbookModel";

export type SharingFakeCell = { value: ModelValue; formula?: string };
export type SharingFakeSheet = {
  name: string;
  cells: Map<string, SharingFakeCell>;
  visibility: string;
  links: Map<string, string>;
};

export type SharingFakeOptions = {
  /** Spill ranges by "Sheet!Anchor" (e.g. "D3 Model!C66" → "C66:E66"). */
  spills?: Record<string, string>;
  /** Throw on this sync (1-based), as Excel does when a request fails. */
  failOnSync?: number;
  /** What a written formula shows (Excel would calculate it). */
  calculate?: (sheet: string, address: string, formula: string) => ModelValue;
};

export class SharingFakeExcel {
  readonly sheets: SharingFakeSheet[];
  readonly names: { name: string; formula: string }[] = [];
  syncs = 0;
  /** "values"/"formulas" writes as "Sheet!Range", in order. */
  readonly writes: string[] = [];
  readonly spillProbes: string[] = [];
  readonly context: Excel.RequestContext;
  private pending: (() => void)[] = [];

  constructor(
    model: WorkbookModel,
    private readonly options: SharingFakeOptions = {}
  ) {
    this.sheets = model.sheets.map((sheet) => ({
      name: sheet.name,
      cells: new Map([...sheet.cells].map(([a, c]) => [a, { ...c }])),
      visibility: "Visible",
      links: new Map(),
    }));
    this.context = this.makeContext();
  }

  sheet(name: string): SharingFakeSheet {
    const found = this.sheets.find((s) => s.name.toUpperCase() === name.toUpperCase());
    if (!found) throw new Error(`ItemNotFound: no sheet "${name}"`);
    return found;
  }

  cell(sheet: string, address: string): SharingFakeCell | undefined {
    return this.sheet(sheet).cells.get(address);
  }

  /** The workbook as a model again (what readWorkbook would read next). */
  toModel(): WorkbookModel {
    return {
      sheets: this.sheets.map((s) => ({
        name: s.name,
        cells: new Map([...s.cells].map(([a, c]) => [a, { ...c }])),
      })),
      names: new Map(),
      formulaValuesKnown: true,
    };
  }

  private queue(action: () => void): void {
    this.pending.push(action);
  }

  private makeContext(): Excel.RequestContext {
    const fake = this;
    const worksheets: Record<string, unknown> = {
      items: [] as unknown[],
      load() {
        fake.queue(() => {
          worksheets.items = fake.sheets.map((s) => fake.worksheet(s.name));
        });
        return worksheets;
      },
      add(name: string) {
        fake.queue(() => {
          if (fake.sheets.some((s) => s.name.toUpperCase() === name.toUpperCase()))
            throw new Error(`ItemAlreadyExists: ${name}`);
          fake.sheets.push({ name, cells: new Map(), visibility: "Visible", links: new Map() });
        });
        return fake.worksheet(name);
      },
      getItem: (name: string) => fake.worksheet(name),
      getItemOrNullObject: (name: string) => ({
        delete: () =>
          fake.queue(() => {
            const i = fake.sheets.findIndex((s) => s.name === name);
            if (i >= 0) fake.sheets.splice(i, 1);
          }),
      }),
    };
    const collection = (fill: () => unknown[]) => {
      const target: Record<string, unknown> = { items: [] };
      target.load = () => {
        fake.queue(() => (target.items = fill()));
        return target;
      };
      return target;
    };
    const names = collection(() =>
      fake.names.map((n) => ({ name: n.name, formula: n.formula, type: "Range", value: n.formula }))
    );
    names.add = (name: string, formula: string) =>
      fake.queue(() => fake.names.push({ name, formula }));
    names.getItemOrNullObject = () => ({ delete: () => undefined });
    const context = {
      workbook: {
        worksheets,
        names,
        tables: collection(() => []),
      },
      sync: async () => {
        fake.syncs += 1;
        const actions = fake.pending;
        fake.pending = [];
        if (fake.options.failOnSync === fake.syncs)
          throw new Error("GeneralException: the request failed");
        for (const action of actions) action();
      },
    };
    return context as unknown as Excel.RequestContext;
  }

  private worksheet(name: string): unknown {
    const fake = this;
    const ws: Record<string, unknown> = {
      name,
      getRange: (address: string) => fake.range(name, address),
      getUsedRangeOrNullObject: () => fake.usedRange(name),
      activate: () => undefined,
      freezePanes: ignore(),
      notes: { add: () => undefined },
      charts: ignore(),
      tables: ignore(),
    };
    Object.defineProperty(ws, "visibility", {
      set: (value: string) => {
        fake.queue(() => (fake.sheet(name).visibility = value));
      },
    });
    Object.defineProperty(ws, "tabColor", { set: () => {} });
    Object.defineProperty(ws, "position", {
      set: (position: number) => {
        fake.queue(() => {
          const sheet = fake.sheet(name);
          fake.sheets.splice(fake.sheets.indexOf(sheet), 1);
          fake.sheets.splice(position, 0, sheet);
        });
      },
    });
    return ws;
  }

  private usedRange(name: string): unknown {
    const fake = this;
    const range: Record<string, unknown> = { isNullObject: false };
    range.load = () =>
      fake.queue(() => {
        const sheet = fake.sheet(name);
        const boxes = [...sheet.cells.keys()]
          .map((a) => parseRange(a))
          .filter((b) => b !== undefined);
        if (boxes.length === 0) {
          range.isNullObject = true;
          return;
        }
        const top = Math.min(...boxes.map((b) => b.top));
        const left = Math.min(...boxes.map((b) => b.left));
        const bottom = Math.max(...boxes.map((b) => b.bottom));
        const right = Math.max(...boxes.map((b) => b.right));
        const values: unknown[][] = [];
        const formulas: unknown[][] = [];
        const valueTypes: string[][] = [];
        for (let r = top; r <= bottom; r += 1) {
          const v: unknown[] = [];
          const f: unknown[] = [];
          const t: string[] = [];
          for (let c = left; c <= right; c += 1) {
            const cell = sheet.cells.get(cellA1({ row: r, column: c }));
            const value = cell?.value ?? null;
            const shown = value === null ? "" : typeof value === "object" ? value.error : value;
            v.push(shown);
            f.push(cell?.formula ?? shown);
            t.push(
              value === null || value === ""
                ? "Empty"
                : typeof value === "object"
                  ? "Error"
                  : typeof value === "number"
                    ? "Double"
                    : typeof value === "boolean"
                      ? "Boolean"
                      : "String"
            );
          }
          values.push(v);
          formulas.push(f);
          valueTypes.push(t);
        }
        const first = cellA1({ row: top, column: left });
        const last = cellA1({ row: bottom, column: right });
        Object.assign(range, {
          address: `'${name}'!${first}:${last}`,
          values,
          formulas,
          valueTypes,
        });
      });
    return range;
  }

  private range(sheetName: string, address: string): unknown {
    const fake = this;
    const write = (kind: "values" | "formulas", matrix: unknown[][]) => {
      const box = parseRange(address.replace(/\$/g, ""));
      if (!box) throw new Error(`InvalidArgument: ${address}`);
      if (
        matrix.length !== box.bottom - box.top + 1 ||
        matrix.some((row) => row.length !== box.right - box.left + 1)
      )
        throw new Error(`InvalidArgument: ${kind} matrix does not match ${address}`);
      fake.queue(() => {
        const sheet = fake.sheet(sheetName);
        fake.writes.push(`${kind} ${sheetName}!${address}`);
        // Like Excel: a spilling formula that is overwritten takes its spilled values with it.
        for (const [key, spill] of Object.entries(fake.options.spills ?? {})) {
          const [spillSheet = "", anchor = ""] = key.split("!");
          const anchorBox = parseRange(anchor);
          const spillBox = parseRange(spill);
          if (spillSheet !== sheetName || !anchorBox || !spillBox) continue;
          const inside =
            anchorBox.top >= box.top &&
            anchorBox.top <= box.bottom &&
            anchorBox.left >= box.left &&
            anchorBox.left <= box.right;
          if (!inside || sheet.cells.get(anchor)?.formula === undefined) continue;
          for (let r = spillBox.top; r <= spillBox.bottom; r += 1)
            for (let c = spillBox.left; c <= spillBox.right; c += 1)
              if (r !== anchorBox.top || c !== anchorBox.left)
                sheet.cells.delete(cellA1({ row: r, column: c }));
        }
        matrix.forEach((row, r) =>
          row.forEach((entry, c) => {
            const at = cellA1({ row: box.top + r, column: box.left + c });
            if (entry === null) return; // Office.js: null leaves the cell as it is
            if (entry === "") sheet.cells.delete(at);
            else if (typeof entry === "string" && entry.startsWith("'"))
              sheet.cells.set(at, { value: entry.slice(1) });
            else if (typeof entry === "string" && entry.startsWith("=")) {
              const value = fake.options.calculate?.(sheetName, at, entry) ?? null;
              sheet.cells.set(at, { value, formula: entry });
            } else sheet.cells.set(at, { value: entry as ModelValue });
          })
        );
      });
    };
    const range: Record<string, unknown> = {
      format: ignore(),
      dataValidation: ignore(),
      getSpillingToRangeOrNullObject: () => {
        const spill = fake.options.spills?.[`${sheetName}!${address}`];
        fake.spillProbes.push(`${sheetName}!${address}`);
        const result: Record<string, unknown> = { isNullObject: true };
        result.load = () =>
          fake.queue(() => {
            result.isNullObject = spill === undefined;
            if (spill) result.address = `'${sheetName}'!${spill}`;
          });
        return result;
      },
    };
    Object.defineProperty(range, "values", {
      set: (m: unknown[][]) => {
        write("values", m);
      },
    });
    Object.defineProperty(range, "formulas", {
      set: (m: unknown[][]) => {
        write("formulas", m);
      },
    });
    Object.defineProperty(range, "numberFormat", { set: () => {} });
    Object.defineProperty(range, "hyperlink", {
      set: (link: { documentReference: string }) => {
        fake.queue(() => fake.sheet(sheetName).links.set(address, link.documentReference));
      },
    });
    return range;
  }
}

/** Accepts any property write or call (styles, borders, freeze panes) and ignores it. */
function ignore(): unknown {
  const target = function () {} as unknown as Record<string, unknown>;
  return new Proxy(target, {
    get: (_t, property) => (property === "then" ? undefined : ignore()),
    set: () => true,
    apply: () => ignore(),
  });
}
