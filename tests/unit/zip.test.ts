// The downloads' ZIP writer, read back by an independent reader (fflate).
import { strToU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { zip } from '../../site/lib/zip.ts';

const entries = [
  { name: 'links.csv', data: strToU8('source_document,source_text\r\nwest-coast,"推进“双招双引”，建设上合示范区"\r\n'.repeat(200)) },
  { name: 'empty.json', data: new Uint8Array() },
  { name: 'links.json', data: strToU8(JSON.stringify({ planIds: ['qingdao-plan-2021'], links: [] })) },
];

describe('zip', () => {
  it('holds each file under its name, byte for byte, in order', () => {
    const files = unzipSync(zip(entries));
    expect(Object.keys(files)).toEqual(entries.map((entry) => entry.name));
    for (const entry of entries) expect(Buffer.from(files[entry.name]!).equals(Buffer.from(entry.data)), entry.name).toBe(true);
  });

  it('compresses text that repeats, and gives the same bytes for the same files', () => {
    const archive = zip(entries);
    expect(archive.length).toBeLessThan(entries[0]!.data.length / 10);
    expect(zip(entries).equals(archive)).toBe(true);
  });

  it('refuses a name with a folder or outside printable ASCII', () => {
    expect(() => zip([{ name: 'xref/links.csv', data: new Uint8Array() }])).toThrow(/xref\/links\.csv/u);
    expect(() => zip([{ name: '对应.csv', data: new Uint8Array() }])).toThrow(/对应\.csv/u);
  });

});
