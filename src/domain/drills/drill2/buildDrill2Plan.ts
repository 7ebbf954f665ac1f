import type {
  PlanBlock,
  PlanCell,
  PlanSheet,
  PlanValidation,
  WorkbookPlan,
} from "../../plan/workbookPlan";
import { FORMATS } from "../../plan/workbookPlan";
import type { PlanOptions } from "../buildPlan";
import { columnLetters } from "../../sheet/a1";
import { absoluteRef } from "../../sheet/sheetRef";
import { drillInfoBlock } from "../common/drillInfoBlock";
import { computeDrill2Reference } from "./computeDrill2Reference";
import {
  DRILL2_BASELINE_ROWS as B,
  DRILL2_NAMES,
  DRILL2_PLAN_ROWS as P,
  DRILL2_REMOVAL_COLUMNS as RC,
  DRILL2_REPLACEMENT_COLUMNS as PC,
  DRILL2_SHEETS,
} from "./drill2Layout";
import { drill2Levers, type Drill2RemovalLever, type Drill2ReplacementLever } from "./drill2Levers";
import type { Drill2Choices } from "./forecastDrill2";
import {
  DRILL2_GENERATOR_VERSION,
  DRILL2_WEEKS,
  generateDrill2Data,
  type Drill2Data,
} from "./generateDrill2Data";

const BASELINE = DRILL2_SHEETS.baseline;
const PLAN = DRILL2_SHEETS.plan;
const WEEKS = Array.from({ length: DRILL2_WEEKS }, (_, w) => w);
/** Column letter of week w (0-based): C … O. */
const col = (w: number) => columnLetters(3 + w);
const TAB = "#7F6000";

/**
 * The drill 2 workbook: "D2 Baseline" (13 weeks of site data by traffic source as a table, weekly
 * totals and source totals recomputed from it with SUMIF, homepage modules, category nav, what is in
 * production) and "D2 Plan" (guardrails a coach can edit, the levers to remove and the replacements to
 * launch, the 13-week plan grid and the weekly revenue and conversion forecast). "blank" leaves the
 * plan grid and every forecast formula to the candidate; "starter" wires them to the (blank) choices;
 * "answer-key" fills the coach's reference plan (`computeDrill2Reference`). Native formulas only,
 * except `LUX.SAFESHARE` for conversion in an add-in starter or key.
 *
 * @example
 * buildDrill2Plan({ seed: 0, mode: "blank", target: "file" }).sheets.map((s) => s.name)
 * //=> ["D2 Baseline", "D2 Plan"]
 */
export function buildDrill2Plan(options: PlanOptions): WorkbookPlan {
  const data = generateDrill2Data(options.seed);
  const levers = drill2Levers(data);
  const choices =
    options.mode === "answer-key" ? computeDrill2Reference(options.seed).choices : undefined;
  const info = drillInfoBlock(
    {
      drill: "2",
      title: "90-day teardown and rebuild of the .com",
      seed: options.seed,
      generatorVersion: DRILL2_GENERATOR_VERSION,
      mode: options.mode,
    },
    { sheet: PLAN, at: "R1", namePrefix: "D2" }
  );
  return {
    drill: "2",
    seed: options.seed,
    mode: options.mode,
    generatorVersion: DRILL2_GENERATOR_VERSION,
    sheets: [baselineSheet(data), planSheet(data, levers, options, choices, info.block)],
    names: [
      ...DRILL2_NAMES.map((spec) => ({
        name: spec.name,
        refersTo: absoluteRef(spec.sheet, spec.range),
        comment: NAME_COMMENTS[spec.name],
      })),
      ...info.names,
    ],
  };
}

// ---------------------------------------------------------------------------------------------
// D2 Baseline

const TRAFFIC_FIRST = B.trafficHeader + 1;

