// The shared phrases as CSV for download: one row per place of a phrase (the plan's first), so
// that a spreadsheet can count or pivot them. The phrase's own fields repeat on each row, but not
// what the rows themselves hold: `documents` is the number of documents (their ids are the rows'
// `document`), and a place's `text` is given only where its wording differs from the phrase.
import { csvFile } from './csvFile.ts';
import type { Chunks } from './fileContent.ts';
import type { SharedPhrase } from './sharedPhrases.ts';

const columns = ['phrase_id', 'phrase', 'length', 'formulaic', 'formulaic_by', 'documents', 'occurrences', 'document', 'passage', 'start', 'end', 'exact', 'text'];

/** Every place of every phrase as RFC 4180 CSV with a header row. */
export function phrasesCsv(phrases: readonly SharedPhrase[]): Chunks {
  return csvFile(columns, function* () {
    for (const phrase of phrases) {
      const common = [phrase.id, phrase.text, phrase.length, String(phrase.formulaic), phrase.formulaicBy ?? '', phrase.documents.length, phrase.plan.length + phrase.occurrences.length];
      const own = (text: string) => (text === phrase.text ? '' : text);
      for (const place of phrase.plan) yield [...common, place.documentId, place.passageId, place.start, place.end, 'true', own(place.text)];
      for (const place of phrase.occurrences) yield [...common, place.documentId, place.passageId, place.start, place.end, String(place.exact), own(place.text)];
    }
  });
}
