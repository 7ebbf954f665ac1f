import type { PlanBlock, PlanCell } from "../../../plan/workbookPlan";
import { contractName } from "../../contract/drillContract";
import { DRILL3_CONTRACT } from "../drill3Contract";
import { DRILL3_NOTES_ROW } from "../drill3Layout";
import type { Drill3Data } from "../generateDrill3Data";
import { fmtInt, pct } from "./modelCells";
import { OTHER_LEVER_DRIVER_ROWS } from "./outputBlocks";

type NoteLine = [string, PlanCell["style"]];

/**
 * The notes under the model: how to work the drill, how the revenue model works and what the coach
 * checks, with this variant's figures and limits.
 *
 * @example
 * notesBlock(generateDrill3Data(0)).at //=> "A71"
 */
export function notesBlock(data: Drill3Data): PlanBlock {
  const lines = [...howToWork(data), ...howTheModelWorks(), ...whatTheCoachChecks(data)];
  return {
    at: `A${DRILL3_NOTES_ROW}`,
    rows: lines.map(([value, style]) => [{ value, style }]),
  };
}

function howToWork(data: Drill3Data): NoteLine[] {
  const labels = contractName(DRILL3_CONTRACT, "D3_OtherLeverLabels").range;
  return [
    ["How to work this drill", "subtitle"],
    [
      `The situation: top clients buy ${pct(data.baselineShare)} of their spend through digital channels; the maison wants ${pct(data.targetShare)} in month 12. ${fmtInt(data.sas)} SAs in ${fmtInt(data.dos)} DOS are wary — they feel the .com competes with them. Save-the-cart / send-a-look is not in production, digital salons are not offered and click-to-DOS is broken.`,
      "instruction",
    ],
    [
      "1. Decide the programme: which DOS go live with save-the-cart / send-a-look each month, when SAs start being credited for their clients' digital sales, when digital salons open, when click-to-DOS is repaired.",
      "instruction",
    ],
    [
      "2. Type your assumptions in the yellow rows, one number per month. Month 1 is before anything is live: no DOS live, the share at its baseline.",
      "instruction",
    ],
    [
      "3. Write every forecast row with formulas that read your assumption rows and the givens by name (D3_SAs, D3_DOS, D3_BaselineShare …). Keep one formula shape across a row and keep numbers out of formulas: only 0, 1, 12, 52 and 100 belong there, every other number is an assumption cell.",
      "instruction",
    ],
    [
      `4. Add up to two levers of your own in rows ${OTHER_LEVER_DRIVER_ROWS} and name them in ${labels}. No discount, promo code, markdown, sale or retargeting blast — this maison has none.`,
      "instruction",
    ],
    [
      "5. Check your work from the add-in's task pane (or `maison-drills check` on the saved file); findings point at cells.",
      "instruction",
    ],
  ];
}

function howTheModelWorks(): NoteLine[] {
  return [
    [
      "How the revenue model works (one reasonable model; refine it if you can defend it)",
      "subtitle",
    ],
    ["Active SAs = SAs × DOS live / DOS × active SA rate.", "instruction"],
    [
      "Save-the-cart revenue = active SAs × carts per SA-week × 52/12 weeks in a month × cart conversion × cart value.",
      "instruction",
    ],
    ["Digital salon revenue = sessions × salon conversion × salon ticket.", "instruction"],
    [
      "Organic revenue = total × (baseline share + organic drift accumulated so far / 100): what top clients do on their own; in month 1 it is exactly the baseline.",
      "instruction",
    ],
    [
      "Other levers = orders × average order value. Click-to-DOS and ship-from-store bring clients into boutiques: that revenue closes in the DOS and is not digital.",
      "instruction",
    ],
    [
      "Digital revenue = the sum of the levers. Total top-client revenue = the baseline: the programme moves where top clients buy, not how much they spend. Share = digital / total.",
      "instruction",
    ],
  ];
}

function whatTheCoachChecks(data: Drill3Data): NoteLine[] {
  const c = data.coach;
  return [
    ["What the coach checks (limits in the coach settings above)", "subtitle"],
    [
      `Month 1 at the baseline share with no DOS live; at most ${c.maxDOSPerMonth} new DOS a month; DOS live never falls and never exceeds D3_DOS.`,
      "instruction",
    ],
    [
      `SA time: carts × ${c.minutesPerCart} min plus salon sessions × ${c.minutesPerSalon} min must fit in ${c.maxDigitalHoursPerSAWeek} hours per active SA per week (a month has 52/12 weeks); salon sessions need active SAs to host them.`,
      "instruction",
    ],
    [
      `The share moves at most ${pct(c.maxShareStep)} points a month; cart conversion ≤ ${pct(c.maxCartConversion)}, salon conversion ≤ ${pct(c.maxSalonConversion)}; without attribution at most ${pct(c.maxAdoptionWithoutAttribution)} of SAs in live DOS take part.`,
      "instruction",
    ],
    [
      `Levers add up to digital revenue; share = digital / total; top-client total revenue never more than ${pct(c.maxTotalRevenueDrop)} below its baseline; month 12 at or above ${pct(data.targetShare)}.`,
      "instruction",
    ],
  ];
}
