import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { NoticeProps } from "./Notice.types";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    borderLeft: `${tokens.strokeWidthThicker} solid`,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    color: tokens.colorNeutralForeground1,
    overflowWrap: "anywhere",
  },
  title: { fontWeight: tokens.fontWeightSemibold },
  success: {
    backgroundColor: tokens.colorStatusSuccessBackground1,
    borderLeftColor: tokens.colorStatusSuccessBorderActive,
  },
  warning: {
    backgroundColor: tokens.colorStatusWarningBackground1,
    borderLeftColor: tokens.colorStatusWarningBorderActive,
  },
  error: {
    backgroundColor: tokens.colorStatusDangerBackground1,
    borderLeftColor: tokens.colorStatusDangerBorderActive,
  },
  info: {
    backgroundColor: tokens.colorNeutralBackground3,
    borderLeftColor: tokens.colorBrandStroke1,
  },
});

/**
 * A message bar: what happened, in words. Errors are announced at once (role alert), everything else
 * politely (role status). Written with tokens rather than Fluent's MessageBar, whose motion and icon
 * packages would cost the pane about a tenth of its bundle budget.
 */
export function Notice({ intent, title, children }: NoticeProps) {
  const styles = useStyles();
  return (
    <div
      role={intent === "error" ? "alert" : "status"}
      className={mergeClasses(styles.root, styles[intent])}
    >
      {title && <span className={styles.title}>{title}</span>}
      <span>{children}</span>
    </div>
  );
}
