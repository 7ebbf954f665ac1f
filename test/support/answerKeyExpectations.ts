import type { BridgeMethod } from "../../src/domain/bridge/bridgeMethod";
import { computeBridge, type BridgeResult } from "../../src/domain/bridge/computeBridge";
import { readNamedBlock } from "../../src/domain/check/readNamedBlock";
import { Decimal } from "../../src/domain/decimal";
import { DRILL1_TIERS, type Drill1Quarter } from "../../src/domain/drills/drill1/drill1Catalogue";
import { generateDrill1Data } from "../../src/domain/drills/drill1/generateDrill1Data";
import { computeDrill2Reference } from "../../src/domain/drills/drill2/computeDrill2Reference";
import { computeDrill3Reference } from "../../src/domain/drills/drill3/computeDrill3Reference";
import { computeKpiTruth } from "../../src/domain/drills/kpi/computeKpiTruth";
import { generateKpiData } from "../../src/domain/drills/kpi/generateKpiData";
import { KPI_DEFINITIONS } from "../../src/domain/drills/kpi/kpiDefinitions";
import type { WorkbookModel } from "../../src/domain/model/workbookModel";
import { FORMATS } from "../../src/domain/plan/workbookPlan";

// What an answer key must show once a spreadsheet program has calculated it, computed by the domain
// engine (decimal bridge engine, KPI truth, drill 2 and drill 3 reference forecasts) and compared,
// workbook name by workbook name, with the numbers the program saved.

/** Half a cent: a money value agrees "to the cent". */
export const CENT = 0.005;
/** 0.01 percentage point, as a fraction: a share or rate agrees "to 0.01 point". */
export const POINT = 0.0001;
/** Counts and 0/1 flags are exact; this only absorbs binary floating point. */
export const EXACT = 1e-9;
/** Values shown with two decimals (seconds, ratios, stars, hours) agree to the last shown digit. */
export const TWO_DECIMALS = 0.005;

/** One workbook name and the numbers it must hold, row by row, within an absolute tolerance. */
export type NamedExpectation = {
  name: string;
  rows: number;
  columns: number;
  /** Row-major, rows × columns values. */
  expected: number[];
  tolerance: number;
};

export type Comparison = {
  /** How many cells were compared. */
  compared: number;
  /** One line per disagreement: name, cell, formula, file value, engine value, tolerance. */
  mismatches: string[];
};

const QUARTERS: readonly Drill1Quarter[] = ["LQ", "TQ"];

type TierColumns = Record<"orders" | "revenue" | "received" | "sold", number[]>;

/**
 * Drill 1's tier figures for a seed, totalled directly from the generator's order and inventory rows
 * (not from the plan builder or its summary), tiers in `DRILL1_TIERS` order.
 */
export function drill1TierFigures(seed: number): Record<Drill1Quarter, TierColumns> {
  const data = generateDrill1Data(seed);
  const figures = {} as Record<Drill1Quarter, TierColumns>;
  for (const quarter of QUARTERS) {
    const columns: TierColumns = {
      orders: DRILL1_TIERS.map(() => 0),
      revenue: DRILL1_TIERS.map(() => 0),
      received: DRILL1_TIERS.map(() => 0),
      sold: DRILL1_TIERS.map(() => 0),
    };
    for (const order of data.orders) {
      if (order.quarter !== quarter) continue;
      const i = DRILL1_TIERS.indexOf(order.tier);
      columns.orders[i] = (columns.orders[i] ?? 0) + 1;
      columns.revenue[i] = (columns.revenue[i] ?? 0) + order.usd;
    }
    for (const row of data.inventory) {
      if (row.quarter !== quarter) continue;
      const i = DRILL1_TIERS.indexOf(row.tier);
      columns.received[i] = (columns.received[i] ?? 0) + row.received;
      columns.sold[i] = (columns.sold[i] ?? 0) + row.sold;
    }
    figures[quarter] = columns;
  }
  return figures;
}

/** Totals over weights, as `computeBridge` wants a rate per segment (null where the weight is 0). */
function rates(totals: number[], weights: number[]): (Decimal | null)[] {
  return weights.map((weight, i) =>
    weight === 0 ? null : new Decimal(totals[i] ?? 0).div(weight)
  );
}

