/* An independent reference for the bridge formulas of PRODUCT.md section 2, written as the spec states
 * them (no quantisation, no residual tricks), for comparing the engine within 1e-25. */
import { Decimal } from "../../../src/domain/decimal";
import type { BridgeMethod } from "../../../src/domain/bridge/bridgeMethod";

export type ReferenceBridge = {
  start: Decimal;
  end: Decimal;
  mix: Decimal;
  rate: Decimal;
  interaction: Decimal;
  segments: { mix: Decimal; rate: Decimal; interaction: Decimal }[];
};

export function referenceBridge(
  w0: readonly number[],
  r0in: readonly number[],
  w1: readonly number[],
  r1in: readonly number[],
  method: BridgeMethod
): ReferenceBridge {
  const sum = (values: Decimal[]) => values.reduce((a, b) => a.plus(b), new Decimal(0));
  const W0 = sum(w0.map((w) => new Decimal(w)));
  const W1 = sum(w1.map((w) => new Decimal(w)));
  const s0 = w0.map((w) => new Decimal(w).div(W0));
  const s1 = w1.map((w) => new Decimal(w).div(W1));
  const r0 = r0in.map((r, i) => new Decimal(w0[i] === 0 ? (w1[i] === 0 ? 0 : r1in[i]!) : r));
  const r1 = r1in.map((r, i) => (w1[i] === 0 ? r0[i]! : new Decimal(r)));
  const A0 = sum(s0.map((s, i) => s.times(r0[i]!)));
  const A1 = sum(s1.map((s, i) => s.times(r1[i]!)));
  const segments = s0.map((share0, i) => {
    const share1 = s1[i]!;
    const a = r0[i]!;
    const b = r1[i]!;
    const d = share1.minus(share0);
    let mixAt: Decimal;
    let centre: Decimal;
    let rate: Decimal;
    let interaction = new Decimal(0);
    if (method === "midpoint") {
      mixAt = a.plus(b).div(2);
      centre = A0.plus(A1).div(2);
      rate = b.minus(a).times(share0.plus(share1)).div(2);
    } else if (method === "mix-first") {
      mixAt = a;
      centre = A0;
      rate = share1.times(b.minus(a));
    } else if (method === "rate-first") {
      mixAt = b;
      centre = A1;
      rate = share0.times(b.minus(a));
    } else {
      mixAt = a;
      centre = A0;
      rate = share0.times(b.minus(a));
      interaction = d.times(b.minus(a));
    }
    return { mix: d.times(mixAt.minus(centre)), rate, interaction };
  });
  return {
    start: A0,
    end: A1,
    mix: sum(segments.map((s) => s.mix)),
    rate: sum(segments.map((s) => s.rate)),
    interaction: sum(segments.map((s) => s.interaction)),
    segments,
  };
}
