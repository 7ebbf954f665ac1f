import type { Alignment, Borders, Fill, Font } from "exceljs";
import type { CellStyle } from "../domain/plan/workbookPlan";

/**
 * The editorial palette of every file we write: ink and charcoal for text and headers, one muted
 * gold accent, and a pale warm fill that marks the cells a candidate fills. Givens stay plain.
 */
export const PALETTE = {
  ink: "FF1F2328",
  charcoal: "FF2E2E33",
  graphite: "FF5B5B60",
  mist: "FF8A8A8F",
  gold: "FFA8874F",
  goldLight: "FFD9C7A1",
  ivory: "FFFBF5E6",
  parchment: "FFF3EEE3",
  white: "FFFFFFFF",
} as const;

/** Hex colours for chart parts (no alpha). */
export const CHART_COLORS = {
  total: "2E2E33",
  up: "A8874F",
  down: "8C8C91",
  grid: "E4E0D8",
  text: "1F2328",
} as const;

export type XlsxCellStyle = {
  font?: Partial<Font>;
  fill?: Fill;
  border?: Partial<Borders>;
  alignment?: Partial<Alignment>;
};

const solid = (argb: string): Fill => ({ type: "pattern", pattern: "solid", fgColor: { argb } });
const thin = (argb: string) => ({ style: "thin" as const, color: { argb } });
const box = (argb: string): Partial<Borders> => ({
  top: thin(argb),
  left: thin(argb),
  bottom: thin(argb),
  right: thin(argb),
});

const BODY = "Calibri";
const DISPLAY = "Georgia";

/** One shared style object per CellStyle (ExcelJS dedupes styles by content). */
export const CELL_STYLES: Readonly<Record<CellStyle, XlsxCellStyle>> = {
  title: { font: { name: DISPLAY, size: 16, bold: true, color: { argb: PALETTE.ink } } },
  subtitle: { font: { name: DISPLAY, size: 12, italic: true, color: { argb: PALETTE.gold } } },
  instruction: {
    font: { name: BODY, size: 10, color: { argb: PALETTE.graphite } },
    alignment: { wrapText: false, vertical: "top" },
  },
  header: {
    font: { name: BODY, size: 10, bold: true, color: { argb: PALETTE.white } },
    fill: solid(PALETTE.charcoal),
    border: { bottom: { style: "medium", color: { argb: PALETTE.gold } } },
    alignment: { vertical: "middle" },
  },
  label: { font: { name: BODY, size: 10, color: { argb: PALETTE.ink } } },
  given: { font: { name: BODY, size: 10, color: { argb: PALETTE.ink } } },
  input: {
    font: { name: BODY, size: 10, color: { argb: PALETTE.ink } },
    fill: solid(PALETTE.ivory),
    border: box(PALETTE.goldLight),
  },
  output: {
    font: { name: BODY, size: 10, bold: true, color: { argb: PALETTE.ink } },
    fill: solid(PALETTE.ivory),
    border: {
      ...box(PALETTE.goldLight),
      bottom: { style: "medium", color: { argb: PALETTE.gold } },
    },
  },
  check: {
    font: { name: BODY, size: 10, italic: true, color: { argb: PALETTE.graphite } },
    fill: solid(PALETTE.parchment),
  },
  note: { font: { name: BODY, size: 9, italic: true, color: { argb: PALETTE.mist } } },
  stamp: { font: { name: "Consolas", size: 9, color: { argb: PALETTE.mist } } },
};

/** Internal links read as links, in the accent colour. */
export const LINK_FONT: Partial<Font> = {
  name: BODY,
  size: 10,
  underline: true,
  color: { argb: PALETTE.gold },
};

/** "#1F2328", "1f2328" or "FF1F2328" → "FF1F2328". */
export function toArgb(color: string): string {
  const hex = color.replace(/^#/, "").toUpperCase();
  if (/^[0-9A-F]{8}$/.test(hex)) return hex;
  if (/^[0-9A-F]{6}$/.test(hex)) return `FF${hex}`;
  throw new RangeError(`"${color}" is not a hex colour such as "#1F2328"`);
}
