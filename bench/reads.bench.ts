/* `npm run bench`: Office.js requests for the heaviest ordinary workbook (every drill populated,
 * drill 1 a second time), measured by the strict double: syncs, and the largest request and response
 * in bytes (UTF-8 JSON of what a sync sends and loads), for populate, check and prepare for sharing.
 * Excel on the web refuses either over 5 MB; reads aim under the read budget. Figures only. */
import { prepareForSharing } from "../src/excel/prepareForSharing";
import { READ_BUDGET_BYTES } from "../src/excel/readBudget";
import { readWorkbook } from "../src/excel/readWorkbook";
import { everyDrillWorkbook } from "../test/support/everyDrillWorkbook";
import { EXCEL_WEB_PAYLOAD_LIMIT, type StrictExcel } from "../test/support/strictExcel";

type Row = { job: string; syncs: number; "largest request": string; "largest response": string };

const megabytes = (bytes: number) => `${(bytes / 1e6).toFixed(3)} MB`;

async function row(excel: StrictExcel, job: string, run: () => Promise<unknown>): Promise<Row> {
  const first = excel.syncs;
  await run();
  const syncs = excel.syncLog.slice(first);
  return {
    job,
    syncs: syncs.length,
    "largest request": megabytes(Math.max(0, ...syncs.map((s) => s.requestBytes))),
    "largest response": megabytes(Math.max(0, ...syncs.map((s) => s.responseBytes))),
  };
}

it("every drill + a second drill 1: syncs and largest request and response per job", async () => {
  const { excel, populate } = await everyDrillWorkbook();
  const rows: Row[] = [
    {
      job: "populate (5 + drill 1)",
      syncs: populate.syncs,
      "largest request": megabytes(populate.largestRequest),
      "largest response": megabytes(populate.largestResponse),
    },
    await row(excel, "check (readWorkbook)", () => readWorkbook(excel.context)),
    await row(excel, "prepare for sharing", () =>
      prepareForSharing(excel.context, [], { isSetSupported: () => true })
    ),
  ];
  console.log(
    [
      `Office.js on the strict double (limit ${megabytes(EXCEL_WEB_PAYLOAD_LIMIT)} each way; read budget ${megabytes(READ_BUDGET_BYTES)})`,
      "job                      syncs   largest request   largest response",
      ...rows.map(
        (r) =>
          `${r.job.padEnd(24)} ${String(r.syncs).padStart(5)}   ${r["largest request"].padStart(15)}   ${r["largest response"].padStart(16)}`
      ),
    ].join("\n")
  );
  for (const r of rows) expect(r.syncs).toBeGreaterThan(0);
}, 300_000);
