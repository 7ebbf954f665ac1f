import { Body1, Button, makeStyles, ProgressBar, tokens } from "@fluentui/react-components";
import { Notice } from "./Notice";
import { useSharing, type SharingState } from "./useSharing";

const useStyles = makeStyles({
  section: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    paddingTop: tokens.spacingVerticalXL,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  heading: {
    margin: 0,
    fontFamily: "Georgia, 'Times New Roman', serif",
    fontWeight: tokens.fontWeightRegular,
    fontSize: tokens.fontSizeBase500,
    lineHeight: tokens.lineHeightBase500,
  },
  lead: { color: tokens.colorNeutralForeground2 },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  list: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingLeft: tokens.spacingHorizontalL },
});

/** Make the workbook read the same without the add-in, for a coach; or bring the formulas back. */
export function SharePanel() {
  const { state, available, prepare, restore } = useSharing();
  const styles = useStyles();
  if (!available) return null;
  const running = state.status === "running";
  return (
    <section className={styles.section} aria-labelledby="share-heading">
      <h2 id="share-heading" className={styles.heading}>
        Share with a coach
      </h2>
      <Body1 className={styles.lead}>
        Keeps every LUX result as a value (its formula saved on a hidden sheet) and adds a Review
        sheet with the latest check, so the workbook reads the same without the add-in.
      </Body1>
      <div className={styles.actions}>
        <Button disabled={running} onClick={() => void prepare()}>
          Prepare for sharing
        </Button>
        <Button disabled={running} onClick={() => void restore()}>
          Restore formulas
        </Button>
      </div>
      <SharingStatus state={state} listClass={styles.list} />
    </section>
  );
}

function SharingStatus({ state, listClass }: { state: SharingState; listClass: string }) {
  if (state.status === "running") return <ProgressBar aria-label={state.label} />;
  if (state.status === "failed") {
    return (
      <Notice intent="error" title={state.message.title}>
        {state.message.body}
      </Notice>
    );
  }
  if (state.status === "prepared") {
    const { result, findings } = state;
    const kept = result.keptSheet
      ? `${result.keptFormulas} LUX formulas now show their values; the formulas are kept on the hidden sheet "${result.keptSheet}".`
      : "No LUX formula needed keeping.";
    const problems = result.problems.length;
    return (
      <Notice
        intent={problems || result.warnings.length ? "warning" : "success"}
        title="Ready to share"
      >
        {kept}{" "}
        {`The “${result.reviewSheet}” sheet lists ${findings} findings of the check just run. Save the workbook and send it.`}
        {problems > 0 &&
          ` ${problems} LUX cells showed an error and are listed on the Review sheet.`}
        {result.warnings.map((warning) => ` ${warning}`)}
      </Notice>
    );
  }
  if (state.status === "restored") {
    const { result } = state;
    const left = [...result.skipped, ...result.overwritten];
    return (
      <Notice intent={result.skipped.length ? "warning" : "success"} title="Formulas restored">
        {result.restored} restored, {result.alreadyRestored} already in place.
        {left.length > 0 && (
          <ul className={listClass}>
            {left.map((note) => (
              <li key={note.cell}>{note.message}</li>
            ))}
          </ul>
        )}
      </Notice>
    );
  }
  return null;
}
