import { DRILL1_CONTRACT } from "../drill1/drill1Contract";
import { DRILL2_CONTRACT } from "../drill2/drill2Contract";
import { DRILL3_CONTRACT } from "../drill3/drill3Contract";
import { KPI_CONTRACT } from "../kpi/kpiContract";
import { LOG_CONTRACT } from "../log/logContract";
import type { DrillContract } from "./drillContract";

/**
 * Every drill's contract, one line each: the docs test reads this list to prove the README and
 * docs/checks.md document exactly the names the drills declare. A drill with a contract adds it here.
 *
 * @example
 * DRILL_CONTRACTS.map((c) => c.prefix) //=> ["D1_", "D2_", "D3_", "KPI_", "LOG_"]
 */
export const DRILL_CONTRACTS: readonly DrillContract[] = [
  DRILL1_CONTRACT,
  DRILL2_CONTRACT,
  DRILL3_CONTRACT,
  KPI_CONTRACT,
  LOG_CONTRACT,
];
