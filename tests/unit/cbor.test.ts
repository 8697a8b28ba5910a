// The CBOR codec for Pagefind's pf_meta (search/pagefind/cbor.ts): RFC 8949's shortest forms,
// both ways, and a clear stop at what it does not read.
import { describe, expect, it } from 'vitest';
import { decodeCbor, encodeCbor, type CborValue } from '../../search/pagefind/cbor.ts';

const hex = (value: CborValue) => Buffer.from(encodeCbor(value)).toString('hex');
const fromHex = (text: string) => decodeCbor(Buffer.from(text, 'hex'));

describe('CBOR', () => {
  it("writes RFC 8949's examples in their shortest form", () => {
    expect(hex(0)).toBe('00');
    expect(hex(23)).toBe('17');
    expect(hex(24)).toBe('1818');
    expect(hex(255)).toBe('18ff');
    expect(hex(256)).toBe('190100');
    expect(hex(65536)).toBe('1a00010000');
    expect(hex(1000000000000)).toBe('1b000000e8d4a51000');
    expect(hex(-1)).toBe('20');
    expect(hex(-1000)).toBe('3903e7');
    expect(hex('')).toBe('60');
    expect(hex('水')).toBe('63e6b0b4');
    expect(hex(Uint8Array.of(1, 2, 3, 4))).toBe('4401020304');
    expect(hex([1, [2, 3], [4, 5]])).toBe('8301820203820405');
    expect(hex(new Map<CborValue, CborValue>([['a', 1], ['b', [2, 3]]]))).toBe('a26161016162820203');
    expect(hex([false, true, null])).toBe('83f4f5f6');
  });

  it('reads back what it writes', () => {
    const values: CborValue[] = [0, 24, 65535, 4294967296, -25, 'en_8146638', '海洋经济'.repeat(20), Uint8Array.of(0, 255), [['en_0', 212, ''], ['en_1', 0, 'group']], new Map<CborValue, CborValue>([['filters', ['document', 'en_10d4a69']]]), [true, false, null]];
    for (const value of values) expect(decodeCbor(encodeCbor(value))).toEqual(value);
    expect(decodeCbor(encodeCbor(Array.from({ length: 300 }, (_, index) => index)))).toHaveLength(300);
  });

  it('stops at what it does not read or at bytes that are not one value', () => {
    expect(() => fromHex('f93c00')).toThrow(/float/u); // half-precision 1.0
    expect(() => fromHex('9f01ff')).toThrow(/indefinite/u);
    expect(() => fromHex('c11a514b67b0')).toThrow(/tag/u);
    expect(() => fromHex('0101')).toThrow(/1 bytes after the value/u);
    expect(() => fromHex('6461')).toThrow(/past the end/u);
    expect(() => fromHex('1b0020000000000000')).toThrow(/beyond 2\^53/u);
    expect(() => encodeCbor(1.5)).toThrow(/not an integer/u);
  });
});
