// The translation files, corpus/translations/<document id>.json: per document, one unit a line
// ({ id, hash, zh, en }), so that a diff shows one unit per changed line and a problem is reported
// at the line a translator edits. `npm run translations:sync` adds the units a document has and
// its file lacks; ingest checks them (stages/alignTranslations.ts).
import { z } from 'zod';

export const translationUnitSchema = z.object({
  id: z.string().min(1),
  /** unitHash of the Chinese the English was written from. */
  hash: z.string().regex(/^[0-9a-f]{8}$/u, 'a hash is 8 hex digits'),
  zh: z.string(),
  /** Empty while untranslated. */
  en: z.string(),
});
export type TranslationEntry = z.infer<typeof translationUnitSchema>;

export const translationFileSchema = z.object({
  document: z.string().min(1),
  units: z.array(translationUnitSchema),
});
export type TranslationFile = z.infer<typeof translationFileSchema>;

/** Writes a translation file with one unit a line. */
export function serializeTranslationFile(file: TranslationFile): string {
  const lines = file.units.map((unit) => `    ${JSON.stringify({ id: unit.id, hash: unit.hash, zh: unit.zh, en: unit.en })}`);
  return `{\n  "document": ${JSON.stringify(file.document)},\n  "units": [\n${lines.join(',\n')}\n  ]\n}\n`;
}
