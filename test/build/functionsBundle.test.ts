/* The functions as Excel loads them: the BUILT dist/functions.js and dist/functions.json (run
 * `npm run build` first). The bundle is evaluated in a fresh vm context whose only globals are a
 * stand-in CustomFunctions (associate records each id) and the browser names a bundle may touch; then
 * each function is called by its id with 2-D arrays, as Excel passes ranges. */
import fs from "node:fs";
import path from "node:path";
import vm from "node:vm";
import {
  createCustomFunctionsStub,
  StubCustomFunctionsError,
} from "../support/customFunctionsStub";

// LUX_FUNCTIONS_DIST points at another build output (e.g. a functions-only build); default dist/.
const dist = process.env.LUX_FUNCTIONS_DIST ?? path.resolve(__dirname, "../../dist");
const bundlePath = path.join(dist, "functions.js");
const metadataPath = path.join(dist, "functions.json");

type Parameter = {
  name: string;
  type?: string;
  dimensionality?: string;
  optional?: boolean;
  description?: string;
};
type FunctionMetadata = {
  id: string;
  name: string;
  description?: string;
  parameters: Parameter[];
  result: { type?: string; dimensionality?: string };
};

/** id → parameters as `name` (scalar), `name[]` (range) and `name?` (optional). */
const CONTRACT: Record<string, string[]> = {
  MIXBRIDGE: [
    "base_weights[]",
    "base_rates[]",
    "current_weights[]",
    "current_rates[]",
    "method?",
    "decimals?",
  ],
  AOVBRIDGE: [
    "base_orders[]",
    "base_revenue[]",
    "current_orders[]",
    "current_revenue[]",
    "method?",
    "decimals?",
  ],
  STBRIDGE: [
    "base_received[]",
    "base_sold[]",
    "current_received[]",
    "current_sold[]",
    "method?",
    "decimals?",
  ],
  BRIDGESEGMENTS: [
    "base_weights[]",
    "base_rates[]",
    "current_weights[]",
    "current_rates[]",
    "method?",
  ],
  MIXAOV: ["base_orders[]", "current_orders[]", "current_revenue[]"],
  RAMP: ["months[]", "start_month", "ramp_months", "ceiling", "shape?"],
  SEASONAL: ["annual_total", "seasonality[]", "decimals?"],
  SAFESHARE: ["part", "total"],
  CONVERSIONRATE: ["conversions", "sessions"],
  AOV: ["revenue", "orders"],
  CARTABANDONMENT: ["carts_created", "purchases"],
  BOUNCERATE: ["single_page_sessions", "sessions"],
  SESSIONDURATION: ["total_seconds", "sessions"],
  ROAS: ["ad_revenue", "ad_spend"],
  CLV: ["average_order_value", "orders_per_year", "years", "gross_margin?"],
  RETENTIONRATE: ["customers_end", "new_customers", "customers_start"],
  EMAILOPENRATE: ["opens", "delivered"],
  EMAILCTR: ["clicks", "delivered"],
  CSAT: ["satisfied_responses", "responses"],
  INVENTORYTURNOVER: ["cost_of_goods_sold", "average_inventory"],
  SELLTHROUGH: ["units_sold", "units_received"],
  FULFILMENTTIME: ["total_hours", "orders_shipped"],
  ENGAGEMENTRATE: ["engagements", "reach"],
};
const MATRIX_RESULTS = ["MIXBRIDGE", "AOVBRIDGE", "STBRIDGE", "BRIDGESEGMENTS", "RAMP", "SEASONAL"];

function readBuilt(file: string): string {
  if (!fs.existsSync(file)) {
    throw new Error(
      `${path.relative(process.cwd(), file)} is missing: run \`npm run build\` before this test.`
    );
  }
  return fs.readFileSync(file, "utf8");
}

const registry = new Map<string, (...args: unknown[]) => unknown>();
let metadata: FunctionMetadata[] = [];

beforeAll(() => {
  const source = readBuilt(bundlePath);
  metadata = (JSON.parse(readBuilt(metadataPath)) as { functions: FunctionMetadata[] }).functions;
  const context: Record<string, unknown> = {
    CustomFunctions: createCustomFunctionsStub(registry),
    Office: { onReady: () => Promise.resolve({}), actions: { associate: () => undefined } },
    console,
  };
  context.self = context;
  context.window = context;
  context.globalThis = context;
  vm.runInNewContext(source, context, { filename: "functions.js" });
});

