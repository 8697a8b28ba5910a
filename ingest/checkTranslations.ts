// npm run translations:check [-- FILE ...]
// The translator's check: runs the ingest in memory and prints what its translation stage
// (stages/alignTranslations.ts) reports. Without FILE, of the translation files of
// corpus/translations/, as the ingest does; a FILE is a translator's scratch file
// ({ "<document id>": { "<unit id>": "English" } }), checked as if its English were in those files,
// written against today's Chinese. Then, per document and chapter, how many units have English.
// Exit code 0 whatever it found (it is a report), 2 for an unreadable file.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { DiagnosticSink, formatDiagnostic, type Diagnostic } from './diagnostics.ts';
import type { DocumentModel, TranslatedUnit } from './model.ts';
import { ingestCorpus } from './pipeline.ts';
import { alignTranslations } from './stages/alignTranslations.ts';
import { termMatcher } from './stages/annotate.ts';
import { wordBoundaries } from './stages/segment.ts';
import { translationUnits, unitHash } from './translationUnits.ts';

const corpusDir = path.resolve('corpus');
const run = await ingestCorpus({ corpusDir, searchConfigDir: path.resolve('search-config') });
const files = process.argv.slice(2);

/** What a translator fixes: every translation diagnostic but the untranslated units (a scratch file is partial by design). */
const reported = (diagnostic: Diagnostic): boolean =>
  diagnostic.rule.startsWith('translation-') && diagnostic.rule !== 'translation-missing' && (diagnostic.severity !== 'info' || diagnostic.rule === 'translation-length');

/** Each scratch file's English aligned as the ingest would: the English by unit and the diagnostics, per document. */
async function alignScratch(): Promise<Array<{ document: DocumentModel; translations: Record<string, TranslatedUnit>; diagnostics: Diagnostic[] }>> {
  const english = new Map<string, Record<string, string>>();
  for (const file of files) {
    try {
      for (const [documentId, units] of Object.entries(JSON.parse(await readFile(file, 'utf8')) as Record<string, Record<string, string>>)) {
        english.set(documentId, { ...english.get(documentId), ...units });
      }
    } catch (error) {
      console.error(`${file}: ${(error as Error).message}`);
      process.exit(2);
    }
  }
  const matchTerms = termMatcher(run.glossary, wordBoundaries);
  const glossary = new Map(run.glossary.map((term) => [term.id, term]));
  return [...english].flatMap(([documentId, units]) => {
    const document = run.documents.find((candidate) => candidate.id === documentId);
    if (!document) {
      console.log(`${documentId}: no such document (known: ${run.documents.map((candidate) => candidate.id).join(', ')})`);
      return [];
    }
    const chinese = new Map(translationUnits(document).map((unit) => [unit.id, unit.zh]));
    const entries = Object.entries(units).filter(([, en]) => en.trim() !== '').map(([id, en]) => ({ id, hash: unitHash(chinese.get(id) ?? ''), zh: chinese.get(id) ?? '', en }));
    const sink = new DiagnosticSink(files.join(', '));
    const translations = alignTranslations(document, { file: sink.file, units: entries, lineOf: () => null }, sink, matchTerms, glossary);
    return [{ document, translations, diagnostics: sink.list }];
  });
}

const aligned = files.length > 0 ? await alignScratch() : run.documents.map((document) => ({ document, translations: document.translations, diagnostics: [] }));
const problems = (files.length > 0 ? aligned.flatMap((entry) => entry.diagnostics) : run.diagnostics).filter(reported);
for (const diagnostic of problems) console.log(formatDiagnostic(diagnostic));
for (const { document, translations } of aligned) {
  const tallies = new Map<string, { done: number; total: number }>();
  for (const unit of translationUnits(document)) {
    const chapter = /^c\d+\//u.test(unit.id) ? unit.id.split('/')[0]! : '(front or whole)';
    const tally = tallies.get(chapter) ?? { done: 0, total: 0 };
    tally.total += 1;
    if (translations[unit.id]) tally.done += 1;
    tallies.set(chapter, tally);
  }
  const done = [...tallies].filter(([, tally]) => tally.done > 0).map(([chapter, tally]) => `${chapter} ${tally.done}/${tally.total}`);
  console.log(`${document.id}: units with English, by chapter: ${done.join(', ') || 'none'}`);
}
console.log(`${problems.length} problems`);
