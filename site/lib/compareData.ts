// The pairs behind a compare page's cells (see compareFile.ts), made from the graph for the
// endpoint that publishes them.
import { pairsId, type CompareFile, type PairTarget } from './compareFile.ts';
import { passageEnglish } from './english.ts';
import type { DocumentData } from './model.ts';
import { opening } from './quotes.ts';
import { belowDocument, blockHref, blockPages, fragment, passagesById } from './reader.ts';
import { heatmapRows, type XrefGraph } from './xref.ts';

/** Characters of Chinese a pair quotes of its passage; English gets three times as many. */
export const pairQuoteLength = 80;

/** The pairs behind every cell of `document`'s compare page against `plan`; `graph` holds that plan's links only (plans.ts planGraph). */
export function compareFile(document: DocumentData, plan: DocumentData, graph: XrefGraph): CompareFile {
  const file: CompareFile = { passages: {}, cells: {} };
  const passages = passagesById(document);
  const planPages = blockPages(plan);
  heatmapRows(document, graph).forEach((row, rowIndex) => {
    for (const [chapterId, pairs] of row.cells) {
      // Each passage once per cell, above the sections of the chapter it links, in reading order.
      const byPassage = new Map<string, PairTarget[]>();
      for (const { passageId, target } of pairs) {
        const section = fragment(target.sectionId);
        const href = belowDocument(plan, blockHref('zh', plan, target.paragraphs[0]?.passageId ?? target.sectionId, planPages));
        byPassage.set(passageId, [...(byPassage.get(passageId) ?? []), [section, href, Number(target.score.toFixed(1)), target.sharedTerms.slice(0, 5).join('、')]]);
      }
      for (const passageId of byPassage.keys()) {
        const passage = passages.get(passageId)!;
        const english = passageEnglish(document.translations, passage);
        file.passages[fragment(passageId)] ??= [
          belowDocument(document, blockHref('zh', document, passageId)),
          opening(passage.text, pairQuoteLength, 'zh'),
          english === null ? null : opening(english, pairQuoteLength * 3, 'en'),
        ];
      }
      file.cells[pairsId(rowIndex, chapterId)] = [...byPassage].map(([passageId, targets]) => [fragment(passageId), targets]);
    }
  });
  return file;
}
