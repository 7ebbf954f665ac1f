import type { CellStyle } from "../domain/plan/workbookPlan";

/**
 * The house palette: ink and charcoal for text, one muted gold accent, warm paper for the cells a
 * candidate fills. Givens stay quiet (charcoal on white); inputs are the only tinted cells, so a
 * candidate sees at once where their work goes.
 */
export const PALETTE = {
  ink: "#1B1B1B",
  charcoal: "#3D3D3D",
  graphite: "#6B6B6B",
  gold: "#A68A54",
  paper: "#FBF6EA",
  rule: "#D9CFBC",
  white: "#FFFFFF",
} as const;

/** How one CellStyle is rendered in Excel (a subset of Range.format). */
export type CellStyleSpec = {
  font: { color: string; bold?: boolean; italic?: boolean; size?: number; name?: string };
  fill?: string;
  /** Bottom border colour (thin), for headers and inputs. */
  bottomBorder?: string;
  wrap?: boolean;
  horizontal?: "Left" | "Right" | "Center";
};

const SERIF = "Georgia";

export const CELL_STYLES: Record<CellStyle, CellStyleSpec> = {
  title: { font: { color: PALETTE.ink, bold: true, size: 16, name: SERIF } },
  subtitle: { font: { color: PALETTE.charcoal, italic: true, size: 12, name: SERIF } },
  instruction: { font: { color: PALETTE.graphite, italic: true } },
  header: {
    font: { color: PALETTE.white, bold: true },
    fill: PALETTE.ink,
    bottomBorder: PALETTE.gold,
  },
  label: { font: { color: PALETTE.charcoal } },
  given: { font: { color: PALETTE.charcoal } },
  input: { font: { color: PALETTE.ink }, fill: PALETTE.paper, bottomBorder: PALETTE.gold },
  output: { font: { color: PALETTE.ink, bold: true } },
  check: { font: { color: PALETTE.gold, bold: true } },
  note: { font: { color: PALETTE.graphite, italic: true, size: 9 } },
  stamp: { font: { color: PALETTE.graphite, size: 9 } },
};
