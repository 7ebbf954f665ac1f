import { useCallback, useRef, useState } from "react";
import type { RestoreResult, SharingResult } from "../domain/sharing/sharingResult";
import type { PaneMessage } from "./describeError";
import { useServices } from "./HostProvider";

export type SharingState =
  | { status: "idle" }
  | { status: "running"; label: string }
  | { status: "prepared"; result: SharingResult; findings: number }
  | { status: "restored"; result: RestoreResult }
  | { status: "failed"; message: PaneMessage };

/**
 * "Prepare for sharing" runs a fresh check first, so the Review sheet carries the findings of the
 * workbook as it is now; "Restore formulas" brings the kept `LUX.*` formulas back. Either runs once
 * at a time.
 */
export function useSharing() {
  const { host, checkWorkbook } = useServices();
  const [state, setState] = useState<SharingState>({ status: "idle" });
  const inFlight = useRef(false);
  const available = Boolean(host.prepareForSharing && host.restoreFormulas);

  const run = useCallback(
    async (work: () => Promise<SharingState>, failure: (reason: string) => PaneMessage) => {
      if (inFlight.current) return;
      inFlight.current = true;
      try {
        setState(await work());
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        setState({
          status: "failed",
          message: failure(/[.!?]$/.test(reason) ? reason : `${reason}.`),
        });
      } finally {
        inFlight.current = false;
      }
    },
    []
  );

  const prepare = useCallback(
    () =>
      run(
        async () => {
          setState({ status: "running", label: "Checking the workbook" });
          const checked = await checkWorkbook(await host.readModel());
          const findings = checked.kind === "checked" ? checked.findings : [];
          setState({
            status: "running",
            label: "Keeping the LUX formulas and writing the Review sheet",
          });
          const result = await host.prepareForSharing!(findings);
          return { status: "prepared", result, findings: findings.length };
        },
        (reason) => ({
          title: "Prepare for sharing stopped",
          body: `${reason} Formulas are kept on the hidden sheet before any is replaced, so none was lost; use Restore formulas to bring back any already replaced.`,
        })
      ),
    [run, host, checkWorkbook]
  );

  const restore = useCallback(
    () =>
      run(
        async () => {
          setState({ status: "running", label: "Restoring the LUX formulas" });
          return { status: "restored", result: await host.restoreFormulas!() };
        },
        (reason) => ({
          title: "Restore formulas stopped",
          body: `${reason} Run it again: formulas already restored are left as they are.`,
        })
      ),
    [run, host]
  );

  return { state, available, prepare, restore };
}
