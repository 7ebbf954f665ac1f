import type { Alignment, Borders, Fill, Font } from "exceljs";
import {
  CELL_LOOKS,
  LINK_FONT as LINK_LOOK,
  lookEdges,
  type CellLook,
  type FontLook,
} from "../domain/plan/planLooks";
import type { CellStyle } from "../domain/plan/workbookPlan";

/**
 * The domain's cell looks (src/domain/plan/planLooks.ts) as ExcelJS styles. Nothing about how a
 * drill looks is decided here: this only maps "#RRGGBB" to ARGB and a look to ExcelJS's shape.
 */

export type XlsxCellStyle = {
  font?: Partial<Font>;
  fill?: Fill;
  border?: Partial<Borders>;
  alignment?: Partial<Alignment>;
};

function xlsxFont(font: FontLook): Partial<Font> {
  return {
    name: font.name,
    size: font.size,
    ...(font.bold ? { bold: true } : {}),
    ...(font.italic ? { italic: true } : {}),
    ...(font.underline ? { underline: true } : {}),
    color: { argb: toArgb(font.color) },
  };
}

function xlsxStyle(look: CellLook): XlsxCellStyle {
  const border: Partial<Borders> = {};
  for (const { edge, color, thick } of lookEdges(look)) {
    border[edge] = { style: thick ? "medium" : "thin", color: { argb: toArgb(color) } };
  }
  return {
    font: xlsxFont(look.font),
    ...(look.fill
      ? { fill: { type: "pattern", pattern: "solid", fgColor: { argb: toArgb(look.fill) } } }
      : {}),
    ...(Object.keys(border).length > 0 ? { border } : {}),
    ...(look.vertical ? { alignment: { vertical: look.vertical } } : {}),
  };
}

/** One shared style object per CellStyle (ExcelJS dedupes styles by content). */
export const CELL_STYLES: Readonly<Record<CellStyle, XlsxCellStyle>> = Object.fromEntries(
  Object.entries(CELL_LOOKS).map(([style, look]) => [style, xlsxStyle(look)])
) as Record<CellStyle, XlsxCellStyle>;

/** Internal links read as links, in the accent colour. */
export const LINK_FONT: Partial<Font> = xlsxFont(LINK_LOOK);

/**
 * "#1F2328", "1f2328" or "FF1F2328" → "FF1F2328".
 *
 * @example
 * toArgb("#1F2328") //=> "FF1F2328"
 */
export function toArgb(color: string): string {
  const hex = color.replace(/^#/, "").toUpperCase();
  if (/^[0-9A-F]{8}$/.test(hex)) return hex;
  if (/^[0-9A-F]{6}$/.test(hex)) return `FF${hex}`;
  throw new RangeError(`"${color}" is not a hex colour such as "#1F2328"`);
}
