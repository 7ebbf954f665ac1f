import type { PlanCell, PlanChart } from "../domain/plan/workbookPlan";
import { quoteSheetName } from "../domain/plan/renamePlanSheets";
import { absoluteAddress, cellAddress, parseCell, parseRange, splitSheetReference } from "./a1";
import { CHART_COLORS } from "./xlsxStyles";

/**
 * A waterfall as any spreadsheet program draws it: a stacked-column chart whose first series ("base")
 * has no fill and lifts the visible "down", "up" and "total" bars to the running level. The series read
 * helper cells written as native formulas from the plan's source, so the chart recalculates anywhere.
 */

export const BRIDGE_HELPER_HEADERS = [
  "Bridge",
  "Value",
  "Level",
  "Base",
  "Down",
  "Up",
  "Total",
] as const;

/** Helper cells for one chart, by A1 address on the helper sheet, and the ranges its series read. */
export type BridgeHelper = {
  cells: Array<{ address: string; cell: PlanCell }>;
  series: { categories: string; base: string; down: string; up: string; total: string };
  /** First row after this helper block (leave one empty row before the next). */
  nextRow: number;
};

/**
 * Lays out the helper formulas of one waterfall on the helper sheet, starting at `startRow`.
 * Throws when the source is not two columns (labels, values) of at least two rows on one sheet.
 *
 * @example
 * bridgeHelper({ source: "'D1 Work'!$B$20:$C$24", … }, "Helpers", 1).series.base
 * //=> "'Helpers'!$D$2:$D$6"
 */
export function bridgeHelper(
  chart: PlanChart,
  helperSheet: string,
  startRow: number
): BridgeHelper {
  const source = splitSheetReference(chart.source);
  if (!source) {
    throw new RangeError(
      `chart "${chart.title}": source "${chart.source}" is not one range on one sheet`
    );
  }
  const range = parseRange(source.range);
  const rows = range.bottom - range.top + 1;
  if (range.right - range.left !== 1 || rows < 2) {
    throw new RangeError(
      `chart "${chart.title}": source "${chart.source}" must be two columns (labels, values) with a Start and an End row`
    );
  }
  const sheetRef = quoteSheetName(source.sheet);
  const cells: BridgeHelper["cells"] = [];
  const put = (row: number, col: number, cell: PlanCell): void => {
    cells.push({ address: cellAddress(row, col), cell });
  };
  BRIDGE_HELPER_HEADERS.forEach((header, j) =>
    put(startRow, j + 1, { value: header, style: "header" })
  );
  const first = startRow + 1;
  const last = startRow + rows;
  for (let i = 0; i < rows; i += 1) {
    const row = first + i;
    const label = `${sheetRef}!${absoluteAddress(range.top + i, range.left)}`;
    const value = `${sheetRef}!${absoluteAddress(range.top + i, range.left + 1)}`;
    const isEnd = i === 0 || i === rows - 1;
    put(row, 1, { formula: `=""&${label}` });
    put(row, 2, { formula: `=IFERROR(N(${value}),0)` });
    put(row, 3, { formula: isEnd ? `=B${row}` : `=C${row - 1}+B${row}` });
    put(row, 4, isEnd ? { value: 0 } : { formula: `=MIN(C${row - 1},C${row})` });
    put(row, 5, isEnd ? { value: 0 } : { formula: `=MAX(-B${row},0)` });
    put(row, 6, isEnd ? { value: 0 } : { formula: `=MAX(B${row},0)` });
    put(row, 7, isEnd ? { formula: `=B${row}` } : { value: 0 });
  }
  const column = (letter: string): string =>
    `${quoteSheetName(helperSheet)}!$${letter}$${first}:$${letter}$${last}`;
  return {
    cells,
    series: {
      categories: column("A"),
      base: column("D"),
      down: column("E"),
      up: column("F"),
      total: column("G"),
    },
    nextRow: last + 2,
  };
}

export function escapeXml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

/** A number format for labels and axis that hides zero bars' labels ("$#,##0" → "$#,##0;-$#,##0;;"). */
export function labelFormat(numberFormat: string | undefined): string {
  const format = numberFormat && numberFormat !== "General" ? numberFormat : "#,##0.##";
  if (format.includes(";")) return format;
  return `${format};-${format};;`;
}

/** Down bars hold positive heights; their labels read as decreases ("$#,##0;…" → "-$#,##0;…"). */
function downFormat(format: string): string {
  const positive = format.split(";")[0] ?? format;
  return `-${positive};${positive};;`;
}

const NS_C = "http://schemas.openxmlformats.org/drawingml/2006/chart";
const NS_A = "http://schemas.openxmlformats.org/drawingml/2006/main";
const NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

function series(
  index: number,
  name: string,
  fill: string | undefined,
  categories: string,
  values: string,
  format: string,
  labelColor: string = CHART_COLORS.text
): string {
  const spPr = fill
    ? `<c:spPr><a:solidFill><a:srgbClr val="${fill}"/></a:solidFill><a:ln><a:noFill/></a:ln></c:spPr>`
    : `<c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>`;
  const labels = fill
    ? `<c:dLbls><c:numFmt formatCode="${escapeXml(format)}" sourceLinked="0"/><c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>` +
      `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="800"><a:solidFill><a:srgbClr val="${labelColor}"/></a:solidFill></a:defRPr></a:pPr><a:endParaRPr lang="en-US"/></a:p></c:txPr>` +
      `<c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/><c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbls>`
    : "";
  return (
    `<c:ser><c:idx val="${index}"/><c:order val="${index}"/><c:tx><c:v>${escapeXml(name)}</c:v></c:tx>${spPr}` +
    `<c:invertIfNegative val="0"/>${labels}` +
    `<c:cat><c:strRef><c:f>${escapeXml(categories)}</c:f></c:strRef></c:cat>` +
    `<c:val><c:numRef><c:f>${escapeXml(values)}</c:f></c:numRef></c:val></c:ser>`
  );
}

