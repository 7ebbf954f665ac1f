import { checkDrill1 } from "../../../../src/domain/check/drill1/checkDrill1";
import { citedNumbers, cites } from "../../../../src/domain/check/citedFigures";
import { countWords } from "../../../../src/domain/check/drill1/rules/checkD1Diagnosis";
import type { Finding } from "../../../../src/domain/model/workbookModel";
import { buildDrill1CheckModel } from "../../../fixtures/check/drill1/buildDrill1CheckModel";
import { addressOf } from "../../../fixtures/check/drill1/namedValues";

// Drill 1's diagnosis and moves read against seed 0's own evidence. Every fixture edits named cells
// of the answer key (D1_Diagnosis, D1_Moves, D1_DiagnosisMinWords), never fixed addresses.

const RULE_CODES = new Set([
  "diagnosis-too-short",
  "diagnosis-no-evidence",
  "diagnosis-contradicts-evidence",
  "diagnosis-misses-evidence",
  "moves-no-top-client",
  "moves-miss-cause",
  "move-untied",
  "coach-setting-invalid",
]);
const key = buildDrill1CheckModel();
const diagnosisAt = addressOf(key, "D1_Diagnosis");
const ruled = (findings: Finding[]) => findings.filter((f) => RULE_CODES.has(f.code));
const codes = (findings: Finding[]) => ruled(findings).map((f) => f.code);
const withDiagnosis = (text: string) => checkDrill1(buildDrill1CheckModel({ D1_Diagnosis: text }));
const withMoves = (moves: [string, string, string]) =>
  checkDrill1(buildDrill1CheckModel({ D1_Moves: moves }));

/** A sound diagnosis of seed 0 in the key's spirit, in other words (about 90 words). */
const SOUND =
  "AOV fell $220, from $1,800 to $1,580, and the midpoint bridge puts -$200 of it on mix: icons " +
  "dropped from 22% to 17% of orders while entry small leather goods rose from 28% to 34%. " +
  "Currency took -$22.71 (the dollar strengthened), so like-for-like prices held. Full-price " +
  "sell-through fell from 88% to 78%, mostly rate: ready-to-wear sold through far less of a deeper " +
  "allocation. Channel share rose to 19% only because boutique revenue fell faster than online, a " +
  "denominator effect. Top clients moved spend to the boutiques (+3.7% there, -8.1% online) rather " +
  "than leaving.";

describe("the answer key's diagnosis and moves", () => {
  it("pass every new rule for seed 0 and drawn seeds", () => {
    for (const seed of [0, 7, 4242]) {
      expect(codes(checkDrill1(buildDrill1CheckModel({}, { seed })))).toEqual([]);
    }
  });
});

