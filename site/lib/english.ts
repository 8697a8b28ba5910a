// The English of a block's parts, from the document's translations (ingest/translationUnits.ts
// names the units): what the reader shows beside or instead of the Chinese.
import { fragment } from '../../ingest/address.ts';
import type { DocumentData } from './model.ts';

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

/** A passage's English as one text (a table by its caption), or null where it has none. */
export function passageEnglish(translations: Translations, passage: { id: string; kind: string }): string | null {
  if (passage.kind === 'table') return englishOf(translations, passage.id, '/caption')?.en ?? null;
  const parts = ['/lead', '/label', ''].map((suffix) => englishOf(translations, passage.id, suffix)).filter((part) => part !== null);
  return parts.length > 0 ? parts.map((part) => part.en).join(' ') : null;
}
