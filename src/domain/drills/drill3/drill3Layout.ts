import { columnLetters } from "../../sheet/a1";

/**
 * Where drill 3 lives in a workbook: sheet names, month columns and the row of every block on the
 * model sheet and the roster. Each row number is written here once: the contract (DRILL3_CONTRACT.ts)
 * computes its name ranges from it, and the plan builder its cells, formulas and sheet prose.
 */

export const DRILL3_SHEETS = { roster: "D3 Roster", model: "D3 Model" } as const;

/** Month 1 is column C, month 12 column N; column O holds year totals. */
export const DRILL3_MONTH_COLUMNS = { first: 3, last: 14, year: 15 } as const;

/**
 * The column letters of a month, by its index 0–11.
 *
 * @example
 * drill3MonthColumn(0) //=> "C"
 * drill3MonthColumn(11) //=> "N"
 */
export function drill3MonthColumn(index: number): string {
  return columnLetters(DRILL3_MONTH_COLUMNS.first + index);
}

const FIRST_MONTH = drill3MonthColumn(0);
const LAST_MONTH = columnLetters(DRILL3_MONTH_COLUMNS.last);

/**
 * A single cell in month 1's column, where givens and coach settings sit.
 *
 * @example
 * drill3Cell(8) //=> "C8"
 */
export function drill3Cell<Row extends number>(row: Row): `${string}${Row}` {
  return `${FIRST_MONTH}${row}`;
}

/**
 * Months 1–12 of a row, or of the rows from `top` to `bottom`.
 *
 * @example
 * drill3MonthRange(28) //=> "C28:N28"
 * drill3MonthRange(48, 49) //=> "C48:N49"
 */
export function drill3MonthRange<Top extends number, Bottom extends number = Top>(
  top: Top,
  bottom?: Bottom
): `${string}${Top}:${string}${Bottom}` {
  return `${FIRST_MONTH}${top}:${LAST_MONTH}${bottom ?? top}` as `${string}${Top}:${string}${Bottom}`;
}

/** Rows of the model sheet. */
export const DRILL3_ROWS = {
  title: 1,
  instruction: 2,
  months: 4,
  calendar: 5,
  givensHeader: 7,
  sas: 8,
  dos: 9,
  topClients: 10,
  baselineShare: 11,
  targetShare: 12,
  baselineTCRevenue: 13,
  seasonality: 14,
  coachHeader: 16,
  maxDigitalHoursPerSAWeek: 17,
  minutesPerCart: 18,
  minutesPerSalon: 19,
  maxDOSPerMonth: 20,
  maxShareStep: 21,
  maxAdoptionWithoutAttribution: 22,
  maxCartConversion: 23,
  maxSalonConversion: 24,
  maxTotalRevenueDrop: 25,
  assumptionsHeader: 27,
  dosLive: 28,
  activeSARate: 29,
  cartsPerSAWeek: 30,
  cartConversion: 31,
  cartValue: 32,
  salonSessions: 33,
  salonConversion: 34,
  salonTicket: 35,
  attributionLive: 36,
  clickToDOSLive: 37,
  organicDrift: 38,
  other1Orders: 39,
  other1Value: 40,
  other2Orders: 41,
  other2Value: 42,
  outputsHeader: 44,
  leverCart: 45,
  leverSalon: 46,
  leverOrganic: 47,
  otherLever1: 48,
  otherLever2: 49,
  tcDigitalRevenue: 50,
  tcTotalRevenue: 51,
  tcDigitalShare: 52,
  sanityHeader: 54,
  newDOS: 55,
  activeSAs: 56,
  digitalHours: 57,
  shareStep: 58,
  revenueVsBaseline: 59,
  /** First row of the optional LUX helper block (add-in starter and answer key). */
  helpersHeader: 61,
} as const;

/** Rows of the LUX helper block, under its header. */
export const DRILL3_HELPER_ROWS = {
  header: DRILL3_ROWS.helpersHeader,
  start: DRILL3_ROWS.helpersHeader + 1,
  months: DRILL3_ROWS.helpersHeader + 2,
  ceiling: DRILL3_ROWS.helpersHeader + 3,
  shape: DRILL3_ROWS.helpersHeader + 4,
  ramp: DRILL3_ROWS.helpersHeader + 5,
  annual: DRILL3_ROWS.helpersHeader + 6,
  seasonal: DRILL3_ROWS.helpersHeader + 7,
} as const;

/** First row of the notes under the model, below the helper block (which only some plans have). */
export const DRILL3_NOTES_ROW = DRILL3_HELPER_ROWS.seasonal + 3;

/** The roster's header row; one row per DOS follows it. */
export const DRILL3_ROSTER_HEADER_ROW = 4;
