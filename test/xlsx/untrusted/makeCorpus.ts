import { mkdirSync, writeFileSync } from "fs";
import { join } from "path";
import { deflateRawSync } from "zlib";
import { type CraftEntry, craftZip } from "./craftZip";

/**
 * The crafted-file corpus of the untrusted reader, built from code: each file with the outcome the
 * reader must give (refused with a plain reason, or read with these cells). `writeCorpus(dir)` writes
 * them for a child process with a capped heap (test/xlsx/untrusted/corpus.test.ts, bench/).
 */

export type CorpusExpectation =
  | { kind: "refused"; reason: RegExp }
  | {
      kind: "read";
      cells: Record<string, { value: unknown; formula?: string }>;
      /** The child reads every formula; the shared-formula budget is then exceeded. */
      budgetExceeded?: boolean;
    };

export type CorpusFile = { name: string; bytes: Buffer; expect: CorpusExpectation; why: string };

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG = "http://schemas.openxmlformats.org/package/2006/relationships";
const WORKSHEET = `${R}/worksheet`;
const SHARED = `${R}/sharedStrings`;

const workbookXml = (sheets = `<sheet name="Data" sheetId="1" r:id="rId1"/>`): string =>
  `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${MAIN}" xmlns:r="${R}"><sheets>${sheets}</sheets></workbook>`;

const relsXml = (
  extra = `<Relationship Id="rId2" Type="${SHARED}" Target="sharedStrings.xml"/>`
): string =>
  `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${WORKSHEET}" Target="worksheets/sheet1.xml"/>${extra}</Relationships>`;

const sheetXml = (rows: string): string =>
  `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${MAIN}"><sheetData>${rows}</sheetData></worksheet>`;

const SHARED_STRINGS = `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="${MAIN}"><si><t>text</t></si></sst>`;
const OK_ROWS = `<row r="1"><c r="A1"><v>1</v></c><c r="B1" t="s"><v>0</v></c></row>`;

/** A minimal valid workbook's parts, any of which a crafted file replaces. */
function parts(overrides: Partial<Record<string, string | CraftEntry>> = {}): CraftEntry[] {
  const base: Record<string, string> = {
    "[Content_Types].xml": `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>`,
    "xl/workbook.xml": workbookXml(),
    "xl/_rels/workbook.xml.rels": relsXml(),
    "xl/worksheets/sheet1.xml": sheetXml(OK_ROWS),
    "xl/sharedStrings.xml": SHARED_STRINGS,
  };
  const names = new Set([...Object.keys(base), ...Object.keys(overrides)]);
  const entries: CraftEntry[] = [];
  for (const name of names) {
    const override = overrides[name];
    if (override === undefined && name in overrides) continue;
    if (typeof override === "object") entries.push(override);
    else entries.push({ name, data: override ?? (base[name] as string) });
  }
  return entries;
}

/** A part that inflates to `bytes` of one repeated byte: deflate's best ratio, about 1000:1. */
function bomb(name: string, bytes: number): CraftEntry {
  const chunk = Buffer.alloc(1 << 20, 0x20);
  const stream = deflateRawSync(Buffer.concat(Array.from({ length: bytes >> 20 }, () => chunk)));
  return { name, data: "", compressed: stream, lie: { size: 1000, crc: 0 } };
}

const plainRead = { A1: { value: 1 }, B1: { value: "text" } };

