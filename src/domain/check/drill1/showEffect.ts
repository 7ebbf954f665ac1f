import { formatPercent, formatPoints, formatUsd, showHuge } from "../findingText";
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
  return `${sign}${bridge === "aov" ? formatUsd(Math.abs(value), 2) : formatPoints(value, 2)}`;
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
  return bridge === "aov" ? formatUsd(value, 2) : formatPercent(value, 2);
}