/**
 * The AOV and sell-through bridges of drill 1 for a seed and method, from `computeBridge` on the
 * generator's tier data (weights: orders and units received; rates: AOV and sell-through per tier).
 */
export function drill1Bridges(
  seed: number,
  method: BridgeMethod
): { aov: BridgeResult; sellThrough: BridgeResult } {
  const { LQ, TQ } = drill1TierFigures(seed);
  return {
    aov: computeBridge({
      baseWeights: LQ.orders,
      baseRates: rates(LQ.revenue, LQ.orders),
      currentWeights: TQ.orders,
      currentRates: rates(TQ.revenue, TQ.orders),
      method,
    }),
    sellThrough: computeBridge({
      baseWeights: LQ.received,
      baseRates: rates(LQ.sold, LQ.received),
      currentWeights: TQ.received,
      currentRates: rates(TQ.sold, TQ.received),
      method,
    }),
  };
}

function single(name: string, value: Decimal | number, tolerance: number): NamedExpectation {
  return {
    name,
    rows: 1,
    columns: 1,
    expected: [typeof value === "number" ? value : value.toNumber()],
    tolerance,
  };
}

function column(name: string, values: number[], tolerance: number): NamedExpectation {
  return { name, rows: values.length, columns: 1, expected: values, tolerance };
}

function row(name: string, values: number[], tolerance: number): NamedExpectation {
  return { name, rows: 1, columns: values.length, expected: values, tolerance };
}

/**
 * Drill 1: the tier table the key's formulas total from D1 Data, and both bridges (Start, Mix, Rate,
 * Interaction, End) under `method`: AOV to the cent, sell-through to 0.01 point.
 */
export function drill1Expectations(seed: number, method: BridgeMethod): NamedExpectation[] {
  const { LQ, TQ } = drill1TierFigures(seed);
  const { aov, sellThrough } = drill1Bridges(seed, method);
  const bridge = (prefix: string, result: BridgeResult, tolerance: number) => [
    single(`${prefix}Start`, result.start, tolerance),
    single(`${prefix}Mix`, result.effects.mix, tolerance),
    single(`${prefix}Rate`, result.effects.rate, tolerance),
    single(`${prefix}Interaction`, result.effects.interaction, tolerance),
    single(`${prefix}End`, result.end, tolerance),
  ];
  return [
    column("D1_OrdersLQ", LQ.orders, EXACT),
    column("D1_OrdersTQ", TQ.orders, EXACT),
    column("D1_RevenueLQ", LQ.revenue, CENT),
    column("D1_RevenueTQ", TQ.revenue, CENT),
    column("D1_ReceivedLQ", LQ.received, EXACT),
    column("D1_ReceivedTQ", TQ.received, EXACT),
    column("D1_SoldLQ", LQ.sold, EXACT),
    column("D1_SoldTQ", TQ.sold, EXACT),
    ...bridge("D1_AOV", aov, CENT),
    ...bridge("D1_ST", sellThrough, POINT),
  ];
}

/** The tolerance a KPI is compared at: the precision its number format shows. */
function kpiTolerance(format: string): number {
  if (format === FORMATS.usdCents) return CENT;
  if (format === FORMATS.pct2) return POINT;
  if (format === FORMATS.int) return EXACT;
  if (format === FORMATS.decimal2) return TWO_DECIMALS;
  throw new Error(`answerKeyExpectations: no tolerance for the KPI format ${format}`);
}

/** The KPI drill: every `KPI_*` answer against `computeKpiTruth` at the precision it is shown. */
export function kpiExpectations(seed: number): NamedExpectation[] {
  const truth = computeKpiTruth(generateKpiData(seed));
  return KPI_DEFINITIONS.map((kpi) => {
    const value = truth[kpi.name];
    if (!value) throw new Error(`answerKeyExpectations: computeKpiTruth gives no ${kpi.name}`);
    return single(kpi.name, value, kpiTolerance(kpi.format));
  });
}