describe("plausible but wrong, answered as a coach would", () => {
  it("a one-line diagnosis is too short, cites nothing and leaves out the evidence", () => {
    const findings = withDiagnosis("AOV fell because of mix.");
    expect(codes(findings)).toEqual([
      "diagnosis-too-short",
      "diagnosis-no-evidence",
      "diagnosis-misses-evidence",
    ]);
    expect(ruled(findings).every((f) => f.cells.join() === diagnosisAt)).toBe(true);
    expect(ruled(findings)[0]?.message).toMatch(/has 5 words; a coach expects at least 50/);
  });

  it("blaming price cuts when like-for-like prices barely moved is a contradiction, not a gap", () => {
    const findings = withDiagnosis(
      `${SOUND} The real problem is that we cut prices on core leather goods to chase volume.`
    );
    const contradiction = ruled(findings).find((f) => f.code === "diagnosis-contradicts-evidence");
    expect(contradiction?.message).toMatch(/"cut prices".*mix, not price/);
  });

  it("saying top clients left contradicts their boutique spend rising", () => {
    const findings = withDiagnosis(`${SOUND} Worse, our top clients are leaving the maison.`);
    expect(codes(findings)).toEqual(["diagnosis-contradicts-evidence"]);
    expect(ruled(findings)[0]?.message).toMatch(
      /top clients are leaving.*boutique spend moved \+3\.7%/
    );
  });

  it("reading the channel share as online growth contradicts online revenue falling", () => {
    const findings = withDiagnosis(`${SOUND} On the bright side, online revenue grew its share.`);
    expect(codes(findings)).toEqual(["diagnosis-contradicts-evidence"]);
  });

  it("a long diagnosis without a single figure of the data has no evidence", () => {
    const words =
      "The quarter was difficult for the online business because clients bought smaller things and " +
      "the assortment did not sell as well as we hoped, and the top clients were less engaged with " +
      "the site than before, which is worrying for the maison and its boutiques, the currency was " +
      "unhelpful and the channel picture is confusing, so we need to look closer at every tier.";
    expect(codes(withDiagnosis(words))).toContain("diagnosis-no-evidence");
  });

  it("wrong figures do not count as evidence", () => {
    const text = SOUND.replace(/\$?-?\$?[\d,.]+%?/g, "77");
    expect(codes(withDiagnosis(text))).toContain("diagnosis-no-evidence");
  });

  it("covering mix and sell-through only names the three traps it leaves out, with the data", () => {
    const text =
      "AOV fell from $1,800 to $1,580; mix explains -$200 of it as icons fell from 22% to 17% of " +
      "orders and entry small leather goods rose from 28% to 34%. Full-price sell-through fell from " +
      "88% to 78%, almost all rate: ready-to-wear and shoes sold through far less of what we bought, " +
      "so the problem is what we put on the site, not what we charge for it.";
    const findings = withDiagnosis(text);
    expect(codes(findings)).toEqual(["diagnosis-misses-evidence"]);
    expect(ruled(findings)[0]?.message).toMatch(
      /leaves out the channel-share denominator, the top-client shift to boutiques, the currency effect: .*boutique revenue fell faster \(-14\.6%.*−\$22\.71 of the/
    );
  });

  it("three traffic moves serve no top client and no diagnosed cause", () => {
    const findings = withMoves([
      "Cut page load time on mobile web by 30%.",
      "Double paid search budget on generic terms.",
      "Add a size guide to every product page.",
    ]);
    expect(codes(findings)).toEqual([
      "moves-no-top-client",
      "moves-miss-cause",
      "move-untied",
      "move-untied",
      "move-untied",
    ]);
    const untied = ruled(findings).filter((f) => f.code === "move-untied");
    expect(untied.map((f) => f.cells[0])).toEqual(
      [0, 1, 2].map((i) => addressOf(key, "D1_Moves", i))
    );
  });

  it("moves all for top clients leave the icon share and the allocation unanswered", () => {
    const findings = withMoves([
      "Give every SA save-the-cart with attribution for their top clients.",
      "Digital salons every month for VICs, hosted by their sales advisor.",
      "Fix click-to-DOS so top clients can book an appointment online.",
    ]);
    expect(codes(findings)).toEqual(["moves-miss-cause"]);
    expect(ruled(findings)[0]?.message).toMatch(/the icon share that fell.*or the allocation/);
  });

  it("a coach setting that is not a whole number is reported and the default is used", () => {
    const findings = checkDrill1(buildDrill1CheckModel({ D1_DiagnosisMinWords: "fifty" }));
    expect(codes(findings)).toEqual(["coach-setting-invalid"]);
    expect(ruled(findings)[0]?.cells).toEqual([addressOf(key, "D1_DiagnosisMinWords")]);
  });

  it("a coach who raises the floor above the key's length gets the key called too short", () => {
    const findings = checkDrill1(buildDrill1CheckModel({ D1_DiagnosisMinWords: 1000 }));
    expect(codes(findings)).toEqual(["diagnosis-too-short"]);
  });
});

describe("sound but unusual, which must pass", () => {
  it("figures written as 1.8k, 22 pts, 88 percent, FX and VICs", () => {
    const text =
      "AOV slid from 1.8k to 1.58k. Icons went from 22 pts to 17 pts of orders and entry SLG from " +
      "28 pts to 34 pts, so the mix carries the drop; FX explains about 23 dollars of the rate " +
      "effect. Full-price sell-through went from 88 percent to 78 percent: the allocation was too " +
      "deep in ready-to-wear. The online share of revenue only rose because the boutiques fell " +
      "faster, a denominator effect, and our VICs shifted spend in-store rather than leaving us.";
    expect(codes(withDiagnosis(text))).toEqual([]);
  });

  it("naming price cuts to rule them out is not a contradiction", () => {
    expect(
      codes(withDiagnosis(`${SOUND} This is not price cuts: the tiers held their prices.`))
    ).toEqual([]);
    expect(codes(withDiagnosis(`${SOUND} Price cuts did not drive any of it.`))).toEqual([]);
  });

  it("moves in a maison's own words, one per cause", () => {
    const findings = withMoves([
      "Put the Signature bag and the métier d'art pieces back at the front of the app, with a waitlist.",
      "Re-cut open-to-buy for Q4: less ready-to-wear depth, surplus moved to the boutiques.",
      "Each SA hosts two private viewings a month for their VICs, booked online.",
    ]);
    expect(codes(findings)).toEqual([]);
  });

  it("a diagnosis in long sentences with non-breaking spaces and a minus sign", () => {
    const text = SOUND.replace("-$200", "−$200").replace(/ /g, "\u00a0");
    expect(codes(withDiagnosis(text))).toEqual([]);
  });
});

describe("citing a figure", () => {
  it("reads $1,800, 1,800, 1.8k, −$199, 22%, 22 percent and 22 pts", () => {
    const values = citedNumbers("$1,800 1,800 1.8k −$199 22% 22 percent 22 pts $8.2M").map((n) => [
      n.value,
      n.share,
    ]);
    expect(values).toEqual([
      [1800, false],
      [1800, false],
      [1800, false],
      [-199, false],
      [22, true],
      [22, true],
      [22, true],
      [8_200_000, false],
    ]);
  });

  it("matches amounts within 1% (at least 1) and shares within half a point, signs aside", () => {
    const [n] = citedNumbers("-$200");
    expect(cites(n!, { value: -200.46, kind: "amount" })).toBe(true);
    expect(cites(n!, { value: -203, kind: "amount" })).toBe(false);
    const [p] = citedNumbers("15%");
    expect(cites(p!, { value: -0.1457, kind: "share" })).toBe(true);
    expect(cites(p!, { value: 15, kind: "amount" })).toBe(false);
  });

  it("counts words as a reader does", () => {
    expect(countWords("  AOV fell — by $220 (mix).  ")).toBe(5);
  });
});
