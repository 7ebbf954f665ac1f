import { Body1, Caption1, makeStyles, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  page: {
    boxSizing: "border-box",
    maxWidth: "42rem",
    padding: `${tokens.spacingVerticalXL} ${tokens.spacingHorizontalL}`,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    overflowWrap: "anywhere",
  },
  title: {
    margin: 0,
    fontFamily: "Georgia, 'Times New Roman', serif",
    fontWeight: tokens.fontWeightRegular,
    fontSize: tokens.fontSizeBase600,
    lineHeight: tokens.lineHeightBase600,
  },
  heading: {
    margin: `${tokens.spacingVerticalS} 0 0`,
    fontFamily: "Georgia, 'Times New Roman', serif",
    fontWeight: tokens.fontWeightRegular,
    fontSize: tokens.fontSizeBase400,
  },
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalXL,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  code: {
    display: "block",
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    padding: tokens.spacingVerticalS,
    backgroundColor: tokens.colorNeutralBackground3,
    whiteSpace: "pre-wrap",
  },
  muted: { color: tokens.colorNeutralForeground3 },
});

/** Shown when the page is opened outside Excel: what this is, how to load it, and the CLI. */
export function OutsideExcel() {
  const styles = useStyles();
  return (
    <main className={styles.page}>
      <h1 className={styles.title}>Maison Drills</h1>
      <Body1>
        An Excel add-in for people preparing for luxury digital e-commerce interviews, and for their
        coaches. It populates the practical drills as working workbooks, adds <code>LUX</code>{" "}
        functions for mix-adjusted AOV and bridges, and checks the 12-month top-client digital share
        forecast like a demanding coach.
      </Body1>
      <Body1>
        <strong>This page runs inside Excel.</strong> Opened in a browser on its own, there is no
        workbook to work on.
      </Body1>
      <h2 className={styles.heading}>Load it in Excel</h2>
      <ol className={styles.list}>
        <li>
          <Body1>
            <strong>Excel on the web:</strong> open a workbook, choose Home › Add-ins › More add-ins
            › My add-ins › Upload my add-in, and pick <code>manifest.xml</code>.
          </Body1>
        </li>
        <li>
          <Body1>
            <strong>Excel desktop:</strong> run <code>npm start</code> in the project (Windows and
            macOS sideload it for you), or share the folder holding <code>manifest.xml</code> as a
            trusted add-in catalog.
          </Body1>
        </li>
        <li>
          <Body1>
            <strong>For a team:</strong> a Microsoft 365 admin deploys <code>manifest.xml</code>{" "}
            from the admin centre (Settings › Integrated apps › Upload custom apps).
          </Body1>
        </li>
      </ol>
      <h2 className={styles.heading}>No Excel at hand?</h2>
      <Body1>The command-line tool writes the same workbooks and checks a filled one:</Body1>
      <code className={styles.code}>
        npx maison-drills workbook --drill all --out drills.xlsx{"\n"}npx maison-drills check
        drills.xlsx
      </code>
      <Caption1 className={styles.muted}>The files open in Excel, LibreOffice or Numbers.</Caption1>
    </main>
  );
}
