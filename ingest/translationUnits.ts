// The units a translation is aligned to: every piece of Chinese the reader shows outside
// headings (whose English is in corpus/translations.json), each with a stable id (the block's
// fragment, its id without the document, plus a suffix for the parts of a block) and a short
// hash of its Chinese, so that an edited source paragraph shows as stale instead of silently wrong.
import { createHash } from 'node:crypto';
import type { DocumentModel } from './model.ts';
import { fragment } from './address.ts';

export interface TranslationUnit {
  /** p03, c02/s01/p04/lead, c03/b01/title, c03/b01/i02, c01/t01/r03/c2, continuation/1 … */
  id: string;
  /** The Chinese as the model holds it. */
  zh: string;
  /** The line of the source text it comes from. */
  line: number;
}

/** The first 8 hex digits of the SHA-256 of a unit's Chinese. */
export const unitHash = (zh: string): string => createHash('sha256').update(zh).digest('hex').slice(0, 8);

/**
 * Every unit of a document, in reading order. A paragraph with a lead is two units (`…/lead` and
 * the rest, under the paragraph's id); a box has its title and, per item, its label and text; a
 * table its caption, each header cell (`…/h/N`), each non-empty cell (`…/rN/cM`, 1-based) and note.
 */
export function translationUnits(document: Pick<DocumentModel, 'blocks' | 'continuation'>): TranslationUnit[] {
  const units: TranslationUnit[] = [];
  // Text without a Chinese character (a figure in a table cell, a unit) reads the same in English.
  const add = (id: string, zh: string | null, line: number) => {
    if (zh !== null && /\p{Script=Han}/u.test(zh)) units.push({ id, zh, line });
  };
  for (const block of document.blocks) {
    const key = fragment(block.id);
    switch (block.type) {
      case 'heading':
        break;
      case 'paragraph': {
        const leadLength = block.lead?.length ?? 0;
        if (block.lead) add(`${key}/lead`, block.lead, block.line);
        add(key, block.text.slice(leadLength), block.line);
        break;
      }
      case 'box':
        add(`${key}/title`, block.title, block.line);
        for (const item of block.items) {
          add(`${fragment(item.id)}/label`, item.label, item.line);
          add(fragment(item.id), item.text, item.line);
        }
        break;
      case 'table':
        add(`${key}/caption`, block.caption, block.line);
        block.header.forEach((cell, column) => add(`${key}/h/${column + 1}`, cell, block.line));
        block.rows.forEach((row, rowIndex) => row.forEach((cell, column) => add(`${key}/r${rowIndex + 1}/c${column + 1}`, cell, block.line)));
        add(`${key}/note`, block.note, block.line);
        break;
      case 'figure':
        add(key, block.caption, block.line);
        break;
    }
  }
  document.continuation.forEach((marker, index) => add(`continuation/${index + 1}`, marker.text, marker.line));
  return units;
}