export function makeCorpus(): CorpusFile[] {
  const corpus: CorpusFile[] = [];
  const add = (name: string, why: string, bytes: Buffer, expect: CorpusExpectation): void => {
    corpus.push({ name, why, bytes, expect });
  };
  const refused = (reason: RegExp): CorpusExpectation => ({ kind: "refused", reason });

  add("plain.xlsx", "a minimal valid workbook", craftZip(parts()), {
    kind: "read",
    cells: plainRead,
  });

  add(
    "namespace-prefixes.xlsx",
    "SpreadsheetML under a prefix (<x:c>), as some producers write it",
    craftZip(
      parts({
        "xl/worksheets/sheet1.xml": `<?xml version="1.0"?><x:worksheet xmlns:x="${MAIN}"><x:sheetData><x:row r="1"><x:c r="A1"><x:v>5</x:v></x:c><x:c r="B1" t="s"><x:v>0</x:v></x:c></x:row></x:sheetData></x:worksheet>`,
        "xl/workbook.xml": `<?xml version="1.0"?><s:workbook xmlns:s="${MAIN}" xmlns:rel="${R}"><s:sheets><s:sheet name="Data" sheetId="1" rel:id="rId1"/></s:sheets></s:workbook>`,
      })
    ),
    { kind: "read", cells: { A1: { value: 5 }, B1: { value: "text" } } }
  );

  add(
    "quotes-comments-cdata.xlsx",
    "single-quoted attributes, comments, CDATA and character references",
    craftZip(
      parts({
        "xl/worksheets/sheet1.xml": sheetXml(
          `<!-- <c r="Z9"><v>9</v></c> --><row r='1'><c r='A1' t='str'><f>"a"&amp;"b"</f><v><![CDATA[a<b]]></v></c>` +
            `<c r='B1'><!-- note --><v>&#50;</v></c></row>`
        ),
      })
    ),
    { kind: "read", cells: { A1: { value: "a<b", formula: '="a"&"b"' }, B1: { value: 2 } } }
  );

  add(
    "zip-bomb.xlsx",
    "a sheet that inflates to 400 MB of spaces from 400 KB",
    craftZip(parts({ "xl/worksheets/sheet1.xml": bomb("xl/worksheets/sheet1.xml", 400 << 20) })),
    refused(/part xl\/worksheets\/sheet1\.xml is too large to read/)
  );

  add(
    "part-listed-twice.xlsx",
    "the sheet part listed twice, with different contents",
    craftZip([
      ...parts(),
      {
        name: "xl/worksheets/sheet1.xml",
        data: sheetXml(`<row r="1"><c r="A1"><v>666</v></c></row>`),
      },
    ]),
    refused(/lists the part xl\/worksheets\/sheet1\.xml twice/)
  );

  add(
    "part-listed-twice-case.xlsx",
    "the same part under two spellings (part names ignore case)",
    craftZip([...parts(), { name: "XL/Worksheets/Sheet1.xml", data: sheetXml("") }]),
    refused(/lists the part XL\/Worksheets\/Sheet1\.xml twice/)
  );

  add(
    "unclosed-tags.xlsx",
    "100,000 unclosed <c> tags (a regex reader rescans to the end on each)",
    craftZip(
      parts({ "xl/worksheets/sheet1.xml": sheetXml(`<row r="1">${'<c r="A1">'.repeat(100_000)}`) })
    ),
    refused(/sheet1\.xml nests elements more than 64 deep/)
  );

  const quotes = '"'.repeat(60_000);
  add(
    "unclosed-row.xlsx",
    "a row and a cell left open at the end of the part",
    craftZip(parts({ "xl/worksheets/sheet1.xml": sheetXml(`<row r="1"><c r="A1"><v>1</v>`) })),
    refused(/sheet1\.xml is not well-formed XML/)
  );

  add(
    "quote-run.xlsx",
    "a formula of 60,000 quotes (the lexer must stay linear) and an attribute of quotes",
    craftZip(
      parts({
        "xl/worksheets/sheet1.xml": sheetXml(
          `<row r="1"><c r="A1"><f>_xlfn.IFS(${quotes.replace(/"/g, "&quot;")})</f><v>1</v></c>` +
            `<c r="B1" t="s" s='${quotes.replace(/"/g, "&quot;")}'><v>0</v></c></row>`
        ),
      })
    ),
    {
      kind: "read",
      cells: { A1: { value: 1, formula: `=IFS(${quotes})` }, B1: { value: "text" } },
    }
  );

  const master = `SUM(${Array.from({ length: 1000 }, (_, i) => `A${i + 1}`).join(",")})`;
  const sharedRows = [
    `<row r="1"><c r="B1"><f t="shared" si="0" ref="B1:B100000">${master}</f><v>1</v></c></row>`,
  ];
  for (let row = 2; row <= 100_000; row += 1) {
    sharedRows.push(`<row r="${row}"><c r="B${row}"><f t="shared" si="0"/><v>1</v></c></row>`);
  }
  add(
    "huge-shared-formula.xlsx",
    "a 6,000-character formula shared over 100,000 cells (600 M characters if all expanded)",
    craftZip(parts({ "xl/worksheets/sheet1.xml": sheetXml(sharedRows.join("")) })),
    {
      kind: "read",
      cells: { B1: { value: 1, formula: `=${master}` } },
      budgetExceeded: true,
    }
  );

  const good = craftZip(parts());
  add(
    "truncated.xlsx",
    "the package cut in half",
    good.subarray(0, good.length >> 1),
    refused(/not a zip package/)
  );
  add(
    "truncated-part.xlsx",
    "a sheet part whose deflate stream stops early",
    craftZip(
      parts({
        "xl/worksheets/sheet1.xml": {
          name: "xl/worksheets/sheet1.xml",
          data: sheetXml(OK_ROWS),
          compressed: deflateRawSync(sheetXml(OK_ROWS)).subarray(0, 20),
        },
      })
    ),
    refused(/sheet1\.xml is damaged/)
  );
  add(
    "size-lie.xlsx",
    "a part that declares 10 bytes and holds more",
    craftZip(
      parts({
        "xl/worksheets/sheet1.xml": {
          name: "xl/worksheets/sheet1.xml",
          data: sheetXml(OK_ROWS),
          lie: { size: 10 },
        },
      })
    ),
    refused(/sheet1\.xml is damaged \(it declares 10 bytes and holds \d+\)/)
  );
  add(
    "checksum-lie.xlsx",
    "a part whose CRC-32 does not match",
    craftZip(
      parts({
        "xl/workbook.xml": { name: "xl/workbook.xml", data: workbookXml(), lie: { crc: 12345 } },
      })
    ),
    refused(/workbook\.xml is damaged \(its checksum does not match\)/)
  );
  add(
    "compressed-size-lie.xlsx",
    "a part whose compressed size runs past the end of the file",
    craftZip(
      parts({
        "xl/workbook.xml": {
          name: "xl/workbook.xml",
          data: workbookXml(),
          lie: { compressedSize: 50_000_000 },
        },
      })
    ),
    refused(/workbook\.xml is cut short/)
  );

  add(
    "damaged-workbook-part.xlsx",
    "workbook.xml cut mid-tag (once judged, exit 0)",
    craftZip(parts({ "xl/workbook.xml": workbookXml().slice(0, 150) })),
    refused(/part xl\/workbook\.xml is not well-formed XML/)
  );
  add(
    "missing-relationships.xlsx",
    "no workbook relationships part (once 'not a drill', blamed on the file's content)",
    craftZip(parts({ "xl/_rels/workbook.xml.rels": undefined })),
    refused(/no workbook relationships part/)
  );
  add(
    "missing-sheet-part.xlsx",
    "a sheet whose part is not in the package",
    craftZip(parts({ "xl/worksheets/sheet1.xml": undefined })),
    refused(/sheet "Data" has no part xl\/worksheets\/sheet1\.xml/)
  );
  add(
    "entity-expansion.xlsx",
    "a billion-laughs document type in the shared strings",
    craftZip(
      parts({
        "xl/sharedStrings.xml": `<?xml version="1.0"?><!DOCTYPE sst [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]><sst xmlns="${MAIN}"><si><t>&c;</t></si></sst>`,
      })
    ),
    refused(/sharedStrings\.xml declares a document type/)
  );
  add(
    "too-many-entries.xlsx",
    "3,000 empty entries",
    craftZip([
      ...parts(),
      ...Array.from({ length: 3000 }, (_, i) => ({ name: `x/${i}.bin`, data: "" })),
    ]),
    refused(/lists 3005 parts, more than 2000/)
  );
  add(
    "control-characters.xlsx",
    "a sheet name and cell text carrying terminal escapes",
    craftZip(
      parts({
        "xl/workbook.xml": workbookXml(
          `<sheet name="Data_x001B_&#x202E;" sheetId="1" r:id="rId1"/>`
        ),
        "xl/worksheets/sheet1.xml": sheetXml(
          `<row r="1"><c r="A1" t="inlineStr"><is><t>_x001B_[2Jbell_x0007_</t></is></c></row>`
        ),
      })
    ),
    { kind: "read", cells: { A1: { value: "\u001b[2Jbell\u0007" } } }
  );
  add(
    "not-utf8.xlsx",
    "a sheet part of invalid UTF-8 bytes",
    craftZip(
      parts({
        "xl/worksheets/sheet1.xml": {
          name: "xl/worksheets/sheet1.xml",
          data: Buffer.from([0x3c, 0x61, 0xff, 0xfe, 0xfd, 0x3e]),
        },
      })
    ),
    refused(/sheet1\.xml is not text in a Unicode encoding/)
  );
  add(
    "bad-cell-reference.xlsx",
    "a cell reference beyond the grid",
    craftZip(
      parts({
        "xl/worksheets/sheet1.xml": sheetXml(`<row r="1"><c r="ZZZZ99999999"><v>1</v></c></row>`),
      })
    ),
    refused(/sheet1\.xml is damaged \(cell reference "ZZZZ99999999"\)/)
  );
  return corpus;
}

/** Writes the corpus into `dir`; returns the files with their paths. */
export function writeCorpus(dir: string): Array<CorpusFile & { path: string }> {
  mkdirSync(dir, { recursive: true });
  return makeCorpus().map((file) => {
    const path = join(dir, file.name);
    writeFileSync(path, file.bytes);
    return { ...file, path };
  });
}
