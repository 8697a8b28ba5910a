// The id that ties a term note to its definition, shared by the pages and the page script
// (scripts/terms.ts); it imports nothing, so that the browser bundle stays small.

/** The element id of a term's definition on a reader page, which its annotations are described by. */
export const definitionId = (termId: string): string => `term-def-${termId}`;