function baselineSheet(data: Drill2Data): PlanSheet {
  const last = TRAFFIC_FIRST + data.traffic.length - 1;
  const t = (c: string) => `$${c}$${TRAFFIC_FIRST}:$${c}$${last}`;
  const header = (value: string): PlanCell => ({ value, style: "header" });
  const given = (value: string | number, numberFormat?: string): PlanCell => ({
    value,
    style: "given",
    ...(numberFormat ? { numberFormat } : {}),
  });
  const calc = (formula: string, numberFormat: string): PlanCell => ({
    formula,
    style: "check",
    numberFormat,
  });
  const weekly = (
    row: number,
    label: string,
    unit: string,
    format: string,
    f: (x: string) => string,
    total: string
  ) =>
    line(row, [
      { value: label, style: "label" },
      { value: unit, style: "note" },
      ...WEEKS.map((w) => calc(f(col(w)), format)),
      calc(total, format),
    ]);
  const sumif = (x: string, c: string) => `=SUMIF(${t("A")},${x}$${B.weeks},${t(c)})`;
  const sources = data.sources;
  const srcFirst = B.sourcesHeader + 1;
  const srcLast = srcFirst + sources.length - 1;
  const modFirst = B.modulesHeader + 1;
  const modLast = modFirst + data.modules.length - 1;
  const navFirst = B.navHeader + 1;
  const navLast = navFirst + data.nav.length - 1;
  const capFirst = B.capabilitiesHeader + 1;
  const capLast = capFirst + data.capabilities.length - 1;

  return {
    name: BASELINE,
    tabColor: TAB,
    columnWidths: {
      A: 44,
      B: 30,
      ...Object.fromEntries(WEEKS.map((w) => [col(w), 12])),
      P: 14,
    },
    freeze: { rows: 0, columns: 1 },
    blocks: [
      {
        at: "A1",
        rows: [
          [{ value: "Drill 2 — The .com today: 13 weeks of baseline", style: "title" }],
          [
            {
              value:
                "Everything on this sheet is given. Weekly and source totals are formulas over the raw rows at the bottom (table D2TrafficTable); plan on the D2 Plan sheet.",
              style: "instruction",
            },
          ],
        ],
      },
      line(B.weeks, [
        header("Week"),
        header("Unit"),
        ...WEEKS.map((w): PlanCell => ({ value: w + 1, style: "header", numberFormat: "0" })),
        header("13 weeks"),
      ]),
      weekly(
        B.sessions,
        "Sessions",
        "sessions",
        FORMATS.int,
        (x) => sumif(x, "E"),
        `=SUM(C${B.sessions}:O${B.sessions})`
      ),
      weekly(
        B.orders,
        "Orders",
        "orders",
        FORMATS.int,
        (x) => sumif(x, "F"),
        `=SUM(C${B.orders}:O${B.orders})`
      ),
      weekly(
        B.revenue,
        "Revenue (after discounts)",
        "$",
        FORMATS.usd,
        (x) => sumif(x, "H"),
        `=SUM(C${B.revenue}:O${B.revenue})`
      ),
      weekly(
        B.cvr,
        "Conversion rate",
        "%",
        FORMATS.pct2,
        (x) => `=IF(${x}${B.sessions}=0,0,${x}${B.orders}/${x}${B.sessions})`,
        `=IF(P${B.sessions}=0,0,P${B.orders}/P${B.sessions})`
      ),
      weekly(
        B.aov,
        "Average order value",
        "$",
        FORMATS.usd,
        (x) => `=IF(${x}${B.orders}=0,0,${x}${B.revenue}/${x}${B.orders})`,
        `=IF(P${B.orders}=0,0,P${B.revenue}/P${B.orders})`
      ),
      weekly(
        B.discountCost,
        "Discount cost (price given away)",
        "$",
        FORMATS.usd,
        (x) => sumif(x, "J"),
        `=SUM(C${B.discountCost}:O${B.discountCost})`
      ),
      weekly(
        B.discountRevenue,
        "Discount- and retargeting-driven revenue",
        "$",
        FORMATS.usd,
        (x) => `=SUMIFS(${t("H")},${t("A")},${x}$${B.weeks},${t("D")},1)`,
        `=SUM(C${B.discountRevenue}:O${B.discountRevenue})`
      ),
      weekly(
        B.discountShare,
        "Share of revenue driven by discounts or retargeting",
        "%",
        FORMATS.pct1,
        (x) => `=IF(${x}${B.revenue}=0,0,${x}${B.discountRevenue}/${x}${B.revenue})`,
        `=IF(P${B.revenue}=0,0,P${B.discountRevenue}/P${B.revenue})`
      ),
      line(B.sourcesHeader - 1, [{ value: "By traffic source, 13 weeks", style: "subtitle" }]),
      {
        at: `A${B.sourcesHeader}`,
        rows: [
          [
            "Source",
            "Type",
            "Discount",
            "Sessions",
            "Orders",
            "Conversion",
            "Revenue",
            "AOV",
            "Discount cost",
            "Share of revenue",
          ].map(header),
          ...sources.map((s, i): PlanCell[] => {
            const r = srcFirst + i;
            return [
              given(s.label),
              given(s.kind),
              given(s.discountRate, FORMATS.pct0),
              calc(`=SUMIF(${t("B")},A${r},${t("E")})`, FORMATS.int),
              calc(`=SUMIF(${t("B")},A${r},${t("F")})`, FORMATS.int),
              calc(`=IF(D${r}=0,0,E${r}/D${r})`, FORMATS.pct2),
              calc(`=SUMIF(${t("B")},A${r},${t("H")})`, FORMATS.usd),
              calc(`=IF(E${r}=0,0,G${r}/E${r})`, FORMATS.usd),
              calc(`=SUMIF(${t("B")},A${r},${t("J")})`, FORMATS.usd),
              calc(
                `=IF(SUM($G$${srcFirst}:$G$${srcLast})=0,0,G${r}/SUM($G$${srcFirst}:$G$${srcLast}))`,
                FORMATS.pct1
              ),
            ];
          }),
        ],
      },
      line(B.modulesHeader - 1, [
        {
          value: "Homepage modules, 13 weeks (position 1 = first under the hero)",
          style: "subtitle",
        },
      ]),
      {
        at: `A${B.modulesHeader}`,
        rows: [
          [
            "Module",
            "Position",
            "Impressions",
            "Clicks",
            "CTR",
            "Orders",
            "Revenue",
            "AOV",
            "Entry-product share of orders",
          ].map(header),
          ...data.modules.map((m, i): PlanCell[] => {
            const r = modFirst + i;
            return [
              given(m.module),
              given(m.position, "0"),
              given(m.impressions, FORMATS.int),
              given(m.clicks, FORMATS.int),
              calc(`=IF(C${r}=0,0,D${r}/C${r})`, FORMATS.pct2),
              given(m.orders, FORMATS.int),
              given(m.revenue, FORMATS.usd),
              calc(`=IF(F${r}=0,0,G${r}/F${r})`, FORMATS.usd),
              given(m.entryShare, FORMATS.pct0),
            ];
          }),
        ],
      },
      line(B.navHeader - 1, [
        {
          value: "Category navigation as it is (position 1 = first in the menu), 13 weeks",
          style: "subtitle",
        },
      ]),
      {
        at: `A${B.navHeader}`,
        rows: [
          [
            "Category",
            "Tier",
            "Position",
            "Sessions entering",
            "Orders",
            "Conversion",
            "Revenue",
            "AOV",
          ].map(header),
          ...data.nav.map((n, i): PlanCell[] => {
            const r = navFirst + i;
            return [
              given(n.category),
              given(n.tier),
              given(n.position, "0"),
              given(n.sessions, FORMATS.int),
              given(n.orders, FORMATS.int),
              calc(`=IF(D${r}=0,0,E${r}/D${r})`, FORMATS.pct2),
              given(n.revenue, FORMATS.usd),
              calc(`=IF(E${r}=0,0,G${r}/E${r})`, FORMATS.usd),
            ];
          }),
        ],
      },
      line(B.capabilitiesHeader - 1, [{ value: "What is in production today", style: "subtitle" }]),
      {
        at: `A${B.capabilitiesHeader}`,
        rows: [
          [header("Capability"), header("Status")],
          ...data.capabilities.map((c): PlanCell[] => [given(c.capability), given(c.status)]),
        ],
      },
      line(B.trafficHeader - 1, [
        { value: "Raw weekly site data (one row per week and traffic source)", style: "subtitle" },
      ]),
      {
        at: `A${B.trafficHeader}`,
        rows: [
          [
            "Week",
            "Source",
            "Type",
            "Discount-driven (1/0)",
            "Sessions",
            "Orders",
            "Conversion",
            "Revenue",
            "AOV",
            "Discount cost",
          ].map(header),
          ...data.traffic.map((row, i): PlanCell[] => {
            const r = TRAFFIC_FIRST + i;
            return [
              given(row.week, "0"),
              given(row.source),
              given(row.kind),
              given(row.discountDriven, "0"),
              given(row.sessions, FORMATS.int),
              given(row.orders, FORMATS.int),
              calc(`=IF(E${r}=0,0,F${r}/E${r})`, FORMATS.pct2),
              given(row.revenue, FORMATS.usd),
              calc(`=IF(F${r}=0,0,H${r}/F${r})`, FORMATS.usd),
              given(row.discountCost, FORMATS.usd),
            ];
          }),
        ],
      },
    ],
    tables: [
      {
        name: "D2SourcesTable",
        range: `A${B.sourcesHeader}:J${srcLast}`,
        style: "TableStyleLight12",
      },
      {
        name: "D2ModulesTable",
        range: `A${B.modulesHeader}:I${modLast}`,
        style: "TableStyleLight12",
      },
      { name: "D2NavTable", range: `A${B.navHeader}:H${navLast}`, style: "TableStyleLight12" },
      {
        name: "D2CapabilitiesTable",
        range: `A${B.capabilitiesHeader}:B${capLast}`,
        style: "TableStyleLight12",
      },
      { name: "D2TrafficTable", range: `A${B.trafficHeader}:J${last}`, style: "TableStyleLight12" },
    ],
  };
}

