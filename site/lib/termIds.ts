// The id that ties a term note to its definition, shared by the pages and the page script
// (scripts/terms.ts); it imports nothing, so that the browser bundle stays small.

/** The element id of a term's definition on a reader page, which its annotations are described by. */
export const definitionId = (termId: string): string => `term-def-${termId}`;

/** What a term's note shows, as /glossary/notes.json holds it. */
export interface TermNote {
  zh: string;
  pinyin: string;
  en: string;
  explanation: string;
}

/** Where the notes of every term are, for the reader pages of both languages. */
export const notesUrl = '/glossary/notes.json';
