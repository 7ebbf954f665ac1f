/**
 * Deliberate changes to plans or findings since the golden was first taken (before issue 11's move):
 * each entry names the golden keys it may change (a key, or a prefix ending in "*") and why. The
 * golden test fails on any other difference from `baseline/`, so a move that was meant to change
 * nothing cannot change something silently.
 *
 * Entries with no keys record a deliberate change the golden cannot see, because it lives in a
 * writer or a reader rather than in a plan or a finding; the writer-parity test and the adapters'
 * own tests pin those.
 */
export type AllowedChange = { keys: readonly string[]; why: string };

export const ALLOWED_CHANGES: readonly AllowedChange[] = [
  {
    keys: [],
    why: "Palette: the waterfall fallback's 'down' bars use the palette's mist (#8A8A8F) in both writers; the file writer had an off-palette #8C8C91 (src/domain/plan/planLooks.ts).",
  },
  {
    keys: [],
    why: "Chart helper layout: both writers lay the waterfall fallback out in the file writer's seven columns (Bridge, Base, Down, Up, Total, Value, Level; a text or error shows as a zero bar, each level builds on the row above); the Office.js writer had five (src/domain/plan/helperSheetLayout.ts).",
  },
  {
    keys: [],
    why: "Cell looks: the Office.js writer now also sets the body font, vertical alignment, row heights and the link font, as the file writer did (one style table, src/domain/plan/planLooks.ts).",
  },
  {
    keys: [],
    why: "Validation lists: both writers follow the file writer's policy (inline when the list fits 255 characters with no comma or double quote, else a helper column); the Office.js writer always wrote lists inline (listPlacement in helperSheetLayout.ts). No drill's list is long enough to trigger it today.",
  },
  {
    keys: [],
    why: "One 'Sheet!A1' reader (splitSheetRef): a name pointing at '#'S'!A1' or at an unquoted non-ASCII sheet (Données!A1) now resolves, '= S!A1' (a space after '=') no longer does, and names read from files are normalised as the Office.js path already did (C4:C4 reads as C4).",
  },
  {
    keys: ["2/*", "slip/2/revenue-crash"],
    why: "One maison per seed (issue 13): drill 2's .com has the sessions its maison's online business needs (thirteen weeks bring in about drill 1's this quarter online: $8.19M for seed 0, 35,000 sessions a week instead of 520,000), so every drill-2 plan's data changes, and the revenue-crash slip's message quotes the new dollars (src/domain/maison/maisonProfile.ts).",
  },
  {
    keys: ["1/*", "blank/1/*"],
    why: "Issue 13, the legwork is the candidate's: drill 1's blank plan leaves the tier table to the candidate (frame, tier names, empty input cells, no formulas), every drill-1 plan writes control totals over D1 Data beside the Drill info stamp (D1_ControlOrders, D1_ControlRevenue, D1_ControlReceived, D1_ControlSold), and the check's findings on the blank template change with them (empty tier cells are tier-table-missing; uncomputed control totals are non-numeric).",
  },
  {
    keys: ["1/*", "3/*"],
    why: "Issue 13, one maison: the sheets say which shares are a quarter's and which are twelve months': drill 1's top-client digital share is 'within the quarter', drill 3's baseline (D3_BaselineShare's comment and note) is 'over the trailing twelve months'. Text only.",
  },
  {
    keys: ["3/*", "key/3/*"],
    why: "One maison per seed (issue 13): drill 3 draws its boutiques, SAs, top clients, their twelve months' spend ($54.88M for seed 0, no longer $216M), digital share, usual purchase and seasonality from the seed's maison (generator drill3-2), so every drill-3 plan's roster and monthly revenue change; the answer key is re-sized to that gap (every lever follows the season, salons and added levers at most two thirds of it, carts solved to land just above target), so its target-met message quotes the new month-12 share (src/domain/drills/drill3/generateDrill3Data.ts, computeDrill3Reference.ts).",
  },
  {
    keys: ["1/*", "blank/1/*", "key/1/*", "slip/1/aov-mix-off", "slip/1/swapped-effects"],
    why: "Issue 13, drill 1's prices and currency (generator drill1-2): one local price list per currency held across both quarters, quarter-average rates that move, order values to the cent, a rate table on D1 Data, the currency block beside the AOV bridge (D1_AOVCurrency) and the key's diagnosis naming the traps; every drill-1 plan's rows change, and the slips' messages quote the new tier figures (src/domain/drills/drill1/drill1Pricing.ts, closeRevenue.ts).",
  },
  {
    keys: ["1/*", "blank/1/*", "key/1/*", "slip/1/*"],
    why: "Issue 14, drill 1's written answers: the diagnosis sits above the moves (the moves move down four rows), a coach setting D1_DiagnosisMinWords sits beside the diagnosis, the intro asks for figures and causes, and a slip with moves now also hears which cause no move answers (moves-miss-cause).",
  },
  {
    keys: ["slip/1/discount-moves", "fixture/3/discount-lever/*", "fixture/3/mass-dtc-lever/*"],
    why: "Issue 14, one language judge (src/domain/language/judgeText.ts) replaces the discount word list in every drill: a discount finding quotes the whole phrase with the coach's reason for its disguise and one shared advice; mass-DTC tactics (retargeting, blasts, influencer codes, marketplaces, carousels) get a code of their own, mass-dtc-lever, so drill 3's fixture that mixed a private sale and a retargeting note is split into one fixture per code.",
  },
];
