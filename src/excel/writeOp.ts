/**
 * One queued piece of the Office.js writer's work: the size it adds to a request (so
 * `packRequests` can cut requests under the payload limit) and the Office.js calls it makes.
 */
export type WriteOp = { bytes: number; label: string; apply: (state: ApplyState) => void };

/** What the ops of one populate share: the workbook and the sheets added so far, by name. */
export type ApplyState = { workbook: Excel.Workbook; sheets: Map<string, Excel.Worksheet> };

/** Estimated bytes of one queued call, before its payload. */
export const OP_OVERHEAD = 200;

/** Adds a plan sheet and remembers its proxy, so later ops (and a rollback) find it by name. */
export function addSheet(state: ApplyState, name: string): Excel.Worksheet {
  const ws = state.workbook.worksheets.add(name);
  state.sheets.set(name, ws);
  return ws;
}

/** The proxy of a sheet this populate added; a missing one is a queueing bug, not a host failure. */
export function sheetOf(state: ApplyState, name: string): Excel.Worksheet {
  const ws = state.sheets.get(name);
  if (!ws) throw new Error(`writePlan: sheet "${name}" was not added before it was written`);
  return ws;
}
