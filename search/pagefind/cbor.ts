// The CBOR (RFC 8949) that Pagefind's index metadata (pf_meta) is written in, as far as Pagefind
// writes it: unsigned and negative integers, byte and text strings, arrays and maps, all of
// definite length, and false, true and null. Every value is encoded in its shortest form, as
// Pagefind's encoder does, so that decoding and encoding again gives the same bytes.

export type CborValue = number | string | Uint8Array | boolean | null | CborValue[] | Map<CborValue, CborValue>;

/** Decodes one CBOR value that fills `bytes`; throws on anything else, or on a form this module does not read. */
export function decodeCbor(bytes: Uint8Array): CborValue {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const text = new TextDecoder('utf-8', { fatal: true });
  let at = 0;
  const fail = (why: string): never => {
    throw new Error(`CBOR at byte ${at}: ${why}`);
  };
  const argument = (info: number): number => {
    if (info < 24) return info;
    const width = info === 24 ? 1 : info === 25 ? 2 : info === 26 ? 4 : info === 27 ? 8 : fail(`length of kind ${info} (indefinite or reserved) is not read here`);
    if (at + width > bytes.length) fail('the value runs past the end');
    const value = width === 1 ? view.getUint8(at) : width === 2 ? view.getUint16(at) : width === 4 ? view.getUint32(at) : Number(view.getBigUint64(at));
    if (!Number.isSafeInteger(value)) fail('an integer beyond 2^53');
    at += width;
    return value;
  };
  const read = (): CborValue => {
    if (at >= bytes.length) fail('the value runs past the end');
    const initial = bytes[at++]!;
    const major = initial >> 5;
    const info = initial & 31;
    if (major === 7) {
      if (info === 20) return false;
      if (info === 21) return true;
      if (info === 22) return null;
      return fail(`simple value or float ${info} is not read here`);
    }
    const count = argument(info);
    switch (major) {
      case 0:
        return count;
      case 1:
        return -1 - count;
      case 2:
      case 3: {
        if (at + count > bytes.length) fail('the string runs past the end');
        const piece = bytes.subarray(at, at + count);
        at += count;
        return major === 2 ? piece.slice() : text.decode(piece);
      }
      case 4:
        return Array.from({ length: count }, read);
      case 5: {
        const map = new Map<CborValue, CborValue>();
        for (let index = 0; index < count; index += 1) map.set(read(), read());
        return map;
      }
      default:
        return fail(`major type ${major} (a tag) is not read here`);
    }
  };
  const value = read();
  if (at !== bytes.length) fail(`${bytes.length - at} bytes after the value`);
  return value;
}

/** Encodes a value in CBOR, every head in its shortest form. */
export function encodeCbor(value: CborValue): Uint8Array {
  const chunks: Uint8Array[] = [];
  const utf8 = new TextEncoder();
  const head = (major: number, count: number): void => {
    const type = major << 5;
    if (count < 24) chunks.push(Uint8Array.of(type | count));
    else if (count < 0x100) chunks.push(Uint8Array.of(type | 24, count));
    else if (count < 0x10000) chunks.push(Uint8Array.of(type | 25, count >> 8, count & 0xff));
    else if (count < 0x100000000) {
      const bytes = new Uint8Array(5);
      bytes[0] = type | 26;
      new DataView(bytes.buffer).setUint32(1, count);
      chunks.push(bytes);
    } else {
      const bytes = new Uint8Array(9);
      bytes[0] = type | 27;
      new DataView(bytes.buffer).setBigUint64(1, BigInt(count));
      chunks.push(bytes);
    }
  };
  const write = (item: CborValue): void => {
    if (item === false || item === true || item === null) chunks.push(Uint8Array.of(item === null ? 0xf6 : item ? 0xf5 : 0xf4));
    else if (typeof item === 'number') {
      if (!Number.isSafeInteger(item)) throw new Error(`CBOR: ${item} is not an integer this module writes`);
      if (item >= 0) head(0, item);
      else head(1, -1 - item);
    } else if (typeof item === 'string') {
      const bytes = utf8.encode(item);
      head(3, bytes.length);
      chunks.push(bytes);
    } else if (item instanceof Uint8Array) {
      head(2, item.length);
      chunks.push(item);
    } else if (Array.isArray(item)) {
      head(4, item.length);
      item.forEach(write);
    } else {
      head(5, item.size);
      for (const [key, entry] of item) {
        write(key);
        write(entry);
      }
    }
  };
  write(value);
  const out = new Uint8Array(chunks.reduce((total, chunk) => total + chunk.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}
