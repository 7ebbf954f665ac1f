/**
 * A recording fake of the slice of Excel's request context the writer uses. It behaves like Office.js
 * where that matters to a writer: writes are queued and only land on `context.sync()`, loaded
 * collections are empty until a sync, a 2-D assignment must match its range's size, a request over
 * Excel on the web's 5 MB limit is refused, and adding a sheet that exists throws.
 */
import { cellA1, mustParseCell, mustParseRange } from "../../src/domain/sheet/a1";
import { splitSheetRef } from "../../src/domain/sheet/sheetRef";

export type FakeCell = {
  value?: unknown;
  formula?: string;
  numberFormat?: string;
};

export type FakeCall = { target: string; path: string; value: unknown };

export type FakeSheet = {
  name: string;
  cells: Map<string, FakeCell>;
  /** Property writes and method calls on ranges, tables, charts… in order. */
  calls: FakeCall[];
  visibility: string;
  tabColor?: string;
  tables: { name: string; range: string; style?: string; showTotals?: boolean }[];
  charts: { type: string; source: string; calls: FakeCall[] }[];
  notes: { address: string; content: string }[];
};

export type FakeName = { name: string; formula: string; comment?: string };

export type FakeExcelOptions = {
  /** Throw on this sync (1-based), as Excel does when a request fails. */
  failOnSync?: number;
  /** Request size Excel refuses (Excel on the web: 5 MB). */
  requestLimitBytes?: number;
};

const encoder = new TextEncoder();

export class FakeExcel {
  readonly sheets: FakeSheet[] = [];
  readonly names: FakeName[] = [];
  readonly selections: string[] = [];
  active = "";
  syncs = 0;
  /** Payload bytes (values, formulas, number formats) sent in each sync. */
  readonly requestBytes: number[] = [];
  private pending: (() => void)[] = [];
  private pendingBytes = 0;
  private readonly options: FakeExcelOptions;
  readonly context: Excel.RequestContext;

  constructor(sheetNames: string[] = ["Sheet1"], options: FakeExcelOptions = {}) {
    this.options = options;
    for (const name of sheetNames) this.sheets.push(newSheet(name));
    this.active = sheetNames[0] ?? "";
    this.context = this.makeContext();
  }

  sheet(name: string): FakeSheet {
    const found = this.sheets.find((sheet) => sheet.name.toUpperCase() === name.toUpperCase());
    if (!found)
      throw new Error(
        `fake: no sheet "${name}" (have ${this.sheets.map((s) => s.name).join(", ")})`
      );
    return found;
  }

  cell(sheet: string, address: string): FakeCell | undefined {
    return this.sheet(sheet).cells.get(address);
  }

  private queue(action: () => void, bytes = 0): void {
    this.pending.push(action);
    this.pendingBytes += bytes;
  }

