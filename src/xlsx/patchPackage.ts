import JSZip from "jszip";
import {
  bridgeChartXml,
  drawingXml,
  escapeXml,
  type BridgeHelper,
  type ChartAnchor,
} from "./bridgeChart";

/**
 * What ExcelJS cannot write (or writes in a way Excel or LibreOffice dislike), added to the package
 * after ExcelJS: workbook names written exactly as planned, internal hyperlinks, waterfall charts as
 * DrawingML parts, and the worksheet elements in the order the schema requires.
 */

export type PackageName = { name: string; refersTo: string; comment?: string };
export type PackageLink = { ref: string; location: string; display?: string };
export type PackageChart = {
  title: string;
  anchor: ChartAnchor;
  series: BridgeHelper["series"];
  numberFormat?: string;
};
export type PackageSheetExtras = { links: PackageLink[]; charts: PackageChart[] };

const REL_DRAWING = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing";
const REL_CHART = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart";
const CT_DRAWING = "application/vnd.openxmlformats-officedocument.drawing+xml";
const CT_CHART = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";

/** Worksheet elements that follow `<hyperlinks>` in the schema's order. */
const AFTER_HYPERLINKS = [
  "printOptions",
  "pageMargins",
  "pageSetup",
  "headerFooter",
  "rowBreaks",
  "colBreaks",
  "customProperties",
  "cellWatches",
  "ignoredErrors",
  "smartTags",
  "drawing",
  "legacyDrawing",
  "legacyDrawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
];

export async function patchPackage(
  buffer: Buffer,
  names: PackageName[],
  extras: ReadonlyMap<string, PackageSheetExtras>
): Promise<Buffer> {
  const zip = await JSZip.loadAsync(buffer);
  const workbookXml = await readText(zip, "xl/workbook.xml");
  const sheetFiles = await sheetFileMap(zip, workbookXml);
  zip.file("xl/workbook.xml", addDefinedNames(workbookXml, names));

  let contentTypes = await readText(zip, "[Content_Types].xml");
  let drawingNumber = nextPartNumber(zip, /^xl\/drawings\/drawing(\d+)\.xml$/);
  let chartNumber = nextPartNumber(zip, /^xl\/charts\/chart(\d+)\.xml$/);

  for (const [sheetName, extra] of extras) {
    const sheetPath = sheetFiles.get(sheetName.toUpperCase());
    if (!sheetPath) throw new Error(`internal: sheet "${sheetName}" is not in the written package`);
    let sheetXml = await readText(zip, sheetPath);
    if (extra.links.length > 0) sheetXml = addHyperlinks(sheetXml, extra.links);
    if (extra.charts.length > 0) {
      const relsPath = sheetPath.replace(/^(.*\/)([^/]+)$/, "$1_rels/$2.rels");
      let rels = zip.file(relsPath) ? await readText(zip, relsPath) : emptyRels();
      const drawingRelId = `rId${nextRelNumber(rels)}`;
      const drawingPath = `xl/drawings/drawing${drawingNumber}.xml`;
      rels = addRelationship(
        rels,
        drawingRelId,
        REL_DRAWING,
        `../drawings/drawing${drawingNumber}.xml`
      );
      zip.file(relsPath, rels);
      contentTypes = addOverride(contentTypes, `/${drawingPath}`, CT_DRAWING);

      let drawingRels = emptyRels();
      const frames = extra.charts.map((chart, i) => {
        const relId = `rId${i + 1}`;
        const chartPath = `xl/charts/chart${chartNumber}.xml`;
        zip.file(chartPath, bridgeChartXml(chart.title, chart.series, chart.numberFormat));
        drawingRels = addRelationship(
          drawingRels,
          relId,
          REL_CHART,
          `../charts/chart${chartNumber}.xml`
        );
        contentTypes = addOverride(contentTypes, `/${chartPath}`, CT_CHART);
        chartNumber += 1;
        return { anchor: chart.anchor, relId, name: chart.title };
      });
      zip.file(drawingPath, drawingXml(frames));
      zip.file(`xl/drawings/_rels/drawing${drawingNumber}.xml.rels`, drawingRels);
      drawingNumber += 1;
      sheetXml = insertBefore(
        sheetXml,
        ["legacyDrawing", "legacyDrawingHF", "tableParts", "extLst"],
        `<drawing r:id="${drawingRelId}"/>`
      );
    }
    zip.file(sheetPath, orderTail(sheetXml));
  }
  // ExcelJS puts <tableParts> before <legacyDrawing>; Excel wants the schema order everywhere.
  const patched = new Set(Array.from(extras.keys(), (name) => sheetFiles.get(name.toUpperCase())));
  for (const path of sheetFiles.values()) {
    if (!patched.has(path)) zip.file(path, orderTail(await readText(zip, path)));
  }
  zip.file("[Content_Types].xml", contentTypes);
  return zip.generateAsync({
    type: "nodebuffer",
    compression: "DEFLATE",
    // Level 1: several times faster than the default on 100k-cell sheets, files barely larger.
    compressionOptions: { level: 1 },
  });
}

async function readText(zip: JSZip, path: string): Promise<string> {
  const file = zip.file(path);
  if (!file) throw new Error(`internal: "${path}" missing from the written package`);
  return file.async("string");
}

