import { crc32, deflateRawSync } from "zlib";

/**
 * A zip writer for crafted packages: every field the reader must not trust (sizes, checksums,
 * offsets, names listed twice) can be set to a lie. Honest by default.
 */
export type CraftEntry = {
  name: string;
  data: Buffer | string;
  /** Store instead of deflating. */
  stored?: boolean;
  /** Already-deflated bytes to use as the entry's data (`data` is then the inflated text). */
  compressed?: Buffer;
  lie?: { size?: number; crc?: number; compressedSize?: number };
};

export function craftZip(entries: readonly CraftEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const data = Buffer.isBuffer(entry.data) ? entry.data : Buffer.from(entry.data, "utf8");
    const body = entry.compressed ?? (entry.stored ? data : deflateRawSync(data));
    const name = Buffer.from(entry.name, "utf8");
    const crc = entry.lie?.crc ?? crc32(data) >>> 0;
    const size = entry.lie?.size ?? data.length;
    const compressedSize = entry.lie?.compressedSize ?? body.length;
    const method = entry.stored ? 0 : 8;

    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(compressedSize >>> 0, 18);
    local.writeUInt32LE(size >>> 0, 22);
    local.writeUInt16LE(name.length, 26);
    locals.push(local, name, body);

    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(compressedSize >>> 0, 20);
    central.writeUInt32LE(size >>> 0, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);
    offset += local.length + name.length + body.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Math.min(entries.length, 0xffff), 8);
  end.writeUInt16LE(Math.min(entries.length, 0xffff), 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}
