import type { DrillId } from "../domain/plan/workbookPlan";

export type DrillEntry = { id: DrillId; title: string; line: string };

/** What each drill is, in a line, in the order the picker shows them. */
export const DRILL_CATALOGUE: readonly DrillEntry[] = [
  {
    id: "1",
    title: "Quarter diagnosis",
    line: "Online AOV fell from $1,800 to $1,580: separate mix from price, then sell-through.",
  },
  {
    id: "2",
    title: "90-day teardown and rebuild",
    line: "Retire the discount levers of a .com that sells like premium DTC, without losing revenue.",
  },
  {
    id: "3",
    title: "Top-client digital share, 18% → 30%",
    line: "Forecast a 12-month programme for 600 sales advisors across 80 boutiques.",
  },
  {
    id: "kpi",
    title: "Specialist KPIs",
    line: "Compute the e-commerce KPIs of a weekly dataset, from conversion to retention.",
  },
  {
    id: "log",
    title: "Interview practice log",
    line: "Behavioural and interview questions, with room for your notes and a coach's score.",
  },
];