  private makeContext(): Excel.RequestContext {
    const fake = this;
    const worksheets = {
      load() {
        const collection = { items: [] as { name: string }[] };
        fake.queue(() => {
          collection.items = fake.sheets.map((sheet) => ({ name: sheet.name }));
        });
        return collection;
      },
      add(name: string) {
        fake.queue(() => {
          if (fake.sheets.some((sheet) => sheet.name.toUpperCase() === name.toUpperCase())) {
            throw new Error(`ItemAlreadyExists: a sheet named "${name}" exists`);
          }
          fake.sheets.push(newSheet(name));
        });
        return fake.worksheet(name);
      },
      getItem(name: string) {
        return fake.worksheet(name);
      },
      getItemOrNullObject(name: string) {
        return {
          delete() {
            fake.queue(() => {
              const index = fake.sheets.findIndex((sheet) => sheet.name === name);
              if (index >= 0) fake.sheets.splice(index, 1);
            });
          },
        };
      },
    };
    const names = {
      load() {
        const collection = { items: [] as Record<string, unknown>[] };
        fake.queue(() => {
          collection.items = fake.names.map((item) => fake.namedItem(item.name, { ...item }));
        });
        return collection;
      },
      add(name: string, reference: string, comment?: string) {
        fake.queue(() => {
          if (fake.names.some((item) => item.name.toUpperCase() === name.toUpperCase())) {
            throw new Error(`ItemAlreadyExists: name ${name}`);
          }
          fake.names.push({
            name,
            formula: reference,
            ...(comment === undefined ? {} : { comment }),
          });
        });
      },
      getItemOrNullObject(name: string) {
        return fake.namedItem(name, { name, formula: "" });
      },
    };
    const tables = {
      load() {
        const collection = { items: [] as { name: string }[] };
        fake.queue(() => {
          collection.items = fake.sheets.flatMap((sheet) =>
            sheet.tables.map((table) => ({ name: table.name }))
          );
        });
        return collection;
      },
    };
    const context = {
      workbook: { worksheets, names, tables },
      sync: async () => {
        fake.syncs += 1;
        const actions = fake.pending;
        const bytes = fake.pendingBytes;
        fake.pending = [];
        fake.pendingBytes = 0;
        fake.requestBytes.push(bytes);
        if (fake.options.failOnSync === fake.syncs) {
          // Like Excel: the request fails part-way; what ran before the failing action stays.
          actions.slice(0, Math.floor(actions.length / 2)).forEach((action) => action());
          throw new Error("GeneralException: the request failed");
        }
        const limit = fake.options.requestLimitBytes ?? 5 * 1024 * 1024;
        if (bytes > limit) throw new Error(`RequestPayloadSizeLimitExceeded: ${bytes} bytes`);
        for (const action of actions) action();
      },
    };
    return context as unknown as Excel.RequestContext;
  }

  private namedItem(name: string, initial: FakeName): Record<string, unknown> {
    const fake = this;
    const item: Record<string, unknown> = { ...initial };
    const find = () => fake.names.find((entry) => entry.name.toUpperCase() === name.toUpperCase());
    Object.defineProperty(item, "formula", {
      get: () => initial.formula,
      set: (formula: string) => {
        fake.queue(() => {
          const entry = find();
          if (entry) entry.formula = formula;
        });
      },
    });
    Object.defineProperty(item, "comment", {
      get: () => initial.comment,
      set: (comment: string) => {
        fake.queue(() => {
          const entry = find();
          if (entry) entry.comment = comment;
        });
      },
    });
    item["delete"] = () =>
      fake.queue(() => {
        const index = fake.names.findIndex(
          (entry) => entry.name.toUpperCase() === name.toUpperCase()
        );
        if (index >= 0) fake.names.splice(index, 1);
      });
    return item;
  }

  private worksheet(name: string): unknown {
    const fake = this;
    const onSheet = (action: (sheet: FakeSheet) => void, bytes = 0) =>
      fake.queue(() => action(fake.sheet(name)), bytes);
    const ws = {
      getRange: (address: string) => fake.range(name, address),
      activate: () => onSheet((sheet) => (fake.active = sheet.name)),
      tables: {
        add(range: string) {
          const table: FakeSheet["tables"][number] = { name: "", range };
          onSheet((sheet) => sheet.tables.push(table));
          return recorder((path, value) => onSheet(() => Object.assign(table, { [path]: value })));
        },
      },
      charts: {
        add(type: string, source: { address: string }) {
          const chart = { type, source: source.address, calls: [] as FakeCall[] };
          onSheet((sheet) => sheet.charts.push(chart));
          return recorder((path, value) =>
            onSheet(() => chart.calls.push({ target: "chart", path, value }))
          );
        },
      },
      notes: {
        add: (address: string, content: string) =>
          onSheet((sheet) => sheet.notes.push({ address, content })),
      },
      freezePanes: recorder((path, value) =>
        onSheet((sheet) => sheet.calls.push({ target: "freezePanes", path, value }))
      ),
    };
    Object.defineProperty(ws, "visibility", {
      set: (value: string) => {
        onSheet((sheet) => (sheet.visibility = value));
      },
    });
    Object.defineProperty(ws, "tabColor", {
      set: (value: string) => {
        onSheet((sheet) => (sheet.tabColor = value));
      },
    });
    return ws;
  }

