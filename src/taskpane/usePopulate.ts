import { useCallback, useRef, useState } from "react";
import type { PlanMode } from "../domain/drills/buildPlan";
import type { DrillId, WorkbookPlan } from "../domain/plan/workbookPlan";
import type { PopulateResult, Progress } from "../domain/workbookHost";
import { describePopulateError, type PaneMessage } from "./describeError";
import { useServices } from "./HostProvider";

export type PopulateRequest = { drill: DrillId; seed: number; mode: PlanMode };

export type PopulateState =
  | { status: "idle" }
  | { status: "running"; progress: Progress }
  | { status: "done"; request: PopulateRequest; result: PopulateResult }
  | { status: "failed"; message: PaneMessage };

/**
 * Builds a drill's plan and writes it through the host. A populate in flight ignores further starts
 * (the button is disabled too, but a double click can beat a render).
 */
export function usePopulate() {
  const { host, buildPlan } = useServices();
  const [state, setState] = useState<PopulateState>({ status: "idle" });
  const inFlight = useRef(false);

  const populate = useCallback(
    async (request: PopulateRequest) => {
      if (inFlight.current) return;
      inFlight.current = true;
      setState({ status: "running", progress: { done: 0, total: 1, label: "Building the drill" } });
      let plan: WorkbookPlan | undefined;
      try {
        plan = await buildPlan(request.drill, {
          seed: request.seed,
          mode: request.mode,
          target: "addin",
        });
        const result = await host.populate(plan, (progress) =>
          setState({ status: "running", progress })
        );
        setState({ status: "done", request, result });
      } catch (error) {
        setState({ status: "failed", message: describePopulateError(error, plan) });
      } finally {
        inFlight.current = false;
      }
    },
    [host, buildPlan]
  );

  return { state, populate };
}
