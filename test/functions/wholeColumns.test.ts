import "../support/customFunctionsStub";
import { MAX_COLUMN, MAX_ROW } from "../../src/domain/sheet/a1";
import * as lux from "../../src/functions/functions";
import { catchCustomFunctionsError } from "../support/expectCustomFunctionsError";

/* Whole columns (A:A) and whole rows (1:1) as Excel passes them: every row of the sheet, blank ones
 * included. Each is a counting stand-in for Excel's array, so the tests can assert how many entries a
 * call read: the cut must cost one scan of the blank tail, not a pass per conversion step. */

type Counter = { reads: number };

/** A proxy over a sparse array of `length` entries: `filled` first, then `blank`, counting reads. */
function counted(length: number, filled: unknown[], blank: unknown, counter: Counter): unknown[] {
  const target: unknown[] = [];
  target.length = length;
  return new Proxy(target, {
    get(array, key, receiver) {
      const index = typeof key === "string" ? +key : -1; // NaN for "length" and methods
      if (index >= 0) {
        counter.reads += 1;
        return index < filled.length ? filled[index] : blank;
      }
      return Reflect.get(array, key, receiver);
    },
  });
}

/** A whole column: 1,048,576 rows of one cell. */
const wholeColumn = (counter: Counter, values: unknown[], blank: unknown = null) =>
  counted(
    MAX_ROW,
    values.map((value) => [value]),
    [blank],
    counter
  );

/** A whole row: one row of 16,384 cells. */
const wholeRow = (counter: Counter, values: unknown[], blank: unknown = null) => [
  counted(MAX_COLUMN, values, blank, counter),
];

const column = (...values: unknown[]) => values.map((value) => [value]);

const orders0 = [800, 200, 150];
const revenue0 = [400000, 300000, 90000];
const orders1 = [700, 300, 0];
const revenue1 = [357000, 459000, 0];

/** The same call on whole columns (with an optional header) and on the filled rows alone. */
function both(
  call: (...ranges: unknown[]) => unknown,
  data: unknown[][],
  options: { header?: string[]; blank?: unknown } = {}
) {
  const counter = { reads: 0 };
  const whole = call(
    ...data.map((values, i) =>
      wholeColumn(
        counter,
        options.header ? [options.header[i], ...values] : values,
        options.blank ?? null
      )
    )
  );
  const filled = call(...data.map((values) => column(...values)));
  return { whole, filled, counter };
}

// One scan of each column's blank tail, and a few reads per filled row: never a pass per step.
const readBudget = (columns: number, filled: number) => columns * (MAX_ROW + 3 * filled);

describe("whole-column ranges give the result of their filled rows", () => {
  const bridgeData = [orders0, revenue0, orders1, revenue1];
  const weightedData = [
    [60, 40, 10],
    [100, 300, 50],
    [40, 60, 10],
    [110, 300, 55],
  ];
  const cases: [string, (...ranges: unknown[]) => unknown, unknown[][]][] = [
    [
      "AOVBRIDGE",
      (...r) => lux.aovBridgeFunction(...(r as [never, never, never, never])),
      bridgeData,
    ],
    ["MIXBRIDGE", (...r) => lux.mixBridge(...(r as [never, never, never, never])), weightedData],
    [
      "STBRIDGE",
      (...r) => lux.sellThroughBridgeFunction(...(r as [never, never, never, never]), "three-way"),
      [
        [100, 100],
        [60, 40],
        [150, 50],
        [90, 25],
      ],
    ],
    [
      "BRIDGESEGMENTS",
      (...r) => lux.bridgeSegments(...(r as [never, never, never, never])),
      weightedData,
    ],
    [
      "MIXAOV",
      (...r) => lux.mixAov(...(r as [never, never, never])),
      [orders0, [700, 300, 100], [357000, 459000, 50000]],
    ],
  ];

  it.each(cases)("%s on A:A-style columns", (_name, call, data) => {
    const { whole, filled, counter } = both(call, data);
    expect(whole).toEqual(filled);
    expect(counter.reads).toBeLessThanOrEqual(readBudget(data.length, data[0]!.length));
  });

  it.each(cases)("%s with a header row above the data", (_name, call, data) => {
    const header = data.map((_, i) => `Heading ${i + 1}`);
    const { whole, filled, counter } = both(call, data, { header });
    expect(whole).toEqual(filled);
    expect(counter.reads).toBeLessThanOrEqual(readBudget(data.length, data[0]!.length + 1));
  });

  it.each([undefined, ""])("blank cells passed as %p are blank too", (blank) => {
    const { whole, filled } = both(
      (...r) => lux.aovBridgeFunction(...(r as [never, never, never, never])),
      bridgeData,
      { blank }
    );
    expect(whole).toEqual(filled);
  });

  it("the cut follows the longest filled range: a blank inside it still counts as 0", () => {
    // current_revenue's third row is blank, as if typed as 0: the segment has no orders then.
    const counter = { reads: 0 };
    const whole = lux.aovBridgeFunction(
      ...([orders0, revenue0, orders1, [357000, 459000]].map((values) =>
        wholeColumn(counter, values)
      ) as [never, never, never, never])
    );
    expect(revenue1[2]).toBe(0);
    const [o0, v0, o1, v1] = bridgeData.map((values) => column(...values));
    expect(whole).toEqual(lux.aovBridgeFunction(o0!, v0!, o1!, v1!));
  });

  it("SEASONAL reads a whole row of weights with a label in its first cell", () => {
    const counter = { reads: 0 };
    const weights = [8, 7, 8, 8, 8, 7, 6, 5, 9, 10, 11, 13];
    const whole = lux.seasonal(1200, wholeRow(counter, ["Weight", ...weights]), 0);
    expect(whole).toEqual(lux.seasonal(1200, [weights], 0));
    expect(counter.reads).toBeLessThanOrEqual(MAX_COLUMN + 3 * 13);
  });

  it("RAMP on a whole row returns one level per filled month, in a row", () => {
    const counter = { reads: 0 };
    const result = lux.ramp(wholeRow(counter, [1, 2, 3, 4, 5]), 2, 2, 0.6);
    expect(result).toEqual(lux.ramp([[1, 2, 3, 4, 5]], 2, 2, 0.6));
    expect(result).toEqual([[0, 0.3, 0.6, 0.6, 0.6]]);
  });

  it("blank rows at the end of an ordinary range are not segments", () => {
    const trailing = lux.bridgeSegments(
      column(60, 40, null),
      column(100, 300, ""),
      column(40, 60, null),
      column(110, 300, null)
    );
    expect(trailing).toEqual(
      lux.bridgeSegments(column(60, 40), column(100, 300), column(40, 60), column(110, 300))
    );
  });
});

