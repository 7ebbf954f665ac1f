import { Decimal } from "../../decimal";
import type { KpiFacts } from "../../drills/kpi/generateKpiData";
import {
  KPI_WEEK_FIELDS,
  type KpiTotals,
  type KpiWeekField,
} from "../../drills/kpi/kpiDefinitions";
import { cellNumber } from "../cellNumber";
import type { RangeCell } from "../readNamedBlock";
import type { KpiTable } from "./readKpiTable";

/** Thrown while computing a KPI whose given is missing or not a number (already reported). */
export class MissingGiven extends Error {
  constructor(readonly given: string) {
    super(`${given} is not available`);
    this.name = "MissingGiven";
  }
}

/** The numbers of a column, or undefined when any cell is not a number. */
function numbers(cells: readonly RangeCell[]): number[] | undefined {
  const values = cells.map(cellNumber);
  return values.some((v) => v === undefined) ? undefined : (values as number[]);
}

function totalsOf(
  field: (key: KpiWeekField) => Decimal | undefined,
  averageInventory: Decimal | undefined,
  fact: (key: keyof KpiFacts) => Decimal | undefined
): KpiTotals {
  const need = <T>(value: T | undefined, name: string): T => {
    if (value === undefined) throw new MissingGiven(name);
    return value;
  };
  const facts = {} as Record<keyof KpiFacts, Decimal>;
  for (const key of FACT_KEYS) {
    Object.defineProperty(facts, key, { get: () => need(fact(key), key), enumerable: true });
  }
  const totals = { facts } as KpiTotals;
  for (const key of KPI_WEEK_FIELDS) {
    Object.defineProperty(totals, key, { get: () => need(field(key), key), enumerable: true });
  }
  Object.defineProperty(totals, "averageInventory", {
    get: () => need(averageInventory, "inventoryAtCost"),
    enumerable: true,
  });
  return totals;
}

const FACT_KEYS: readonly (keyof KpiFacts)[] = [
  "weeks",
  "customersAtStart",
  "customersAtEnd",
  "uniqueCustomers",
  "grossMargin",
  "lifespanYears",
];

/**
 * Period totals of the workbook's own weekly table (and each week's figures on their own, for the
 * "average of weekly rates" slip), as the drill's KPI definitions expect them. A column that holds
 * anything but numbers, or a fact that cannot be read, makes every KPI that needs it throw
 * `MissingGiven` (its finding is already made), never a wrong number.
 *
 * @example
 * kpiTotalsFromTable(table, facts).period.sessions.toNumber() //=> 5214021
 */
export function kpiTotalsFromTable(
  table: KpiTable | undefined,
  facts: Partial<Record<keyof KpiFacts, RangeCell>>
): { period: KpiTotals; weeks: KpiTotals[] } {
  const columns = new Map<KpiWeekField, number[]>();
  if (table) {
    for (const key of KPI_WEEK_FIELDS) {
      const values = numbers(table.columns[key]);
      if (values) columns.set(key, values);
    }
  }
  const factValue = (key: keyof KpiFacts): Decimal | undefined => {
    const value = cellNumber(facts[key]);
    return value === undefined ? undefined : new Decimal(value);
  };
  const sum = (key: KpiWeekField): Decimal | undefined =>
    columns.get(key)?.reduce((acc, v) => acc.plus(v), new Decimal(0));
  const weeks = table?.weeks ?? 0;
  const inventory = sum("inventoryAtCost");
  const period = totalsOf(
    sum,
    weeks > 0 && inventory ? inventory.div(weeks) : undefined,
    factValue
  );
  const weekly = Array.from({ length: weeks }, (_, i) => {
    const at = (key: KpiWeekField): Decimal | undefined => {
      const value = columns.get(key)?.[i];
      return value === undefined ? undefined : new Decimal(value);
    };
    return totalsOf(at, at("inventoryAtCost"), factValue);
  });
  return { period, weeks: weekly };
}
