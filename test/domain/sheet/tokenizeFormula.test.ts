import fc from "fast-check";
import { refPartA1, tokenizeFormula } from "../../../src/domain/sheet/tokenizeFormula";

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

  it("reads the table name of a structured reference as a table, not a workbook name", () => {
    expect(kinds("=SUM(Orders[Revenue])+MyOrders")).toEqual([
      "operator:=",
      "function:SUM",
      "operator:(",
      "table:Orders",
      "bracket:[Revenue]",
      "operator:)",
      "operator:+",
      "name:MyOrders",
    ]);
  });

  it("keeps strings with doubled quotes and structured references in one token", () => {
    expect(kinds('="say ""12"""&Sales[[#This Row],[Q1 2024]]')).toEqual([
      "operator:=",
      'string:"say ""12"""',
      "operator:&",
      "table:Sales",
      "bracket:[[#This Row],[Q1 2024]]",
    ]);
  });

  it("reads <=, >=, <> as one operator and a spill reference", () => {
    expect(kinds("=IF(A1<>B1,A1#,0)")).toContain("operator:<>");
    expect(kinds("=IF(A1<>B1,A1#,0)")).toContain("ref:A1");
  });

  it("reads an apostrophe that opens no sheet name as an operator, once per apostrophe", () => {
    expect(kinds("='a''b'+1")).toEqual([
      "operator:=",
      "operator:'",
      "name:a",
      "operator:'",
      "operator:'",
      "name:b",
      "operator:'",
      "operator:+",
      "number:1",
    ]);
  });

  // Quoted sheet names used to be read by rescanning the rest of the formula at every apostrophe:
  // quadratic in a file someone sends. These inputs pin the output; run time stays linear.
  it("reads 200,000 apostrophes, closed or not, as one operator each", () => {
    for (const length of [200_000, 200_001]) {
      const tokens = tokenizeFormula("'".repeat(length));
      expect(tokens).toHaveLength(length);
      expect(tokens.every((t) => t.kind === "operator" && t.text === "'")).toBe(true);
    }
  });

  it("reads a sheet name of 100,000 quotes, and an unclosed one, in one pass", () => {
    const sheet = `'${"''".repeat(100_000)}'!`;
    const [ref, ...rest] = tokenizeFormula(`${sheet}A1`);
    expect(rest).toEqual([]);
    expect(ref).toMatchObject({ kind: "ref", sheet, text: `${sheet}A1` });

    const unclosed = `='${"x'' ".repeat(50_000)}`;
    const tokens = tokenizeFormula(unclosed);
    expect(tokens.map((t) => t.text).join("")).toBe(unclosed);
    expect(tokens.filter((t) => t.kind === "ref")).toEqual([]);
    expect(tokens.filter((t) => t.text === "'")).toHaveLength(100_001);
  });

  it("writes one end of a reference back to A1", () => {
    const parts = tokenizeFormula("=$C10:D$2+A:$B+$3:4").flatMap((t) =>
      t.kind === "ref" ? t.parts.map(refPartA1) : []
    );
    expect(parts).toEqual(["$C10", "D$2", "A", "$B", "$3", "4"]);
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
