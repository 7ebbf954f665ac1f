import {
  Button,
  Caption1,
  Field,
  Input,
  makeStyles,
  Radio,
  RadioGroup,
  Text,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { PlanMode } from "../domain/drills/buildPlan";
import type { DrillId } from "../domain/plan/workbookPlan";
import { CoachSection } from "./CoachSection";
import { DRILL_CATALOGUE } from "./drillCatalogue";
import { useServices } from "./HostProvider";
import { PopulateStatus } from "./PopulateStatus";
import { usePopulate } from "./usePopulate";

export type SeedKind = "canonical" | "variant";

const MAX_SEED = 999_999;

function usePopulatePanel() {
  const { state, populate } = usePopulate();
  const { host } = useServices();
  const [waterfall, setWaterfall] = useState(true);
  useEffect(() => {
    let live = true;
    host
      .capabilities()
      .then((found) => live && !found.waterfallChart && setWaterfall(false))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [host]);
  const [drill, setDrill] = useState<DrillId>("1");
  const [seedKind, setSeedKind] = useState<SeedKind>("canonical");
  const [seedText, setSeedText] = useState("1");
  const [mode, setMode] = useState<PlanMode>("blank");

  const seed = seedKind === "canonical" ? 0 : Number(seedText);
  const seedError =
    seedKind === "variant" && !(Number.isInteger(seed) && seed >= 1 && seed <= MAX_SEED)
      ? `A variant seed is a whole number from 1 to ${MAX_SEED.toLocaleString("en-US")}.`
      : undefined;
  const running = state.status === "running";
  const writingDrill = running && state.request.mode !== "answer-key";

  return {
    state,
    waterfall,
    drill,
    setDrill,
    seedKind,
    setSeedKind,
    seedText,
    setSeedText,
    mode,
    setMode,
    seed,
    seedError,
    running,
    writingDrill,
    showStatus: state.status !== "idle" && state.request.mode !== "answer-key",
    newVariant: () => setSeedText(String(1 + Math.floor(Math.random() * MAX_SEED))),
    start: () => {
      if (seedError || running) return;
      void populate({ drill, seed, mode: drill === "3" ? mode : "blank", target: "addin" });
    },
    createAnswerKey: () => {
      if (seedError || running || drill === "log") return;
      void populate({ drill, seed, mode: "answer-key", target: "file" });
    },
  };
}

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  heading: {
    margin: 0,
    fontFamily: "Georgia, 'Times New Roman', serif",
    fontWeight: tokens.fontWeightRegular,
    fontSize: tokens.fontSizeBase500,
    lineHeight: tokens.lineHeightBase500,
    color: tokens.colorNeutralForeground1,
  },
  drillLabel: { display: "flex", flexDirection: "column" },
  drillLine: { color: tokens.colorNeutralForeground3 },
  seedRow: {
    display: "flex",
    alignItems: "flex-end",
    gap: tokens.spacingHorizontalS,
    flexWrap: "wrap",
  },
  seedInput: { width: "9em" },
  actions: { display: "flex", gap: tokens.spacingHorizontalS },
});

/**
 * Pick a drill, canonical or variant numbers (and drill 3's starting point), and populate it; a coach
 * can write the answer key for the same choice from the folded "For coaches" part.
 */
export function PopulatePanel() {
  const s = usePopulatePanel();
  const styles = useStyles();
  return (
    <section className={styles.section} aria-labelledby="populate-heading">
      <h2 id="populate-heading" className={styles.heading}>
        Populate a drill
      </h2>
      <Field label="Drill">
        <RadioGroup value={s.drill} onChange={(_, data) => s.setDrill(data.value as DrillId)}>
          {DRILL_CATALOGUE.map((entry) => (
            <Radio
              key={entry.id}
              value={entry.id}
              label={
                <span className={styles.drillLabel}>
                  <Text weight="semibold">{entry.title}</Text>
                  <Caption1 className={styles.drillLine}>{entry.line}</Caption1>
                </span>
              }
            />
          ))}
        </RadioGroup>
      </Field>
      <Field label="Numbers">
        <RadioGroup
          value={s.seedKind}
          onChange={(_, data) => s.setSeedKind(data.value as SeedKind)}
        >
          <Radio value="canonical" label="Canonical: the figures of the interview documents" />
          <Radio value="variant" label="Variant: fresh numbers, the same story" />
        </RadioGroup>
      </Field>
      {s.seedKind === "variant" && (
        <div className={styles.seedRow}>
          <Field
            label="Variant seed"
            validationMessage={s.seedError}
            validationState={s.seedError ? "error" : "none"}
            hint="The same seed always gives the same drill."
          >
            <Input
              className={styles.seedInput}
              type="number"
              min={1}
              max={MAX_SEED}
              value={s.seedText}
              onChange={(_, data) => s.setSeedText(data.value)}
            />
          </Field>
          <Button onClick={s.newVariant}>New variant</Button>
        </div>
      )}
      {s.drill === "3" && (
        <Field label="Start from">
          <RadioGroup value={s.mode} onChange={(_, data) => s.setMode(data.value as PlanMode)}>
            <Radio value="blank" label="Blank template: you write every formula" />
            <Radio value="starter" label="Starter model: formulas wired, assumptions left blank" />
          </RadioGroup>
        </Field>
      )}
      {!s.waterfall && (
        <Caption1 className={styles.drillLine}>
          This Excel draws bridges as stacked columns: native waterfall charts need Excel API 1.9.
        </Caption1>
      )}
      <div className={styles.actions}>
        <Button appearance="primary" disabled={s.running || Boolean(s.seedError)} onClick={s.start}>
          {s.writingDrill ? "Populating…" : "Populate"}
        </Button>
      </div>
      {s.showStatus && <PopulateStatus state={s.state} />}
      <CoachSection
        drill={s.drill}
        seed={s.seed}
        {...(s.seedError ? { seedError: s.seedError } : {})}
        state={s.state}
        onCreate={s.createAnswerKey}
      />
    </section>
  );
}