/** Upper-case sheet name → worksheet part path ("xl/worksheets/sheet1.xml"). */
async function sheetFileMap(zip: JSZip, workbookXml: string): Promise<Map<string, string>> {
  const rels = await readText(zip, "xl/_rels/workbook.xml.rels");
  const targets = new Map<string, string>();
  for (const match of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = attribute(match[0], "Id");
    const target = attribute(match[0], "Target");
    if (id && target) targets.set(id, target.startsWith("/") ? target.slice(1) : `xl/${target}`);
  }
  const sheets = new Map<string, string>();
  for (const match of workbookXml.matchAll(/<sheet\b[^>]*>/g)) {
    const name = attribute(match[0], "name");
    const target = targets.get(attribute(match[0], "r:id") ?? "");
    if (name !== undefined && target) sheets.set(unescapeXml(name).toUpperCase(), target);
  }
  return sheets;
}

const attributePatterns = new Map<string, RegExp>();

/** The value of attribute `name` in an XML start tag (undefined when absent), entities kept. */
export function attribute(tag: string, name: string): string | undefined {
  let pattern = attributePatterns.get(name);
  if (!pattern) {
    pattern = new RegExp(`\\s${name.replace(":", "\\:")}="([^"]*)"`);
    attributePatterns.set(name, pattern);
  }
  const match = pattern.exec(tag);
  return match ? match[1] : undefined;
}

export function unescapeXml(text: string): string {
  if (!text.includes("&")) return text;
  return text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)))
    .replace(/&#x([0-9a-fA-F]+);/g, (_, code: string) => String.fromCharCode(parseInt(code, 16)))
    .replace(/&amp;/g, "&");
}

function addDefinedNames(workbookXml: string, names: PackageName[]): string {
  if (names.length === 0) return workbookXml;
  const entries = names
    .map((name) => {
      const comment = name.comment ? ` comment="${escapeXml(name.comment)}"` : "";
      return `<definedName name="${escapeXml(name.name)}"${comment}>${escapeXml(name.refersTo.replace(/^=/, ""))}</definedName>`;
    })
    .join("");
  if (workbookXml.includes("</definedNames>"))
    return workbookXml.replace("</definedNames>", `${entries}</definedNames>`);
  if (workbookXml.includes("<definedNames/>"))
    return workbookXml.replace("<definedNames/>", `<definedNames>${entries}</definedNames>`);
  return workbookXml.replace("</sheets>", `</sheets><definedNames>${entries}</definedNames>`);
}

function addHyperlinks(sheetXml: string, links: PackageLink[]): string {
  const entries = links
    .map((link) => {
      const display = link.display ? ` display="${escapeXml(link.display)}"` : "";
      return `<hyperlink ref="${link.ref}" location="${escapeXml(link.location)}"${display}/>`;
    })
    .join("");
  if (sheetXml.includes("</hyperlinks>"))
    return sheetXml.replace("</hyperlinks>", `${entries}</hyperlinks>`);
  return insertBefore(sheetXml, AFTER_HYPERLINKS, `<hyperlinks>${entries}</hyperlinks>`);
}

/** Inserts `xml` before the first of the given elements present, else before `</worksheet>`. */
function insertBefore(sheetXml: string, elements: string[], xml: string): string {
  const afterData = sheetXml.indexOf("</sheetData>");
  let at = -1;
  for (const element of elements) {
    const index = sheetXml.indexOf(`<${element}`, afterData < 0 ? 0 : afterData);
    if (index >= 0 && (at < 0 || index < at)) at = index;
  }
  if (at < 0) at = sheetXml.lastIndexOf("</worksheet>");
  return sheetXml.slice(0, at) + xml + sheetXml.slice(at);
}

/** Puts drawing, legacyDrawing and tableParts in schema order at the end of a worksheet. */
function orderTail(sheetXml: string): string {
  const afterData = sheetXml.indexOf("</sheetData>");
  const head = sheetXml.slice(0, afterData);
  let tail = sheetXml.slice(afterData);
  const take = (pattern: RegExp): string => {
    const match = pattern.exec(tail);
    if (!match) return "";
    tail = tail.replace(match[0], "");
    return match[0];
  };
  const drawing = take(/<drawing\b[^>]*\/>/);
  const legacy = take(/<legacyDrawing\b[^>]*\/>/);
  const tables = take(/<tableParts\b[^>]*\/>|<tableParts\b[^>]*>[\s\S]*?<\/tableParts>/);
  const ordered = drawing + legacy + tables;
  if (ordered === "") return sheetXml;
  const extAt = tail.indexOf("<extLst");
  const endAt = extAt >= 0 ? extAt : tail.lastIndexOf("</worksheet>");
  return head + tail.slice(0, endAt) + ordered + tail.slice(endAt);
}

function emptyRels(): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>`
  );
}

function nextRelNumber(rels: string): number {
  let max = 0;
  for (const match of rels.matchAll(/Id="rId(\d+)"/g)) max = Math.max(max, Number(match[1]));
  return max + 1;
}

function addRelationship(rels: string, id: string, type: string, target: string): string {
  const entry = `<Relationship Id="${id}" Type="${type}" Target="${target}"/>`;
  if (rels.includes("</Relationships>"))
    return rels.replace("</Relationships>", `${entry}</Relationships>`);
  return rels.replace(/<Relationships([^>]*)\/>/, `<Relationships$1>${entry}</Relationships>`);
}

function addOverride(contentTypes: string, partName: string, contentType: string): string {
  return contentTypes.replace(
    "</Types>",
    `<Override PartName="${partName}" ContentType="${contentType}"/></Types>`
  );
}

function nextPartNumber(zip: JSZip, pattern: RegExp): number {
  let max = 0;
  zip.forEach((path) => {
    const match = pattern.exec(path);
    if (match) max = Math.max(max, Number(match[1]));
  });
  return max + 1;
}
