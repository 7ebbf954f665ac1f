import type { CellStyle } from "../domain/plan/workbookPlan";

/**
 * The house palette, the same hex values as the .xlsx writer (src/xlsx/xlsxStyles.ts), so a drill
 * looks alike whether Excel or the command line wrote it: ink and charcoal for text and headers, one
 * muted gold accent, a pale ivory fill for the cells a candidate fills. Givens stay plain.
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
  white: "#FFFFFF",
} as const;

export type BorderEdge = "EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight";

/** How one CellStyle is rendered in Excel (a subset of Range.format). */
export type CellStyleSpec = {
  font: { color: string; bold?: boolean; italic?: boolean; size?: number; name?: string };
  fill?: string;
  /** Thin borders in one colour; `bottom` then overrides the bottom edge (a medium gold rule). */
  box?: string;
  bottom?: { color: string; weight: "Thin" | "Medium" };
};

const DISPLAY = "Georgia";
const BOX_EDGES: BorderEdge[] = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"];

export const CELL_STYLES: Readonly<Record<CellStyle, CellStyleSpec>> = {
  title: { font: { name: DISPLAY, size: 16, bold: true, color: PALETTE.ink } },
  subtitle: { font: { name: DISPLAY, size: 12, italic: true, color: PALETTE.gold } },
  instruction: { font: { size: 10, color: PALETTE.graphite } },
  header: {
    font: { size: 10, bold: true, color: PALETTE.white },
    fill: PALETTE.charcoal,
    bottom: { color: PALETTE.gold, weight: "Medium" },
  },
  label: { font: { size: 10, color: PALETTE.ink } },
  given: { font: { size: 10, color: PALETTE.ink } },
  input: { font: { size: 10, color: PALETTE.ink }, fill: PALETTE.ivory, box: PALETTE.goldLight },
  output: {
    font: { size: 10, bold: true, color: PALETTE.ink },
    fill: PALETTE.ivory,
    box: PALETTE.goldLight,
    bottom: { color: PALETTE.gold, weight: "Medium" },
  },
  check: { font: { size: 10, italic: true, color: PALETTE.graphite }, fill: PALETTE.parchment },
  note: { font: { size: 9, italic: true, color: PALETTE.mist } },
  stamp: { font: { name: "Consolas", size: 9, color: PALETTE.mist } },
};

/** The edges a style draws, with colour and weight, bottom rule last. */
export function styleBorders(
  spec: CellStyleSpec
): { edge: BorderEdge; color: string; weight: "Thin" | "Medium" }[] {
  const edges = spec.box
    ? BOX_EDGES.map((edge) => ({ edge, color: spec.box as string, weight: "Thin" as const }))
    : [];
  if (spec.bottom) {
    return [
      ...edges.filter((edge) => edge.edge !== "EdgeBottom"),
      { edge: "EdgeBottom", ...spec.bottom },
    ];
  }
  return edges;
}
