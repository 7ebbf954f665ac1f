import {
  Body1,
  Button,
  Caption1,
  makeStyles,
  mergeClasses,
  Text,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
import type { CoachSectionProps, CoachStep } from "./CoachSection.types";
import { describeSeed } from "./describeSeed";
import { DRILL_CATALOGUE } from "./drillCatalogue";
import { PopulateStatus } from "./PopulateStatus";

/** Why a drill has no answer key, or undefined when it has one. */
const NO_KEY: Partial<Record<CoachSectionProps["drill"], string>> = {
  log: "The interview practice log has no answer key: its answers are the candidate's own, for the coach to score.",
};

function useCoachSection(props: CoachSectionProps) {
  const [step, setStep] = useState<CoachStep>("closed");
  const createRef = useRef<HTMLButtonElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const { state } = props;
  const running = state.status === "running";
  const writingKey = state.status === "running" && state.request.mode === "answer-key";
  const unavailable = NO_KEY[props.drill] ?? props.seedError;
  // A drill without a key (or a bad seed) chosen while confirming takes the confirmation away.
  const current: CoachStep = step === "confirming" && unavailable ? "open" : step;
  const previous = useRef<CoachStep>(current);
  useEffect(() => {
    // Keyboard users land on the safe choice when asked, and back on the action afterwards.
    if (current === "confirming") cancelRef.current?.focus();
    else if (previous.current === "confirming" && current === "open") createRef.current?.focus();
    previous.current = current;
  }, [current]);
  const title = DRILL_CATALOGUE.find((entry) => entry.id === props.drill)?.title ?? props.drill;
  return {
    step: current,
    createRef,
    cancelRef,
    running,
    writingKey,
    unavailable,
    noKeyReason: NO_KEY[props.drill],
    target: `${title}, ${describeSeed(props.seed)}`,
    showStatus: state.status !== "idle" && state.request.mode === "answer-key",
    toggle: () => setStep(current === "closed" ? "open" : "closed"),
    ask: () => {
      if (!unavailable && !running) setStep("confirming");
    },
    cancel: () => setStep("open"),
    confirm: () => {
      setStep("open");
      if (!unavailable && !running) props.onCreate();
    },
  };
}

const useStyles = makeStyles({
  section: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    paddingTop: tokens.spacingVerticalM,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  heading: { margin: 0 },
  toggle: {
    minWidth: 0,
    padding: `${tokens.spacingVerticalXXS} 0`,
    justifyContent: "flex-start",
    fontFamily: "Georgia, 'Times New Roman', serif",
    fontWeight: tokens.fontWeightRegular,
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    letterSpacing: "0.02em",
  },
  chevron: { width: "12px", height: "12px", transitionProperty: "transform" },
  chevronOpen: { transform: "rotate(90deg)" },
  body: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  lead: { color: tokens.colorNeutralForeground2 },
  target: { color: tokens.colorNeutralForeground3, overflowWrap: "anywhere" },
  confirm: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingVerticalM,
    backgroundColor: tokens.colorNeutralBackground2,
    borderLeft: `${tokens.strokeWidthThicker} solid ${tokens.colorStatusWarningBorderActive}`,
  },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  reason: { color: tokens.colorNeutralForeground3 },
});

/**
 * The coach's answer key for the drill and seed chosen above, folded away by default and written only
 * after a confirmation, so a candidate does not spoil the drill by accident. The key is a "file"
 * plan: native formulas only, so it calculates in any spreadsheet program.
 */
export function CoachSection(props: CoachSectionProps) {
  const s = useCoachSection(props);
  const styles = useStyles();
  const open = s.step !== "closed";
  return (
    <section className={styles.section} aria-labelledby="coach-heading">
      <h3 id="coach-heading" className={styles.heading}>
        <Button
          appearance="transparent"
          className={styles.toggle}
          aria-expanded={open}
          aria-controls={open ? "coach-body" : undefined}
          icon={<Chevron className={mergeClasses(styles.chevron, open && styles.chevronOpen)} />}
          onClick={s.toggle}
        >
          For coaches
        </Button>
      </h3>
      {open && (
        <div id="coach-body" className={styles.body}>
          <Body1 className={styles.lead}>
            Writes the full worked answer for the drill and numbers chosen above, in native formulas
            that calculate in any spreadsheet program.
          </Body1>
          <Caption1 className={styles.target}>Answer key for: {s.target}</Caption1>
          {s.step === "confirming" ? (
            <div role="group" aria-labelledby="coach-confirm-text" className={styles.confirm}>
              <Text id="coach-confirm-text" weight="semibold">
                This writes the worked answer into new sheets. Candidates: close this and keep
                practising.
              </Text>
              <div className={styles.actions}>
                <Button appearance="primary" onClick={s.confirm}>
                  Write the answer key
                </Button>
                <Button ref={s.cancelRef} onClick={s.cancel}>
                  Cancel
                </Button>
              </div>
            </div>
          ) : (
            <div className={styles.actions}>
              <Button
                ref={s.createRef}
                disabledFocusable={Boolean(s.unavailable) || s.running}
                aria-describedby={s.noKeyReason ? "coach-no-key" : undefined}
                onClick={s.ask}
              >
                {s.writingKey ? "Writing the answer key…" : "Create answer key"}
              </Button>
            </div>
          )}
          {s.noKeyReason && (
            <Caption1 id="coach-no-key" className={styles.reason}>
              {s.noKeyReason}
            </Caption1>
          )}
          {s.showStatus && <PopulateStatus state={props.state} />}
        </div>
      )}
    </section>
  );
}

function Chevron({ className }: { className: string }) {
  return (
    <svg className={className} viewBox="0 0 12 12" aria-hidden="true" focusable="false">
      <path d="M4 2l4 4-4 4" fill="none" stroke="currentColor" strokeWidth="1.5" />
    </svg>
  );
}
