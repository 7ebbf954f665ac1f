import type { PlanBlock } from "../../../plan/workbookPlan";
import { FORMATS } from "../../../plan/workbookPlan";
import { DRILL3_ROWS as R } from "../drill3Layout";
import type { Drill3CoachSettings } from "../generateDrill3Data";
import { row } from "./modelCells";

type CoachRow = {
  key: keyof Drill3CoachSettings;
  row: number;
  label: string;
  unit: string;
  format: string;
  note: string;
};

const COACH_ROWS: readonly CoachRow[] = [
  {
    key: "maxDigitalHoursPerSAWeek",
    row: R.maxDigitalHoursPerSAWeek,
    label: "Max digital hours per active SA per week",
    unit: "hours",
    format: FORMATS.decimal2,
    note: "Time an SA can give to carts and salons in a week without neglecting the boutique floor.",
  },
  {
    key: "minutesPerCart",
    row: R.minutesPerCart,
    label: "Minutes to prepare and send one cart / look",
    unit: "min",
    format: FORMATS.int,
    note: "Selecting pieces, writing the message, following up.",
  },
  {
    key: "minutesPerSalon",
    row: R.minutesPerSalon,
    label: "Minutes per digital salon session",
    unit: "min",
    format: FORMATS.int,
    note: "Preparation plus the video consultation itself.",
  },
  {
    key: "maxDOSPerMonth",
    row: R.maxDOSPerMonth,
    label: "Max DOS going live in one month",
    unit: "DOS",
    format: FORMATS.int,
    note: "How many boutiques the team can train and support in a month.",
  },
  {
    key: "maxShareStep",
    row: R.maxShareStep,
    label: "Max move of the share in one month",
    unit: "pts",
    format: FORMATS.pct1,
    note: "A larger monthly jump is not believable without a reason on the sheet.",
  },
  {
    key: "maxAdoptionWithoutAttribution",
    row: R.maxAdoptionWithoutAttribution,
    label: "Max active SA rate until attribution is live",
    unit: "%",
    format: FORMATS.pct0,
    note: "Until SAs are credited for their clients' digital sales, most of them will not push digital.",
  },
  {
    key: "maxCartConversion",
    row: R.maxCartConversion,
    label: "Max cart conversion",
    unit: "%",
    format: FORMATS.pct0,
    note: "Share of carts sent that become orders; anything higher is wishful.",
  },
  {
    key: "maxSalonConversion",
    row: R.maxSalonConversion,
    label: "Max salon conversion",
    unit: "%",
    format: FORMATS.pct0,
    note: "Share of salon sessions that end in a purchase.",
  },
  {
    key: "maxTotalRevenueDrop",
    row: R.maxTotalRevenueDrop,
    label: "Max fall of top-client total revenue below baseline",
    unit: "%",
    format: FORMATS.pct0,
    note: "Moving spend online must not lose top-client revenue overall.",
  },
];

/**
 * The coach settings: each limit a rule applies, as an editable given with its reason beside it.
 *
 * @example
 * coachBlocks(generateDrill3Data(0).coach)[1]?.rows[0]?.[2]?.value //=> 8
 */
export function coachBlocks(coach: Drill3CoachSettings): PlanBlock[] {
  return [
    row(R.coachHeader, [
      {
        value: "Coach settings (rules of thumb a coach may change; the check reads them from here)",
        style: "subtitle",
      },
    ]),
    ...COACH_ROWS.map((setting) =>
      row(setting.row, [
        { value: setting.label, style: "label" },
        { value: setting.unit, style: "note" },
        {
          value: coach[setting.key],
          style: "given",
          numberFormat: setting.format,
          note: setting.note,
        },
        { value: setting.note, style: "note" },
      ])
    ),
  ];
}
