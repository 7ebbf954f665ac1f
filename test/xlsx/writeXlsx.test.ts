import { Workbook, type Buffer as ExcelBuffer } from "exceljs";
import JSZip from "jszip";
import { SaxesParser } from "saxes";
import { writeXlsx } from "../../src/xlsx/writeXlsx";
import { sampleDrillPlan } from "../support/samplePlans";

async function unzip(buffer: Buffer): Promise<JSZip> {
  return JSZip.loadAsync(buffer);
}

async function text(zip: JSZip, path: string): Promise<string> {
  const file = zip.file(path);
  if (!file) throw new Error(`missing part ${path}`);
  return file.async("string");
}

/** Throws when the XML is not well-formed. */
function parseXml(xml: string): void {
  const parser = new SaxesParser({ xmlns: true });
  let failure: Error | undefined;
  parser.on("error", (error) => {
    failure = error;
  });
  parser.write(xml).close();
  if (failure) throw failure;
}

async function loadBack(buffer: Buffer): Promise<Workbook> {
  const workbook = new Workbook();
  await workbook.xlsx.load(buffer as unknown as ExcelBuffer);
  return workbook;
}

/** Worksheet part path by sheet name, read from the package. */
async function sheetPart(zip: JSZip, name: string): Promise<string> {
  const workbookXml = await text(zip, "xl/workbook.xml");
  const rels = await text(zip, "xl/_rels/workbook.xml.rels");
  const escaped = name.replace(/'/g, "&apos;");
  const sheet = new RegExp(
    `<sheet [^>]*name="${escaped.replace(/[()]/g, "\\$&")}"[^>]*r:id="(rId\\d+)"`
  ).exec(workbookXml);
  if (!sheet) throw new Error(`sheet ${name} not in workbook.xml`);
  const target = new RegExp(`Id="${sheet[1]}"[^>]*Target="([^"]+)"`).exec(rels);
  if (!target) throw new Error(`no target for ${name}`);
  return `xl/${target[1]}`;
}

describe("writeXlsx", () => {
  let single: Buffer;
  let zip: JSZip;

  beforeAll(async () => {
    single = await writeXlsx([sampleDrillPlan(0)]);
    zip = await unzip(single);
  });

  it("writes values and native formulas with no cached result, and asks for a full recalculation", async () => {
    const workbook = await loadBack(single);
    const work = workbook.getWorksheet("S Work");
    expect(work?.getCell("A1").value).toBe("Quarter diagnosis");
    expect(work?.getCell("B8").value).toBe(0.18);
    expect(work?.getCell("B4").value).toEqual({ formula: "COUNTIFS('S Data'!$C$2:$C$41,\"LQ\")" });
    const xml = await text(zip, await sheetPart(zip, "S Work"));
    expect(xml).toMatch(
      /<c r="B4"[^>]*><f>COUNTIFS\(&apos;S Data&apos;!\$C\$2:\$C\$41,&quot;LQ&quot;\)<\/f><\/c>/
    );
    expect(xml).not.toMatch(/<f>[^<]*<\/f><v>/);
    expect(await text(zip, "xl/workbook.xml")).toContain('fullCalcOnLoad="1"');
  });

  it("applies number formats, and styles givens apart from the candidate's cells", async () => {
    const work = (await loadBack(single)).getWorksheet("S Work");
    expect(work?.getCell("B5").numFmt).toBe("$#,##0.00");
    expect(work?.getCell("B8").numFmt).toBe("0.0%");
    const given = work?.getCell("B5");
    const input = work?.getCell("B7");
    expect(given?.fill?.type === "pattern" ? given.fill.pattern : "none").not.toBe("solid");
    expect(input?.fill).toMatchObject({ type: "pattern", pattern: "solid" });
    expect(input?.border?.top?.style).toBe("thin");
    expect(work?.getCell("A1").font?.size).toBeGreaterThan(work?.getCell("A4").font?.size ?? 99);
    expect(work?.getCell("A11").fill).toMatchObject({ pattern: "solid" });
    expect(work?.getCell("A11").font?.bold).toBe(true);
    // Display rows are tall enough for their type; other rows keep the default height.
    expect(work?.getRow(1).height).toBe(26);
    expect(work?.getRow(11).height).toBe(18);
    expect(work?.getRow(4).height).toBeUndefined();
  });

  it("sets column widths, freeze panes, tab colours, notes and hidden sheets", async () => {
    const workbook = await loadBack(single);
    const data = workbook.getWorksheet("S Data");
    const work = workbook.getWorksheet("S Work");
    expect(data?.getColumn("B").width).toBe(14);
    expect(work?.views[0]).toMatchObject({ state: "frozen", xSplit: 1, ySplit: 3 });
    expect(data?.views[0]).toMatchObject({ state: "frozen", xSplit: 0, ySplit: 1 });
    expect(work?.properties.tabColor).toEqual({ argb: "FFA8874F" });
    expect(work?.getCell("B7").note).toBe("Pick the bridge method.");
    expect(workbook.getWorksheet("S Kept")?.state).toBe("hidden");
    expect(workbook.worksheets[0]?.state).toBe("visible");
  });

  it("writes workbook-scoped names exactly as planned, with comments", async () => {
    const workbookXml = await text(zip, "xl/workbook.xml");
    expect(workbookXml).toContain(
      '<definedName name="S_OrdersLQ">&apos;S Work&apos;!$B$4</definedName>'
    );
    expect(workbookXml).toContain(
      '<definedName name="S_AOV" comment="LQ then TQ">&apos;S Work&apos;!$B$5:$B$6</definedName>'
    );
    expect(workbookXml).not.toMatch(/localSheetId/);
    parseXml(workbookXml);
  });

  it("writes Excel tables over the planned range with the header row's names", async () => {
    const table = await text(zip, "xl/tables/table1.xml");
    expect(table).toMatch(/name="SOrders"/);
    expect(table).toMatch(/ref="A1:D41"/);
    expect(table).toMatch(/<tableColumn [^>]*name="Revenue"/);
    expect(table).toMatch(/TableStyleLight1/);
  });

  it("writes list, decimal and whole-number validation", async () => {
    const xml = await text(zip, await sheetPart(zip, "S Work"));
    expect(xml).toMatch(
      /<dataValidation type="list"[^>]*sqref="B7"><formula1>&quot;midpoint,mix-first,rate-first,three-way&quot;<\/formula1>/
    );
    expect(xml).toMatch(
      /<dataValidation type="decimal"[^>]*sqref="B8"><formula1>0<\/formula1><formula2>1<\/formula2>/
    );
    expect(xml).toMatch(
      /<dataValidation type="whole"[^>]*sqref="C4:C6"><formula1>1<\/formula1><formula2>5<\/formula2>/
    );
  });

  it("puts a list too long for an inline validation on the hidden helper sheet", async () => {
    const plan = sampleDrillPlan(0);
    const values = Array.from(
      { length: 40 },
      (_, i) => `Behavioural question number ${i + 1}, with a comma`
    );
    const work = plan.sheets[1];
    if (!work) throw new Error("sample plan changed");
    const withLongList = {
      ...plan,
      sheets: [
        plan.sheets[0],
        { ...work, validations: [{ range: "C7", kind: "list" as const, values }] },
      ],
    };
    const buffer = await writeXlsx([withLongList as typeof plan]);
    const packageZip = await unzip(buffer);
    const xml = await text(packageZip, await sheetPart(packageZip, "S Work"));
    expect(xml).toMatch(/<formula1>&apos;Helpers&apos;!\$[A-Z]+\$1:\$[A-Z]+\$40<\/formula1>/);
    const helpers = (await loadBack(buffer)).getWorksheet("Helpers");
    expect(helpers?.state).toBe("hidden");
  });

  it("writes internal links as hyperlinks with a location and no external relationship", async () => {
    const path = await sheetPart(zip, "S Work");
    const xml = await text(zip, path);
    expect(xml).toContain(
      '<hyperlink ref="A9" location="&apos;S Data&apos;!A1" display="Go to data"/>'
    );
    const rels = await text(zip, path.replace("worksheets/", "worksheets/_rels/") + ".rels");
    expect(rels).not.toMatch(/TargetMode="External"/);
    // Schema order: hyperlinks before pageMargins; drawing, legacyDrawing, tableParts at the end.
    expect(xml.indexOf("<hyperlinks>")).toBeLessThan(xml.indexOf("<pageMargins"));
    expect(xml.indexOf("<drawing ")).toBeLessThan(xml.indexOf("<legacyDrawing"));
  });

  it("keeps tableParts after legacyDrawing, as the schema orders them", async () => {
    const plan = sampleDrillPlan(0);
    const data = plan.sheets[0];
    if (!data) throw new Error("sample plan changed");
    const noted = {
      ...plan,
      sheets: [
        {
          ...data,
          blocks: [
            ...data.blocks,
            { at: "F1", rows: [[{ value: "see note", note: "a note on a table sheet" }]] },
          ],
        },
      ],
      names: [],
    };
    const packageZip = await unzip(await writeXlsx([noted]));
    const xml = await text(packageZip, await sheetPart(packageZip, "S Data"));
    expect(xml.indexOf("<legacyDrawing")).toBeGreaterThan(0);
    expect(xml.indexOf("<legacyDrawing")).toBeLessThan(xml.indexOf("<tableParts"));
  });

  it("adds each waterfall as a well-formed stacked-column chart with an invisible base series", async () => {
    const contentTypes = await text(zip, "[Content_Types].xml");
    expect(contentTypes).toContain(
      '<Override PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>'
    );
    expect(contentTypes).toContain(
      '<Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>'
    );
    const sheetPath = await sheetPart(zip, "S Work");
    const sheetRels = await text(
      zip,
      sheetPath.replace("worksheets/", "worksheets/_rels/") + ".rels"
    );
    const drawingRel =
      /Id="(rId\d+)" Type="[^"]+\/drawing" Target="..\/drawings\/drawing1.xml"/.exec(sheetRels);
    expect(drawingRel).not.toBeNull();
    expect(await text(zip, sheetPath)).toContain(`<drawing r:id="${drawingRel?.[1]}"/>`);
    const drawing = await text(zip, "xl/drawings/drawing1.xml");
    expect(drawing).toMatch(
      /<xdr:from><xdr:col>3<\/xdr:col><xdr:colOff>0<\/xdr:colOff><xdr:row>2<\/xdr:row>/
    );
    expect(await text(zip, "xl/drawings/_rels/drawing1.xml.rels")).toContain(
      'Target="../charts/chart1.xml"'
    );
    const chart = await text(zip, "xl/charts/chart1.xml");
    for (const xml of [chart, drawing, sheetRels, contentTypes, await text(zip, sheetPath)])
      parseXml(xml);
    expect(chart).toContain('<c:grouping val="stacked"/>');
    expect(chart).toContain('<c:overlap val="100"/>');
    expect(chart).toMatch(/<c:tx><c:v>Base<\/c:v><\/c:tx><c:spPr><a:noFill\/>/);
    expect(chart).toContain("<c:f>&apos;Helpers&apos;!$A$2:$A$5</c:f>");
    expect(chart).toContain("<a:t>AOV bridge</a:t>");
  });

  it("computes the waterfall's base, down, up and total with native formulas from the source", async () => {
    const helpers = (await loadBack(single)).getWorksheet("Helpers");
    expect(helpers?.state).toBe("hidden");
    // The domain's helper layout: Bridge, Base, Down, Up, Total (what the chart plots), Value, Level.
    expect(helpers?.getCell("A2").value).toEqual({ formula: "\"\"&'S Work'!$A$12" });
    expect(helpers?.getCell("F3").value).toEqual({ formula: "IFERROR(N('S Work'!$B$13),0)" });
    expect(helpers?.getCell("G3").value).toEqual({ formula: "G2+F3" });
    expect(helpers?.getCell("B3").value).toEqual({ formula: "MIN(G2,G3)" });
    expect(helpers?.getCell("C3").value).toEqual({ formula: "MAX(-F3,0)" });
    expect(helpers?.getCell("D3").value).toEqual({ formula: "MAX(F3,0)" });
    expect(helpers?.getCell("E5").value).toEqual({ formula: "F5" });
    expect(helpers?.getCell("B5").value).toBe(0);
  });

  it("renames colliding sheets and tables and rewrites every reference of the later plan", async () => {
    const buffer = await writeXlsx([sampleDrillPlan(0), sampleDrillPlan(1)]);
    const workbook = await loadBack(buffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      "S Data",
      "S Work",
      "S Kept",
      "S Data (2)",
      "S Work (2)",
      "S Kept (2)",
      "Helpers",
    ]);
    const second = workbook.getWorksheet("S Work (2)");
    expect(second?.getCell("B4").value).toEqual({
      formula: "COUNTIFS('S Data (2)'!$C$2:$C$41,\"LQ\")",
    });
    expect(second?.getCell("B6").value).toEqual({
      formula:
        'SUMIFS(SOrders_2[Revenue],SOrders_2[Quarter],"TQ")/COUNTIFS(SOrders_2[Quarter],"TQ")',
    });
    expect(workbook.getWorksheet("S Kept (2)")?.getCell("B1").value).toEqual({
      formula: "'S Work (2)'!B5*2",
    });
    // The first copy is untouched.
    expect(workbook.getWorksheet("S Work")?.getCell("B4").value).toEqual({
      formula: "COUNTIFS('S Data'!$C$2:$C$41,\"LQ\")",
    });
    const packageZip = await unzip(buffer);
    const workbookXml = await text(packageZip, "xl/workbook.xml");
    // Names are re-pointed to the newest copy, once each.
    expect(workbookXml.match(/name="S_OrdersLQ"/g)).toHaveLength(1);
    expect(workbookXml).toContain(
      '<definedName name="S_OrdersLQ">&apos;S Work (2)&apos;!$B$4</definedName>'
    );
    expect(await text(packageZip, "xl/tables/table2.xml")).toMatch(/name="SOrders_2"/);
    const secondSheet = await text(packageZip, await sheetPart(packageZip, "S Work (2)"));
    expect(secondSheet).toContain('location="&apos;S Data (2)&apos;!A1"');
    const charts = [
      await text(packageZip, "xl/charts/chart1.xml"),
      await text(packageZip, "xl/charts/chart2.xml"),
    ];
    const helpers = workbook.getWorksheet("Helpers");
    expect(helpers?.getCell("A8").value).toEqual({ formula: "\"\"&'S Work (2)'!$A$12" });
    expect(charts[1]).toContain("<c:f>&apos;Helpers&apos;!$A$8:$A$11</c:f>");
  });

  it("never takes the name of a sheet or table the target workbook already has", async () => {
    const buffer = await writeXlsx([sampleDrillPlan(0)], {
      occupied: { sheets: ["s data", "Helpers"], tables: ["SORDERS"] },
    });
    const workbook = await loadBack(buffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      "S Data (2)",
      "S Work",
      "S Kept",
      "Helpers (2)",
    ]);
    expect(workbook.getWorksheet("S Work")?.getCell("B4").value).toEqual({
      formula: "COUNTIFS('S Data (2)'!$C$2:$C$41,\"LQ\")",
    });
  });

  it("reports progress and does not mutate the plans it renders", async () => {
    const plans = [sampleDrillPlan(0), sampleDrillPlan(1)];
    const before = JSON.stringify(plans);
    const messages: string[] = [];
    await writeXlsx(plans, { onProgress: (message) => messages.push(message) });
    expect(JSON.stringify(plans)).toBe(before);
    expect(messages[0]).toMatch(/drill 1 \(seed 0/);
    expect(messages.length).toBeGreaterThanOrEqual(3);
  });

  it("refuses to write NaN or Infinity, naming the cell", async () => {
    const plan = sampleDrillPlan(0);
    const broken = {
      ...plan,
      sheets: [
        { name: "S Work", blocks: [{ at: "C3", rows: [[{ value: 1 }, { value: Number.NaN }]] }] },
      ],
      names: [],
    };
    await expect(writeXlsx([broken])).rejects.toThrow(
      "S Work!D3: NaN is not a number a spreadsheet can hold"
    );
  });

  it("rejects a chart whose source is not two columns with clear words", async () => {
    const plan = sampleDrillPlan(0);
    const work = plan.sheets[1];
    if (!work) throw new Error("sample plan changed");
    const bad = {
      ...plan,
      sheets: [
        {
          ...work,
          charts: [
            {
              kind: "waterfall" as const,
              title: "Bad",
              source: "'S Work'!$A$12:$A$15",
              at: "D3",
              widthCells: 4,
              heightCells: 4,
            },
          ],
        },
      ],
      names: [],
    };
    await expect(writeXlsx([bad])).rejects.toThrow(/must be two columns/);
  });
});