  private range(sheetName: string, address: string): unknown {
    const fake = this;
    const qualified = `'${sheetName}'!${address}`;
    const onSheet = (action: (sheet: FakeSheet) => void, bytes = 0) =>
      fake.queue(() => action(fake.sheet(sheetName)), bytes);
    const write = (kind: "value" | "formula" | "numberFormat") => (matrix: unknown[][]) => {
      const { rows, columns, top, left } = size(address);
      if (
        !Array.isArray(matrix) ||
        matrix.length !== rows ||
        matrix.some((row) => row.length !== columns)
      ) {
        throw new Error(
          `InvalidArgument: ${kind} matrix does not match ${address} (${rows}×${columns})`
        );
      }
      onSheet(
        (sheet) => {
          matrix.forEach((row, r) =>
            row.forEach((entry, c) => {
              if (entry === null) return;
              const key = cellA1({ row: top + r, column: left + c });
              const cell = sheet.cells.get(key) ?? {};
              if (kind === "numberFormat") cell.numberFormat = String(entry);
              else if (typeof entry === "string" && entry.startsWith("=")) {
                cell.formula = entry;
                delete cell.value;
              } else {
                cell.value = entry;
                delete cell.formula;
              }
              sheet.cells.set(key, cell);
            })
          );
        },
        encoder.encode(JSON.stringify(matrix)).length
      );
    };
    const range = recorder((path, value) =>
      onSheet((sheet) => sheet.calls.push({ target: address, path, value }))
    ) as Record<string, unknown>;
    return new Proxy(range, {
      get(target, property) {
        if (property === "address") return qualified;
        if (property === "select") return () => fake.queue(() => fake.selections.push(qualified));
        return target[property as string];
      },
      set(_target, property, value) {
        if (property === "values") write("value")(value);
        else if (property === "formulas") write("formula")(value);
        else if (property === "numberFormat") write("numberFormat")(value);
        else
          onSheet((sheet) => sheet.calls.push({ target: address, path: String(property), value }));
        return true;
      },
    });
  }
}

/** Style calls that cover one cell, as "path=value" (e.g. "format.fill.color=#FBF6EA"). */
export function callsAt(sheet: FakeSheet, cell: string): string[] {
  const { row, column } = mustParseCell(cell);
  return sheet.calls
    .filter((call) => {
      if (!/^[A-Z]+\d+(:[A-Z]+\d+)?$/.test(call.target)) return false;
      const { rows, columns, top, left } = size(call.target);
      return row >= top && row < top + rows && column >= left && column < left + columns;
    })
    .map((call) => `${call.path}=${String(call.value)}`);
}

/** A proxy that records every property write and method call under a dotted path. */
function recorder(record: (path: string, value: unknown) => void, prefix = ""): unknown {
  const target = function () {} as unknown as Record<string, unknown>;
  return new Proxy(target, {
    get(_target, property) {
      if (property === "then") return undefined;
      return recorder(record, prefix ? `${prefix}.${String(property)}` : String(property));
    },
    set(_target, property, value) {
      record(prefix ? `${prefix}.${String(property)}` : String(property), value);
      return true;
    },
    apply(_target, _this, args) {
      record(
        `${prefix}()`,
        args.map((arg) =>
          typeof arg === "object" && arg && "address" in arg
            ? (arg as { address: string }).address
            : arg
        )
      );
      return recorder(record, `${prefix}()`);
    },
  });
}

function newSheet(name: string): FakeSheet {
  return {
    name,
    cells: new Map(),
    calls: [],
    visibility: "Visible",
    tables: [],
    charts: [],
    notes: [],
  };
}

/** A range's 1-based top-left cell and size. */
function size(address: string): { rows: number; columns: number; top: number; left: number } {
  const local = address.includes("!") ? (splitSheetRef(address)?.range ?? "") : address;
  const box = mustParseRange(local);
  return {
    rows: box.bottom - box.top + 1,
    columns: box.right - box.left + 1,
    top: box.top,
    left: box.left,
  };
}
