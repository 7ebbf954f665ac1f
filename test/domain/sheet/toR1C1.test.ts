import { toR1C1 } from "../../../src/domain/sheet/toR1C1";

describe("toR1C1", () => {
  it("gives formulas copied across a row the same shape", () => {
    expect(toR1C1("=C12*C13", "C14")).toBe("=R[-2]C*R[-1]C");
    expect(toR1C1("=D12*D13", "D14")).toBe("=R[-2]C*R[-1]C");
    expect(toR1C1("=D12*D13", "C14")).not.toBe(toR1C1("=C12*C13", "C14"));
  });

  it("keeps absolute parts as numbers and mixed references half relative", () => {
    expect(toR1C1("=$C$3*C$3*$C3", "E14")).toBe("=R3C3*R3C[-2]*R[-11]C3");
    expect(toR1C1("=SUM($C$32:E32)", "E38")).toBe("=SUM(R32C3:R[-6]C)");
    expect(toR1C1("=SUM($C$32:F32)", "F38")).toBe(toR1C1("=SUM($C$32:E32)", "E38"));
  });

  it("keeps sheet prefixes, including quoted names with spaces", () => {
    expect(toR1C1("='D3 Model'!C10+Data!B2", "C14")).toBe("='D3 MODEL'!R[-4]C+DATA!R[-12]C[-1]");
  });

  it("converts whole columns and whole rows", () => {
    expect(toR1C1("=SUM(C:C)", "E14")).toBe("=SUM(C[-2]:C[-2])");
    expect(toR1C1("=SUM($C:$C)", "E14")).toBe("=SUM(C3:C3)");
    expect(toR1C1("=SUM(10:12)", "E14")).toBe("=SUM(R[-4]:R[-2])");
  });

  it("leaves strings alone and ignores case and spaces outside strings", () => {
    expect(toR1C1('=IF(c12 = 0, "C12 is zero", c12)', "C14")).toBe(
      '=IF(R[-2]C=0,"C12 is zero",R[-2]C)'
    );
    expect(toR1C1("=sum(C12:C13)", "C14")).toBe(toR1C1("=SUM( C12 : C13 )", "C14"));
  });

  it("leaves names alone: D3_SAs is a name, not cell D3", () => {
    expect(toR1C1("=D3_SAs*C12", "C14")).toBe("=D3_SAS*R[-2]C");
    expect(toR1C1("=D3_SAs*D12", "D14")).toBe(toR1C1("=D3_SAs*C12", "C14"));
  });

  it("accepts a sheet-qualified address for the formula's cell", () => {
    expect(toR1C1("=C12", "'D3 Model'!C14")).toBe("=R[-2]C");
  });

  it("refuses an address that is not a cell", () => {
    expect(() => toR1C1("=C12", "not a cell")).toThrow(/A1 cell address/);
  });
});
