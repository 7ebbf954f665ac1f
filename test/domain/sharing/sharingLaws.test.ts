import fc from "fast-check";
import { cellA1 } from "../../../src/domain/sheet/a1";
import type { ModelCell, ModelValue, WorkbookModel } from "../../../src/domain/model/workbookModel";
import { applyRangeWrites } from "../../../src/domain/sharing/applyRangeWrites";
import { applySharingEdits } from "../../../src/domain/sharing/applySharingEdits";
import { prepareSharing, type SpillRange } from "../../../src/domain/sharing/prepareSharing";
import { restoreFormulas } from "../../../src/domain/sharing/restoreFormulas";
import { usesLux } from "../../../src/domain/sharing/usesLux";
import { snapshot } from "./sharingModel";

const STAMP = { preparedAt: "2026-11-23T11:00:00Z" };

const scalar: fc.Arbitrary<ModelValue> = fc.oneof(
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.string({ maxLength: 6 }),
  fc.boolean(),
  fc.constantFrom({ error: "#VALUE!" }, { error: "#N/A" }, { error: "#BUSY!" }),
  fc.constant(null)
);

/** A LUX formula in column A of its row, with a result spilling 1–3 rows × 1–3 columns (B…D free). */
const luxRow = fc.record({
  name: fc.constantFrom(
    "LUX.SAFESHARE(X1,X2)",
    "lux.ramp(X1:Z1,2,6,1)",
    "_xldudf_LUX_MIXAOV(X1:X3,Y1:Y3,Z1:Z3)"
  ),
  rows: fc.integer({ min: 1, max: 3 }),
  columns: fc.integer({ min: 1, max: 3 }),
  values: fc.array(scalar, { minLength: 9, maxLength: 9 }),
});

/** Worked sheets: LUX results every 4 rows (so spills never overlap) and native formulas beside them. */
const workbook = fc
  .array(fc.array(luxRow, { minLength: 0, maxLength: 4 }), { minLength: 1, maxLength: 3 })
  .map((sheets) => {
    const spills: SpillRange[] = [];
    const model: WorkbookModel = {
      sheets: sheets.map((rows, s) => {
        const name = `Sheet ${s + 1}`;
        const cells = new Map<string, ModelCell>();
        rows.forEach((lux, i) => {
          const top = 1 + i * 4;
          for (let r = 0; r < lux.rows; r += 1)
            for (let c = 0; c < lux.columns; c += 1) {
              const value = lux.values[r * 3 + c] ?? null;
              const at = cellA1({ row: top + r, column: 1 + c });
              if (r === 0 && c === 0) cells.set(at, { value, formula: `=${lux.name}` });
              else if (value !== null) cells.set(at, { value });
            }
          if (lux.rows > 1 || lux.columns > 1) {
            const end = cellA1({ row: top + lux.rows - 1, column: lux.columns });
            spills.push({ sheet: name, anchor: `A${top}`, range: `A${top}:${end}` });
          }
          cells.set(`F${top}`, { value: 1, formula: `=A${top}*2` });
        });
        return { name, cells };
      }),
      names: new Map(),
      formulaValuesKnown: true,
    };
    return { model, spills };
  });

describe("sharing laws", () => {
  test("restore after prepare brings back every LUX formula and nothing else changes", () => {
    fc.assert(
      fc.property(workbook, ({ model, spills }) => {
        const before = snapshot(model);
        const edits = prepareSharing(model, [], STAMP, { spills });
        expect(snapshot(model)).toEqual(before);

        const shared = applySharingEdits(model, edits);
        // No LUX formula is left, and no cell that showed an error now holds a number.
        for (const sheet of shared.sheets) {
          for (const [address, cell] of sheet.cells) {
            expect(cell.formula !== undefined && usesLux(cell.formula)).toBe(false);
            const was = model.sheets.find((s) => s.name === sheet.name)?.cells.get(address)?.value;
            if (was !== null && typeof was === "object") expect(typeof cell.value).toBe("string");
          }
        }

        const plan = restoreFormulas(shared);
        expect(plan.skipped).toEqual([]);
        const restored = applyRangeWrites(shared, plan.writes);
        for (const sheet of model.sheets) {
          const after = restored.sheets.find((s) => s.name === sheet.name);
          for (const [address, cell] of sheet.cells) {
            if (cell.formula !== undefined)
              expect(after?.cells.get(address)?.formula).toBe(cell.formula);
          }
          for (const spill of spills.filter((s) => s.sheet === sheet.name)) {
            const end = spill.range.split(":")[1] ?? "";
            expect(after?.cells.get(end)).toBeUndefined();
          }
        }
      }),
      { numRuns: 100 }
    );
  });

  test("any edit of a kept cell is reported, never overwritten by default", () => {
    fc.assert(
      fc.property(
        workbook,
        fc.double({ noNaN: true, noDefaultInfinity: true }),
        ({ model, spills }, typed) => {
          const edits = prepareSharing(model, [], STAMP, { spills });
          fc.pre(edits.kept.length > 0);
          const target = edits.kept[0];
          const cell = target?.cells[target.cells.length - 1];
          // A different number (not within the read-back tolerance of 1e-12), or any non-number.
          const kept = cell?.value;
          fc.pre(target !== undefined && cell !== undefined);
          fc.pre(
            typeof kept !== "number" || Math.abs(kept - typed) > 1e-9 * Math.max(1, Math.abs(kept))
          );
          const shared = applySharingEdits(model, edits);
          const edited = applyRangeWrites(shared, [
            {
              sheet: target?.sheet ?? "",
              range: cell?.cell ?? "",
              kind: "values",
              rows: [[typed]],
            },
          ]);
          const plan = restoreFormulas(edited);
          expect(plan.skipped.map((s) => s.kept.anchor)).toEqual([target?.anchor]);
          expect(
            plan.writes.some((w) => w.sheet === target?.sheet && w.range === target?.range)
          ).toBe(false);
        }
      ),
      { numRuns: 100 }
    );
  });
});
