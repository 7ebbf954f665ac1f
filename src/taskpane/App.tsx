import { Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { CheckPanel } from "./CheckPanel";
import { PopulatePanel } from "./PopulatePanel";
import { SharePanel } from "./SharePanel";

const useStyles = makeStyles({
  pane: {
    boxSizing: "border-box",
    minWidth: 0,
    maxWidth: "100%",
    overflowX: "hidden",
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL}`,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXL,
  },
  masthead: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  title: {
    margin: 0,
    fontFamily: "Georgia, 'Times New Roman', serif",
    fontWeight: tokens.fontWeightRegular,
    fontSize: tokens.fontSizeBase600,
    lineHeight: tokens.lineHeightBase600,
    letterSpacing: "0.02em",
  },
  rule: {
    width: "100%",
    margin: 0,
    border: "none",
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  tagline: { color: tokens.colorNeutralForeground3, letterSpacing: "0.04em" },
});

/** The task pane inside Excel: populate a drill, then check the work. */
export function App() {
  const styles = useStyles();
  return (
    <main className={styles.pane}>
      <header className={styles.masthead}>
        <h1 className={styles.title}>Maison Drills</h1>
        <Caption1 className={styles.tagline}>Interview drills for luxury digital commerce</Caption1>
      </header>
      <PopulatePanel />
      <hr className={styles.rule} />
      <CheckPanel />
      <SharePanel />
    </main>
  );
}
