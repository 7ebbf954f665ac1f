import {
  DRILL_INFO_TITLE,
  drillInfoBlock,
} from "../../../../src/domain/drills/common/drillInfoBlock";

describe("drillInfoBlock", () => {
  it("stamps drill, seed, version and mode and names the value cells", () => {
    const { block, names } = drillInfoBlock(
      {
        drill: "3",
        title: "Digital share",
        seed: 42,
        generatorVersion: "drill3-1",
        mode: "starter",
      },
      { sheet: "D3 Model", at: "P1", namePrefix: "D3" }
    );
    expect(block.at).toBe("P1");
    expect(block.rows[0]?.[0]?.value).toBe(DRILL_INFO_TITLE);
    expect(block.rows.map((row) => row[1]?.value)).toEqual([
      undefined,
      "3",
      42,
      "drill3-1",
      "starter",
    ]);
    expect(names).toEqual([
      expect.objectContaining({ name: "D3_Drill", refersTo: "'D3 Model'!$Q$2" }),
      expect.objectContaining({ name: "D3_Seed", refersTo: "'D3 Model'!$Q$3" }),
      expect.objectContaining({ name: "D3_GeneratorVersion", refersTo: "'D3 Model'!$Q$4" }),
      expect.objectContaining({ name: "D3_Mode", refersTo: "'D3 Model'!$Q$5" }),
    ]);
  });

  it("rejects a placement that is not a cell", () => {
    expect(() =>
      drillInfoBlock(
        { drill: "2", title: "x", seed: 0, generatorVersion: "v", mode: "blank" },
        { sheet: "D2 Plan", at: "P", namePrefix: "D2" }
      )
    ).toThrow(/not an A1 cell/);
  });
});
