import { showHuge } from "../findingText";
import type { D1Bridge } from "./drill1Context";

/**
 * An effect as a coach writes it: AOV in signed dollars and cents, sell-through in signed points.
 *
 * @example
 * showEffect("aov", -172.314) //=> "-$172.31"
 * showEffect("st", -0.0425) //=> "-4.25 points"
 */
export function showEffect(bridge: D1Bridge, value: number): string {
  const huge = showHuge(value);
  if (huge !== undefined) return bridge === "aov" ? `$${huge}` : `${huge} (as a share)`;
  const sign = value < 0 ? "-" : "+";
  if (bridge === "aov") {
    const cents = Math.abs(value).toLocaleString("en-US", {
      minimumFractionDigits: 2,
      maximumFractionDigits: 2,
    });
    return `${sign}$${cents}`;
  }
  return `${sign}${(Math.abs(value) * 100).toFixed(2)} points`;
}

/**
 * A level (Start or End) as a coach writes it: AOV in dollars and cents, sell-through in percent.
 *
 * @example
 * showLevel("aov", 1800) //=> "$1,800.00"
 * showLevel("st", 0.88) //=> "88.00%"
 */
export function showLevel(bridge: D1Bridge, value: number): string {
  const huge = showHuge(value);
  if (huge !== undefined) return bridge === "aov" ? `$${huge}` : `${huge} (as a share)`;
  if (bridge === "aov") {
    const sign = value < 0 ? "-" : "";
    return `${sign}$${Math.abs(value).toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
  }
  return `${(value * 100).toFixed(2)}%`;
}