describe("the header row", () => {
  const aov = (...ranges: unknown[][][]) =>
    lux.aovBridgeFunction(ranges[0]!, ranges[1]!, ranges[2]!, ranges[3]!);
  const filled = aov(
    column(...orders0),
    column(...revenue0),
    column(...orders1),
    column(...revenue1)
  );

  it("is skipped only when the first row is text in every range argument", () => {
    const headed = aov(
      column("Orders", ...orders0),
      column("Revenue", ...revenue0),
      column("Orders", ...orders1),
      column("Revenue", ...revenue1)
    );
    expect(headed).toEqual(filled);
  });

  it("text first in some ranges only is an error naming the argument and item 1", () => {
    for (const other of [400000, null]) {
      const error = catchCustomFunctionsError(() =>
        aov(
          column("Orders", ...orders0),
          column(other, ...revenue0),
          column("Orders", ...orders1),
          column("Revenue", ...revenue1)
        )
      );
      expect(error.code).toBe("#VALUE!");
      expect(error.message).toBe(
        'base_orders (item 1): the text "Orders" is not a number; use a number or leave the cell blank.'
      );
    }
  });

  it("text in a data row is an error, item numbers counting data rows under the header", () => {
    const counter = { reads: 0 };
    const error = catchCustomFunctionsError(() =>
      aov(
        wholeColumn(counter, ["Orders", ...orders0]) as unknown[][],
        wholeColumn(counter, ["Revenue", ...revenue0]) as unknown[][],
        wholeColumn(counter, ["Orders", ...orders1]) as unknown[][],
        wholeColumn(counter, ["Revenue", 357000, "n/a", 0]) as unknown[][]
      )
    );
    expect(error.message).toBe(
      'current_revenue (item 2): the text "n/a" is not a number; use a number or leave the cell blank.'
    );
    // Without a header, the same cell is the second row and the second item.
    const plain = catchCustomFunctionsError(() =>
      aov(column(...orders0), column(...revenue0), column(...orders1), column(357000, "n/a", 0))
    );
    expect(plain.message).toBe(error.message);
  });
});

describe("refusals stay as they were", () => {
  it("ranges whose filled lengths differ are refused", () => {
    const error = catchCustomFunctionsError(() =>
      lux.aovBridgeFunction(
        column(...orders0),
        column(...revenue0),
        column(700, 300),
        column(357000, 459000)
      )
    );
    expect(error.message).toMatch(/^current_orders: has 2 entries but base_orders has 3;/);
    // A whole column beside a shorter ordinary range: the column is cut to 3 filled rows, not to 2.
    const counter = { reads: 0 };
    const mixed = catchCustomFunctionsError(() =>
      lux.aovBridgeFunction(
        wholeColumn(counter, orders0) as unknown[][],
        wholeColumn(counter, revenue0) as unknown[][],
        column(700, 300),
        column(357000, 459000)
      )
    );
    expect(mixed.message).toBe(error.message);
  });

  it("all-empty columns give the error of empty ranges", () => {
    const empty = catchCustomFunctionsError(() => lux.aovBridgeFunction([], [], [], []));
    expect(empty.message).toBe("base_orders: the range is empty; give one value per segment.");
    const counter = { reads: 0 };
    for (const values of [[], ["Orders"]]) {
      const blank = catchCustomFunctionsError(() =>
        lux.aovBridgeFunction(
          ...([0, 1, 2, 3].map(() => wholeColumn(counter, values)) as [never, never, never, never])
        )
      );
      expect(blank.message).toBe(empty.message);
    }
    const seasonal = catchCustomFunctionsError(() => lux.seasonal(1200, [[]]));
    expect(catchCustomFunctionsError(() => lux.seasonal(1200, wholeRow(counter, []))).message).toBe(
      seasonal.message
    );
  });

  it("two whole columns in one argument are still a 2-D block", () => {
    const counter = { reads: 0 };
    const twoColumns = counted(MAX_ROW, [[800, 1]], [null, null], counter);
    const error = catchCustomFunctionsError(() =>
      lux.mixAov(twoColumns as unknown[][], column(700), column(357000))
    );
    expect(error.message).toBe(
      "base_orders: is a 1048576-row by 2-column block; give a single row or a single column."
    );
  });
});
