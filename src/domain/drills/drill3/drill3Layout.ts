/**
 * Where drill 3 lives in a workbook: sheet names, the row of every given, assumption and output on
 * the model sheet, and the names the check reads (PRODUCT.md section 3), with their shapes. The plan
 * builder places cells from this layout; checks and fixtures may use it to find the same cells.
 */

export const DRILL3_SHEETS = { roster: "D3 Roster", model: "D3 Model" } as const;

/** Month 1 is column C, month 12 column N; column O holds year totals. */
export const DRILL3_MONTH_COLUMNS = { first: 3, last: 14, year: 15 } as const;

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
  /** First row of the optional LUX helper block (add-in starter only). */
  helpersHeader: 61,
} as const;

export type Drill3NameRole = "given" | "coach" | "assumption" | "output" | "stamp";
export type Drill3NameShape = "1x1" | "1x12" | "2x1" | "2x12" | "table";

export type Drill3NameSpec = {
  name: string;
  role: Drill3NameRole;
  shape: Drill3NameShape;
  /** A1 range on the model sheet (or the roster sheet for roster names). */
  range: string;
};

const month = (row: number) => `C${row}:N${row}`;
const R = DRILL3_ROWS;

/** Every name of PRODUCT.md section 3 for drill 3, plus this plan's extras (marked in comments). */
export const DRILL3_NAMES: readonly Drill3NameSpec[] = [
  { name: "D3_SAs", role: "given", shape: "1x1", range: `C${R.sas}` },
  { name: "D3_DOS", role: "given", shape: "1x1", range: `C${R.dos}` },
  { name: "D3_TopClients", role: "given", shape: "1x1", range: `C${R.topClients}` },
  { name: "D3_BaselineShare", role: "given", shape: "1x1", range: `C${R.baselineShare}` },
  { name: "D3_TargetShare", role: "given", shape: "1x1", range: `C${R.targetShare}` },
  { name: "D3_BaselineTCRevenue", role: "given", shape: "1x12", range: month(R.baselineTCRevenue) },
  // Extras: the month numbers (for LUX.RAMP) and the seasonality row (for LUX.SEASONAL).
  { name: "D3_Months", role: "given", shape: "1x12", range: month(R.months) },
  { name: "D3_Seasonality", role: "given", shape: "1x12", range: month(R.seasonality) },
  {
    name: "D3_MaxDigitalHoursPerSAWeek",
    role: "coach",
    shape: "1x1",
    range: `C${R.maxDigitalHoursPerSAWeek}`,
  },
  { name: "D3_MinutesPerCart", role: "coach", shape: "1x1", range: `C${R.minutesPerCart}` },
  { name: "D3_MinutesPerSalon", role: "coach", shape: "1x1", range: `C${R.minutesPerSalon}` },
  { name: "D3_MaxDOSPerMonth", role: "coach", shape: "1x1", range: `C${R.maxDOSPerMonth}` },
  { name: "D3_MaxShareStep", role: "coach", shape: "1x1", range: `C${R.maxShareStep}` },
  {
    name: "D3_MaxAdoptionWithoutAttribution",
    role: "coach",
    shape: "1x1",
    range: `C${R.maxAdoptionWithoutAttribution}`,
  },
  { name: "D3_MaxCartConversion", role: "coach", shape: "1x1", range: `C${R.maxCartConversion}` },
  { name: "D3_MaxSalonConversion", role: "coach", shape: "1x1", range: `C${R.maxSalonConversion}` },
  // Extra: the 5% of the total-revenue-drop rule, so a coach can edit it like the others.
  {
    name: "D3_MaxTotalRevenueDrop",
    role: "coach",
    shape: "1x1",
    range: `C${R.maxTotalRevenueDrop}`,
  },
  { name: "D3_DOSLive", role: "assumption", shape: "1x12", range: month(R.dosLive) },
  { name: "D3_ActiveSARate", role: "assumption", shape: "1x12", range: month(R.activeSARate) },
  { name: "D3_CartsPerSAWeek", role: "assumption", shape: "1x12", range: month(R.cartsPerSAWeek) },
  { name: "D3_CartConversion", role: "assumption", shape: "1x12", range: month(R.cartConversion) },
  { name: "D3_CartValue", role: "assumption", shape: "1x12", range: month(R.cartValue) },
  { name: "D3_SalonSessions", role: "assumption", shape: "1x12", range: month(R.salonSessions) },
  {
    name: "D3_SalonConversion",
    role: "assumption",
    shape: "1x12",
    range: month(R.salonConversion),
  },
  { name: "D3_SalonTicket", role: "assumption", shape: "1x12", range: month(R.salonTicket) },
  {
    name: "D3_AttributionLive",
    role: "assumption",
    shape: "1x12",
    range: month(R.attributionLive),
  },
  { name: "D3_ClickToDOSLive", role: "assumption", shape: "1x12", range: month(R.clickToDOSLive) },
  { name: "D3_OrganicDrift", role: "assumption", shape: "1x12", range: month(R.organicDrift) },
  { name: "D3_LeverCart", role: "output", shape: "1x12", range: month(R.leverCart) },
  { name: "D3_LeverSalon", role: "output", shape: "1x12", range: month(R.leverSalon) },
  { name: "D3_LeverOrganic", role: "output", shape: "1x12", range: month(R.leverOrganic) },
  {
    name: "D3_OtherLeverLabels",
    role: "output",
    shape: "2x1",
    range: `A${R.otherLever1}:A${R.otherLever2}`,
  },
  {
    name: "D3_OtherLevers",
    role: "output",
    shape: "2x12",
    range: `C${R.otherLever1}:N${R.otherLever2}`,
  },
  {
    name: "D3_TCDigitalRevenue",
    role: "output",
    shape: "1x12",
    range: month(R.tcDigitalRevenue),
  },
  { name: "D3_TCTotalRevenue", role: "output", shape: "1x12", range: month(R.tcTotalRevenue) },
  { name: "D3_TCDigitalShare", role: "output", shape: "1x12", range: month(R.tcDigitalShare) },
];
