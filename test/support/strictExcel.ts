/**
 * The one Office.js double of every Excel-side test and bench: a workbook behind a request context
 * that behaves like Excel's where an adapter can get it wrong.
 *
 * - Proxies queue work; writes land and loaded properties become readable only on `context.sync()`.
 * - Reading a property that was not loaded (or before the sync that loads it) throws
 *   `PropertyNotLoaded`, as Office.js does; so does `isNullObject` before a sync.
 * - `getItem` of a missing sheet fails at the sync with `ItemNotFound`; the `…OrNullObject` variants
 *   give `isNullObject` instead. Adding a sheet that exists fails with `ItemAlreadyExists`. A 2-D
 *   assignment that does not match its range fails with `InvalidArgument`.
 * - Every sync is measured: request bytes are the UTF-8 length of the JSON of what it sends (each
 *   property written, each method's arguments, each load asked for), response bytes the UTF-8 length
 *   of the JSON of what it loads (grids, addresses, names). A sync over either limit (Excel on the
 *   web: 5 MB each way) fails with `RequestPayloadSizeLimitExceeded` or
 *   `ResponsePayloadSizeLimitExceeded`; the bytes of every sync are recorded.
 *
 * Style and layout calls (fonts, fills, borders, widths, freeze panes, charts' details) are recorded
 * per sheet as `{ target, path, value }` without modelling how they look. Excel's own envelope around
 * each call is not counted: the measure is the payload, which is what grows with a workbook.
 */
import {
  cellA1,
  mustParseCell,
  parseRange,
  rangeA1,
  type RangeBox,
} from "../../src/domain/sheet/a1";
import { isErrorLiteral } from "../../src/domain/sheet/errorLiterals";
import { qualify, splitSheetRef } from "../../src/domain/sheet/sheetRef";
import { resolveNameTarget } from "../../src/domain/check/resolveNameTarget";
import type {
  ModelCell,
  ModelName,
  ModelValue,
  WorkbookModel,
} from "../../src/domain/model/workbookModel";

/** Excel on the web's limit on a request and on a response: 5 MB. */
export const EXCEL_WEB_PAYLOAD_LIMIT = 5 * 1024 * 1024;

export type StrictCell = {
  /** What the cell shows (a formula's result when known); `{ error }` for an error value. */
  value?: ModelValue;
  formula?: string;
  numberFormat?: string;
};

export type StrictCall = { target: string; path: string; value: unknown };

export type StrictSheet = {
  name: string;
  cells: Map<string, StrictCell>;
  /** Style and layout writes and calls on its ranges, freeze panes, … in the order they landed. */
  calls: StrictCall[];
  visibility: string;
  tabColor?: string;
  tables: { name: string; range: string; style?: string; showTotals?: boolean }[];
  charts: { type: string; source: string; calls: StrictCall[] }[];
  notes: { address: string; content: string }[];
  /** In-workbook hyperlinks by cell. */
  links: Map<string, string>;
};

export type StrictName = {
  name: string;
  formula: string;
  comment?: string;
  /** Where a name that is not a plain reference (OFFSET, INDEX…) evaluates to, as Excel would. */
  target?: { sheet: string; range: string };
};

export type StrictExcelOptions = {
  /** Largest request Excel accepts (default 5 MB). */
  requestLimitBytes?: number;
  /** Largest response Excel returns (default 5 MB). */
  responseLimitBytes?: number;
  /** Fail this sync (1-based) with a GeneralException, as Excel does when a request fails. */
  failOnSync?: number;
  /** With `failOnSync`: the first half of that request's work lands before the failure. */
  failPartWay?: boolean;
  /**
   * Asked at every sync (1-based count) before its work lands: may wait (a slow Excel) and may fail
   * that sync like `failOnSync`, wholly ("fail": nothing lands) or "fail-part-way". Read anew at each
   * sync, so a test can arm a failure for whatever run comes next.
   */
  onSync?: (sync: number) => SyncFault | undefined | Promise<SyncFault | undefined>;
  /** Where a formula spills, by "Sheet!Anchor" (e.g. "D3 Model!C66" → "C66:E66"). */
  spills?: Record<string, string>;
  /** What a written formula shows (Excel would calculate it); no value when absent. */
  calculate?: (sheet: string, address: string, formula: string) => ModelValue | undefined;
};

/** How `onSync` fails a sync: nothing of it lands, or the first half of its work does. */
export type SyncFault = "fail" | "fail-part-way";