/** Drill 2: the plan grids and the weekly forecast of the coach's reference plan. */
export function drill2Expectations(seed: number): NamedExpectation[] {
  const { forecast } = computeDrill2Reference(seed);
  const grid = (name: string, values: number[][]): NamedExpectation => ({
    name,
    rows: values.length,
    columns: values[0]?.length ?? 0,
    expected: values.flat(),
    tolerance: EXACT,
  });
  return [
    grid("D2_RemovalPlan", forecast.removalPlan),
    grid("D2_ReplacementPlan", forecast.replacementPlan),
    row("D2_BaselineSessions", forecast.baselineSessions, EXACT),
    row("D2_BaselineOrders", forecast.baselineOrders, EXACT),
    row("D2_BaselineRevenue", forecast.baselineRevenue, CENT),
    row("D2_BaselineCVR", forecast.baselineCVR, POINT),
    row("D2_BaselineDiscountRevenue", forecast.baselineDiscountRevenue, CENT),
    row("D2_BaselineDiscountCost", forecast.baselineDiscountCost, CENT),
    row("D2_ForecastSessions", forecast.sessions, CENT),
    row("D2_ForecastOrders", forecast.orders, CENT),
    row("D2_ForecastRevenue", forecast.revenue, CENT),
    row("D2_ForecastCVR", forecast.cvr, POINT),
    row("D2_DiscountRevenue", forecast.discountRevenue, CENT),
    row("D2_RevenueVsBaseline", forecast.revenueVsBaseline, POINT),
    row("D2_CVRVsBaseline", forecast.cvrVsBaseline, POINT),
  ];
}

/** Drill 3: every output row of the coach's reference forecast; money to the cent, share to 0.01 pt. */
export function drill3Expectations(seed: number): NamedExpectation[] {
  const { forecast } = computeDrill3Reference(seed);
  return [
    row("D3_LeverCart", forecast.leverCart, CENT),
    row("D3_LeverSalon", forecast.leverSalon, CENT),
    row("D3_LeverOrganic", forecast.leverOrganic, CENT),
    {
      name: "D3_OtherLevers",
      rows: 2,
      columns: 12,
      expected: forecast.otherLevers.flat(),
      tolerance: CENT,
    },
    row("D3_TCDigitalRevenue", forecast.tcDigitalRevenue, CENT),
    row("D3_TCTotalRevenue", forecast.tcTotalRevenue, CENT),
    row("D3_TCDigitalShare", forecast.tcDigitalShare, POINT),
  ];
}

/**
 * Compares a calculated workbook with the expectations, name by name and cell by cell. A name that
 * is missing or has another shape, a cell that is not a number, or a number outside the tolerance is
 * a mismatch; the line names the cell, its formula, both values and the tolerance.
 */
export function compareNamedValues(
  model: WorkbookModel,
  expectations: readonly NamedExpectation[]
): Comparison {
  const mismatches: string[] = [];
  let compared = 0;
  for (const expectation of expectations) {
    const read = readNamedBlock(model, expectation.name, {
      rows: expectation.rows,
      columns: expectation.columns,
    });
    if (!read.ok) {
      mismatches.push(`${expectation.name}: cannot be read (${JSON.stringify(read.problem)})`);
      continue;
    }
    read.block.rows.flat().forEach((cell, i) => {
      compared += 1;
      const expected = expectation.expected[i] as number;
      const where = `${expectation.name}[${i}] ${cell.address}${cell.formula ? ` ${cell.formula}` : ""}`;
      if (typeof cell.value !== "number") {
        mismatches.push(`${where}: holds ${JSON.stringify(cell.value)}, engine ${expected}`);
        return;
      }
      const deviation = Math.abs(cell.value - expected);
      if (!(deviation <= expectation.tolerance)) {
        mismatches.push(
          `${where}: file ${cell.value}, engine ${expected} (off by ${deviation}, allowed ${expectation.tolerance})`
        );
      }
    });
  }
  return { compared, mismatches };
}

/** Every cell of the workbook whose value is an error (#DIV/0!, #NAME? …), with its formula. */
export function errorCells(model: WorkbookModel): string[] {
  return model.sheets.flatMap((sheet) =>
    [...sheet.cells.entries()]
      .filter(([, cell]) => cell.value !== null && typeof cell.value === "object")
      .map(
        ([address, cell]) =>
          `'${sheet.name}'!${address} ${cell.formula ?? "(value)"} → ${JSON.stringify(cell.value)}`
      )
  );
}
