import type { CandidateName, ContractName, DrillContract } from "../contract/drillContract";
import {
  DRILL3_ROSTER_HEADER_ROW,
  DRILL3_ROWS as R,
  DRILL3_SHEETS,
  drill3Cell,
  drill3MonthRange,
} from "./drill3Layout";

/**
 * Drill 3's contract: every workbook name of PRODUCT.md section 3, plus this plan's extras (marked
 * `planOnly` or `optional`), with the range it covers, what a coach calls it and its Name Manager
 * comment. The ranges are computed from the row layout (drill3Layout.ts), so a row number lives
 * there only. Declaration order is the plan's name order.
 */

const MODEL = DRILL3_SHEETS.model;
const cell = drill3Cell;
const months = drill3MonthRange;

const DRILL3_CONTRACT_NAMES = [
  {
    name: "D3_SAs",
    role: "given",
    sheet: MODEL,
    range: cell(R.sas),
    label: "sales advisors",
    comment: "Given: sales advisors across the network.",
  },
  {
    name: "D3_DOS",
    role: "given",
    sheet: MODEL,
    range: cell(R.dos),
    label: "boutiques (DOS)",
    comment: "Given: directly operated stores in the roster.",
  },
  {
    name: "D3_TopClients",
    role: "given",
    sheet: MODEL,
    range: cell(R.topClients),
    label: "top clients",
    comment: "Given: clients in the top-client programme.",
  },
  {
    name: "D3_BaselineShare",
    role: "given",
    sheet: MODEL,
    range: cell(R.baselineShare),
    label: "baseline top-client digital share",
    comment:
      "Given: top-client digital share over the trailing twelve months, before the programme.",
  },
  {
    name: "D3_TargetShare",
    role: "given",
    sheet: MODEL,
    range: cell(R.targetShare),
    label: "target share at month 12",
    comment: "Given: share to reach in month 12.",
  },
  {
    name: "D3_BaselineTCRevenue",
    role: "given",
    sheet: MODEL,
    range: months(R.baselineTCRevenue),
    label: "baseline top-client revenue",
    comment: "Given: monthly top-client revenue, all channels, before the programme.",
  },
  // Extras: the month numbers (for LUX.RAMP) and the seasonality row (for LUX.SEASONAL).
  {
    name: "D3_Months",
    role: "given",
    sheet: MODEL,
    range: months(R.months),
    label: "month numbers",
    comment: "Month numbers 1–12.",
    planOnly: true,
  },
  {
    name: "D3_Seasonality",
    role: "given",
    sheet: MODEL,
    range: months(R.seasonality),
    label: "seasonality",
    comment: "Each month's share of the year's baseline top-client revenue.",
    planOnly: true,
  },
  {
    name: "D3_MaxDigitalHoursPerSAWeek",
    role: "coach-setting",
    sheet: MODEL,
    range: cell(R.maxDigitalHoursPerSAWeek),
    label: "maximum digital hours per SA a week",
    comment: "Coach setting: digital hours an active SA can give per week.",
  },
  {
    name: "D3_MinutesPerCart",
    role: "coach-setting",
    sheet: MODEL,
    range: cell(R.minutesPerCart),
    label: "minutes per cart",
    comment: "Coach setting: minutes to prepare and send one cart.",
  },
  {
    name: "D3_MinutesPerSalon",
    role: "coach-setting",
    sheet: MODEL,
    range: cell(R.minutesPerSalon),
    label: "minutes per digital salon",
    comment: "Coach setting: minutes per digital salon session.",
  },
  {
    name: "D3_MaxDOSPerMonth",
    role: "coach-setting",
    sheet: MODEL,
    range: cell(R.maxDOSPerMonth),
    label: "maximum boutiques going live in a month",
    comment: "Coach setting: most DOS that can go live in a month.",
  },
  {
    name: "D3_MaxShareStep",
    role: "coach-setting",
    sheet: MODEL,
    range: cell(R.maxShareStep),
    label: "maximum monthly share step",
    comment: "Coach setting: largest believable monthly move of the share.",
  },
  {
    name: "D3_MaxAdoptionWithoutAttribution",
    role: "coach-setting",
    sheet: MODEL,
    range: cell(R.maxAdoptionWithoutAttribution),
    label: "maximum SA adoption without attribution",
    comment: "Coach setting: active SA rate cap until attribution is live.",
  },
  {
    name: "D3_MaxCartConversion",
    role: "coach-setting",
    sheet: MODEL,
    range: cell(R.maxCartConversion),
    label: "maximum cart conversion",
    comment: "Coach setting: highest plausible cart conversion.",
  },
  {
    name: "D3_MaxSalonConversion",
    role: "coach-setting",
    sheet: MODEL,
    range: cell(R.maxSalonConversion),
    label: "maximum salon conversion",
    comment: "Coach setting: highest plausible salon conversion.",
  },
  // Extra: the 5% of the total-revenue-drop rule, so a coach can edit it like the others. When a
  // workbook has it, it replaces the spec's fixed value; when absent nothing is missing.
  {
    name: "D3_MaxTotalRevenueDrop",
    role: "coach-setting",
    sheet: MODEL,
    range: cell(R.maxTotalRevenueDrop),
    label: "maximum drop of top-client revenue below its baseline",
    comment: "Coach setting: largest fall of top-client revenue below baseline.",
    optional: true,
  },
  {
    name: "D3_DOSLive",
    role: "assumption",
    sheet: MODEL,
    range: months(R.dosLive),
    label: "boutiques live",
    comment: "Assumption: DOS live on save-the-cart / send-a-look, cumulative.",
  },
  {
    name: "D3_ActiveSARate",
    role: "assumption",
    sheet: MODEL,
    range: months(R.activeSARate),
    label: "active SA rate",
    comment: "Assumption: share of SAs in live DOS who use the tools.",
  },
  {
    name: "D3_CartsPerSAWeek",
    role: "assumption",
    sheet: MODEL,
    range: months(R.cartsPerSAWeek),
    label: "carts per SA a week",
    comment: "Assumption: carts sent per active SA per week.",
  },
  {
    name: "D3_CartConversion",
    role: "assumption",
    sheet: MODEL,
    range: months(R.cartConversion),
    label: "cart conversion",
    comment: "Assumption: share of carts that convert.",
  },
  {
    name: "D3_CartValue",
    role: "assumption",
    sheet: MODEL,
    range: months(R.cartValue),
    label: "cart value",
    comment: "Assumption: average converted cart value.",
  },
  {
    name: "D3_SalonSessions",
    role: "assumption",
    sheet: MODEL,
    range: months(R.salonSessions),
    label: "digital salon sessions",
    comment: "Assumption: digital salon sessions per month.",
  },
  {
    name: "D3_SalonConversion",
    role: "assumption",
    sheet: MODEL,
    range: months(R.salonConversion),
    label: "salon conversion",
    comment: "Assumption: share of salon sessions that convert.",
  },
  {
    name: "D3_SalonTicket",
    role: "assumption",
    sheet: MODEL,
    range: months(R.salonTicket),
    label: "salon ticket",
    comment: "Assumption: average salon ticket.",
  },
  {
    name: "D3_AttributionLive",
    role: "assumption",
    sheet: MODEL,
    range: months(R.attributionLive),
    label: "attribution live",
    comment: "Assumption: 1 when SAs are credited for their clients' digital sales.",
  },
  {
    name: "D3_ClickToDOSLive",
    role: "assumption",
    sheet: MODEL,
    range: months(R.clickToDOSLive),
    label: "click-to-DOS live",
    comment: "Assumption: 1 when click-to-DOS works.",
  },
  {
    name: "D3_OrganicDrift",
    role: "assumption",
    sheet: MODEL,
    range: months(R.organicDrift),
    label: "organic drift",
    comment: "Assumption: self-serve digital share drift, points per month.",
  },
  {
    name: "D3_LeverCart",
    role: "output",
    sheet: MODEL,
    range: months(R.leverCart),
    label: "save-the-cart revenue",
    comment: "Output: digital revenue from save-the-cart / send-a-look.",
  },
  {
    name: "D3_LeverSalon",
    role: "output",
    sheet: MODEL,
    range: months(R.leverSalon),
    label: "digital salon revenue",
    comment: "Output: digital revenue from digital salons.",
  },
  {
    name: "D3_LeverOrganic",
    role: "output",
    sheet: MODEL,
    range: months(R.leverOrganic),
    label: "organic digital revenue",
    comment: "Output: organic digital revenue.",
  },
  {
    name: "D3_OtherLeverLabels",
    role: "output",
    sheet: MODEL,
    range: `A${R.otherLever1}:A${R.otherLever2}`,
    label: "labels of the levers you add",
    comment: "Output: names of the candidate's own levers.",
  },
  {
    name: "D3_OtherLevers",
    role: "output",
    sheet: MODEL,
    range: months(R.otherLever1, R.otherLever2),
    label: "revenue of the levers you add",
    comment: "Output: digital revenue of the candidate's own levers.",
  },
  {
    name: "D3_TCDigitalRevenue",
    role: "output",
    sheet: MODEL,
    range: months(R.tcDigitalRevenue),
    label: "top-client digital revenue",
    comment: "Output: top-client digital revenue.",
  },
  {
    name: "D3_TCTotalRevenue",
    role: "output",
    sheet: MODEL,
    range: months(R.tcTotalRevenue),
    label: "top-client total revenue",
    comment: "Output: top-client revenue, all channels.",
  },
  {
    name: "D3_TCDigitalShare",
    role: "output",
    sheet: MODEL,
    range: months(R.tcDigitalShare),
    label: "top-client digital share",
    comment: "Output: top-client digital share.",
  },
  // Extra: the roster's SA column, one row per DOS (its height is the generated DOS count).
  {
    name: "D3_RosterSAs",
    role: "given",
    sheet: DRILL3_SHEETS.roster,
    range: `E${DRILL3_ROSTER_HEADER_ROW + 1}`,
    label: "SAs of each DOS in the roster",
    comment: "SA count of every DOS in the roster (sums to D3_SAs).",
    planOnly: true,
    rowsFromData: true,
  },
] as const satisfies readonly ContractName[];

/** The candidate's notes: a name a candidate may add, of any shape, read when present. */
export const DRILL3_NOTES = {
  name: "D3_Notes",
  label: "your notes",
  comment: "Optional: a block of the candidate's notes, any shape; scanned for discount language.",
} as const satisfies CandidateName;

/**
 * Drill 3's contract, read by the plan builder (cells and names), the check (names, role lists,
 * shapes and labels) and the docs.
 *
 * @example
 * contractName(DRILL3_CONTRACT, "D3_TCDigitalShare").range //=> "C52:N52"
 */
export const DRILL3_CONTRACT: DrillContract = {
  drill: "3",
  prefix: "D3_",
  names: DRILL3_CONTRACT_NAMES,
  candidateNames: [DRILL3_NOTES],
};

/** One entry of drill 3's contract, with its literal name, role and range types. */
export type Drill3ContractEntry = (typeof DRILL3_CONTRACT_NAMES)[number];

/** Every name drill 3's contract declares. */
export type Drill3Name = Drill3ContractEntry["name"];
