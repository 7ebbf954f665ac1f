import { maisonProfile } from "../../maison/maisonProfile";
import { createRandom } from "../../random/createRandom";
import { allocateLargestRemainder } from "../common/allocateLargestRemainder";
import { DRILL3_BOUTIQUES, type Drill3Region } from "./drill3Boutiques";

/** Bump when a change to the generator changes any seed's figures. */
export const DRILL3_GENERATOR_VERSION = "drill3-2";

export type Drill3Store = {
  /** "DOS-001" … in roster order. */
  id: string;
  /** "Paris — Avenue Montaigne". */
  boutique: string;
  city: string;
  region: Drill3Region;
  sas: number;
};

/** The coach settings of PRODUCT.md section 3 (coaching rules of thumb, editable on the sheet). */
export type Drill3CoachSettings = {
  maxDigitalHoursPerSAWeek: number;
  minutesPerCart: number;
  minutesPerSalon: number;
  maxDOSPerMonth: number;
  maxShareStep: number;
  maxAdoptionWithoutAttribution: number;
  maxCartConversion: number;
  maxSalonConversion: number;
  /** Largest fall of top-client total revenue below its baseline in any month (section 4: 5%). */
  maxTotalRevenueDrop: number;
};

export const DRILL3_COACH_DEFAULTS: Readonly<Drill3CoachSettings> = {
  maxDigitalHoursPerSAWeek: 8,
  minutesPerCart: 15,
  minutesPerSalon: 60,
  maxDOSPerMonth: 20,
  maxShareStep: 0.03,
  maxAdoptionWithoutAttribution: 0.4,
  maxCartConversion: 0.5,
  maxSalonConversion: 0.6,
  maxTotalRevenueDrop: 0.05,
};

export type Drill3Data = {
  seed: number;
  stores: Drill3Store[];
  /** Sum of the roster's SAs (600 for seed 0). */
  sas: number;
  /** Number of DOS in the roster (80 for seed 0). */
  dos: number;
  topClients: number;
  /** A top client's usual purchase, USD (the maison's; what a curated cart or a salon visit is worth). */
  topClientTicket: number;
  /**
   * Top-client digital share before the programme, as a fraction (0.18 for seed 0): over the
   * trailing twelve months, where drill 1's 22% → 20% are single quarters.
   */
  baselineShare: number;
  /** Share to reach in month 12 (0.30 for seed 0). */
  targetShare: number;
  /** Calendar month of programme month 1..12, e.g. "Jan". */
  monthLabels: string[];
  /** Top-client revenue, all channels, before the programme, months 1..12, whole dollars. */
  baselineTCRevenue: number[];
  /** Sum of `baselineTCRevenue`. */
  annualTCRevenue: number;
  coach: Drill3CoachSettings;
};

const CALENDAR = [
  "Jan",
  "Feb",
  "Mar",
  "Apr",
  "May",
  "Jun",
  "Jul",
  "Aug",
  "Sep",
  "Oct",
  "Nov",
  "Dec",
];
const SIZE_WEIGHT = { flagship: 18, main: 8, small: 5 } as const;
const MIN_SAS_PER_DOS = 3;

/**
 * The givens of drill 3 for a seed: a roster of DOS with region and SA count, the top-client base
 * and its monthly revenue (all channels, with seasonality), the baseline and target shares. The
 * boutiques, SAs, top clients, their twelve months' spend and digital share are the seed's maison
 * (`maisonProfile`), the one drill 1's quarters belong to; the months follow its seasonality.
 * Seed 0 is the seed document's drill: 80 DOS, 600 SAs, 18% → 30%. Other seeds keep the story
 * (60–100 DOS, 400–900 SAs, target 8–14 points above the baseline).
 *
 * @example
 * const data = generateDrill3Data(0);
 * [data.dos, data.sas, data.baselineShare, data.targetShare] //=> [80, 600, 0.18, 0.3]
 */
export function generateDrill3Data(seed: number): Drill3Data {
  const random = createRandom(seed);
  const canonical = seed === 0;

  const maison = maisonProfile(seed);
  const shape = random.fork("shape");
  const { boutiques: dos, salesAdvisors: sas, topClients } = maison;
  const baselineShare = maison.topClientDigitalShare;
  const targetShare = canonical
    ? 0.3
    : (Math.round(baselineShare * 200) + 2 * shape.int(8, 14)) / 200;
  const firstMonth = canonical ? 0 : shape.int(0, 11);

  const network = pickNetwork(dos, canonical, random.fork("network"));
  const teamRandom = random.fork("teams");
  const weights = network.map(
    (b) => SIZE_WEIGHT[b.size] * (canonical ? 1 : teamRandom.float(0.85, 1.15))
  );
  const teams = allocateLargestRemainder(sas, weights, MIN_SAS_PER_DOS);
  const stores = network.map((b, i) => ({
    id: `DOS-${String(i + 1).padStart(3, "0")}`,
    boutique: `${b.city} — ${b.address}`,
    city: b.city,
    region: b.region,
    sas: teams[i] as number,
  }));

  // The maison's own seasonality, so drill 3's months and drill 1's quarters describe one house.
  const monthIndex = Array.from({ length: 12 }, (_, m) => (firstMonth + m) % 12);
  const seasonWeights = monthIndex.map((c) => maison.seasonality[c] as number);
  // Whole thousands of dollars per month, summing exactly to the maison's twelve months.
  const annualThousands = maison.annualTopClientRevenue / 1000;
  const baselineTCRevenue = allocateLargestRemainder(annualThousands, seasonWeights).map(
    (k) => k * 1000
  );

  return {
    seed,
    stores,
    sas,
    dos,
    topClients,
    topClientTicket: maison.topClientTicket,
    baselineShare,
    targetShare,
    monthLabels: monthIndex.map((c) => CALENDAR[c] as string),
    baselineTCRevenue,
    annualTCRevenue: maison.annualTopClientRevenue,
    coach: { ...DRILL3_COACH_DEFAULTS },
  };
}

function pickNetwork(dos: number, canonical: boolean, random: ReturnType<typeof createRandom>) {
  if (canonical) return DRILL3_BOUTIQUES.slice(0, dos);
  // A seeded subset of the 100 boutiques, in list order (flagships stay near the top).
  const chosen = new Set<number>();
  while (chosen.size < dos) chosen.add(random.int(0, DRILL3_BOUTIQUES.length - 1));
  return DRILL3_BOUTIQUES.filter((_, i) => chosen.has(i));
}
