import type { ModelCell, ModelValue, WorkbookModel } from "../../../src/domain/model/workbookModel";

type CellSpec = ModelValue | { value: ModelValue; formula: string };

/**
 * A small worked workbook for the sharing tests: "D3 Model" with a Drill info stamp (Q1:R5), two
 * LUX.SAFESHARE cells (C52 in upper case, D52 in lower case), a LUX.RAMP spilling over C66:E66, a
 * native formula downstream (C53), and "D1 Work" with an `_xldudf_` AOV bridge spilling B20:C23.
 */
export function sharingModel(
  overrides: Record<string, Record<string, CellSpec>> = {}
): WorkbookModel {
  const sheets: Record<string, Record<string, CellSpec>> = {
    "D3 Model": {
      A1: "Drill 3",
      C50: 300,
      C51: 1000,
      D50: 0,
      D51: 0,
      C52: { value: 0.3, formula: "=LUX.SAFESHARE(C50,C51)" },
      D52: { value: 0, formula: "=lux.safeshare(D50,D51)" },
      C53: { value: 0.6, formula: "=C52*2" },
      E52: { value: 1, formula: '=IF(C1="LUX.RAMP",0,1)' },
      C66: { value: 0, formula: "=LUX.RAMP(C4:E4,2,2,1)" },
      D66: 0.5,
      E66: 1,
      Q1: "Drill info",
      Q2: "Drill",
      R2: "3",
      Q3: "Variant seed",
      R3: 7,
      Q4: "Generator version",
      R4: "drill3-1",
      Q5: "Mode",
      R5: "starter",
    },
    "D1 Work": {
      B20: {
        value: "Start",
        formula: '=_xldudf_LUX_AOVBRIDGE(B2:B5,C2:C5,D2:D5,E2:E5,"midpoint")',
      },
      C20: 1200,
      B21: "Mix",
      C21: 30,
      B22: "Rate",
      C22: -10,
      B23: "End",
      C23: 1220,
    },
    ...overrides,
  };
  return {
    sheets: Object.entries(sheets).map(([name, cells]) => ({
      name,
      cells: new Map(
        Object.entries(cells).map(([address, spec]): [string, ModelCell] => [
          address,
          spec !== null && typeof spec === "object" && "formula" in spec
            ? { value: spec.value, formula: spec.formula }
            : { value: spec },
        ])
      ),
    })),
    names: new Map(),
    formulaValuesKnown: true,
  };
}

export const SPILLS = [
  { sheet: "D3 Model", anchor: "C66", range: "C66:E66" },
  { sheet: "D1 Work", anchor: "B20", range: "B20:C23" },
];

/** A deep, comparable copy of a model (Maps to entries), to prove it was not mutated. */
export function snapshot(model: WorkbookModel): unknown {
  return JSON.parse(
    JSON.stringify(model, (_key, value: unknown) =>
      value instanceof Map ? [...(value as Map<string, unknown>).entries()] : value
    )
  );
}

export function cellOf(
  model: WorkbookModel,
  sheet: string,
  address: string
): ModelCell | undefined {
  return model.sheets.find((s) => s.name === sheet)?.cells.get(address);
}
