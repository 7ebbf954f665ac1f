import { useCallback, useRef, useState } from "react";
import type { CheckResult } from "../domain/model/workbookModel";
import { describeCheckError, type PaneMessage } from "./describeError";
import { useServices } from "./HostProvider";

export type CheckState =
  | { status: "idle" }
  | { status: "running"; previous?: CheckResult }
  | { status: "done"; result: CheckResult; runs: number }
  | { status: "failed"; message: PaneMessage };

/** Reads the workbook through the host and runs the check; it never writes to the workbook. */
export function useCheck() {
  const { host, checkWorkbook } = useServices();
  const [state, setState] = useState<CheckState>({ status: "idle" });
  const [selectError, setSelectError] = useState<string | undefined>();
  const inFlight = useRef(false);
  const runs = useRef(0);

  const check = useCallback(async () => {
    if (inFlight.current) return;
    inFlight.current = true;
    setSelectError(undefined);
    setState((current) => ({
      status: "running",
      ...(current.status === "done" ? { previous: current.result } : {}),
    }));
    try {
      const model = await host.readModel();
      const result = await checkWorkbook(model);
      runs.current += 1;
      setState({ status: "done", result, runs: runs.current });
    } catch (error) {
      setState({ status: "failed", message: describeCheckError(error) });
    } finally {
      inFlight.current = false;
    }
  }, [host, checkWorkbook]);

  const select = useCallback(
    async (address: string) => {
      setSelectError(undefined);
      try {
        await host.select(address);
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        setSelectError(
          `Could not select ${address}: ${reason} The sheet may have been renamed or deleted.`
        );
      }
    },
    [host]
  );

  return { state, check, select, selectError };
}