const col = (...values: unknown[]) => values.map((value) => [value]);
const row = (...values: unknown[]) => [values];
const call = (id: string, ...args: unknown[]) => {
  const fn = registry.get(id);
  if (!fn) throw new Error(`${id} was not associated by the bundle`);
  return fn(...args);
};
const excelError = (id: string, ...args: unknown[]): StubCustomFunctionsError => {
  try {
    call(id, ...args);
  } catch (error) {
    if (error instanceof StubCustomFunctionsError) return error;
    throw new Error(`${id} threw a raw ${String(error)}`);
  }
  throw new Error(`${id} accepted bad input`);
};

describe("functions.json", () => {
  it("lists every LUX function, and nothing else", () => {
    expect(metadata.map((f) => f.id).sort()).toEqual(Object.keys(CONTRACT).sort());
  });

  it.each(Object.entries(CONTRACT))(
    "%s has the contracted parameters, each described",
    (id, params) => {
      const entry = metadata.find((f) => f.id === id)!;
      expect(entry.name).toBe(id);
      expect(entry.description?.length).toBeGreaterThan(20);
      const described = entry.parameters.map(
        (p) => `${p.name}${p.dimensionality === "matrix" ? "[]" : ""}${p.optional ? "?" : ""}`
      );
      expect(described).toEqual(params);
      for (const parameter of entry.parameters)
        expect(parameter.description?.length).toBeGreaterThan(10);
      expect(entry.result.dimensionality === "matrix").toBe(MATRIX_RESULTS.includes(id));
      if (!MATRIX_RESULTS.includes(id)) expect(entry.result.type).toBe("number");
    }
  );
});

