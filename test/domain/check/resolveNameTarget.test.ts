import { resolveNameTarget } from "../../../src/domain/check/resolveNameTarget";

const sheets = ["D3 Model", "Data", "It's", "Données"];

describe("resolveNameTarget", () => {
  it("resolves one rectangle on an existing sheet, spelled as the workbook spells it", () => {
    expect(resolveNameTarget("='D3 Model'!$C$14:$N$14", sheets)).toEqual({
      sheet: "D3 Model",
      range: "C14:N14",
    });
    expect(resolveNameTarget("data!$B$2", sheets)).toEqual({ sheet: "Data", range: "B2" });
    expect(resolveNameTarget("'It''s'!A1:B2", sheets)).toEqual({ sheet: "It's", range: "A1:B2" });
  });

  it("reads every spelling Excel and LibreOffice save, and gives one cell as one cell", () => {
    expect(resolveNameTarget("Données!$C$4", sheets)).toEqual({ sheet: "Données", range: "C4" });
    expect(resolveNameTarget("='D3 Model'!$C$4:$C$4", sheets)).toEqual({
      sheet: "D3 Model",
      range: "C4",
    });
    expect(resolveNameTarget("='D3 Model'!$N$14:$C$14", sheets)).toEqual({
      sheet: "D3 Model",
      range: "C14:N14",
    });
  });

  it.each([
    "#REF!",
    "='D3 Model'!#REF!",
    "='Gone'!$C$14:$N$14",
    "=0.03",
    "=$C$14",
    "='D3 Model'!$C$14,'D3 Model'!$C$16",
    "='D3 Model'!C:C",
    "=SUM('D3 Model'!C14:N14)",
    "= Data!B2",
    "='D3 Model!C14",
    "",
  ])("gives nothing for %j", (refersTo) => {
    expect(resolveNameTarget(refersTo, sheets)).toBeUndefined();
  });
});
