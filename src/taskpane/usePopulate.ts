import { useCallback, useRef, useState } from "react";
import type { PlanMode, PlanTarget } from "../domain/drills/buildPlan";
import type { DrillId, WorkbookPlan } from "../domain/plan/workbookPlan";
import type { PopulateResult, Progress } from "../domain/workbookHost";
import { describePopulateError, type PaneMessage } from "./describeError";
import { useServices } from "./HostProvider";

/**
 * What to write. A drill for the candidate targets "addin" (a starter model may wire `LUX.*`
 * functions); the coach's answer key targets "file": native formulas only, so it calculates in any
 * spreadsheet program, with or without the add-in.
 */
export type PopulateRequest = { drill: DrillId; seed: number; mode: PlanMode; target: PlanTarget };

export type PopulateState =
  | { status: "idle" }
  | { status: "running"; request: PopulateRequest; progress: Progress }
  | { status: "done"; request: PopulateRequest; result: PopulateResult }
  | { status: "failed"; request: PopulateRequest; message: PaneMessage };

/**
 * Builds a drill's plan and writes it through the host. A populate in flight ignores further starts
 * (the buttons are disabled too, but a double click can beat a render); the drill and its answer key
 * share this one path, so neither can start while the other is writing.
 */
export function usePopulate() {
  const { host, buildPlan } = useServices();
  const [state, setState] = useState<PopulateState>({ status: "idle" });
  const inFlight = useRef(false);

  const populate = useCallback(
    async (request: PopulateRequest) => {
      if (inFlight.current) return;
      inFlight.current = true;
      const building =
        request.mode === "answer-key" ? "Building the answer key" : "Building the drill";
      setState({ status: "running", request, progress: { done: 0, total: 1, label: building } });
      let plan: WorkbookPlan | undefined;
      try {
        plan = await buildPlan(request.drill, {
          seed: request.seed,
          mode: request.mode,
          target: request.target,
        });
        const result = await host.populate(plan, (progress) =>
          setState({ status: "running", request, progress })
        );
        setState({ status: "done", request, result });
      } catch (error) {
        setState({ status: "failed", request, message: describePopulateError(error, plan) });
      } finally {
        inFlight.current = false;
      }
    },
    [host, buildPlan]
  );

  return { state, populate };
}
