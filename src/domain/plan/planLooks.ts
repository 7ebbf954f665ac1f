import type { CellStyle } from "./workbookPlan";

/**
 * How a plan looks, decided once for both writers: the house palette, the look of each `CellStyle`,
 * the look of an in-workbook link and the colours of a waterfall. The Office.js writer maps these to
 * `Range.format`, the .xlsx writer to ExcelJS styles and DrawingML; neither holds a colour of its own,
 * so a drill looks alike whether Excel or the command line wrote it.
 */

/**
 * Ink and charcoal for text and headers, one muted gold accent, a pale ivory fill for the cells a
 * candidate fills. Colours are "#RRGGBB", as Office.js takes them and plans write tab colours.
 */
export const PALETTE = {
  ink: "#1F2328",
  charcoal: "#2E2E33",
  graphite: "#5B5B60",
  mist: "#8A8A8F",
  gold: "#A8874F",
  goldLight: "#D9C7A1",
  ivory: "#FBF5E6",
  parchment: "#F3EEE3",
  rule: "#E4E0D8",
  white: "#FFFFFF",
} as const;

export type FontLook = {
  name: string;
  size: number;
  color: string;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
};

/** The look of one cell style. Borders are thin `box` edges, then a medium `bottomRule` over the bottom. */
export type CellLook = {
  font: FontLook;
  fill?: string;
  box?: string;
  bottomRule?: string;
  vertical?: "top" | "middle";
  /** Points; rows holding display type need more than the default 15 (no program grows them on load). */
  rowHeight?: number;
};

const BODY = "Calibri";
const DISPLAY = "Georgia";
const body = (color: string, extra: Partial<FontLook> = {}): FontLook => ({
  name: BODY,
  size: 10,
  color,
  ...extra,
});

/**
 * The look of every cell style.
 *
 * @example
 * CELL_LOOKS.input.fill //=> "#FBF5E6"
 */
export const CELL_LOOKS: Readonly<Record<CellStyle, CellLook>> = {
  title: { font: { name: DISPLAY, size: 16, bold: true, color: PALETTE.ink }, rowHeight: 26 },
  subtitle: {
    font: { name: DISPLAY, size: 12, italic: true, color: PALETTE.gold },
    rowHeight: 20,
  },
  instruction: { font: body(PALETTE.graphite), vertical: "top" },
  header: {
    font: body(PALETTE.white, { bold: true }),
    fill: PALETTE.charcoal,
    bottomRule: PALETTE.gold,
    vertical: "middle",
    rowHeight: 18,
  },
  label: { font: body(PALETTE.ink) },
  given: { font: body(PALETTE.ink) },
  input: { font: body(PALETTE.ink), fill: PALETTE.ivory, box: PALETTE.goldLight },
  output: {
    font: body(PALETTE.ink, { bold: true }),
    fill: PALETTE.ivory,
    box: PALETTE.goldLight,
    bottomRule: PALETTE.gold,
  },
  check: { font: body(PALETTE.graphite, { italic: true }), fill: PALETTE.parchment },
  note: { font: body(PALETTE.mist, { size: 9, italic: true }) },
  stamp: { font: { name: "Consolas", size: 9, color: PALETTE.mist } },
};

/** An in-workbook link reads as a link, in the accent colour (it replaces the cell style's font). */
export const LINK_FONT: FontLook = body(PALETTE.gold, { underline: true });

/**
 * The waterfall's colours, by helper series: the base is invisible; an effect that lowers the level
 * is mist, one that raises it gold, Start and End charcoal with white labels.
 */
export const CHART_COLORS = {
  down: PALETTE.mist,
  up: PALETTE.gold,
  total: PALETTE.charcoal,
  totalLabel: PALETTE.white,
  axis: PALETTE.mist,
  grid: PALETTE.rule,
  text: PALETTE.ink,
} as const;

/** The edges a look draws, thin box first, the bottom rule replacing the box's bottom edge. */
export type LookEdge = { edge: "top" | "bottom" | "left" | "right"; color: string; thick: boolean };

/**
 * The borders of a look, one entry per edge drawn.
 *
 * @example
 * lookEdges(CELL_LOOKS.header) //=> [{ edge: "bottom", color: "#A8874F", thick: true }]
 */
export function lookEdges(look: CellLook): LookEdge[] {
  const edges: LookEdge[] = look.box
    ? (["top", "bottom", "left", "right"] as const).map((edge) => ({
        edge,
        color: look.box as string,
        thick: false,
      }))
    : [];
  if (!look.bottomRule) return edges;
  return [
    ...edges.filter((edge) => edge.edge !== "bottom"),
    { edge: "bottom", color: look.bottomRule, thick: true },
  ];
}

/**
 * The height a row needs for the styles in it: the largest `rowHeight` of its cells' looks.
 *
 * @example
 * rowHeightFor(["label", "title"]) //=> 26
 */
export function rowHeightFor(styles: Iterable<CellStyle | undefined>): number | undefined {
  let height: number | undefined;
  for (const style of styles) {
    const wanted = style ? CELL_LOOKS[style].rowHeight : undefined;
    if (wanted !== undefined && (height === undefined || wanted > height)) height = wanted;
  }
  return height;
}
