import type { DrillId, PlanBlock, PlanName, WorkbookPlan } from "../../plan/workbookPlan";
import { cellA1, mustParseCell } from "../../sheet/a1";
import { contractPlanNames, type ContractName } from "../contract/drillContract";

/** The label every drill's stamp block starts with; a check looks for it to recognise our workbooks. */
export const DRILL_INFO_TITLE = "Drill info";

export type DrillInfo = {
  drill: DrillId;
  /** One line saying what the drill is, e.g. "Top-client digital share 18% → 30% in 12 months". */
  title: string;
  seed: number;
  generatorVersion: string;
  mode: WorkbookPlan["mode"];
};

export type DrillInfoPlacement = {
  sheet: string;
  /** Top-left cell of the block, e.g. "P1". */
  at: string;
  /** Prefix of the stamp names, e.g. "D3" gives `D3_Drill`, `D3_Seed`, `D3_GeneratorVersion`. */
  namePrefix: string;
};

/**
 * The stamp names of a Drill info block at a placement, as a drill contract declares them:
 * `<prefix>_Drill`, `<prefix>_Seed`, `<prefix>_GeneratorVersion`, `<prefix>_Mode` on the value cells,
 * one column right of the labels, rows 2 to 5 of the block.
 *
 * @example
 * drillInfoNames({ sheet: "KPI Work", at: "F6", namePrefix: "KPI" })[1]
 * //=> { name: "KPI_Seed", role: "stamp", sheet: "KPI Work", range: "G8", label: "variant seed", comment: … }
 */
export function drillInfoNames(placement: DrillInfoPlacement): ContractName[] {
  const { column, row } = mustParseCell(placement.at);
  const stamp = (offset: number, suffix: string, label: string, comment: string): ContractName => ({
    name: `${placement.namePrefix}_${suffix}`,
    role: "stamp",
    sheet: placement.sheet,
    range: cellA1({ row: row + offset, column: column + 1 }),
    label,
    comment,
  });
  return [
    stamp(1, "Drill", "drill", "Drill info: which drill this is."),
    stamp(2, "Seed", "variant seed", "Drill info: variant seed (0 = canonical)."),
    stamp(
      3,
      "GeneratorVersion",
      "generator version",
      "Drill info: version of the generator that wrote this drill."
    ),
    stamp(4, "Mode", "mode", "Drill info: blank, starter or answer-key."),
  ];
}

/**
 * The "Drill info" stamp: drill, variant seed, generator version and mode, so a coach without the
 * add-in can regenerate the same drill and its answer key. Returns the block and workbook-scoped names
 * for its value cells (`<prefix>_Drill`, `<prefix>_Seed`, `<prefix>_GeneratorVersion`, `<prefix>_Mode`).
 *
 * @example
 * const { block, names } = drillInfoBlock(
 *   { drill: "3", title: "Top-client digital share", seed: 0, generatorVersion: "drill3-1", mode: "blank" },
 *   { sheet: "D3 Model", at: "P1", namePrefix: "D3" }
 * );
 * block.rows[0]?.[0]?.value //=> "Drill info"
 * names[1] //=> { name: "D3_Seed", refersTo: "'D3 Model'!$Q$3", comment: … }
 */
export function drillInfoBlock(
  info: DrillInfo,
  placement: DrillInfoPlacement
): { block: PlanBlock; names: PlanName[] } {
  const block: PlanBlock = {
    at: placement.at,
    rows: [
      [{ value: DRILL_INFO_TITLE, style: "subtitle" }],
      [
        { value: "Drill", style: "label" },
        { value: info.drill, style: "stamp", numberFormat: "@" },
        { value: info.title, style: "note" },
      ],
      [
        { value: "Variant seed", style: "label" },
        { value: info.seed, style: "stamp", numberFormat: "0" },
        {
          value: info.seed === 0 ? "canonical (the seed document's figures)" : "variant",
          style: "note",
        },
      ],
      [
        { value: "Generator version", style: "label" },
        { value: info.generatorVersion, style: "stamp", numberFormat: "@" },
      ],
      [
        { value: "Mode", style: "label" },
        { value: info.mode, style: "stamp", numberFormat: "@" },
      ],
    ],
  };
  const names = contractPlanNames({
    drill: info.drill,
    prefix: `${placement.namePrefix}_`,
    names: drillInfoNames(placement),
  });
  return { block, names };
}
