// translate: gives every heading its English title from corpus/translations.json, keyed by the
// Chinese title so that the translation survives re-ingestion. A missing one is reported.
import type { Block } from '../model.ts';
import type { DiagnosticSink } from '../diagnostics.ts';

/** Sets titleEn and subtitleEn on the headings of a document. */
export function translateHeadings(blocks: readonly Block[], titles: Readonly<Record<string, string>>, sink: DiagnosticSink): void {
  const lookUp = (zh: string, line: number): string | null => {
    const en = titles[zh];
    if (en === undefined) sink.warn(line, 'translation-missing', `no English title for heading "${zh}" in translations.json`);
    return en ?? null;
  };
  for (const block of blocks) {
    if (block.type !== 'heading') continue;
    block.titleEn = lookUp(block.title, block.line);
    block.subtitleEn = block.subtitle === null ? null : lookUp(block.subtitle, block.line);
  }
}
