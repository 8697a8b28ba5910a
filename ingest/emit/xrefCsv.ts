// The cross-references as CSV for download: one row per link from a passage to a section.
import type { CorpusRun } from '../pipeline.ts';
import { csvField } from '../text/csv.ts';

const columns = ['source_document', 'source_passage', 'rank', 'target_section', 'target_numbering', 'target_title', 'score', 'shared_terms', 'best_paragraph', 'source_text'];

/** Every link of the run as RFC 4180 CSV with a header row. */
export function linksCsv(run: CorpusRun): string {
  if (!run.xref) return `${columns.join(',')}\r\n`;
  const sections = new Map(run.xref.sections.map((section) => [section.id, section]));
  const passages = new Map(run.documents.flatMap((document) => document.passages.map((passage) => [passage.id, passage] as const)));
  const rows = run.xref.links.flatMap((link) =>
    link.targets.map((target, index) => {
      const section = sections.get(target.sectionId)!;
      return [link.documentId, link.passageId, index + 1, target.sectionId, section.numbering, section.title, target.score, target.sharedTerms.join(' '), target.paragraphs[0]?.passageId ?? '', passages.get(link.passageId)?.text ?? ''];
    }),
  );
  return [columns, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}
