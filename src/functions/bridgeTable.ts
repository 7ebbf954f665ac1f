import { effectNames } from "../domain/bridge/bridgeMethod";
import type { BridgeResult } from "../domain/bridge/computeBridge";
import { bridgeNumbers } from "../domain/bridge/scaledBridge";
import { toCellNumber, toCellValue } from "./runFunction";

const LABELS = { mix: "Mix", rate: "Rate", interaction: "Interaction" } as const;

/** The k×2 spill of a bridge: a label column and a value column, Start … End. */
export function bridgeTable(bridge: BridgeResult): (string | number)[][] {
  const numbers = bridgeNumbers(bridge);
  const rows: (string | number)[][] = [["Start", toCellValue(numbers.start, "Start")]];
  for (const name of effectNames(bridge.method)) {
    rows.push([LABELS[name], toCellValue(numbers[name], LABELS[name])]);
  }
  rows.push(["End", toCellValue(numbers.end, "End")]);
  return rows;
}

/** The n×2 (n×3 for three-way) spill of per-segment terms, one row per input segment. */
export function segmentTable(bridge: BridgeResult): number[][] {
  const names = effectNames(bridge.method);
  return bridge.segments.map((segment) =>
    names.map((name) => toCellNumber(segment[name], LABELS[name]))
  );
}
