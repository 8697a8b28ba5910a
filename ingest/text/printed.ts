// The printed text a model holds, for the nothing-lost check: everything of the source that
// ingest kept, in source order, without anything the pipeline added.
import type { Block, DocumentModel } from '../model.ts';
import { contentChars } from './chars.ts';
import { headLines } from '../stages/head.ts';
import { isPageNumber } from './pageNumbers.ts';

/** The printed text of a block, in source order, without anything the pipeline added. */
export function printedText(block: Block): string {
  switch (block.type) {
    case 'heading':
      return `${block.numbering ?? ''}${block.title}${block.subtitle ?? ''}`;
    case 'paragraph':
      return block.text;
    case 'box': {
      // A box whose title line is missing printed no 专栏 (its number is null, or inferred).
      const title = block.number === null || block.numberInferred ? '' : `专栏${block.number}${block.title ?? ''}`;
      return title + block.items.map((item) => `${item.label ?? ''}${item.text}`).join('');
    }
    case 'table':
      return `表${block.number ?? ''}${block.caption}${block.header.join('')}${block.rows.flat().join('')}${block.note ?? ''}`;
    case 'figure':
      return `图${block.number ?? ''}${block.caption}`;
  }
}

const markerPattern = /[（(](上接|下转)[^）)]*[）)]/gu;
// Box, table and figure numbers are kept as numbers: 专栏 07 is box 7, read without its zero.
const paddedNumber = /^(\s*(?:专栏|表|图)\s*)0+(?=\d)/gmu;

/** The source's content characters that the model should hold: all but continuation markers, page numbers and the contents. */
export function expectedContent(sourceText: string, document: Pick<DocumentModel, 'toc'>): string {
  let lines = sourceText.replace(/^\uFEFF/u, '').split(/\r?\n|\r/u);
  if (document.toc.length > 0) {
    const start = lines.findIndex((line) => /^目\s*录$/u.test(line.trim()));
    if (start >= 0) lines = [...lines.slice(0, start), ...lines.slice(document.toc[document.toc.length - 1]!.line)];
  }
  return contentChars(lines.filter((line) => !isPageNumber(line)).join('\n').replace(markerPattern, '').replace(paddedNumber, '$1'));
}

/** The content characters the model holds, in order. */
export function heldContent(document: Pick<DocumentModel, 'sourceTitle' | 'blocks'> & { head?: DocumentModel['head'] }): string {
  // Head and foot lines stand above and below the blocks: merge all by source line (a stable
  // sort keeps a heading before the paragraph lifted from its own line).
  const pieces = [
    ...(document.head ? headLines(document.head).map((entry) => ({ line: entry.line, text: entry.text })) : []),
    ...document.blocks.map((block) => ({ line: block.line, text: printedText(block) })),
  ].sort((a, b) => a.line - b.line);
  // A banner (…人民政府文件 and its document number) stands above the title lines.
  const banner = document.head?.issuer ? pieces.findIndex((piece) => piece.line > Math.max(document.head!.issuer!.line, document.head!.documentNumber?.line ?? 0)) : 0;
  const above = pieces.slice(0, Math.max(0, banner)).map((piece) => piece.text);
  const below = pieces.slice(Math.max(0, banner)).map((piece) => piece.text);
  return contentChars([...above, document.sourceTitle ?? '', ...below].join(''));
}
