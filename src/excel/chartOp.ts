import { CHART_COLORS } from "../domain/plan/planLooks";
import type { PlanChart } from "../domain/plan/workbookPlan";
import { boxAt, cellA1, mustParseCell, mustParseRange, rangeA1 } from "../domain/sheet/a1";
import { splitSheetRef, type SheetRange } from "../domain/sheet/sheetRef";
import { OP_OVERHEAD, sheetOf, type WriteOp } from "./writeOp";

/**
 * Queues one bridge chart on `sheet`, reading `source` (the plan's range, or the helper rows that
 * stand in for it): a native waterfall with ExcelApi 1.9, a stacked-column bridge elsewhere.
 * Office.js cannot mark a waterfall point as a total, so the native chart plots Start and the
 * effects and leaves End as the level the last bar reaches.
 */
export function chartOp(
  sheet: string,
  chart: PlanChart,
  source: string,
  nativeWaterfall: boolean
): WriteOp {
  return {
    bytes: OP_OVERHEAD * 4,
    label: `Drawing ${chart.title}`,
    apply: (state) => {
      const ws = sheetOf(state, sheet);
      const from = sheetRange(source);
      const range = sheetOf(state, from.sheet).getRange(
        nativeWaterfall ? withoutLastRow(from.range) : from.range
      );
      const added = ws.charts.add(
        nativeWaterfall ? "Waterfall" : "ColumnStacked",
        range,
        "Columns"
      );
      added.title.text = chart.title;
      added.legend.visible = false;
      const box = boxAt(mustParseCell(chart.at), chart.heightCells, chart.widthCells);
      added.setPosition(
        cellA1({ row: box.top, column: box.left }),
        cellA1({ row: box.bottom, column: box.right })
      );
      if (!nativeWaterfall) styleBridgeSeries(added);
    },
  };
}

/** Series 0 (Base) is invisible; 1–3 are Down, Up and Total, as the helper layout orders them. */
function styleBridgeSeries(chart: Excel.Chart): void {
  const base = chart.series.getItemAt(0);
  base.format.fill.clear();
  base.format.line.lineStyle = "None";
  chart.series.getItemAt(1).format.fill.setSolidColor(CHART_COLORS.down);
  chart.series.getItemAt(2).format.fill.setSolidColor(CHART_COLORS.up);
  chart.series.getItemAt(3).format.fill.setSolidColor(CHART_COLORS.total);
  chart.series.getItemAt(1).gapWidth = 60;
}

function withoutLastRow(address: string): string {
  const box = mustParseRange(address);
  return rangeA1({ ...box, bottom: box.bottom - 1 });
}

/** A reference the writer or the plan made: one rectangle on one sheet, or a bug. */
function sheetRange(reference: string): SheetRange {
  const split = splitSheetRef(reference);
  if (!split) throw new Error(`writePlan: "${reference}" is not one range on one sheet`);
  return split;
}
