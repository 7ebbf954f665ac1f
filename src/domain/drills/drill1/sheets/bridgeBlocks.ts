import { FORMATS, type PlanBlock, type PlanCell, type PlanChart } from "../../../plan/workbookPlan";
import { absoluteRef } from "../../../sheet/sheetRef";
import { D1_BRIDGE_GIVENS, d1TierColumn, type D1Bridge } from "../drill1Contract";
import { bridgeRows, D1_CHART, D1_LAYOUT, D1_WORK_SHEET } from "../drill1Layout";
import { given, header, input, label } from "./cells";
import { tierRange } from "./tierBlock";

/** Base weights, base amounts, current weights, current amounts: the tier columns a bridge reads. */
type BridgeColumns = readonly [w0: string, t0: string, w1: string, t1: string];

const bridgeColumns = (bridge: D1Bridge): BridgeColumns => {
  const [w0, t0, w1, t1] = D1_BRIDGE_GIVENS[bridge].map(d1TierColumn);
  return [w0 as string, t0 as string, w1 as string, t1 as string];
};

/** How each bridge reads on D1 Work. */
const BRIDGE_SHEET: Record<
  D1Bridge,
  {
    title: string;
    chartTitle: string;
    headerRow: number;
    chartRow: number;
    /** The headline row whose LQ and TQ figures are the bridge's Start and End. */
    headlineRow: number;
    numberFormat: string;
  }
> = {
  aov: {
    title: "AOV bridge (USD)",
    chartTitle: "AOV bridge, LQ → TQ (USD)",
    headerRow: D1_LAYOUT.aovBridgeHeaderRow,
    chartRow: D1_LAYOUT.aovChartRow,
    headlineRow: D1_LAYOUT.headlineRows.aov,
    numberFormat: FORMATS.usdCents,
  },
  st: {
    title: "Full-price sell-through bridge",
    chartTitle: "Full-price sell-through bridge, LQ → TQ",
    headerRow: D1_LAYOUT.stBridgeHeaderRow,
    chartRow: D1_LAYOUT.stChartRow,
    headlineRow: D1_LAYOUT.headlineRows.sellThrough,
    numberFormat: FORMATS.pct2,
  },
};

const BRIDGES: readonly D1Bridge[] = ["aov", "st"];

/** The answer key's midpoint mix and rate, native SUMPRODUCTs over the tier table. */
function midpointFormulas([w0, t0, w1, t1]: BridgeColumns): { mix: string; rate: string } {
  const t = tierRange;
  return {
    mix:
      `=SUMPRODUCT(${t(w1)}/SUM(${t(w1)})-${t(w0)}/SUM(${t(w0)}),` +
      `(${t(t0)}/${t(w0)}+${t(t1)}/${t(w1)})/2)`,
    rate:
      `=SUMPRODUCT(${t(t1)}/${t(w1)}-${t(t0)}/${t(w0)},` +
      `(${t(w0)}/SUM(${t(w0)})+${t(w1)}/SUM(${t(w1)}))/2)`,
  };
}

/** One bridge, Start to End, with a closing check; the answer key fills the midpoint effects. */
function bridgeBlock(bridge: D1Bridge, answerKey: boolean): PlanBlock {
  const spec = BRIDGE_SHEET[bridge];
  const format = spec.numberFormat;
  const rows = bridgeRows(spec.headerRow);
  const key = answerKey ? midpointFormulas(bridgeColumns(bridge)) : undefined;
  const effect = (formula: string | undefined): PlanCell =>
    input(formula ? { formula, numberFormat: format } : { numberFormat: format });
  const parts = [rows.Start, rows.Mix, rows.Rate, rows.Interaction].map((r) => `B${r}`);
  return {
    at: `A${rows.header}`,
    rows: [
      [header(spec.title), header("Value")],
      [label("Start (LQ)"), given(`=B${spec.headlineRow}`, format)],
      [label("Mix"), effect(key?.mix)],
      [label("Rate"), effect(key?.rate)],
      [
        label("Interaction (three-way only)"),
        input(answerKey ? { value: 0, numberFormat: format } : { numberFormat: format }),
      ],
      [label("End (TQ)"), given(`=C${spec.headlineRow}`, format)],
      [
        label("Left to explain (0 when it closes)"),
        {
          formula: `=B${rows.End}-(${parts.join("+")})`,
          numberFormat: format,
          style: "check",
        },
      ],
    ],
  };
}

/**
 * Both bridges of the candidate's answer, AOV above sell-through.
 *
 * @example
 * bridgeBlocks(false)[1]?.at //=> "A39"
 */
export function bridgeBlocks(answerKey: boolean): PlanBlock[] {
  return BRIDGES.map((bridge) => bridgeBlock(bridge, answerKey));
}

/**
 * Each bridge drawn as a waterfall beside the bridges, from its Start to End rows.
 *
 * @example
 * bridgeCharts()[0]?.source //=> "'D1 Work'!$A$32:$B$36"
 */
export function bridgeCharts(): PlanChart[] {
  return BRIDGES.map((bridge) => {
    const spec = BRIDGE_SHEET[bridge];
    const rows = bridgeRows(spec.headerRow);
    return {
      kind: "waterfall",
      title: spec.chartTitle,
      source: absoluteRef(D1_WORK_SHEET, `A${rows.Start}:B${rows.End}`),
      at: `${D1_CHART.column}${spec.chartRow}`,
      widthCells: D1_CHART.widthCells,
      heightCells: D1_CHART.heightCells,
    };
  });
}

/**
 * The add-in's bridge function call for a bridge, over the same tier columns (starter, add-in only).
 *
 * @example
 * luxBridgeFormula("aov") //=> '=LUX.AOVBRIDGE($B$21:$B$24,$D$21:$D$24,$C$21:$C$24,$E$21:$E$24,"midpoint")'
 */
export function luxBridgeFormula(bridge: D1Bridge): string {
  const fn = bridge === "aov" ? "LUX.AOVBRIDGE" : "LUX.STBRIDGE";
  return `=${fn}(${bridgeColumns(bridge).map(tierRange).join(",")},"midpoint")`;
}
