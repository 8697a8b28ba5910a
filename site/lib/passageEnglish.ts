// A passage's English as one text, as the panels and excerpts quote it. No content types: the
// unit tests read it.
import { fragment } from '../../ingest/address.ts';

/** The translation units of a document by unit name (ingest/translationUnits.ts), as far as this reads them. */
export type UnitTexts = Readonly<Record<string, { en: string } | undefined>>;

/**
 * A passage's English as one text (a table by its caption), or null where it has none. A box
 * item's label stands before its text with a colon, as the reader prints it (the labels' English,
 * like their Chinese, ends without one); a paragraph's lead before its rest.
 */
export function passageEnglish(translations: UnitTexts, passage: { id: string; kind: string }): string | null {
  const unit = (suffix: string) => translations[`${fragment(passage.id)}${suffix}`]?.en ?? null;
  if (passage.kind === 'table') return unit('/caption');
  const [lead, label, rest] = [unit('/lead'), unit('/label'), unit('')];
  const parts = [lead, label !== null && rest !== null ? `${label}:` : label, rest].filter((part) => part !== null);
  return parts.length > 0 ? parts.join(' ') : null;
}
