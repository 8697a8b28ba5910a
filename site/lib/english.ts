// The English of a block's parts, from the document's translations (ingest/translationUnits.ts
// names the units): what the reader shows beside or instead of the Chinese.
import { fragment } from '../../ingest/address.ts';
import type { DocumentData } from './model.ts';
import { sentencesOf } from './sentences.ts';
import { passageEnglish } from './passageEnglish.ts';

export { passageEnglish };

export type Translations = DocumentData['translations'];
export type UnitEnglish = Translations[string];

/** The English of the unit `suffix` of a block (`''` for the block itself), or null. */
export const englishOf = (translations: Translations, blockId: string, suffix = ''): UnitEnglish | null =>
  translations[`${fragment(blockId)}${suffix}`] ?? null;

/** A paragraph's English as its lead and the rest, or null unless every part it has is translated. */
export function paragraphEnglish(translations: Translations, paragraph: { id: string; lead: string | null; text: string }): { lead: string | null; rest: string; stale: boolean } | null {
  const lead = paragraph.lead ? englishOf(translations, paragraph.id, '/lead') : null;
  const hasRest = paragraph.text.length > (paragraph.lead?.length ?? 0);
  const rest = hasRest ? englishOf(translations, paragraph.id) : null;
  if ((paragraph.lead && !lead) || (hasRest && !rest)) return null;
  return { lead: lead?.en ?? null, rest: rest?.en ?? '', stale: Boolean(lead?.stale || rest?.stale) };
}

/**
 * The English of the words [start, end) of a passage's text: the sentences holding them in its
 * paragraph's lead or rest, or a box item's or table's whole English; null where untranslated.
 */
export function englishOfWords(document: Pick<DocumentData, 'blocks' | 'passages' | 'translations'>, passageId: string, start: number, end: number): string | null {
  const block = document.blocks.find((candidate) => candidate.id === passageId);
  if (block?.type === 'paragraph') {
    const leadLength = block.lead?.length ?? 0;
    const inLead = start < leadLength;
    const unit = englishOf(document.translations, passageId, inLead ? '/lead' : '');
    if (!unit) return null;
    const zh = inLead ? block.lead! : block.text.slice(leadLength);
    const shift = inLead ? 0 : leadLength;
    return sentencesOf(zh, unit.en, start - shift, Math.min(end, inLead ? leadLength : block.text.length) - shift);
  }
  const passage = document.passages.find((candidate) => candidate.id === passageId);
  return passage ? passageEnglish(document.translations, passage) : null;
}
