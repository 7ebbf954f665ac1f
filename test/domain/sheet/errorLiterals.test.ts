import { errorLiteralAt, isErrorLiteral } from "../../../src/domain/sheet/errorLiterals";

describe("error literals", () => {
  it("finds an error value at the start of a text, spelled as Excel spells it", () => {
    expect(errorLiteralAt("#ref!+1")).toBe("#REF!");
    expect(errorLiteralAt("#N/A")).toBe("#N/A");
    expect(errorLiteralAt("#DIV/0!")).toBe("#DIV/0!");
    expect(errorLiteralAt("#NOPE")).toBeUndefined();
    expect(errorLiteralAt("REF!")).toBeUndefined();
  });

  it("knows a cell whose whole text is an error", () => {
    expect(isErrorLiteral(" #value! ")).toBe(true);
    expect(isErrorLiteral("#VALUE! and more")).toBe(false);
  });
});
