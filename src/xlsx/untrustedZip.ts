import { crc32, inflateRawSync } from "zlib";

/**
 * The zip layer of the reader for files someone sends: it lists a package from its central directory
 * and inflates a part only when asked, with every limit enforced on the bytes zlib actually produces
 * (the sizes a zip declares are the attacker's to choose). Nothing here trusts the file: offsets,
 * sizes, names and checksums are all checked, and every problem is a {@link PackageProblem} with a
 * plain reason.
 */

/**
 * Limits, chosen from what real workbooks need and what a check on this machine can afford (aim:
 * under 5 s and 500 MB per file, whatever the file).
 * - A drill workbook has about 60 parts; Excel workbooks with many sheets, charts and pictures have a
 *   few hundred. 2,000 entries leaves room and keeps the listing cheap.
 * - The largest part we write (drill 1's order rows) inflates to about 5 MB. 64 MiB per part is
 *   thirteen times that; 160 MiB in total bounds the text we ever hold, part after part.
 * - Workbook XML deflates about 7:1 (ours) and rarely beyond 100:1 (long runs of empty styled cells);
 *   a zip bomb is near deflate's 1032:1. Past the first 1 MiB of a part (where any ratio is harmless),
 *   a part may inflate to at most 200 times its compressed bytes.
 */
export const ZIP_LIMITS = {
  maxEntries: 2_000,
  maxPartBytes: 64 * 1024 * 1024,
  maxTotalBytes: 160 * 1024 * 1024,
  maxRatio: 200,
  ratioFreeBytes: 1024 * 1024,
} as const;

export type ZipLimits = { [K in keyof typeof ZIP_LIMITS]: number };

/** What the reader did, for tests and benches to assert (never timings). */
export type ZipCounters = {
  /** Bytes zlib produced, over all parts (an aborted inflate counts the limit it stopped at). */
  inflatedBytes: number;
  /** Bytes produced per part name. */
  inflatedByPart: Map<string, number>;
  /** Parts inflated (each at most once). */
  partsRead: number;
};

/** A package the reader refuses: the reason is plain text a person can act on. */
export class PackageProblem extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "PackageProblem";
  }
}

type Entry = {
  name: string;
  method: number;
  flags: number;
  crc: number;
  compressedSize: number;
  size: number;
  localOffset: number;
};

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;

/**
 * An opened zip package: the list of its entries, and each part's bytes once.
 *
 * @example
 * const zip = UntrustedZip.open(buffer);
 * zip.has("xl/workbook.xml") //=> true
 * zip.read("xl/workbook.xml").length //=> 1534
 */
export class UntrustedZip {
  readonly counters: ZipCounters = { inflatedBytes: 0, inflatedByPart: new Map(), partsRead: 0 };
  private readonly read_ = new Set<string>();

  private constructor(
    private readonly buffer: Buffer,
    private readonly entries: ReadonlyMap<string, Entry>,
    private readonly limits: ZipLimits
  ) {}

  static open(data: Buffer | Uint8Array, limits: ZipLimits = ZIP_LIMITS): UntrustedZip {
    const buffer = Buffer.isBuffer(data)
      ? data
      : Buffer.from(data.buffer, data.byteOffset, data.byteLength);
    return new UntrustedZip(buffer, listEntries(buffer, limits), limits);
  }

  /** Entry names, as the central directory lists them. */
  names(): string[] {
    return Array.from(this.entries.values(), (entry) => entry.name);
  }

  /** Part names compare case-insensitively, as a package defines them. */
  has(name: string): boolean {
    return this.entries.has(name.toLowerCase());
  }

  /**
   * The inflated bytes of one part, checked against its CRC-32 and declared size. A part is read
   * once: callers keep what they parse, so a file cannot make the reader inflate the same bytes twice.
   */
  read(name: string): Buffer {
    const key = name.toLowerCase();
    const entry = this.entries.get(key);
    if (!entry) throw new PackageProblem(`the package has no part ${name}`);
    if (this.read_.has(key)) throw new Error(`internal: part ${name} read twice`);
    this.read_.add(key);
    this.counters.partsRead += 1;
    const data = this.compressedData(entry);
    const { cap, why } = this.capFor(data.length);
    let bytes: Buffer;
    if (entry.method === STORED) {
      bytes = data;
      if (bytes.length > cap) this.overLimit(entry, cap, why);
    } else {
      try {
        bytes = inflateRawSync(data, { maxOutputLength: Math.max(cap, 1) });
      } catch (error) {
        if ((error as { code?: string }).code === "ERR_BUFFER_TOO_LARGE") {
          this.overLimit(entry, cap, why);
        }
        throw new PackageProblem(`part ${name} is damaged (its compressed data does not inflate)`, {
          cause: error,
        });
      }
    }
    this.count(name, bytes.length);
    if (bytes.length !== entry.size) {
      throw new PackageProblem(
        `part ${name} is damaged (it declares ${entry.size} bytes and holds ${bytes.length})`
      );
    }
    if (crc32(bytes) >>> 0 !== entry.crc) {
      throw new PackageProblem(`part ${name} is damaged (its checksum does not match)`);
    }
    return bytes;
  }

