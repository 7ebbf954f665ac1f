/**
 * The workbook names the drill-3 check reads (PRODUCT.md section 3) and how a coach calls each one in
 * a message. Month rows are 1 row × 12 columns; givens and coach settings are single cells.
 */

export const D3_SCALAR_GIVENS = [
  "D3_SAs",
  "D3_DOS",
  "D3_BaselineShare",
  "D3_TargetShare",
  "D3_TopClients",
] as const;

/** Coaching rules of thumb: every limit a rule applies comes from one of these cells. */
export const D3_COACH_SETTINGS = [
  "D3_MaxDigitalHoursPerSAWeek",
  "D3_MinutesPerCart",
  "D3_MinutesPerSalon",
  "D3_MaxDOSPerMonth",
  "D3_MaxShareStep",
  "D3_MaxAdoptionWithoutAttribution",
  "D3_MaxCartConversion",
  "D3_MaxSalonConversion",
] as const;

/**
 * Coach settings a workbook may add beyond the spec's list. When present they replace the spec's
 * fixed value (here: the 5% of `total-revenue-drop`); when absent nothing is missing.
 */
export const D3_OPTIONAL_SCALARS = ["D3_MaxTotalRevenueDrop"] as const;

/** Month rows the coach gives (typed numbers are expected there). */
export const D3_GIVEN_ROWS = ["D3_BaselineTCRevenue"] as const;

/** Month rows the candidate types or derives: blanks inside a started row count as 0, like Excel. */
export const D3_ASSUMPTION_ROWS = [
  "D3_DOSLive",
  "D3_ActiveSARate",
  "D3_CartsPerSAWeek",
  "D3_CartConversion",
  "D3_CartValue",
  "D3_SalonSessions",
  "D3_SalonConversion",
  "D3_SalonTicket",
  "D3_AttributionLive",
  "D3_ClickToDOSLive",
  "D3_OrganicDrift",
] as const;

/** Month rows the candidate must compute with formulas. */
export const D3_OUTPUT_ROWS = [
  "D3_LeverCart",
  "D3_LeverSalon",
  "D3_LeverOrganic",
  "D3_TCDigitalRevenue",
  "D3_TCTotalRevenue",
  "D3_TCDigitalShare",
] as const;

/** The lever rows a candidate may add: labels 2×1 beside values 2×12. */
export const D3_OTHER_LEVER_LABELS = "D3_OtherLeverLabels";
export const D3_OTHER_LEVERS = "D3_OtherLevers";

/** Optional: a block of the candidate's notes, scanned for discount language when present. */
export const D3_NOTES = "D3_Notes";

export type D3ScalarName =
  | (typeof D3_SCALAR_GIVENS)[number]
  | (typeof D3_COACH_SETTINGS)[number]
  | (typeof D3_OPTIONAL_SCALARS)[number];
export type D3RowName =
  | (typeof D3_GIVEN_ROWS)[number]
  | (typeof D3_ASSUMPTION_ROWS)[number]
  | (typeof D3_OUTPUT_ROWS)[number];

/** What a coach calls each name in a sentence. */
export const D3_LABELS: Record<D3ScalarName | D3RowName | "D3_OtherLevers", string> = {
  D3_SAs: "sales advisors",
  D3_DOS: "boutiques (DOS)",
  D3_BaselineShare: "baseline top-client digital share",
  D3_TargetShare: "target share at month 12",
  D3_TopClients: "top clients",
  D3_MaxDigitalHoursPerSAWeek: "maximum digital hours per SA a week",
  D3_MinutesPerCart: "minutes per cart",
  D3_MinutesPerSalon: "minutes per digital salon",
  D3_MaxDOSPerMonth: "maximum boutiques going live in a month",
  D3_MaxShareStep: "maximum monthly share step",
  D3_MaxAdoptionWithoutAttribution: "maximum SA adoption without attribution",
  D3_MaxCartConversion: "maximum cart conversion",
  D3_MaxSalonConversion: "maximum salon conversion",
  D3_MaxTotalRevenueDrop: "maximum drop of top-client revenue below its baseline",
  D3_BaselineTCRevenue: "baseline top-client revenue",
  D3_DOSLive: "boutiques live",
  D3_ActiveSARate: "active SA rate",
  D3_CartsPerSAWeek: "carts per SA a week",
  D3_CartConversion: "cart conversion",
  D3_CartValue: "cart value",
  D3_SalonSessions: "digital salon sessions",
  D3_SalonConversion: "salon conversion",
  D3_SalonTicket: "salon ticket",
  D3_AttributionLive: "attribution live",
  D3_ClickToDOSLive: "click-to-DOS live",
  D3_OrganicDrift: "organic drift",
  D3_LeverCart: "save-the-cart revenue",
  D3_LeverSalon: "digital salon revenue",
  D3_LeverOrganic: "organic digital revenue",
  D3_TCDigitalRevenue: "top-client digital revenue",
  D3_TCTotalRevenue: "top-client total revenue",
  D3_TCDigitalShare: "top-client digital share",
  D3_OtherLevers: "other lever revenue",
};

/** Month rows in reading order; the first is what a workbook of drill 3 must at least hold. */
export const D3_MONTH_ROWS: readonly D3RowName[] = [
  ...D3_GIVEN_ROWS,
  ...D3_ASSUMPTION_ROWS,
  ...D3_OUTPUT_ROWS,
];

export const D3_SCALARS: readonly D3ScalarName[] = [...D3_SCALAR_GIVENS, ...D3_COACH_SETTINGS];

export const MONTHS = 12;
