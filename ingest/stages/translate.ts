// translate: gives every heading its English title from corpus/translations.json, keyed by the
// Chinese title so that the translation survives re-ingestion. English is optional: the titles a
// document lacks are one warning for the document, each of them an info with its line.
import type { Block } from '../model.ts';
import type { DiagnosticSink } from '../diagnostics.ts';

/** Sets titleEn and subtitleEn on the headings of a document. */
export function translateHeadings(blocks: readonly Block[], titles: Readonly<Record<string, string>>, sink: DiagnosticSink): void {
  let asked = 0;
  const missing: string[] = [];
  const lookUp = (zh: string, line: number): string | null => {
    asked += 1;
    const en = titles[zh];
    if (en === undefined) {
      missing.push(zh);
      sink.info(line, 'translation-missing', `no English title for heading "${zh}" in translations.json`);
    }
    return en ?? null;
  };
  for (const block of blocks) {
    if (block.type !== 'heading') continue;
    // An article (第一条) has no title to translate: its numbering says it in English.
    block.titleEn = block.title === '' ? null : lookUp(block.title, block.line);
    block.subtitleEn = block.subtitle === null ? null : lookUp(block.subtitle, block.line);
  }
  if (missing.length > 0) {
    const named = missing.slice(0, 3).map((title) => `"${title}"`).join(', ');
    sink.warn(null, 'translation-missing', `${missing.length} of ${asked} heading titles have no English in translations.json (${named}${missing.length > 3 ? ', …' : ''}): the English pages show them in Chinese; --verbose lists them with their lines`);
  }
}
