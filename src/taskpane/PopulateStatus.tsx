import { Field, ProgressBar } from "@fluentui/react-components";
import { DRILL_CATALOGUE } from "./drillCatalogue";
import { Notice } from "./Notice";
import { describeSeed } from "./describeSeed";
import type { PopulateRequest, PopulateState } from "./usePopulate";

/** Progress, then what was written (or what stopped) for a drill or its answer key. */
export function PopulateStatus({ state }: { state: PopulateState }) {
  if (state.status === "running") {
    const { done, total, label } = state.progress;
    return (
      <Field label={label} validationState="none">
        <ProgressBar
          value={total > 0 ? done / total : undefined}
          max={1}
          aria-label={
            state.request.mode === "answer-key" ? "Answer key progress" : "Populate progress"
          }
        />
      </Field>
    );
  }
  if (state.status === "done") {
    const { result, request } = state;
    const key = request.mode === "answer-key";
    return (
      <Notice
        intent={result.warnings?.length ? "warning" : "success"}
        title={
          key
            ? `Answer key written (${drillTitle(request)}, ${describeSeed(request.seed)})`
            : `Drill written (${describeSeed(request.seed)})`
        }
      >
        Sheets added: {result.sheets.join(", ")}. {result.names.length} names now point at them.
        {key &&
          " Native formulas only: it calculates in any spreadsheet program, without the add-in."}{" "}
        Nothing else in the workbook was changed.
        {result.warnings?.map((warning) => ` ${warning}`)}
      </Notice>
    );
  }
  if (state.status === "failed") {
    return (
      <Notice intent="error" title={state.message.title}>
        {state.message.body}
      </Notice>
    );
  }
  return null;
}

function drillTitle(request: PopulateRequest): string {
  return (
    DRILL_CATALOGUE.find((entry) => entry.id === request.drill)?.title ?? `drill ${request.drill}`
  );
}
