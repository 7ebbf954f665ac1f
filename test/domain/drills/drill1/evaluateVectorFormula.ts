/**
 * A tiny evaluator for the answer key's array formulas (test helper): numbers, same-sheet ranges
 * (`$B$21:$B$24`, resolved by the caller to a column of numbers), + − × ÷ element-wise with scalar
 * broadcast, parentheses, SUM and SUMPRODUCT. Anything else throws, so a test cannot pass by accident.
 */
type Value = number | number[];

export function evaluateVectorFormula(
  formula: string,
  range: (address: string) => number[]
): number {
  const tokens = formula
    .replace(/^=/, "")
    .match(/\$?[A-Z]+\$?\d+(?::\$?[A-Z]+\$?\d+)?|[A-Z]+(?=\()|\d+(?:\.\d+)?|[-+*/(),]/g);
  if (!tokens || tokens.join("") !== formula.replace(/^=/, "").replace(/\s+/g, "")) {
    throw new Error(`unsupported formula ${formula}`);
  }
  let i = 0;
  const peek = (): string | undefined => tokens[i];
  const take = (expected?: string): string => {
    const token = tokens[i++];
    if (token === undefined || (expected && token !== expected))
      throw new Error(`bad formula ${formula}`);
    return token;
  };
  const apply = (a: Value, b: Value, op: (x: number, y: number) => number): Value => {
    if (typeof a === "number" && typeof b === "number") return op(a, b);
    const n = Array.isArray(a) ? a.length : (b as number[]).length;
    const at = (v: Value, k: number): number => (typeof v === "number" ? v : (v[k] as number));
    if (Array.isArray(a) && Array.isArray(b) && a.length !== b.length)
      throw new Error("length mismatch");
    return Array.from({ length: n }, (_, k) => op(at(a, k), at(b, k)));
  };
  const expression = (): Value => {
    let value = term();
    while (peek() === "+" || peek() === "-") {
      const op = take();
      value = apply(value, term(), op === "+" ? (x, y) => x + y : (x, y) => x - y);
    }
    return value;
  };
  const term = (): Value => {
    let value = factor();
    while (peek() === "*" || peek() === "/") {
      const op = take();
      value = apply(value, factor(), op === "*" ? (x, y) => x * y : (x, y) => x / y);
    }
    return value;
  };
  const factor = (): Value => {
    const token = take();
    if (token === "-") return apply(0, factor(), (x, y) => x - y);
    if (token === "(") {
      const value = expression();
      take(")");
      return value;
    }
    if (/^\d/.test(token)) return Number(token);
    if (token.includes(":")) return range(token.replace(/\$/g, ""));
    if (token === "SUM" || token === "SUMPRODUCT") {
      take("(");
      const args: Value[] = [expression()];
      while (peek() === ",") {
        take(",");
        args.push(expression());
      }
      take(")");
      const vector = (v: Value): number[] => (typeof v === "number" ? [v] : v);
      if (token === "SUM") return args.flatMap(vector).reduce((a, b) => a + b, 0);
      return args
        .map(vector)
        .reduce((a, b) => apply(a, b, (x, y) => x * y) as number[])
        .reduce((a, b) => a + b, 0);
    }
    throw new Error(`unsupported token ${token} in ${formula}`);
  };
  const result = expression();
  if (i !== tokens.length || typeof result !== "number") throw new Error(`bad formula ${formula}`);
  return result;
}