/** One sync as measured. */
export type SyncRecord = { requestBytes: number; responseBytes: number };

type Response = { bytes: number; publish: (() => void)[] };
type Action = { bytes: number; run: (response: Response) => void };

const encoder = new TextEncoder();
const jsonBytes = (value: unknown): number => encoder.encode(JSON.stringify(value)).length;

function officeError(code: string, message: string): Error {
  const error = new Error(`${code}: ${message}`) as Error & { code: string };
  error.code = code;
  return error;
}

function notLoaded(property: string): Error {
  return officeError(
    "PropertyNotLoaded",
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`
  );
}

function propertyList(properties?: string | string[]): string[] {
  const list = Array.isArray(properties) ? properties : (properties ?? "").split(",");
  return list.map((p) => p.trim()).filter((p) => p !== "");
}

export class StrictExcel {
  readonly sheets: StrictSheet[] = [];
  readonly names: StrictName[] = [];
  /** Ranges selected, sheet-qualified. */
  readonly selections: string[] = [];
  /** Range writes of values or formulas as "values Sheet!A1:B2", in the order they landed. */
  readonly writes: string[] = [];
  /** Spill ranges asked for, as "Sheet!Anchor". */
  readonly spillProbes: string[] = [];
  /** Every sync, measured. */
  readonly syncLog: SyncRecord[] = [];
  active = "";
  readonly context: Excel.RequestContext;
  private pending: Action[] = [];

  constructor(
    sheetNames: string[] = ["Sheet1"],
    readonly options: StrictExcelOptions = {}
  ) {
    for (const name of sheetNames) this.sheets.push(newSheet(name));
    this.active = sheetNames[0] ?? "";
    this.context = {
      workbook: new WorkbookProxy(this),
      sync: () => this.sync(),
    } as unknown as Excel.RequestContext;
  }

  /** A workbook holding a read model's sheets, cells and names (each name at its target). */
  static fromModel(model: WorkbookModel, options: StrictExcelOptions = {}): StrictExcel {
    const excel = new StrictExcel([], options);
    for (const sheet of model.sheets) {
      const copy = newSheet(sheet.name);
      for (const [address, cell] of sheet.cells) copy.cells.set(address, { ...cell });
      excel.sheets.push(copy);
    }
    excel.active = model.sheets[0]?.name ?? "";
    for (const entry of model.names.values()) {
      const name: StrictName = { name: entry.name, formula: `=${entry.refersTo}` };
      if (entry.target) name.target = entry.target;
      excel.names.push(name);
    }
    return excel;
  }

  get syncs(): number {
    return this.syncLog.length;
  }

  get requestBytes(): number[] {
    return this.syncLog.map((s) => s.requestBytes);
  }

  get responseBytes(): number[] {
    return this.syncLog.map((s) => s.responseBytes);
  }

  largestRequest(): number {
    return Math.max(0, ...this.requestBytes);
  }

  largestResponse(): number {
    return Math.max(0, ...this.responseBytes);
  }

  findSheet(name: string): StrictSheet | undefined {
    return this.sheets.find((sheet) => sheet.name.toUpperCase() === name.toUpperCase());
  }

  /** The sheet (for assertions); throws like Excel's ItemNotFound when there is none. */
  sheet(name: string): StrictSheet {
    const found = this.findSheet(name);
    if (!found) {
      throw officeError(
        "ItemNotFound",
        `no sheet "${name}" (have ${this.sheets.map((s) => s.name).join(", ")})`
      );
    }
    return found;
  }

  cell(sheet: string, address: string): StrictCell | undefined {
    return this.sheet(sheet).cells.get(address);
  }

  /** Where a sheet's used range is (formatted cells included), as getUsedRange(false) finds it. */
  usedBox(sheet: string): RangeBox | undefined {
    return usedBox(this.sheet(sheet), false);
  }

  /**
   * The whole workbook as a read model, every cell of every sheet with names resolved as the
   * adapters resolve them: what a read without any limit would give.
   */
  toModel(): WorkbookModel {
    const sheetNames = this.sheets.map((sheet) => sheet.name);
    const names = new Map<string, ModelName>();
    for (const entry of this.names) {
      const refersTo = entry.formula.replace(/^=/, "");
      const name: ModelName = { name: entry.name, refersTo };
      const target = /#REF!/i.test(refersTo)
        ? undefined
        : resolveNameTarget(
            entry.target ? qualify(entry.target.sheet, entry.target.range) : refersTo,
            sheetNames
          );
      if (target) name.target = target;
      names.set(entry.name.toUpperCase(), name);
    }
    return {
      sheets: this.sheets.map((sheet) => ({
        name: sheet.name,
        cells: new Map(
          [...sheet.cells].flatMap(([address, cell]): [string, ModelCell][] => {
            if (cell.formula !== undefined)
              return [[address, { value: cell.value ?? null, formula: cell.formula }]];
            if ((cell.value ?? "") === "") return [];
            return [[address, { value: cell.value ?? null }]];
          })
        ),
      })),
      names,
      formulaValuesKnown: true,
    };
  }

  findName(name: string): StrictName | undefined {
    return this.names.find((entry) => entry.name.toUpperCase() === name.toUpperCase());
  }

  /** Queues work for the next sync, with the request bytes it sends. */
  queue(request: unknown, run: (response: Response) => void): void {
    this.pending.push({ bytes: jsonBytes(request), run });
  }

  private async sync(): Promise<void> {
    const actions = this.pending;
    this.pending = [];
    const requestBytes = actions.reduce((sum, action) => sum + action.bytes, 0);
    const response: Response = { bytes: 0, publish: [] };
    const record: SyncRecord = { requestBytes, responseBytes: 0 };
    this.syncLog.push(record);
    await Promise.resolve();
    const requestLimit = this.options.requestLimitBytes ?? EXCEL_WEB_PAYLOAD_LIMIT;
    if (requestBytes > requestLimit) {
      throw officeError(
        "RequestPayloadSizeLimitExceeded",
        `the request is ${requestBytes} bytes, over the ${requestLimit}-byte limit`
      );
    }
    const fault =
      (await this.options.onSync?.(this.syncs)) ??
      (this.options.failOnSync === this.syncs
        ? this.options.failPartWay
          ? "fail-part-way"
          : "fail"
        : undefined);
    if (fault) {
      // Like Excel: the request stops at a failing action; what ran before it stays.
      const ran = fault === "fail-part-way" ? Math.floor(actions.length / 2) : 0;
      for (const action of actions.slice(0, ran)) action.run(response);
      throw officeError("GeneralException", "the request failed");
    }
    for (const action of actions) action.run(response);
    record.responseBytes = response.bytes;
    const responseLimit = this.options.responseLimitBytes ?? EXCEL_WEB_PAYLOAD_LIMIT;
    if (response.bytes > responseLimit) {
      throw officeError(
        "ResponsePayloadSizeLimitExceeded",
        `the response is ${response.bytes} bytes, over the ${responseLimit}-byte limit`
      );
    }
    for (const publish of response.publish) publish();
  }
}

/** Style calls that cover one cell, as "path=value" (e.g. "format.fill.color=#FBF6EA"). */
export function callsAt(sheet: StrictSheet, cell: string): string[] {
  const { row, column } = mustParseCell(cell);
  return sheet.calls
    .filter((call) => {
      const box = parseRange(call.target);
      return (
        box && row >= box.top && row <= box.bottom && column >= box.left && column <= box.right
      );
    })
    .map((call) => `${call.path}=${String(call.value)}`);
}

function newSheet(name: string): StrictSheet {
  return {
    name,
    cells: new Map(),
    calls: [],
    visibility: "Visible",
    tables: [],
    charts: [],
    notes: [],
    links: new Map(),
  };
}

/**
 * What every proxy shares: `load` queues a snapshot of the asked properties, published at the sync;
 * `read` gives a loaded property or throws PropertyNotLoaded.
 */
abstract class ClientObject {
  private readonly loaded = new Map<string, unknown>();
  private synced = false;
  private nullObject = false;

  constructor(protected readonly excel: StrictExcel) {}

  /** The value of a property as the workbook holds it now (at the sync that loads it). */
  protected abstract snapshot(property: string): unknown;

  /** For …OrNullObject proxies: whether the object exists, asked at the sync. */
  protected exists(): boolean {
    return true;
  }

  /** Queues the existence check of an …OrNullObject proxy (or a getItem's ItemNotFound). */
  protected resolveAtSync(required: () => void): void {
    this.excel.queue(["resolve"], (response) => {
      required();
      const missing = !this.exists();
      response.publish.push(() => {
        this.synced = true;
        this.nullObject = missing;
      });
    });
  }

  get isNullObject(): boolean {
    if (!this.synced) throw notLoaded("isNullObject");
    return this.nullObject;
  }

  load(properties?: string | string[]): this {
    const wanted = propertyList(properties);
    this.excel.queue(["load", wanted], (response) => {
      if (!this.exists()) {
        response.publish.push(() => (this.synced = true));
        return;
      }
      const values = wanted.map((property) => [property, this.snapshot(property)] as const);
      response.bytes += jsonBytes(Object.fromEntries(values));
      response.publish.push(() => {
        this.synced = true;
        for (const [property, value] of values) this.loaded.set(property, value);
      });
    });
    return this;
  }

  protected read<T>(property: string): T {
    if (this.nullObject) {
      throw officeError("InvalidObjectPath", `the object is a null object (${property})`);
    }
    if (!this.loaded.has(property)) throw notLoaded(property);
    return this.loaded.get(property) as T;
  }

  /** Sets a loaded property directly (a collection's items arrive with theirs). */
  protected preload(property: string, value: unknown): void {
    this.loaded.set(property, value);
    this.synced = true;
  }

  /** For collections: items come loaded with the properties asked for after "items/". */
  static preloadItem(item: ClientObject, property: string, value: unknown): void {
    item.preload(property, value);
  }
}

/** A collection whose `load("items/x,items/y")` loads its items and each item's x and y. */
abstract class CollectionProxy<Item extends ClientObject> {
  private loadedItems: Item[] | undefined;

  constructor(protected readonly excel: StrictExcel) {}

  protected abstract current(): { item: Item; read: (property: string) => unknown }[];

  get items(): Item[] {
    if (!this.loadedItems) throw notLoaded("items");
    return this.loadedItems;
  }

  load(properties?: string | string[]): this {
    const wanted = propertyList(properties).map((p) => p.replace(/^items\//, ""));
    this.excel.queue(["load", wanted], (response) => {
      const entries = this.current().map(({ item, read }) => ({
        item,
        values: wanted.map((property) => [property, read(property)] as const),
      }));
      response.bytes += jsonBytes(entries.map((entry) => Object.fromEntries(entry.values)));
      response.publish.push(() => {
        for (const { item, values } of entries) {
          for (const [property, value] of values) ClientObject.preloadItem(item, property, value);
        }
        this.loadedItems = entries.map((entry) => entry.item);
      });
    });
    return this;
  }
}

class WorkbookProxy {
  readonly worksheets: WorksheetCollection;
  readonly names: NameCollection;
  readonly tables: TableCollection;

  constructor(excel: StrictExcel) {
    this.worksheets = new WorksheetCollection(excel);
    this.names = new NameCollection(excel);
    this.tables = new TableCollection(excel);
  }
}

class WorksheetCollection extends CollectionProxy<WorksheetProxy> {
  protected current() {
    return this.excel.sheets.map((sheet) => ({
      item: new WorksheetProxy(this.excel, sheet.name, "existing"),
      read: (property: string) => sheetProperty(this.excel, sheet, property),
    }));
  }

  add(name: string): WorksheetProxy {
    this.excel.queue(["worksheets.add", name], () => {
      if (this.excel.findSheet(name)) {
        throw officeError("ItemAlreadyExists", `a sheet named "${name}" exists`);
      }
      this.excel.sheets.push(newSheet(name));
    });
    return new WorksheetProxy(this.excel, name, "existing");
  }

  getItem(name: string): WorksheetProxy {
    return new WorksheetProxy(this.excel, name, "required");
  }

  getItemOrNullObject(name: string): WorksheetProxy {
    return new WorksheetProxy(this.excel, name, "orNull");
  }
}

function sheetProperty(excel: StrictExcel, sheet: StrictSheet, property: string): unknown {
  if (property === "name") return sheet.name;
  if (property === "visibility") return sheet.visibility;
  if (property === "position") return excel.sheets.indexOf(sheet);
  if (property === "tabColor") return sheet.tabColor ?? "";
  throw officeError("InvalidArgument", `the double does not load Worksheet.${property}`);
}

class WorksheetProxy extends ClientObject {
  readonly tables: { add: (range: string, hasHeaders: boolean) => unknown };
  readonly charts: { add: (type: string, source: RangeProxy, seriesBy?: string) => unknown };
  readonly notes: { add: (address: string, content: string) => void };
  readonly freezePanes: unknown;

  constructor(
    excel: StrictExcel,
    private readonly sheetName: string,
    kind: "existing" | "required" | "orNull"
  ) {
    super(excel);
    if (kind === "required") this.resolveAtSync(() => this.excel.sheet(sheetName));
    if (kind === "orNull") this.resolveAtSync(() => undefined);
    const onSheet = (request: unknown, action: (sheet: StrictSheet) => void) =>
      excel.queue(request, () => action(excel.sheet(sheetName)));
    this.tables = {
      add: (range, hasHeaders) => {
        const table: StrictSheet["tables"][number] = { name: "", range };
        onSheet(["tables.add", range, hasHeaders], (sheet) => sheet.tables.push(table));
        return recorder(excel, "table", (path, value) => {
          Object.assign(table, { [path]: value });
        });
      },
    };
    this.charts = {
      add: (type, source, seriesBy) => {
        const chart = { type, source: source.reference(), calls: [] as StrictCall[] };
        onSheet(["charts.add", type, chart.source, seriesBy], (sheet) => sheet.charts.push(chart));
        return recorder(excel, "chart", (path, value) =>
          chart.calls.push({ target: "chart", path, value })
        );
      },
    };
    this.notes = {
      add: (address, content) =>
        onSheet(["notes.add", address, content], (sheet) => sheet.notes.push({ address, content })),
    };
    this.freezePanes = recorder(excel, "freezePanes", (path, value) =>
      excel.sheet(sheetName).calls.push({ target: "freezePanes", path, value })
    );
  }

  protected override exists(): boolean {
    return this.excel.findSheet(this.sheetName) !== undefined;
  }

  protected snapshot(property: string): unknown {
    return sheetProperty(this.excel, this.excel.sheet(this.sheetName), property);
  }

  get name(): string {
    return this.read("name");
  }

  set visibility(value: string) {
    this.excel.queue(
      ["visibility", value],
      () => (this.excel.sheet(this.sheetName).visibility = value)
    );
  }

  get visibility(): string {
    return this.read("visibility");
  }

  set tabColor(value: string) {
    this.excel.queue(
      ["tabColor", value],
      () => (this.excel.sheet(this.sheetName).tabColor = value)
    );
  }

  set position(position: number) {
    this.excel.queue(["position", position], () => {
      const sheet = this.excel.sheet(this.sheetName);
      this.excel.sheets.splice(this.excel.sheets.indexOf(sheet), 1);
      this.excel.sheets.splice(position, 0, sheet);
    });
  }

  get position(): number {
    return this.read("position");
  }

  activate(): void {
    this.excel.queue(
      ["activate"],
      () => (this.excel.active = this.excel.sheet(this.sheetName).name)
    );
  }

  delete(): void {
    this.excel.queue(["delete"], () => {
      const sheet = this.excel.findSheet(this.sheetName);
      if (sheet) this.excel.sheets.splice(this.excel.sheets.indexOf(sheet), 1);
    });
  }

  getRange(address: string): RangeProxy {
    const sheetName = this.sheetName;
    const local = address.replace(/\$/g, "");
    return new RangeProxy(
      this.excel,
      sheetName,
      () => ({ sheet: this.excel.sheet(sheetName), address: local }),
      false,
      local
    );
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): RangeProxy {
    const sheetName = this.sheetName;
    return new RangeProxy(
      this.excel,
      sheetName,
      () => {
        const sheet = this.excel.sheet(sheetName);
        const box = usedBox(sheet, valuesOnly === true);
        return box ? { sheet, address: rangeA1(box) } : undefined;
      },
      true
    );
  }
}

/** The smallest rectangle holding every cell with content (and, unless valuesOnly, a format). */
function usedBox(sheet: StrictSheet, valuesOnly: boolean): RangeBox | undefined {
  let box: RangeBox | undefined;
  for (const [address, cell] of sheet.cells) {
    if (valuesOnly && cell.formula === undefined && (cell.value ?? "") === "") continue;
    const at = mustParseCell(address);
    box = box
      ? {
          top: Math.min(box.top, at.row),
          left: Math.min(box.left, at.column),
          bottom: Math.max(box.bottom, at.row),
          right: Math.max(box.right, at.column),
        }
      : { top: at.row, left: at.column, bottom: at.row, right: at.column };
  }
  return box;
}

type RangeTarget = { sheet: StrictSheet; address: string };

class RangeProxy extends ClientObject {
  readonly format: unknown;
  readonly dataValidation: unknown;

  constructor(
    excel: StrictExcel,
    private readonly sheetName: string,
    /** Where the range is, asked when the sync runs; undefined for a null object. */
    private readonly target: () => RangeTarget | undefined,
    orNull = false,
    /** The address getRange was given (known before the sheet exists). */
    private readonly given?: string
  ) {
    super(excel);
    if (orNull) this.resolveAtSync(() => undefined);
    const record = (prefix: string) =>
      recorder(excel, prefix, (path, value) => {
        const at = this.mustTarget();
        at.sheet.calls.push({ target: at.address, path: `${prefix}.${path}`, value });
      });
    this.format = record("format");
    this.dataValidation = record("dataValidation");
  }

  protected override exists(): boolean {
    return this.target() !== undefined;
  }

  private mustTarget(): RangeTarget {
    const at = this.target();
    if (!at) throw officeError("InvalidObjectPath", "the range is a null object");
    return at;
  }

  /** "'Sheet'!A1:B2", for what a call takes a range as (a chart's source, freezeAt). */
  reference(): string {
    if (this.given !== undefined) return qualify(this.sheetName, this.given);
    const at = this.target();
    return at ? qualify(at.sheet.name, at.address) : qualify(this.sheetName, "?");
  }

  protected snapshot(property: string): unknown {
    const { sheet, address } = this.mustTarget();
    if (property === "address") return qualify(sheet.name, address);
    const box = parseRange(address);
    if (!box)
      throw officeError("InvalidArgument", `the double cannot load ${property} of ${address}`);
    if (property === "rowCount") return box.bottom - box.top + 1;
    if (property === "columnCount") return box.right - box.left + 1;
    const grid = (of: (cell: StrictCell | undefined) => unknown) =>
      Array.from({ length: box.bottom - box.top + 1 }, (_, r) =>
        Array.from({ length: box.right - box.left + 1 }, (_, c) =>
          of(sheet.cells.get(cellA1({ row: box.top + r, column: box.left + c })))
        )
      );
    if (property === "values") return grid((cell) => shown(cell));
    if (property === "formulas") return grid((cell) => cell?.formula ?? shown(cell));
    if (property === "valueTypes") return grid((cell) => valueType(cell));
    if (property === "numberFormat") return grid((cell) => cell?.numberFormat ?? "General");
    throw officeError("InvalidArgument", `the double does not load Range.${property}`);
  }

  get address(): string {
    return this.read("address");
  }
  get values(): unknown[][] {
    return this.read("values");
  }
  set values(matrix: unknown[][]) {
    this.write("values", matrix);
  }
  get formulas(): unknown[][] {
    return this.read("formulas");
  }
  set formulas(matrix: unknown[][]) {
    this.write("formulas", matrix);
  }
  get numberFormat(): unknown[][] {
    return this.read("numberFormat");
  }
  set numberFormat(matrix: unknown[][]) {
    this.write("numberFormat", matrix);
  }
  get valueTypes(): string[][] {
    return this.read("valueTypes");
  }
  get rowCount(): number {
    return this.read("rowCount");
  }
  get columnCount(): number {
    return this.read("columnCount");
  }

  set hyperlink(link: { documentReference?: string }) {
    this.excel.queue(["hyperlink", link], () => {
      const { sheet, address } = this.mustTarget();
      sheet.calls.push({ target: address, path: "hyperlink", value: link });
      if (link.documentReference !== undefined) sheet.links.set(address, link.documentReference);
    });
  }

  select(): void {
    this.excel.queue(["select"], () => this.excel.selections.push(this.reference()));
  }

  getSpillingToRangeOrNullObject(): RangeProxy {
    const anchor = this.target;
    const probe = `${this.sheetName}!${this.given ?? "?"}`;
    this.excel.spillProbes.push(probe);
    const spill = this.excel.options.spills?.[probe];
    return new RangeProxy(
      this.excel,
      this.sheetName,
      () => {
        const at = anchor();
        return at && spill !== undefined ? { sheet: at.sheet, address: spill } : undefined;
      },
      true
    );
  }

  private write(kind: "values" | "formulas" | "numberFormat", matrix: unknown[][]): void {
    this.excel.queue([kind, matrix], () => {
      const { sheet, address } = this.mustTarget();
      const box = parseRange(address);
      if (!box) throw officeError("InvalidArgument", `${kind} cannot be written to ${address}`);
      const rows = box.bottom - box.top + 1;
      const columns = box.right - box.left + 1;
      if (
        !Array.isArray(matrix) ||
        matrix.length !== rows ||
        matrix.some((row) => !Array.isArray(row) || row.length !== columns)
      ) {
        throw officeError(
          "InvalidArgument",
          `the ${kind} matrix does not match ${address} (${rows}×${columns})`
        );
      }
      if (kind === "numberFormat") {
        matrix.forEach((row, r) =>
          row.forEach((entry, c) => {
            if (entry === null) return;
            const key = cellA1({ row: box.top + r, column: box.left + c });
            sheet.cells.set(key, { ...sheet.cells.get(key), numberFormat: String(entry) });
          })
        );
        return;
      }
      this.excel.writes.push(`${kind} ${sheet.name}!${address}`);
      clearSpills(this.excel, sheet, box);
      matrix.forEach((row, r) =>
        row.forEach((entry, c) => {
          const key = cellA1({ row: box.top + r, column: box.left + c });
          writeEntry(this.excel, sheet, key, entry);
        })
      );
    });
  }
}

/** Like Excel: a spilling formula that is overwritten takes its spilled values with it. */
function clearSpills(excel: StrictExcel, sheet: StrictSheet, box: RangeBox): void {
  for (const [key, spill] of Object.entries(excel.options.spills ?? {})) {
    const split = key.lastIndexOf("!");
    const anchor = key.slice(split + 1);
    const anchorAt = parseRange(anchor);
    const spillBox = parseRange(spill);
    if (key.slice(0, split) !== sheet.name || !anchorAt || !spillBox) continue;
    const inside =
      anchorAt.top >= box.top &&
      anchorAt.top <= box.bottom &&
      anchorAt.left >= box.left &&
      anchorAt.left <= box.right;
    if (!inside || sheet.cells.get(anchor)?.formula === undefined) continue;
    for (let r = spillBox.top; r <= spillBox.bottom; r += 1)
      for (let c = spillBox.left; c <= spillBox.right; c += 1)
        if (r !== anchorAt.top || c !== anchorAt.left)
          sheet.cells.delete(cellA1({ row: r, column: c }));
  }
}

/**
 * One entry of a values or formulas matrix, as Excel takes it: null leaves the cell, "" clears it,
 * a leading apostrophe keeps the rest as text, a leading "=" makes a formula, anything else a value.
 */
function writeEntry(excel: StrictExcel, sheet: StrictSheet, key: string, entry: unknown): void {
  if (entry === null || entry === undefined) return;
  const cell: StrictCell = { ...sheet.cells.get(key) };
  delete cell.value;
  delete cell.formula;
  if (typeof entry === "string" && entry.startsWith("'")) cell.value = entry.slice(1);
  else if (typeof entry === "string" && entry.startsWith("=")) {
    cell.formula = entry;
    const value = excel.options.calculate?.(sheet.name, key, entry);
    if (value !== undefined) cell.value = value;
  } else if (entry !== "") cell.value = entry as ModelValue;
  if (Object.keys(cell).length === 0) sheet.cells.delete(key);
  else sheet.cells.set(key, cell);
}

/** What Range.values shows for a cell: "" when empty, the error text for an error. */
function shown(cell: StrictCell | undefined): unknown {
  const value = cell?.value ?? null;
  if (value === null) return "";
  return typeof value === "object" ? value.error : value;
}

function valueType(cell: StrictCell | undefined): string {
  const value = cell?.value ?? null;
  if (value === null || value === "") return "Empty";
  if (typeof value === "object") return "Error";
  if (typeof value === "number") return "Double";
  if (typeof value === "boolean") return "Boolean";
  return isErrorLiteral(value) && cell?.formula !== undefined ? "Error" : "String";
}

class NameCollection extends CollectionProxy<NamedItemProxy> {
  protected current() {
    return this.excel.names.map((entry) => ({
      item: new NamedItemProxy(this.excel, entry.name, false),
      read: (property: string) => nameProperty(this.excel, entry, property),
    }));
  }

  add(name: string, reference: string, comment?: string): void {
    this.excel.queue(["names.add", name, reference, comment], () => {
      if (this.excel.findName(name)) throw officeError("ItemAlreadyExists", `name ${name}`);
      this.excel.names.push({
        name,
        formula: reference,
        ...(comment === undefined ? {} : { comment }),
      });
    });
  }

  getItemOrNullObject(name: string): NamedItemProxy {
    return new NamedItemProxy(this.excel, name, true);
  }
}

/** Where a name points now: its evaluated target, or the one rectangle its formula names. */
function nameTarget(excel: StrictExcel, entry: StrictName): RangeTarget | undefined {
  if (/#REF!/i.test(entry.formula)) return undefined;
  const split = entry.target ?? splitSheetRef(entry.formula);
  const sheet = split ? excel.findSheet(split.sheet) : undefined;
  return sheet && split ? { sheet, address: split.range.replace(/\$/g, "") } : undefined;
}

function nameProperty(excel: StrictExcel, entry: StrictName, property: string): unknown {
  const refersTo = entry.formula.replace(/^=/, "");
  const broken = /#REF!/i.test(refersTo);
  if (property === "name") return entry.name;
  if (property === "formula") return entry.formula;
  if (property === "comment") return entry.comment ?? "";
  if (property === "type") return broken ? "Error" : nameTarget(excel, entry) ? "Range" : "String";
  if (property === "value") return broken ? "#REF!" : refersTo;
  throw officeError("InvalidArgument", `the double does not load NamedItem.${property}`);
}

class NamedItemProxy extends ClientObject {
  constructor(
    excel: StrictExcel,
    private readonly itemName: string,
    orNull: boolean
  ) {
    super(excel);
    if (orNull) this.resolveAtSync(() => undefined);
  }

  protected override exists(): boolean {
    return this.excel.findName(this.itemName) !== undefined;
  }

  protected snapshot(property: string): unknown {
    const entry = this.excel.findName(this.itemName);
    if (!entry) throw officeError("ItemNotFound", `no name ${this.itemName}`);
    return nameProperty(this.excel, entry, property);
  }

  get name(): string {
    return this.read("name");
  }
  get type(): string {
    return this.read("type");
  }
  get value(): unknown {
    return this.read("value");
  }
  get formula(): string {
    return this.read("formula");
  }
  set formula(formula: string) {
    this.excel.queue(["formula", formula], () => {
      const entry = this.excel.findName(this.itemName);
      if (entry) {
        entry.formula = formula;
        delete entry.target;
      }
    });
  }
  get comment(): string {
    return this.read("comment");
  }
  set comment(comment: string) {
    this.excel.queue(["comment", comment], () => {
      const entry = this.excel.findName(this.itemName);
      if (entry) entry.comment = comment;
    });
  }

  delete(): void {
    this.excel.queue(["delete"], () => {
      const entry = this.excel.findName(this.itemName);
      if (entry) this.excel.names.splice(this.excel.names.indexOf(entry), 1);
    });
  }

  getRangeOrNullObject(): RangeProxy {
    const entry = () => this.excel.findName(this.itemName);
    const target = () => {
      const found = entry();
      return found ? nameTarget(this.excel, found) : undefined;
    };
    return new RangeProxy(this.excel, target()?.sheet.name ?? "", target, true);
  }
}

class TableCollection extends CollectionProxy<TableProxy> {
  protected current() {
    return this.excel.sheets.flatMap((sheet) =>
      sheet.tables.map((table) => ({
        item: new TableProxy(this.excel),
        read: (property: string) => {
          if (property === "name") return table.name;
          throw officeError("InvalidArgument", `the double does not load Table.${property}`);
        },
      }))
    );
  }
}

class TableProxy extends ClientObject {
  protected snapshot(property: string): unknown {
    throw officeError("InvalidArgument", `the double does not load Table.${property} by itself`);
  }
  get name(): string {
    return this.read("name");
  }
}

/**
 * A proxy that records every property write and method call under a dotted path ("format.fill.color",
 * "series.getItemAt().format.fill.setSolidColor()"), queued like any write and landing at the sync.
 * Range arguments are recorded as their sheet-qualified address.
 */
function recorder(
  excel: StrictExcel,
  target: string,
  record: (path: string, value: unknown) => void,
  prefix = ""
): unknown {
  const join = (property: string) => (prefix ? `${prefix}.${property}` : property);
  const callable = function () {} as unknown as Record<string, unknown>;
  return new Proxy(callable, {
    get(_callable, property) {
      if (property === "then" || typeof property === "symbol") return undefined;
      return recorder(excel, target, record, join(property));
    },
    set(_callable, property, value) {
      const path = join(String(property));
      excel.queue([target, path, value], () => record(path, value));
      return true;
    },
    apply(_callable, _this, args: unknown[]) {
      const path = `${prefix}()`;
      const value = args.map((arg) => (arg instanceof RangeProxy ? arg.reference() : arg));
      excel.queue([target, path, value], () => record(path, value));
      return recorder(excel, target, record, path);
    },
  });
}