/**
 * The DrawingML chart part of one waterfall (stacked columns, invisible base, no legend).
 *
 * @example
 * bridgeChartXml("AOV bridge", helper.series, "$#,##0").startsWith("<?xml") //=> true
 */
export function bridgeChartXml(
  title: string,
  refs: BridgeHelper["series"],
  numberFormat: string | undefined
): string {
  const format = labelFormat(numberFormat);
  const axisFormat = format.split(";")[0] ?? "General";
  const text = (size: number, bold: boolean): string =>
    `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${size}" b="${bold ? 1 : 0}"><a:solidFill><a:srgbClr val="${CHART_COLORS.text}"/></a:solidFill></a:defRPr></a:pPr><a:endParaRPr lang="en-US"/></a:p></c:txPr>`;
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<c:chartSpace xmlns:c="${NS_C}" xmlns:a="${NS_A}" xmlns:r="${NS_R}">` +
    `<c:roundedCorners val="0"/><c:chart>` +
    `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1200" b="1"/></a:pPr>` +
    `<a:r><a:rPr lang="en-US" sz="1200" b="1"><a:solidFill><a:srgbClr val="${CHART_COLORS.text}"/></a:solidFill><a:latin typeface="Georgia"/></a:rPr>` +
    `<a:t>${escapeXml(title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>` +
    `<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>` +
    `<c:barChart><c:barDir val="col"/><c:grouping val="stacked"/><c:varyColors val="0"/>` +
    series(0, "Base", undefined, refs.categories, refs.base, format) +
    series(1, "Down", CHART_COLORS.down, refs.categories, refs.down, downFormat(format)) +
    series(2, "Up", CHART_COLORS.up, refs.categories, refs.up, format) +
    series(3, "Total", CHART_COLORS.total, refs.categories, refs.total, format, "FFFFFF") +
    `<c:gapWidth val="60"/><c:overlap val="100"/><c:axId val="500100"/><c:axId val="500200"/></c:barChart>` +
    `<c:catAx><c:axId val="500100"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/>` +
    `<c:axPos val="b"/><c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="none"/>` +
    `<c:minorTickMark val="none"/><c:tickLblPos val="low"/>` +
    `<c:spPr><a:ln w="9525"><a:solidFill><a:srgbClr val="${CHART_COLORS.down}"/></a:solidFill></a:ln></c:spPr>${text(900, false)}` +
    `<c:crossAx val="500200"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/>` +
    `<c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>` +
    `<c:valAx><c:axId val="500200"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/>` +
    `<c:axPos val="l"/><c:majorGridlines><c:spPr><a:ln w="6350"><a:solidFill><a:srgbClr val="${CHART_COLORS.grid}"/></a:solidFill></a:ln></c:spPr></c:majorGridlines>` +
    `<c:numFmt formatCode="${escapeXml(axisFormat)}" sourceLinked="0"/><c:majorTickMark val="none"/>` +
    `<c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:spPr><a:ln><a:noFill/></a:ln></c:spPr>${text(900, false)}` +
    `<c:crossAx val="500100"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>` +
    `<c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr></c:plotArea>` +
    `<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>` +
    `<c:spPr><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill><a:ln><a:noFill/></a:ln></c:spPr>` +
    `</c:chartSpace>`
  );
}

/** Where a chart sits: zero-based cell anchors for a two-cell anchor. */
export type ChartAnchor = { fromCol: number; fromRow: number; toCol: number; toRow: number };

export function chartAnchor(chart: PlanChart): ChartAnchor {
  const at = parseCell(chart.at);
  return {
    fromCol: at.col - 1,
    fromRow: at.row - 1,
    toCol: at.col - 1 + Math.max(1, chart.widthCells),
    toRow: at.row - 1 + Math.max(1, chart.heightCells),
  };
}

/** The drawing part of one sheet: one graphic frame per chart, chart i at relationship `rIdChart{i+1}`. */
export function drawingXml(
  anchors: Array<{ anchor: ChartAnchor; relId: string; name: string }>
): string {
  const frames = anchors
    .map(
      ({ anchor, relId, name }, i) =>
        `<xdr:twoCellAnchor editAs="oneCell">` +
        `<xdr:from><xdr:col>${anchor.fromCol}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${anchor.fromRow}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>` +
        `<xdr:to><xdr:col>${anchor.toCol}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${anchor.toRow}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>` +
        `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="${escapeXml(name)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
        `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
        `<a:graphic><a:graphicData uri="${NS_C}"><c:chart xmlns:c="${NS_C}" xmlns:r="${NS_R}" r:id="${relId}"/></a:graphicData></a:graphic>` +
        `</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`
    )
    .join("");
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="${NS_A}">${frames}</xdr:wsDr>`
  );
}