describe("the bundle as Excel loads it", () => {
  it("loads without errors outside Excel (no CustomFunctions global), as on the task pane page", () => {
    const source = readBuilt(bundlePath);
    const bare: Record<string, unknown> = { console };
    bare.self = bare;
    bare.window = bare;
    expect(() => vm.runInNewContext(source, bare, { filename: "functions.js" })).not.toThrow();
  });

  it("associates a function for every id in functions.json", () => {
    expect([...registry.keys()].sort()).toEqual(metadata.map((f) => f.id).sort());
  });

  it("AOVBRIDGE on a luxury tier mix closes to the cent, with and without rounding", () => {
    const orders0 = col(5200, 1300, 420, 80);
    const revenue0 = col(2_340_000, 1_703_000, 1_260_000, 760_000);
    const orders1 = col(4700, 1450, 510, 110);
    const revenue1 = col(2_162_000, 1_957_500, 1_586_100, 1_078_000);
    const exact = call("AOVBRIDGE", orders0, revenue0, orders1, revenue1, null, null) as [
      string,
      number,
    ][];
    expect(exact.map((r) => r[0])).toEqual(["Start", "Mix", "Rate", "End"]);
    const [start, mix, rate, end] = exact.map((r) => r[1]);
    expect(start).toBeCloseTo(6_063_000 / 7000, 9);
    expect(end).toBeCloseTo(6_783_600 / 6770, 9);
    expect(Math.abs(start! + mix! + rate! - end!)).toBeLessThan(1e-9);
    const rounded = call("AOVBRIDGE", orders0, revenue0, orders1, revenue1, "three-way", 2) as [
      string,
      number,
    ][];
    const cents = rounded.map((r) => Math.round(r[1] * 100));
    expect(cents[0]! + cents[1]! + cents[2]! + cents[3]!).toBe(cents[4]);
  });

  it("every function answers a well-formed call", () => {
    const ones = row(...Array(12).fill(1));
    const results: Record<string, unknown> = {
      MIXBRIDGE: call(
        "MIXBRIDGE",
        col(60, 40),
        col(100, 300),
        col(40, 60),
        col(110, 300),
        "midpoint",
        null
      ),
      STBRIDGE: call("STBRIDGE", col(100, 100), col(60, 40), col(150, 50), col(90, 25), null, 4),
      BRIDGESEGMENTS: call(
        "BRIDGESEGMENTS",
        col(60, 40),
        col(100, 300),
        col(40, 60),
        col(110, 300),
        null
      ),
      MIXAOV: call("MIXAOV", col(800, 200), col(700, 300), col(357000, 459000)),
      RAMP: call("RAMP", row(1, 2, 3, 4), 2, 2, 0.6, null),
      SEASONAL: call("SEASONAL", 1200, ones, null),
      SAFESHARE: call("SAFESHARE", 45, 250),
      CONVERSIONRATE: call("CONVERSIONRATE", 36, 1200),
      AOV: call("AOV", 125000, 50),
      CARTABANDONMENT: call("CARTABANDONMENT", 500, 150),
      BOUNCERATE: call("BOUNCERATE", 420, 1200),
      SESSIONDURATION: call("SESSIONDURATION", 360000, 1200),
      ROAS: call("ROAS", 48000, 12000),
      CLV: call("CLV", 2500, 3, 6, null),
      RETENTIONRATE: call("RETENTIONRATE", 1100, 200, 1000),
      EMAILOPENRATE: call("EMAILOPENRATE", 1800, 4000),
      EMAILCTR: call("EMAILCTR", 240, 4000),
      CSAT: call("CSAT", 172, 200),
      INVENTORYTURNOVER: call("INVENTORYTURNOVER", 900000, 300000),
      SELLTHROUGH: call("SELLTHROUGH", 65, 100),
      FULFILMENTTIME: call("FULFILMENTTIME", 1440, 60),
      ENGAGEMENTRATE: call("ENGAGEMENTRATE", 540, 12000),
    };
    expect(results).toEqual({
      MIXBRIDGE: [
        ["Start", 180],
        ["Mix", 39],
        ["Rate", 5],
        ["End", 224],
      ],
      STBRIDGE: [
        ["Start", 0.5],
        ["Mix", 0.0375],
        ["Rate", 0.0375],
        ["End", 0.575],
      ],
      BRIDGESEGMENTS: [
        [19.4, 5],
        [19.6, 0],
      ],
      MIXAOV: 714,
      RAMP: [[0, 0.3, 0.6, 0.6]],
      SEASONAL: [Array(12).fill(100)],
      SAFESHARE: 0.18,
      CONVERSIONRATE: 0.03,
      AOV: 2500,
      CARTABANDONMENT: 0.7,
      BOUNCERATE: 0.35,
      SESSIONDURATION: 300,
      ROAS: 4,
      CLV: 45000,
      RETENTIONRATE: 0.9,
      EMAILOPENRATE: 0.45,
      EMAILCTR: 0.06,
      CSAT: 0.86,
      INVENTORYTURNOVER: 3,
      SELLTHROUGH: 0.65,
      FULFILMENTTIME: 24,
      ENGAGEMENTRATE: 0.045,
    });
  });

  it.each([
    [
      "MIXBRIDGE",
      [
        [
          [1, 2],
          [3, 4],
        ],
        col(1, 2),
        col(1, 2),
        col(1, 2),
      ],
      "#VALUE!",
      /^base_weights/,
    ],
    [
      "AOVBRIDGE",
      [col(1, 2), col(10, "x"), col(1, 2), col(10, 20)],
      "#VALUE!",
      /^base_revenue \(item 2\)/,
    ],
    [
      "STBRIDGE",
      [col(10, 10), col(5, 11), col(10, 10), col(1, 1)],
      "#VALUE!",
      /^base_sold \(item 2\)/,
    ],
    [
      "BRIDGESEGMENTS",
      [col(1, 2), col(1, 2), col(1, 2), col(1, 2), "sideways"],
      "#VALUE!",
      /^method/,
    ],
    ["MIXAOV", [col(0, null), col(1, 2), col(1, 2)], "#VALUE!", /^base_orders/],
    ["RAMP", [row(1, 2), 1, 0, 1, null], "#VALUE!", /^ramp_months/],
    ["SEASONAL", [100, row(1, 2, 3), null], "#VALUE!", /^seasonality/],
    ["SAFESHARE", [-1, 5], "#VALUE!", /^part/],
    ["CONVERSIONRATE", [3, 0], "#DIV/0!", /^sessions/],
    ["CLV", [100, 1, 1, "NaN"], "#VALUE!", /^gross_margin/],
  ] as const)("%s refuses bad input with a CustomFunctions.Error", (id, args, code, message) => {
    const error = excelError(id, ...args);
    expect(error.code).toBe(code);
    expect(error.message).toMatch(message);
  });
});
