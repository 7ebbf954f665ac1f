import { lookEdges, type CellLook, type FontLook } from "../domain/plan/planLooks";

const BORDER_EDGES = {
  top: "EdgeTop",
  bottom: "EdgeBottom",
  left: "EdgeLeft",
  right: "EdgeRight",
} as const;

/** Gives a range one of the domain's cell looks: font, fill, alignment and edges. */
export function applyLook(range: Excel.Range, look: CellLook): void {
  applyFont(range, look.font, false);
  if (look.fill) range.format.fill.color = look.fill;
  if (look.vertical) range.format.verticalAlignment = look.vertical === "top" ? "Top" : "Center";
  for (const { edge, color, thick } of lookEdges(look)) {
    const border = range.format.borders.getItem(BORDER_EDGES[edge]);
    border.style = "Continuous";
    border.color = color;
    border.weight = thick ? "Medium" : "Thin";
  }
}

/** Sets a font; `whole` also clears bold and italic (a link's font replaces the cell style's). */
export function applyFont(range: Excel.Range, look: FontLook, whole: boolean): void {
  const font = range.format.font;
  font.name = look.name;
  font.size = look.size;
  font.color = look.color;
  if (look.bold || whole) font.bold = look.bold === true;
  if (look.italic || whole) font.italic = look.italic === true;
  if (look.underline) font.underline = "Single";
}
