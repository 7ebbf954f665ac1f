import { DRILL2_WEEKS, type Drill2Data } from "./generateDrill2Data";

export type Drill2RemovalKind = "discount" | "retargeting" | "merchandising";
export type Drill2ReplacementKind = "clienteling" | "editorial" | "merchandising" | "acquisition";

/** A lever of the premium-DTC playbook the candidate may switch off, at its 13-week average. */
export type Drill2RemovalLever = {
  label: string;
  kind: Drill2RemovalKind;
  /** 1 when its revenue is discount- or retargeting-driven (must be gone by the deadline week). */
  discountDriven: 0 | 1;
  weeklySessions: number;
  weeklyOrders: number;
  weeklyRevenue: number;
};

/** A maison-grade lever the candidate may launch. */
export type Drill2ReplacementLever = { label: string; kind: Drill2ReplacementKind };

/** Labels stay short and comma-free: they are a data-validation list (Excel caps it at 255 chars). */
export const DRILL2_REPLACEMENTS: readonly Drill2ReplacementLever[] = [
  { label: "SA follow-up e-mail (no incentive)", kind: "clienteling" },
  { label: "Save-the-cart / send-a-look", kind: "clienteling" },
  { label: "Editorial homepage: icons and métier", kind: "merchandising" },
  { label: "Icons-first category nav", kind: "merchandising" },
  { label: "Brand-search defence", kind: "acquisition" },
  { label: "Capsule previews by invitation", kind: "editorial" },
  { label: "Digital salon booking", kind: "clienteling" },
];

/**
 * The levers of drill 2's plan: five to remove (three traffic sources that live on discounts or
 * retargeting, the carousels, the entry-first nav) with their 13-week weekly averages from the
 * baseline, whole sessions, orders and dollars; and the seven replacements on offer.
 *
 * @example
 * drill2Levers(generateDrill2Data(0)).removals.map((r) => r.kind)
 * //=> ["discount", "discount", "retargeting", "merchandising", "merchandising"]
 */
export function drill2Levers(data: Drill2Data): {
  removals: Drill2RemovalLever[];
  replacements: Drill2ReplacementLever[];
} {
  const average = (x: number) => Math.round(x / DRILL2_WEEKS);
  const source = (label: string, kind: Drill2RemovalKind): Drill2RemovalLever => {
    const rows = data.traffic.filter((t) => t.source === label);
    if (rows.length === 0) throw new RangeError(`no traffic source "${label}" in drill 2 data`);
    return {
      label,
      kind,
      discountDriven: 1,
      weeklySessions: average(rows.reduce((a, t) => a + t.sessions, 0)),
      weeklyOrders: average(rows.reduce((a, t) => a + t.orders, 0)),
      weeklyRevenue: average(rows.reduce((a, t) => a + t.revenue, 0)),
    };
  };
  const carousels = data.modules.filter((m) => /carousel/i.test(m.module));
  const entry = data.nav.find((n) => n.tier === "Entry");
  if (!entry) throw new RangeError("drill 2 data has no entry category in its nav");
  return {
    removals: [
      source("Abandoned-cart e-mail (10% off)", "discount"),
      source("Influencer codes", "discount"),
      source("Paid-social retargeting", "retargeting"),
      {
        label: "Best-seller and recommended-for-you carousels",
        kind: "merchandising",
        discountDriven: 0,
        weeklySessions: 0,
        weeklyOrders: average(carousels.reduce((a, m) => a + m.orders, 0)),
        weeklyRevenue: average(carousels.reduce((a, m) => a + m.revenue, 0)),
      },
      {
        label: "Entry-first category nav (icons below entry)",
        kind: "merchandising",
        discountDriven: 0,
        weeklySessions: 0,
        weeklyOrders: average(entry.orders),
        weeklyRevenue: average(entry.revenue),
      },
    ],
    replacements: DRILL2_REPLACEMENTS.map((r) => ({ ...r })),
  };
}
