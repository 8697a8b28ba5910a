// A ZIP archive (PKWARE APPNOTE 6.3, no ZIP64) of a few files, each deflated with zlib, for the
// downloads: a spreadsheet user opens it with the system's own unzip, and its bytes are a fifth
// of the files'. Every entry carries the same fixed time, so the same files give the same bytes.
import { crc32, deflateRawSync } from 'node:zlib';

export interface ZipEntry {
  /** The file's name inside the archive (ASCII, no folders). */
  name: string;
  data: Uint8Array;
}

/** 1980-01-01 00:00, the earliest time a ZIP entry can hold, in MS-DOS form. */
const dosTime = 0;
const dosDate = (1 << 5) | 1;
const deflated = 8;
const versionNeeded = 20;
const limit = 0xffff_ffff;

interface EntryFields {
  checksum: number;
  compressed: number;
  size: number;
  nameLength: number;
}

/** The fields an entry's local header and its central directory header both hold, in this order, from `at`. */
function writeEntryFields(header: Buffer, at: number, { checksum, compressed, size, nameLength }: EntryFields): void {
  header.writeUInt16LE(versionNeeded, at);
  header.writeUInt16LE(0, at + 2);
  header.writeUInt16LE(deflated, at + 4);
  header.writeUInt16LE(dosTime, at + 6);
  header.writeUInt16LE(dosDate, at + 8);
  header.writeUInt32LE(checksum, at + 10);
  header.writeUInt32LE(compressed, at + 14);
  header.writeUInt32LE(size, at + 18);
  header.writeUInt16LE(nameLength, at + 22);
}

/** The archive of `entries`, in their order. */
export function zip(entries: readonly ZipEntry[]): Buffer<ArrayBuffer> {
  const parts: Buffer[] = [];
  const directory: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    if (!/^[\x21-\x7e]+$/u.test(entry.name) || entry.name.includes('/')) throw new Error(`zip: "${entry.name}" is not a plain ASCII file name`);
    const name = Buffer.from(entry.name, 'ascii');
    const body = deflateRawSync(entry.data);
    const checksum = crc32(entry.data);
    if (entry.data.length > limit || body.length > limit || offset > limit) throw new Error(`zip: ${entry.name} is too large for an archive without ZIP64`);

    const fields = { checksum, compressed: body.length, size: entry.data.length, nameLength: name.length };
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    writeEntryFields(local, 4, fields);
    // Extra field: none.

    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(versionNeeded, 4);
    writeEntryFields(central, 6, fields);
    // Extra field, comment, disk number, internal and external attributes: none.
    central.writeUInt32LE(offset, 42);

    parts.push(local, name, body);
    directory.push(central, name);
    offset += local.length + name.length + body.length;
  }
  const directorySize = directory.reduce((total, part) => total + part.length, 0);
  if (offset + directorySize > limit) throw new Error('zip: the archive is too large without ZIP64');
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directorySize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, ...directory, end]);
}