// ---------------------------------------------------------------------------------------------
// D2 Plan

const REM_FIRST = P.firstRemoval;
const REP_FIRST = P.firstReplacement;

function planSheet(
  data: Drill2Data,
  levers: { removals: Drill2RemovalLever[]; replacements: Drill2ReplacementLever[] },
  options: PlanOptions,
  choices: Drill2Choices | undefined,
  infoBlock: PlanBlock
): PlanSheet {
  const wired = options.mode !== "blank";
  const lux = options.target === "addin";
  const g = data.guardrails;
  const header = (value: string): PlanCell => ({ value, style: "header" });
  const remLast = REM_FIRST + levers.removals.length - 1;
  const repLast = REP_FIRST + levers.replacements.length - 1;
  const planRemLast = P.firstRemovalPlan + levers.removals.length - 1;
  const planRepLast = P.firstReplacementPlan + levers.replacements.length - 1;
  const input = (value: string | number | null | undefined, numberFormat?: string): PlanCell => ({
    ...(value === null || value === undefined ? {} : { value }),
    style: "input",
    ...(numberFormat ? { numberFormat } : {}),
  });
  const out = (formula: string, numberFormat: string): PlanCell =>
    wired ? { formula, style: "output", numberFormat } : { style: "output", numberFormat };

  const guardrail = (row: number, label: string, value: number, format: string, note: string) =>
    line(row, [
      { value: label, style: "label" },
      {},
      { value, style: "given", numberFormat: format, note },
      { value: note, style: "note" },
    ]);

  const removalRows = levers.removals.map((lever, i): PlanCell[] => {
    const r = REM_FIRST + i;
    const choice = choices?.removals[i];
    return [
      { value: lever.label, style: "given" },
      input(choice?.replacedBy),
      { value: lever.kind, style: "given" },
      { value: lever.weeklySessions, style: "given", numberFormat: FORMATS.int },
      { value: lever.weeklyOrders, style: "given", numberFormat: FORMATS.int },
      { value: lever.weeklyRevenue, style: "given", numberFormat: FORMATS.usd },
      { value: lever.discountDriven, style: "given", numberFormat: "0" },
      input(choice?.week, "0"),
      input(choice?.recapture, FORMATS.pct0),
      out(`=1-${RC.recapture}${r}`, FORMATS.pct0),
      out(
        `=IFERROR(INDEX($${PC.week}$${REP_FIRST}:$${PC.week}$${repLast},MATCH(${RC.replacedBy}${r},$${PC.lever}$${REP_FIRST}:$${PC.lever}$${repLast},0)),"")`,
        "0"
      ),
      out(
        `=IF(N(${RC.week}${r})=0,"kept",IF(N(${RC.replacementWeek}${r})=0,"no replacement",IF(${RC.replacementWeek}${r}<=${RC.week}${r}+D2_ReplaceWithinWeeks,"ok","late")))`,
        FORMATS.text
      ),
    ];
  });

  const replacementRows = levers.replacements.map((lever, j): PlanCell[] => {
    const choice = choices?.replacements[j];
    return [
      { value: lever.label, style: "given" },
      { value: lever.kind, style: "given" },
      input(choice?.week, "0"),
      input(choice?.rampWeeks, "0"),
      input(choice?.sessions, FORMATS.int),
      input(choice?.orders, FORMATS.int),
      input(choice?.aov, FORMATS.usd),
    ];
  });

  const grid = (
    row: number,
    label: string,
    unit: string,
    cell: (x: string) => PlanCell,
    year?: PlanCell
  ) =>
    line(row, [
      { value: label, style: "label" },
      { value: unit, style: "note" },
      ...WEEKS.map((w) => cell(col(w))),
      ...(year ? [year] : []),
    ]);
  const plannedCell = (formula: string): PlanCell =>
    wired
      ? { formula, style: "output", numberFormat: FORMATS.decimal2 }
      : { style: "input", numberFormat: FORMATS.decimal2 };

  const mirror = (row: number, label: string, baselineRow: number, format: string) =>
    grid(row, label, "baseline", (x) => ({
      formula: `='${BASELINE}'!${x}${baselineRow}`,
      style: "given",
      numberFormat: format,
    }));

  const remPlanRange = (x: string) => `${x}${P.firstRemovalPlan}:${x}${planRemLast}`;
  const repPlanRange = (x: string) => `${x}${P.firstReplacementPlan}:${x}${planRepLast}`;
  const remCol = (c: string) => `$${c}$${REM_FIRST}:$${c}$${remLast}`;
  const repCol = (c: string) => `$${c}$${REP_FIRST}:$${c}$${repLast}`;
  const sumTotal = (row: number): PlanCell | undefined =>
    wired
      ? { formula: `=SUM(C${row}:O${row})`, style: "output", numberFormat: FORMATS.int }
      : undefined;

  const blocks: PlanBlock[] = [
    {
      at: "A1",
      rows: [
        [
          {
            value: "Drill 2 — 90-day teardown and rebuild, without crashing conversion or revenue",
            style: "title",
          },
        ],
        [
          {
            value: `Decide which premium-DTC levers to switch off and which maison levers replace them, week by week; forecast weekly revenue and conversion against the guardrails. Read the notes from row ${P.notes}.`,
            style: "instruction",
          },
        ],
      ],
    },
    infoBlock,
    line(P.guardrailsHeader, [
      {
        value: "Guardrails (a coach may change these; the check reads them from here)",
        style: "subtitle",
      },
    ]),
    guardrail(
      P.maxRevenueDrop,
      "Max weekly revenue drop vs the same baseline week",
      g.maxRevenueDrop,
      FORMATS.pct0,
      "Forecast revenue must stay at or above (1 − this) × baseline revenue, every week."
    ),
    guardrail(
      P.minCVRRatio,
      "Min weekly conversion as a share of baseline",
      g.minCVRRatio,
      FORMATS.pct0,
      "Forecast conversion must stay at or above this share of the baseline week's conversion."
    ),
    guardrail(
      P.replaceWithinWeeks,
      "Replacement live within (weeks) of a removal",
      g.replaceWithinWeeks,
      "0",
      "A removed discount or retargeting lever needs its replacement live no later than this many weeks after."
    ),
    guardrail(
      P.discountFreeByWeek,
      "Discount-driven revenue at zero from week",
      g.discountFreeByWeek,
      "0",
      "From this week on no revenue may depend on a discount or a retargeting blast."
    ),
    line(P.removalsHeader - 1, [
      {
        value:
          "Levers to remove — type the week each is switched off (empty = kept), its replacement and the share of its orders that come back at full price",
        style: "subtitle",
      },
    ]),
    {
      at: `A${P.removalsHeader}`,
      rows: [
        [
          "Lever (13-week weekly average)",
          "Replaced by",
          "Type",
          "Weekly sessions",
          "Weekly orders",
          "Weekly revenue",
          "Discount-driven (1/0)",
          "Week removed",
          "Recapture",
          "Share lost",
          "Replacement live week",
          "Pairing",
        ].map(header),
        ...removalRows,
      ],
    },
    line(P.replacementsHeader - 1, [
      {
        value:
          "Replacements to launch — type the week each goes live (empty = not launched) and what it brings at full effect",
        style: "subtitle",
      },
    ]),
    {
      at: `A${P.replacementsHeader}`,
      rows: [
        [
          "Replacement",
          "Type",
          "Week live",
          "Weeks to full effect",
          "Weekly sessions at full effect",
          "Weekly orders at full effect",
          "Average order value",
        ].map(header),
        ...replacementRows,
      ],
    },
    line(P.weeks - 1, [
      {
        value:
          "13-week plan — removals: 1 when the lever is off that week; replacements: share of full effect reached",
        style: "subtitle",
      },
    ]),
    line(P.weeks, [
      header("Week"),
      header(""),
      ...WEEKS.map((w): PlanCell => ({ value: w + 1, style: "header", numberFormat: "0" })),
    ]),
    ...levers.removals.map((lever, i) =>
      grid(P.firstRemovalPlan + i, `Off: ${lever.label}`, "1/0", (x) =>
        plannedCell(
          `=IF(AND(N($${RC.week}${REM_FIRST + i})>0,${x}$${P.weeks}>=$${RC.week}${REM_FIRST + i}),1,0)`
        )
      )
    ),
    ...levers.replacements.map((lever, j) => {
      const r = REP_FIRST + j;
      return grid(P.firstReplacementPlan + j, `Live: ${lever.label}`, "share", (x) =>
        plannedCell(
          `=IF(N($${PC.week}${r})=0,0,MAX(0,MIN(1,(${x}$${P.weeks}-$${PC.week}${r}+1)/MAX(1,$${PC.rampWeeks}${r}))))`
        )
      );
    }),
    line(P.baselineSessions - 1, [{ value: "Baseline (from D2 Baseline)", style: "subtitle" }]),
    mirror(P.baselineSessions, "Baseline sessions", B.sessions, FORMATS.int),
    mirror(P.baselineOrders, "Baseline orders", B.orders, FORMATS.int),
    mirror(P.baselineRevenue, "Baseline revenue", B.revenue, FORMATS.usd),
    mirror(P.baselineCVR, "Baseline conversion", B.cvr, FORMATS.pct2),
    mirror(
      P.baselineDiscountRevenue,
      "Baseline discount-driven revenue",
      B.discountRevenue,
      FORMATS.usd
    ),
    line(P.forecastSessions - 1, [
      {
        value: "Weekly forecast (formulas; the same formula in every week of a row)",
        style: "subtitle",
      },
    ]),
    grid(
      P.forecastSessions,
      "Forecast sessions",
      "sessions",
      (x) =>
        out(
          `=${x}${P.baselineSessions}-SUMPRODUCT(${remPlanRange(x)},${remCol(RC.sessions)},${remCol(RC.shareLost)})+SUMPRODUCT(${repPlanRange(x)},${repCol(PC.sessions)})`,
          FORMATS.int
        ),
      sumTotal(P.forecastSessions)
    ),
    grid(
      P.forecastOrders,
      "Forecast orders",
      "orders",
      (x) =>
        out(
          `=${x}${P.baselineOrders}-SUMPRODUCT(${remPlanRange(x)},${remCol(RC.orders)},${remCol(RC.shareLost)})+SUMPRODUCT(${repPlanRange(x)},${repCol(PC.orders)})`,
          FORMATS.int
        ),
      sumTotal(P.forecastOrders)
    ),
    grid(
      P.forecastRevenue,
      "Forecast revenue",
      "$",
      (x) =>
        out(
          `=${x}${P.baselineRevenue}-SUMPRODUCT(${remPlanRange(x)},${remCol(RC.revenue)},${remCol(RC.shareLost)})+SUMPRODUCT(${repPlanRange(x)},${repCol(PC.orders)},${repCol(PC.aov)})`,
          FORMATS.usd
        ),
      wired
        ? {
            formula: `=SUM(C${P.forecastRevenue}:O${P.forecastRevenue})`,
            style: "output",
            numberFormat: FORMATS.usd,
          }
        : undefined
    ),
    grid(P.forecastCVR, "Forecast conversion", "%", (x) =>
      out(
        lux
          ? `=LUX.SAFESHARE(${x}${P.forecastOrders},${x}${P.forecastSessions})`
          : `=IF(${x}${P.forecastSessions}=0,0,${x}${P.forecastOrders}/${x}${P.forecastSessions})`,
        FORMATS.pct2
      )
    ),
    grid(P.discountRevenue, "Discount- and retargeting-driven revenue still running", "$", (x) =>
      out(
        `=SUMPRODUCT(${remCol(RC.revenue)},${remCol(RC.discountDriven)})-SUMPRODUCT(${remPlanRange(x)},${remCol(RC.revenue)},${remCol(RC.discountDriven)})`,
        FORMATS.usd
      )
    ),
    grid(P.revenueVsBaseline, "Forecast revenue vs baseline", "ratio", (x) =>
      out(
        `=IF(${x}${P.baselineRevenue}=0,0,${x}${P.forecastRevenue}/${x}${P.baselineRevenue})`,
        FORMATS.pct1
      )
    ),
    grid(P.cvrVsBaseline, "Forecast conversion vs baseline", "ratio", (x) =>
      out(`=IF(${x}${P.baselineCVR}=0,0,${x}${P.forecastCVR}/${x}${P.baselineCVR})`, FORMATS.pct1)
    ),
  ];
  if (wired) {
    blocks.push(
      grid(P.status, "Within the guardrails?", "", (x) => ({
        formula: `=IF(AND(${x}${P.revenueVsBaseline}>=1-D2_MaxRevenueDrop,${x}${P.cvrVsBaseline}>=D2_MinCVRRatio,OR(${x}$${P.weeks}<D2_DiscountFreeByWeek,${x}${P.discountRevenue}=0)),"ok","breach")`,
        style: "check",
        numberFormat: FORMATS.text,
      }))
    );
  }
  blocks.push(notesBlock(data));

  return {
    name: PLAN,
    tabColor: TAB,
    columnWidths: {
      A: 48,
      B: 36,
      ...Object.fromEntries(WEEKS.map((w) => [col(w), 12])),
      P: 14,
      Q: 3,
      R: 18,
      S: 14,
      T: 40,
    },
    freeze: { rows: 0, columns: 1 },
    blocks,
    validations: planValidations(
      levers.replacements.map((r) => r.label),
      remLast,
      repLast
    ),
  };
}

