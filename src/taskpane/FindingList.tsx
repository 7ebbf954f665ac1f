import {
  Button,
  Caption1,
  makeStyles,
  mergeClasses,
  Text,
  tokens,
} from "@fluentui/react-components";
import type { Finding, Severity } from "../domain/model/workbookModel";
import type { FindingListProps } from "./FindingList.types";

const GROUPS: { severity: Severity; title: string }[] = [
  { severity: "error", title: "Errors" },
  { severity: "warning", title: "Warnings" },
  { severity: "info", title: "Notes" },
];

function useFindingList({ findings }: FindingListProps) {
  return GROUPS.map((group) => ({
    ...group,
    findings: findings.filter((f) => f.severity === group.severity),
  })).filter((group) => group.findings.length > 0);
}

const useStyles = makeStyles({
  group: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  groupTitle: {
    margin: 0,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    letterSpacing: "0.06em",
    textTransform: "uppercase",
    color: tokens.colorNeutralForeground2,
    paddingBottom: tokens.spacingVerticalXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  list: { listStyle: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column" },
  finding: {
    width: "100%",
    height: "auto",
    minWidth: 0,
    justifyContent: "flex-start",
    textAlign: "left",
    whiteSpace: "normal",
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    fontWeight: tokens.fontWeightRegular,
  },
  findingBody: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    minWidth: 0,
  },
  message: { overflowWrap: "anywhere" },
  where: { color: tokens.colorNeutralForeground3, overflowWrap: "anywhere" },
  error: { borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorPaletteRedBorder2}` },
  warning: { borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorPaletteMarigoldBorder2}` },
  info: { borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke1}` },
});

/** Findings grouped by severity; choosing one selects its first cell in the workbook. */
export function FindingList(props: FindingListProps) {
  const groups = useFindingList(props);
  const styles = useStyles();
  return (
    <>
      {groups.map((group) => (
        <section
          key={group.severity}
          className={styles.group}
          aria-label={`${group.title}: ${group.findings.length}`}
        >
          <h3 className={styles.groupTitle}>
            {group.title} ({group.findings.length})
          </h3>
          <ul className={styles.list}>
            {group.findings.map((finding, index) => (
              <li key={`${finding.code}-${index}`}>
                <Button
                  appearance="subtle"
                  className={mergeClasses(styles.finding, styles[finding.severity])}
                  onClick={() => finding.cells[0] && props.onSelect(finding.cells[0])}
                  aria-description={`Selects ${displayAddress(finding)}`}
                >
                  <span className={styles.findingBody}>
                    <Text className={styles.message}>{finding.message}</Text>
                    <Caption1 className={styles.where}>{displayAddress(finding)}</Caption1>
                  </span>
                </Button>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}

function displayAddress(finding: Finding): string {
  const first = finding.cells[0] ?? "";
  const more = finding.cells.length > 1 ? ` and ${finding.cells.length - 1} more` : "";
  return `${first.replace(/^'(.*)'!/, "$1!")}${more}`;
}
