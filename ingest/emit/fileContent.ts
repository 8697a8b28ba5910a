// What a file of build/ holds: its text; or the pieces of a large file made one after the other
// as it is written, so that the whole file never has to be in memory at once; or its UTF-8 bytes,
// for a file made on the side thread (ingest/sideTasks.ts), which hands them over without a copy.

/** A file's text in pieces, made again each time they are read. */
export class Chunks {
  readonly pieces: () => Iterable<string>;
  constructor(pieces: () => Iterable<string>) {
    this.pieces = pieces;
  }
}

export type FileContent = string | Chunks | Uint8Array;

/** The whole text of a file of build/. */
export function fileText(content: FileContent): string {
  if (typeof content === 'string') return content;
  if (content instanceof Chunks) return [...content.pieces()].join('');
  return new TextDecoder().decode(content);
}

/** The UTF-8 bytes of a file of build/, in a buffer of their own. */
export const fileBytes = (content: FileContent): Uint8Array => (content instanceof Uint8Array ? content : new TextEncoder().encode(fileText(content)));