function planValidations(
  replacements: string[],
  remLast: number,
  repLast: number
): PlanValidation[] {
  const rem = (c: string) => `${c}${REM_FIRST}:${c}${remLast}`;
  const rep = (c: string) => `${c}${REP_FIRST}:${c}${repLast}`;
  const week = "A week from 1 to 13; leave empty when not planned.";
  return [
    { range: rem(RC.week), kind: "whole", min: 1, max: DRILL2_WEEKS, prompt: week },
    {
      range: rem(RC.replacedBy),
      kind: "list",
      values: replacements,
      prompt: "The replacement that takes this lever's place.",
    },
    {
      range: rem(RC.recapture),
      kind: "decimal",
      min: 0,
      max: 1,
      prompt: "Share of the lever's orders that still happen at full price (0–100%).",
    },
    { range: rep(PC.week), kind: "whole", min: 1, max: DRILL2_WEEKS, prompt: week },
    {
      range: rep(PC.rampWeeks),
      kind: "whole",
      min: 1,
      max: DRILL2_WEEKS,
      prompt: "Weeks from launch to full effect (1 = at once).",
    },
    {
      range: rep(PC.sessions),
      kind: "whole",
      min: 0,
      max: 10_000_000,
      prompt: "Extra weekly sessions at full effect (0 or more).",
    },
    {
      range: rep(PC.orders),
      kind: "whole",
      min: 0,
      max: 1_000_000,
      prompt: "Extra weekly orders at full effect (0 or more).",
    },
    {
      range: rep(PC.aov),
      kind: "decimal",
      min: 0,
      max: 1_000_000,
      prompt: "Average order value of those orders, in dollars.",
    },
  ];
}

