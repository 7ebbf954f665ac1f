import { SaxesParser, type SaxesTagNS } from "saxes";
import { PackageProblem } from "./untrustedZip";

/**
 * The one XML parser of the reader: saxes, a maintained streaming parser, with namespaces resolved
 * (`<x:c>` is `<c>` when `x` names SpreadsheetML), quoting, comments, CDATA, character references and
 * the five predefined entities as XML defines them. A document type declaration is refused: without
 * one no entity can be defined, so nothing expands. Malformed XML is a {@link PackageProblem} naming
 * the part.
 */

/** SpreadsheetML, transitional (what Excel and LibreOffice write) and strict. */
export const SPREADSHEET_NS: ReadonlySet<string> = new Set([
  "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
  "http://purl.oclc.org/ooxml/spreadsheetml/main",
]);

/** Office document relationships (the `r:id` of a `<sheet>`). */
export const RELATIONSHIP_ID_NS: ReadonlySet<string> = new Set([
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  "http://purl.oclc.org/ooxml/officeDocument/relationships",
]);

/** Package relationships (`<Relationship>` in a .rels part). */
export const PACKAGE_RELATIONSHIPS_NS =
  "http://schemas.openxmlformats.org/package/2006/relationships";

export type XmlTag = SaxesTagNS;

/**
 * Deepest element nesting accepted. SpreadsheetML nests about eight deep (worksheet, sheetData, row,
 * c, is, r, t; extensions a few more). saxes resolves a prefix by walking up the open elements, so
 * without this cap 100,000 unclosed tags cost billions of steps.
 */
export const MAX_XML_DEPTH = 64;

export type XmlHandlers = {
  open: (tag: XmlTag) => void;
  close: (tag: XmlTag) => void;
  /** Character data, entities decoded; CDATA sections arrive here too. */
  text: (text: string) => void;
};

/**
 * The value of an attribute by local name, in no namespace (`t="s"`), or in one of `namespaces`
 * (`r:id`).
 *
 * @example
 * attributeOf(tag, "id", RELATIONSHIP_ID_NS) //=> "rId3"
 */
export function attributeOf(
  tag: XmlTag,
  local: string,
  namespaces?: ReadonlySet<string>
): string | undefined {
  for (const key in tag.attributes) {
    const attribute = tag.attributes[key];
    if (!attribute || attribute.local !== local) continue;
    if (namespaces ? namespaces.has(attribute.uri) : attribute.uri === "") return attribute.value;
  }
  return undefined;
}

/** Text of a part: UTF-8 (a leading byte-order mark dropped) or UTF-16 with its mark. */
export function decodePart(part: string, bytes: Buffer): string {
  try {
    if (bytes[0] === 0xff && bytes[1] === 0xfe) {
      return new TextDecoder("utf-16le", { fatal: true }).decode(bytes.subarray(2));
    }
    if (bytes[0] === 0xfe && bytes[1] === 0xff) {
      return new TextDecoder("utf-16be", { fatal: true }).decode(bytes.subarray(2));
    }
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch (error) {
    throw new PackageProblem(`part ${part} is not text in a Unicode encoding`, { cause: error });
  }
}

/** Feeds a part's text to saxes in slices (one pass, no backtracking) and calls the handlers. */
export function walkXml(part: string, xml: string, handlers: XmlHandlers): void {
  const parser = new SaxesParser({ xmlns: true, position: true });
  const malformed = (why: string): never => {
    throw new PackageProblem(`part ${part} is not well-formed XML (${plain(why)})`);
  };
  parser.on("error", (error) => malformed(error.message));
  parser.on("doctype", () => {
    throw new PackageProblem(
      `part ${part} declares a document type, which workbook parts never do (entities are not expanded)`
    );
  });
  let depth = 0;
  parser.on("opentagstart", () => {
    depth += 1;
    if (depth > MAX_XML_DEPTH) {
      throw new PackageProblem(
        `part ${part} nests elements more than ${MAX_XML_DEPTH} deep, as no workbook part does`
      );
    }
  });
  parser.on("opentag", handlers.open);
  parser.on("closetag", (tag) => {
    depth -= 1;
    handlers.close(tag);
  });
  parser.on("text", handlers.text);
  parser.on("cdata", handlers.text);
  const SLICE = 1 << 20;
  for (let at = 0; at < xml.length; at += SLICE) parser.write(xml.slice(at, at + SLICE));
  parser.close();
}

/** saxes says "line:column: what"; the reader says it in words, kept short. */
function plain(message: string): string {
  const match = /^(\d+):(\d+):\s*([\s\S]*)$/.exec(message);
  const what = match ? `${match[3] ?? ""} at line ${match[1]}, column ${match[2]}` : message;
  return what.length > 160 ? `${what.slice(0, 159)}…` : what;
}
