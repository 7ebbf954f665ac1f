import fc from "fast-check";
import { tokenizeFormula } from "../../../src/domain/sheet/tokenizeFormula";

const kinds = (formula: string) =>
  tokenizeFormula(formula)
    .filter((t) => t.kind !== "space")
    .map((t) => `${t.kind}:${t.text}`);

describe("tokenizeFormula", () => {
  it("splits references, functions, names, numbers, strings and operators", () => {
    expect(kinds('=SUM($C$10:N10)*12+D3_SAs-"a 5"')).toEqual([
      "operator:=",
      "function:SUM",
      "operator:(",
      "ref:$C$10:N10",
      "operator:)",
      "operator:*",
      "number:12",
      "operator:+",
      "name:D3_SAs",
      "operator:-",
      'string:"a 5"',
    ]);
  });

  it("reads quoted and unquoted sheet prefixes, including quotes inside the name", () => {
    const tokens = tokenizeFormula("='D3 2024'!C5+Data!$A$1+'It''s'!B2:B3");
    const refs = tokens.flatMap((t) => (t.kind === "ref" ? [[t.sheet, t.text]] : []));
    expect(refs).toEqual([
      ["'D3 2024'!", "'D3 2024'!C5"],
      ["Data!", "Data!$A$1"],
      ["'It''s'!", "'It''s'!B2:B3"],
    ]);
  });

  it("reads whole columns and whole rows as references", () => {
    const parts = tokenizeFormula("=SUM(C:C)+SUM($5:$7)").flatMap((t) =>
      t.kind === "ref" ? [t.parts] : []
    );
    expect(parts).toEqual([
      [
        { column: 3, columnAbsolute: false, rowAbsolute: false },
        { column: 3, columnAbsolute: false, rowAbsolute: false },
      ],
      [
        { row: 5, rowAbsolute: true, columnAbsolute: false },
        { row: 7, rowAbsolute: true, columnAbsolute: false },
      ],
    ]);
  });

  it("does not mistake look-alikes for cells: LOG10(, R1C1, D3_SAs, XFZ1, A1B", () => {
    expect(kinds("=LOG10(2)")[1]).toBe("function:LOG10");
    expect(kinds("=R1C1")[1]).toBe("name:R1C1");
    expect(kinds("=D3_SAs")[1]).toBe("name:D3_SAs");
    expect(kinds("=XFZ1")[1]).toBe("name:XFZ1");
    expect(kinds("=A1B")[1]).toBe("name:A1B");
    expect(kinds("=XFD1048576")[1]).toBe("ref:XFD1048576");
    expect(kinds("=A1048577")[1]).toBe("name:A1048577");
  });

  it("reads error literals whole, with or without a sheet, and numbers with exponents and %", () => {
    expect(kinds("=#DIV/0!+'D3 Model'!#REF!+1.5E3+5%")).toEqual([
      "operator:=",
      "error:#DIV/0!",
      "operator:+",
      "error:'D3 Model'!#REF!",
      "operator:+",
      "number:1.5E3",
      "operator:+",
      "number:5%",
    ]);
    const five = tokenizeFormula("=5%")[1];
    expect(five?.kind === "number" ? five.value : undefined).toBe(0.05);
  });

  it("keeps strings with doubled quotes and structured references in one token", () => {
    expect(kinds('="say ""12"""&Sales[[#This Row],[Q1 2024]]')).toEqual([
      "operator:=",
      'string:"say ""12"""',
      "operator:&",
      "name:Sales",
      "bracket:[[#This Row],[Q1 2024]]",
    ]);
  });

  it("reads <=, >=, <> as one operator and a spill reference", () => {
    expect(kinds("=IF(A1<>B1,A1#,0)")).toContain("operator:<>");
    expect(kinds("=IF(A1<>B1,A1#,0)")).toContain("ref:A1");
  });

  it("never throws and always joins back to its input", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (formula) => {
        const tokens = tokenizeFormula(formula);
        expect(tokens.map((t) => t.text).join("")).toBe(formula);
      }),
      { numRuns: 300 }
    );
  });
});