function notesBlock(data: Drill2Data): PlanBlock {
  const g = data.guardrails;
  const pct = (x: number) => `${Math.round(x * 100)}%`;
  const lines: [string, PlanCell["style"]][] = [
    ["How to work this drill", "subtitle"],
    [
      "The situation: the .com converts well but reads like a premium direct-to-consumer site — best-seller and recommended-for-you carousels on the homepage, 10% off in abandoned-cart e-mails, influencer codes, retargeting running hot on social, icons below entry products in the menu, and no save-the-cart. You have 13 weeks to rebuild it around the maison's codes and clienteling.",
      "instruction",
    ],
    [
      "1. Study D2 Baseline: which sources and modules live on discounts or retargeting, what they bring in sessions, orders and revenue, what conversion they carry.",
      "instruction",
    ],
    [
      "2. In the removals table, type the week each lever is switched off, the replacement that takes its place (drop-down) and the share of its orders you expect to come back at full price through other paths.",
      "instruction",
    ],
    [
      "3. In the replacements table, type the week each replacement goes live, how many weeks it needs to reach full effect, and what it brings per week at full effect.",
      "instruction",
    ],
    [
      "4. Fill the 13-week plan grid and the weekly forecast with formulas: the same formula across each row, numbers kept in the tables (only 0 and 1 belong in a formula).",
      "instruction",
    ],
    ["How the forecast works (one reasonable model)", "subtitle"],
    [
      "Each week starts from the same baseline week. A lever that is off takes away its weekly sessions, orders and revenue times the share lost (1 − recapture). A replacement adds its full-effect sessions, orders and orders × AOV times the share of full effect it has reached: min(1, (week − week live + 1) / weeks to full effect).",
      "instruction",
    ],
    [
      "Conversion = orders / sessions. Discount-driven revenue still running = the weekly revenue of every discount-driven lever that is not yet off.",
      "instruction",
    ],
    ["What the coach checks (guardrails above)", "subtitle"],
    [
      `Every week: revenue at least ${pct(1 - g.maxRevenueDrop)} of the same baseline week and conversion at least ${pct(g.minCVRRatio)} of it.`,
      "instruction",
    ],
    [
      `Every discount or retargeting lever is removed and paired with a replacement that is live no later than ${g.replaceWithinWeeks} weeks after the removal; discount-driven revenue is zero from week ${g.discountFreeByWeek}.`,
      "instruction",
    ],
    [
      "No replacement may itself be a discount, a promo code, a sale or a retargeting blast.",
      "instruction",
    ],
  ];
  return { at: `A${P.notes}`, rows: lines.map(([value, style]) => [{ value, style }]) };
}

