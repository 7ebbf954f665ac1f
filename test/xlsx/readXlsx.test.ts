import { Workbook } from "exceljs";
import JSZip from "jszip";
import { readXlsx, XlsxReadError } from "../../src/xlsx/readXlsx";
import { writeXlsx } from "../../src/xlsx/writeXlsx";
import { sampleDrillPlan } from "../support/samplePlans";

async function excelBuffer(build: (workbook: Workbook) => void): Promise<Buffer> {
  const workbook = new Workbook();
  build(workbook);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

async function replaceInPart(
  buffer: Buffer,
  path: string,
  edit: (xml: string) => string
): Promise<Buffer> {
  const zip = await JSZip.loadAsync(buffer);
  const xml = await zip.file(path)?.async("string");
  if (xml === undefined) throw new Error(`missing ${path}`);
  zip.file(path, edit(xml));
  return zip.generateAsync({ type: "nodebuffer" });
}

describe("readXlsx", () => {
  it("round-trips a written plan: values, formulas by address, resolved names", async () => {
    const model = await readXlsx(await writeXlsx([sampleDrillPlan(0)]));
    expect(model.sheets.map((sheet) => sheet.name)).toEqual([
      "S Data",
      "S Work",
      "S Kept",
      "Helpers",
    ]);
    const work = model.sheets[1]?.cells;
    expect(work?.get("A1")).toEqual({ value: "Quarter diagnosis" });
    expect(work?.get("B8")).toEqual({ value: 0.18 });
    expect(work?.get("B4")).toEqual({
      value: null,
      formula: "=COUNTIFS('S Data'!$C$2:$C$41,\"LQ\")",
    });
    expect(work?.get("A10")).toBeUndefined();
    expect(model.sheets[0]?.cells.get("D2")).toEqual({ value: 500.25 });
    expect(model.names.get("S_AOV")).toEqual({
      name: "S_AOV",
      refersTo: "'S Work'!$B$5:$B$6",
      target: { sheet: "S Work", range: "B5:B6" },
    });
    expect(model.names.get("S_ORDERSLQ")?.target).toEqual({ sheet: "S Work", range: "B4" });
  });

  it("says when formulas carry no saved results, and when they do", async () => {
    const unsaved = await readXlsx(await writeXlsx([sampleDrillPlan(0)]));
    expect(unsaved.formulaValuesKnown).toBe(false);
    const saved = await readXlsx(
      await excelBuffer((workbook) => {
        const sheet = workbook.addWorksheet("D3 Work");
        sheet.getCell("A1").value = 2;
        sheet.getCell("A2").value = { formula: "A1*3", result: 6 };
        sheet.getCell("A3").value = { formula: "A1/0", result: { error: "#DIV/0!" } };
        sheet.getCell("A4").value = { formula: "A1>1", result: true };
      })
    );
    expect(saved.formulaValuesKnown).toBe(true);
    const cells = saved.sheets[0]?.cells;
    expect(cells?.get("A2")).toEqual({ value: 6, formula: "=A1*3" });
    expect(cells?.get("A3")).toEqual({ value: { error: "#DIV/0!" }, formula: "=A1/0" });
    expect(cells?.get("A4")).toEqual({ value: true, formula: "=A1>1" });
    const noFormulas = await readXlsx(
      await excelBuffer((workbook) => {
        workbook.addWorksheet("Plain").getCell("B2").value = "text";
      })
    );
    expect(noFormulas.formulaValuesKnown).toBe(true);
  });

  it("keeps saved results that are zero, false or empty text (as LibreOffice and Excel save them)", async () => {
    const written = await excelBuffer((workbook) => {
      const sheet = workbook.addWorksheet("D3 Model");
      sheet.getCell("A1").value = 2;
      sheet.getCell("A2").value = { formula: "A1*0" };
      sheet.getCell("A3").value = { formula: "A1>5" };
      sheet.getCell("A4").value = { formula: 'IF(A1>5,"x","")' };
    });
    const saved = await replaceInPart(written, "xl/worksheets/sheet1.xml", (xml) =>
      xml
        .replace(/<c r="A2"([^>]*)><f>A1\*0<\/f><\/c>/, '<c r="A2"$1><f>A1*0</f><v>0</v></c>')
        .replace(
          /<c r="A3"([^>]*)><f>A1&gt;5<\/f><\/c>/,
          '<c r="A3"$1 t="b"><f>A1&gt;5</f><v>0</v></c>'
        )
        .replace(
          /<c r="A4"([^>]*)><f>([^<]*)<\/f><\/c>/,
          '<c r="A4"$1 t="str"><f>$2</f><v></v></c>'
        )
    );
    expect(
      await (await JSZip.loadAsync(saved)).file("xl/worksheets/sheet1.xml")?.async("string")
    ).toContain("<v>0</v>");
    const model = await readXlsx(saved);
    const cells = model.sheets[0]?.cells;
    expect(cells?.get("A2")).toEqual({ value: 0, formula: "=A1*0" });
    expect(cells?.get("A3")).toEqual({ value: false, formula: "=A1>5" });
    expect(cells?.get("A4")).toEqual({ value: "", formula: '=IF(A1>5,"x","")' });
    expect(model.formulaValuesKnown).toBe(true);
  });

  it("reads error values, rich text, links and dates as plain values", async () => {
    const model = await readXlsx(
      await excelBuffer((workbook) => {
        const sheet = workbook.addWorksheet("Odd");
        sheet.getCell("A1").value = { error: "#N/A" } as never;
        sheet.getCell("A2").value = { richText: [{ text: "Save-" }, { text: "the-cart" }] };
        sheet.getCell("A3").value = { text: "site", hyperlink: "https://example.com" };
        sheet.getCell("A4").value = new Date(Date.UTC(2026, 0, 1));
        sheet.getCell("A4").numFmt = "yyyy-mm-dd";
      })
    );
    const cells = model.sheets[0]?.cells;
    expect(cells?.get("A1")).toEqual({ value: { error: "#N/A" } });
    expect(cells?.get("A2")).toEqual({ value: "Save-the-cart" });
    expect(cells?.get("A3")).toEqual({ value: "site" });
    expect(cells?.get("A4")).toEqual({ value: 46023 });
  });

  it("reads inline strings without their phonetic guides, and OOXML character escapes", async () => {
    const written = await excelBuffer((workbook) => {
      const sheet = workbook.addWorksheet("Log");
      sheet.getCell("A1").value = "placeholder";
      sheet.getCell("B1").value = 1;
    });
    const inline = await replaceInPart(written, "xl/worksheets/sheet1.xml", (xml) =>
      xml.replace(
        /<c r="B1"([^>]*)><v>1<\/v><\/c>/,
        '<c r="B1" t="inlineStr"><is><r><t>Line one_x000D_</t></r><r><t xml:space="preserve"> &amp; two</t></r>' +
          '<rPh sb="0" eb="1"><t>ignored</t></rPh></is></c>'
      )
    );
    const cells = (await readXlsx(inline)).sheets[0]?.cells;
    expect(cells?.get("A1")).toEqual({ value: "placeholder" });
    expect(cells?.get("B1")).toEqual({ value: "Line one\r & two" });
  });

  it("expands shared formulas to each cell's own A1 formula", async () => {
    const buffer = await excelBuffer((workbook) => {
      const sheet = workbook.addWorksheet("D3 Work");
      sheet.getCell("B1").value = 10;
      sheet.getCell("C1").value = 20;
      sheet.getCell("D1").value = 30;
      sheet.getCell("B2").value = {
        formula: "B1*$A$9+'D3 Work'!B$1",
        shareType: "shared",
        ref: "B2:D2",
        result: 1,
      } as never;
      sheet.getCell("C2").value = { sharedFormula: "B2", result: 2 } as never;
      sheet.getCell("D2").value = { sharedFormula: "B2", result: 3 } as never;
    });
    const sheetXml = await (
      await JSZip.loadAsync(buffer)
    )
      .file("xl/worksheets/sheet1.xml")
      ?.async("string");
    expect(sheetXml).toMatch(/<c r="C2"><f t="shared" si="0"\/><v>2<\/v><\/c>/);
    const cells = (await readXlsx(buffer)).sheets[0]?.cells;
    expect(cells?.get("B2")).toEqual({ value: 1, formula: "=B1*$A$9+'D3 Work'!B$1" });
    expect(cells?.get("C2")).toEqual({ value: 2, formula: "=C1*$A$9+'D3 Work'!C$1" });
    expect(cells?.get("D2")).toEqual({ value: 3, formula: "=D1*$A$9+'D3 Work'!D$1" });
  });

  it("keeps names that point at #REF! or a missing sheet, without a target", async () => {
    const written = await writeXlsx([sampleDrillPlan(0)]);
    const broken = await replaceInPart(written, "xl/workbook.xml", (xml) =>
      xml
        .replace(/(<definedName name="S_AOV"[^>]*>)[^<]*/, "$1#REF!")
        .replace(/(<definedName name="S_Method"[^>]*>)[^<]*/, "$1&apos;Gone Sheet&apos;!$B$7")
        .replace(/(<definedName name="S_Revenue"[^>]*>)[^<]*/, "$1&apos;S Data&apos;!#REF!")
        .replace(
          "</definedNames>",
          '<definedName name="Local" localSheetId="0">&apos;S Data&apos;!$A$1</definedName></definedNames>'
        )
    );
    const model = await readXlsx(broken);
    expect(model.names.get("S_AOV")).toEqual({ name: "S_AOV", refersTo: "#REF!" });
    expect(model.names.get("S_METHOD")).toEqual({
      name: "S_Method",
      refersTo: "'Gone Sheet'!$B$7",
    });
    expect(model.names.get("S_REVENUE")).toEqual({ name: "S_Revenue", refersTo: "'S Data'!#REF!" });
    expect(model.names.has("LOCAL")).toBe(false);
    expect(model.names.get("S_ORDERSLQ")?.target).toEqual({ sheet: "S Work", range: "B4" });
  });

  it("resolves a name to the sheet's own spelling and accepts unquoted sheet names", async () => {
    const buffer = await excelBuffer((workbook) => {
      workbook.addWorksheet("Review").getCell("A1").value = 1;
    });
    const named = await replaceInPart(buffer, "xl/workbook.xml", (xml) =>
      xml.replace(
        "</sheets>",
        '</sheets><definedNames><definedName name="R_First">REVIEW!$A$1</definedName></definedNames>'
      )
    );
    expect((await readXlsx(named)).names.get("R_FIRST")?.target).toEqual({
      sheet: "Review",
      range: "A1",
    });
  });

  it("rejects a file that is not an .xlsx workbook with a clear error", async () => {
    await expect(readXlsx(Buffer.from("this is a CSV, not a workbook\n1,2,3"))).rejects.toThrow(
      XlsxReadError
    );
    await expect(readXlsx(Buffer.from("plain text"))).rejects.toMatchObject({
      code: "unreadable-file",
    });
    const zip = new JSZip();
    zip.file("hello.txt", "hi");
    await expect(readXlsx(await zip.generateAsync({ type: "nodebuffer" }))).rejects.toThrow(
      /not a readable \.xlsx workbook/
    );
  });

  it("finds the workbook part where the package's relationships put it", async () => {
    const original = await writeXlsx([sampleDrillPlan(0)]);
    const zip = await JSZip.loadAsync(original);
    const moved = new JSZip();
    for (const [path, entry] of Object.entries(zip.files)) {
      if (entry.dir) continue;
      let data: string | Buffer = await entry.async("nodebuffer");
      if (path === "_rels/.rels" || path === "[Content_Types].xml")
        data = data.toString("utf8").replace(/\/?xl\//g, (m) => m.replace("xl", "book"));
      moved.file(path.replace(/^xl\//, "book/"), data);
    }
    const buffer = await moved.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
    const model = await readXlsx(buffer);
    expect(model.sheets.map((sheet) => sheet.name)).toEqual(
      (await readXlsx(original)).sheets.map((sheet) => sheet.name)
    );
    expect(model.sheets[1]?.cells.get("A1")).toEqual({ value: "Quarter diagnosis" });
  });

  it("refuses a package whose relationships name no workbook part", async () => {
    const buffer = await replaceInPart(
      await writeXlsx([sampleDrillPlan(0)]),
      "_rels/.rels",
      (xml) => xml.replace(/officeDocument"/g, 'somethingElse"')
    );
    await expect(readXlsx(buffer)).rejects.toThrow(
      "not a readable .xlsx workbook (part _rels/.rels names no workbook part)"
    );
  });
});