  private count(name: string, bytes: number): void {
    this.counters.inflatedBytes += bytes;
    this.counters.inflatedByPart.set(name, (this.counters.inflatedByPart.get(name) ?? 0) + bytes);
  }

  /** The most this part may inflate to, and the plain reason when it tries to exceed it. */
  private capFor(compressed: number): { cap: number; why: string } {
    const { maxPartBytes, maxTotalBytes, maxRatio, ratioFreeBytes } = this.limits;
    const candidates = [
      { cap: maxPartBytes, why: `it holds more than ${mib(maxPartBytes)} uncompressed` },
      {
        cap: maxTotalBytes - this.counters.inflatedBytes,
        why: `the package inflates to more than ${mib(maxTotalBytes)} in all`,
      },
      {
        cap: Math.max(ratioFreeBytes, compressed * maxRatio),
        why: `it inflates to more than ${maxRatio} times its ${compressed} compressed bytes, as a zip bomb does`,
      },
    ];
    return candidates.reduce((least, next) => (next.cap < least.cap ? next : least));
  }

  private overLimit(entry: Entry, cap: number, why: string): never {
    // zlib stopped at the cap (within one 16 KiB chunk): count the cap, the most it kept.
    this.count(entry.name, cap);
    throw new PackageProblem(`part ${entry.name} is too large to read (${why})`);
  }

  private compressedData(entry: Entry): Buffer {
    const { buffer } = this;
    const at = entry.localOffset;
    if (at + 30 > buffer.length || buffer.readUInt32LE(at) !== LOCAL) {
      throw new PackageProblem(`part ${entry.name} is missing from the package (truncated file?)`);
    }
    const start = at + 30 + buffer.readUInt16LE(at + 26) + buffer.readUInt16LE(at + 28);
    const end = start + entry.compressedSize;
    if (end > buffer.length) {
      throw new PackageProblem(`part ${entry.name} is cut short (the file is truncated)`);
    }
    return buffer.subarray(start, end);
  }
}

function mib(bytes: number): string {
  return `${Math.round(bytes / (1024 * 1024))} MiB`;
}

/** The central directory, checked entry by entry; a name listed twice makes the package ambiguous. */
function listEntries(buffer: Buffer, limits: ZipLimits): Map<string, Entry> {
  const end = findEndRecord(buffer);
  const count = buffer.readUInt16LE(end + 10);
  const size = buffer.readUInt32LE(end + 12);
  const offset = buffer.readUInt32LE(end + 16);
  if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff) {
    throw new PackageProblem("it is a ZIP64 package, which no workbook of a drill's size needs");
  }
  if (count > limits.maxEntries) {
    throw new PackageProblem(`the package lists ${count} parts, more than ${limits.maxEntries}`);
  }
  if (offset + size > end) {
    throw new PackageProblem("the zip directory points outside the file (truncated or damaged)");
  }
  const entries = new Map<string, Entry>();
  let at = offset;
  for (let i = 0; i < count; i += 1) {
    if (at + 46 > end || buffer.readUInt32LE(at) !== CENTRAL) {
      throw new PackageProblem("the zip directory is damaged");
    }
    const nameLength = buffer.readUInt16LE(at + 28);
    const next = at + 46 + nameLength + buffer.readUInt16LE(at + 30) + buffer.readUInt16LE(at + 32);
    if (next > end) throw new PackageProblem("the zip directory is damaged");
    const name = buffer.toString("utf8", at + 46, at + 46 + nameLength);
    const entry: Entry = {
      name,
      flags: buffer.readUInt16LE(at + 8),
      method: buffer.readUInt16LE(at + 10),
      crc: buffer.readUInt32LE(at + 16),
      compressedSize: buffer.readUInt32LE(at + 20),
      size: buffer.readUInt32LE(at + 24),
      localOffset: buffer.readUInt32LE(at + 42),
    };
    // Part names are case-insensitive in a package (ISO/IEC 29500-2, 8.1.1.1).
    const key = name.toLowerCase();
    if (entries.has(key)) {
      throw new PackageProblem(`the package lists the part ${name} twice`);
    }
    if (entry.flags & 1) throw new PackageProblem("the package is encrypted");
    if (entry.method !== STORED && entry.method !== DEFLATED) {
      throw new PackageProblem(`part ${name} uses a compression method workbooks do not use`);
    }
    entries.set(key, entry);
    at = next;
  }
  return entries;
}

/** The end-of-central-directory record, searched backwards over at most its 64 KiB comment. */
function findEndRecord(buffer: Buffer): number {
  const last = buffer.length - 22;
  const first = Math.max(0, last - 0xffff);
  for (let at = last; at >= first; at -= 1) {
    if (
      buffer.readUInt32LE(at) === EOCD &&
      at + 22 + buffer.readUInt16LE(at + 20) <= buffer.length
    ) {
      return at;
    }
  }
  throw new PackageProblem("it is not a zip package, as every .xlsx file is");
}