function line(at: number, cells: PlanCell[]): PlanBlock {
  return { at: `A${at}`, rows: [cells] };
}

const NAME_COMMENTS: Record<string, string> = {
  D2_MaxRevenueDrop: "Guardrail: largest weekly revenue drop vs the same baseline week.",
  D2_MinCVRRatio: "Guardrail: lowest weekly conversion as a share of baseline.",
  D2_ReplaceWithinWeeks:
    "Guardrail: weeks within which a removed lever's replacement must be live.",
  D2_DiscountFreeByWeek: "Guardrail: week from which discount-driven revenue must be zero.",
  D2_Weeks: "Week numbers 1–13.",
  D2_BaselineSessions: "Baseline weekly sessions.",
  D2_BaselineOrders: "Baseline weekly orders.",
  D2_BaselineRevenue: "Baseline weekly revenue (after discounts).",
  D2_BaselineCVR: "Baseline weekly conversion.",
  D2_BaselineDiscountCost: "Baseline weekly discount cost.",
  D2_BaselineDiscountRevenue: "Baseline weekly discount- and retargeting-driven revenue.",
  D2_RemovalLevers: "Levers the plan may switch off.",
  D2_RemovalKinds: "discount, retargeting or merchandising.",
  D2_RemovalSessions: "Weekly sessions of each lever (13-week average).",
  D2_RemovalOrders: "Weekly orders of each lever (13-week average).",
  D2_RemovalRevenue: "Weekly revenue of each lever (13-week average).",
  D2_RemovalDiscountDriven: "1 when the lever's revenue is discount- or retargeting-driven.",
  D2_Removals: "Candidate: week each lever is switched off (empty = kept).",
  D2_RemovalReplacedBy: "Candidate: replacement paired with each removed lever.",
  D2_RemovalRecapture: "Candidate: share of a removed lever's orders that come back at full price.",
  D2_RemovalShareLost: "1 − recapture.",
  D2_ReplacementLevers: "Replacements on offer.",
  D2_ReplacementKinds: "clienteling, editorial, merchandising or acquisition.",
  D2_Replacements: "Candidate: week each replacement goes live (empty = not launched).",
  D2_ReplacementRampWeeks: "Candidate: weeks from launch to full effect.",
  D2_ReplacementSessions: "Candidate: weekly sessions at full effect.",
  D2_ReplacementOrders: "Candidate: weekly orders at full effect.",
  D2_ReplacementAOV: "Candidate: average order value of those orders.",
  D2_RemovalPlan: "Plan grid: 1 when a lever is off that week.",
  D2_ReplacementPlan: "Plan grid: share of full effect a replacement reached that week.",
  D2_ForecastSessions: "Forecast weekly sessions.",
  D2_ForecastOrders: "Forecast weekly orders.",
  D2_ForecastRevenue: "Forecast weekly revenue.",
  D2_ForecastCVR: "Forecast weekly conversion.",
  D2_DiscountRevenue: "Forecast discount- and retargeting-driven revenue still running.",
  D2_RevenueVsBaseline: "Forecast revenue / baseline revenue, by week.",
  D2_CVRVsBaseline: "Forecast conversion / baseline conversion, by week.",
};
