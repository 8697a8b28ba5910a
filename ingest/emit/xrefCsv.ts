// The cross-references as CSV for download: one row per link from a passage to a section.
import type { CorpusRun } from '../pipeline.ts';
import { csvFile } from './csvFile.ts';
import type { Chunks } from './fileContent.ts';

const columns = ['source_document', 'source_passage', 'rank', 'target_section', 'target_numbering', 'target_title', 'score', 'shared_terms', 'best_paragraph', 'source_text'];

/** Every link of the run as RFC 4180 CSV with a header row. */
export function linksCsv(run: CorpusRun): Chunks {
  const xref = run.xref;
  const sections = new Map(xref?.sections.map((section) => [section.id, section]));
  const passages = new Map(run.documents.flatMap((document) => document.passages.map((passage) => [passage.id, passage.text] as const)));
  return csvFile(columns, function* () {
    for (const link of xref?.links ?? []) {
      for (const [index, target] of link.targets.entries()) {
        const section = sections.get(target.sectionId)!;
        yield [link.documentId, link.passageId, index + 1, target.sectionId, section.numbering, section.title, target.score, target.sharedTerms.join(' '), target.paragraphs[0]?.passageId ?? '', passages.get(link.passageId) ?? ''];
      }
    }
  });
}
