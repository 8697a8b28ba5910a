// What a file of build/ holds: its text, or the pieces of a large file made one after the other
// as it is written, so that the whole file never has to be in memory at once.

/** A file's text in pieces, made again each time they are read. */
export class Chunks {
  readonly pieces: () => Iterable<string>;
  constructor(pieces: () => Iterable<string>) {
    this.pieces = pieces;
  }
}

export type FileContent = string | Chunks;

/** The whole text of a file of build/. */
export const fileText = (content: FileContent): string => (typeof content === 'string' ? content : [...content.pieces()].join(''));
