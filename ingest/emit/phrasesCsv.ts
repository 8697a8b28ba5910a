// The shared phrases as CSV for download: one row per place of a phrase (the plan's first), so
// that a spreadsheet can count or pivot them. The phrase's own fields repeat on each row, but not
// what the rows themselves hold: `documents` is the number of documents (their ids are the rows'
// `document`), and a place's `text` is given only where its wording differs from the phrase.
import { csvField } from '../text/csv.ts';
import type { SharedPhrase } from './sharedPhrases.ts';

const columns = ['phrase_id', 'phrase', 'length', 'formulaic', 'formulaic_by', 'documents', 'occurrences', 'document', 'passage', 'start', 'end', 'exact', 'text'];

/** Every place of every phrase as RFC 4180 CSV with a header row. */
export function phrasesCsv(phrases: readonly SharedPhrase[]): string {
  const rows = phrases.flatMap((phrase) => {
    const common = [phrase.id, phrase.text, phrase.length, String(phrase.formulaic), phrase.formulaicBy ?? '', phrase.documents.length, phrase.plan.length + phrase.occurrences.length];
    const own = (text: string) => (text === phrase.text ? '' : text);
    return [
      ...phrase.plan.map((place) => [...common, place.documentId, place.passageId, place.start, place.end, 'true', own(place.text)]),
      ...phrase.occurrences.map((place) => [...common, place.documentId, place.passageId, place.start, place.end, String(place.exact), own(place.text)]),
    ];
  });
  return [columns, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}
