import { Body1, Button, makeStyles, ProgressBar, Text, tokens } from "@fluentui/react-components";
import type { CheckResult } from "../domain/model/workbookModel";
import { FindingList } from "./FindingList";
import { Notice } from "./Notice";
import { summariseFindings } from "./summariseFindings";
import { useCheck } from "./useCheck";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  heading: {
    margin: 0,
    fontFamily: "Georgia, 'Times New Roman', serif",
    fontWeight: tokens.fontWeightRegular,
    fontSize: tokens.fontSizeBase500,
    lineHeight: tokens.lineHeightBase500,
  },
  lead: { color: tokens.colorNeutralForeground2 },
  summary: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingVerticalM,
    backgroundColor: tokens.colorNeutralBackground2,
    borderTop: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`,
  },
  counts: { fontFamily: "Georgia, 'Times New Roman', serif", fontSize: tokens.fontSizeBase400 },
  wrap: { overflowWrap: "anywhere" },
});

/** Check the open workbook, read the coach's findings, jump to their cells, check again. */
export function CheckPanel() {
  const { state, check, select, selectError } = useCheck();
  const styles = useStyles();
  const running = state.status === "running";
  const result =
    state.status === "done"
      ? state.result
      : state.status === "running"
        ? state.previous
        : undefined;
  return (
    <section className={styles.section} aria-labelledby="check-heading">
      <h2 id="check-heading" className={styles.heading}>
        Check your work
      </h2>
      <Body1 className={styles.lead}>
        Reads the open workbook and reviews it as a demanding coach would. It never changes your
        cells.
      </Body1>
      <div>
        <Button
          appearance={result ? "secondary" : "primary"}
          disabled={running}
          onClick={() => void check()}
        >
          {running ? "Checking…" : result ? "Check again" : "Check"}
        </Button>
      </div>
      {running && <ProgressBar aria-label="Reading the workbook" />}
      {state.status === "failed" && (
        <Notice intent="error" title={state.message.title}>
          {state.message.body}
        </Notice>
      )}
      {selectError && <Notice intent="warning">{selectError}</Notice>}
      {result && <CheckOutcome result={result} onSelect={(address) => void select(address)} />}
    </section>
  );
}

function CheckOutcome({
  result,
  onSelect,
}: {
  result: CheckResult;
  onSelect: (address: string) => void;
}) {
  const styles = useStyles();
  if (result.kind !== "checked") {
    return (
      <Notice
        intent="info"
        title={result.kind === "not-a-drill" ? "No drill in this workbook" : "Nothing to judge yet"}
      >
        {result.reason}
      </Notice>
    );
  }
  const summary = summariseFindings(result.findings);
  return (
    <>
      <div className={styles.summary} role="status" aria-live="polite">
        <Text className={styles.counts}>
          {plural(summary.errors, "error")} · {plural(summary.warnings, "warning")}
        </Text>
        {summary.target && <Text className={styles.wrap}>{summary.target.message}</Text>}
        {result.findings.length === 0 && <Text>Nothing to remark: the work reads cleanly.</Text>}
      </div>
      <FindingList findings={result.findings} onSelect={onSelect} />
    </>
  );
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}
