// check: what must hold of every document, whatever corpus it comes from, checked on each
// ingest and reported with file and line: nothing of the source lost, no paragraph past a sane
// length, some structure in a long document.
import type { DocumentModel } from '../model.ts';
import type { DiagnosticSink } from '../diagnostics.ts';
import { contentChars } from '../text/chars.ts';
import { expectedContent, heldContent } from '../text/printed.ts';
import { sourceLines } from './normalize.ts';

/** Longer than this, a paragraph is most likely several joined by a wrong layout guess. */
export const maxParagraphLength = 2000;

/** A document this long (content characters) with fewer headings than `minHeadings` has most likely not been read right. */
const longDocument = 5000;
const minHeadings = 2;

/** The source line holding the `index`-th content character of `expected`, skipping the lines the contents took. */
function lineOfContent(sourceText: string, index: number): number {
  let seen = 0;
  const lines = sourceLines(sourceText);
  for (let line = 0; line < lines.length; line += 1) {
    seen += contentChars(lines[line]!).length;
    if (seen > index) return line + 1;
  }
  return lines.length;
}

/** Reports what a document's model breaks of the generic invariants. */
export function checkDocument(document: DocumentModel, sourceText: string, sink: DiagnosticSink): void {
  const expected = expectedContent(sourceText, document);
  const held = heldContent(document);
  if (expected !== held) {
    let at = 0;
    while (at < expected.length && expected[at] === held[at]) at += 1;
    // The contents are left out of `expected`: count them back in to find the line.
    const tocChars = document.toc.length > 0 ? contentChars(sourceText).length - contentChars(sourceText.replace(/[（(](上接|下转)[^）)]*[）)]/gu, '')).length : 0;
    const line = document.toc.length > 0 ? null : lineOfContent(sourceText, at + tocChars);
    sink.error(
      line,
      'content-lost',
      `the model holds ${held.length} content characters of the source's ${expected.length}; they part at "${expected.slice(at, at + 12)}" (model: "${held.slice(at, at + 12)}"): ingest lost or reordered text here`,
    );
  }
  for (const block of document.blocks) {
    if (block.type === 'paragraph' && block.text.length > maxParagraphLength) {
      sink.warn(block.line, 'paragraph-long', `a paragraph of ${block.text.length} characters: if the file has one paragraph a line, set "layout": "line-per-paragraph" in its manifest entry`);
    }
  }
  const headings = document.blocks.filter((block) => block.type === 'heading').length;
  if (document.source.characters > longDocument && headings < minHeadings) {
    sink.warn(null, 'little-structure', `${document.source.characters} content characters but ${headings} heading(s): check the layout ("layout" in the manifest) and the heading forms the text uses`);
  }
}
