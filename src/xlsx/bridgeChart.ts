import type { BridgeSeries } from "../domain/plan/helperSheetLayout";
import { CHART_COLORS } from "../domain/plan/planLooks";
import type { PlanChart } from "../domain/plan/workbookPlan";
import { mustParseCell } from "../domain/sheet/a1";

// The helper cells a chart reads are laid out in the domain, once for both writers.
export type { BridgeHelper } from "../domain/plan/helperSheetLayout";

/**
 * A waterfall as any spreadsheet program draws it: a stacked-column chart whose first series ("base")
 * has no fill and lifts the visible "down", "up" and "total" bars to the running level. The series read
 * helper cells (see `bridgeHelper` in the domain) written as native formulas from the plan's source,
 * so the chart recalculates anywhere. Colours come from the domain's `CHART_COLORS`.
 */

/** DrawingML writes colours as "RRGGBB". */
const COLOR = Object.fromEntries(
  Object.entries(CHART_COLORS).map(([part, color]) => [part, color.replace(/^#/, "")])
) as Record<keyof typeof CHART_COLORS, string>;

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
  labelColor: string = COLOR.text
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
  refs: BridgeSeries,
  numberFormat: string | undefined
): string {
  const format = labelFormat(numberFormat);
  const axisFormat = format.split(";")[0] ?? "General";
  const text = (size: number, bold: boolean): string =>
    `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${size}" b="${bold ? 1 : 0}"><a:solidFill><a:srgbClr val="${COLOR.text}"/></a:solidFill></a:defRPr></a:pPr><a:endParaRPr lang="en-US"/></a:p></c:txPr>`;
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<c:chartSpace xmlns:c="${NS_C}" xmlns:a="${NS_A}" xmlns:r="${NS_R}">` +
    `<c:roundedCorners val="0"/><c:chart>` +
    `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1200" b="1"/></a:pPr>` +
    `<a:r><a:rPr lang="en-US" sz="1200" b="1"><a:solidFill><a:srgbClr val="${COLOR.text}"/></a:solidFill><a:latin typeface="Georgia"/></a:rPr>` +
    `<a:t>${escapeXml(title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>` +
    `<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>` +
    `<c:barChart><c:barDir val="col"/><c:grouping val="stacked"/><c:varyColors val="0"/>` +
    series(0, "Base", undefined, refs.categories, refs.base, format) +
    series(1, "Down", COLOR.down, refs.categories, refs.down, downFormat(format)) +
    series(2, "Up", COLOR.up, refs.categories, refs.up, format) +
    series(3, "Total", COLOR.total, refs.categories, refs.total, format, COLOR.totalLabel) +
    `<c:gapWidth val="60"/><c:overlap val="100"/><c:axId val="500100"/><c:axId val="500200"/></c:barChart>` +
    `<c:catAx><c:axId val="500100"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/>` +
    `<c:axPos val="b"/><c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="none"/>` +
    `<c:minorTickMark val="none"/><c:tickLblPos val="low"/>` +
    `<c:spPr><a:ln w="9525"><a:solidFill><a:srgbClr val="${COLOR.axis}"/></a:solidFill></a:ln></c:spPr>${text(900, false)}` +
    `<c:crossAx val="500200"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/>` +
    `<c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>` +
    `<c:valAx><c:axId val="500200"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/>` +
    `<c:axPos val="l"/><c:majorGridlines><c:spPr><a:ln w="6350"><a:solidFill><a:srgbClr val="${COLOR.grid}"/></a:solidFill></a:ln></c:spPr></c:majorGridlines>` +
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
  const at = mustParseCell(chart.at);
  return {
    fromCol: at.column - 1,
    fromRow: at.row - 1,
    toCol: at.column - 1 + Math.max(1, chart.widthCells),
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
