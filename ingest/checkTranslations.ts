// npm run translations:check [-- FILE ...]
// The translator's check: runs the ingest in memory and checks English against the units of the
// documents. A FILE is a translator's scratch file ({ "<document id>": { "<unit id>": "English" } });
// without one, the translation files of corpus/translations/ are checked, as the ingest does.
// Prints each problem as `document unit: message [rule]`, then per document and chapter how many
// units have English. Exit code 0 whatever it found (it is a report), 2 for an unreadable file.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ingestCorpus } from './pipeline.ts';
import { termMatcher } from './stages/annotate.ts';
import { wordBoundaries } from './stages/segment.ts';
import { translationFileSchema } from './translationFiles.ts';
import { translationProblems } from './text/translationChecks.ts';
import { translationUnits } from './translationUnits.ts';

const corpusDir = path.resolve('corpus');
const run = await ingestCorpus({ corpusDir, searchConfigDir: path.resolve('search-config') });
const matchTerms = termMatcher(run.glossary, wordBoundaries);
const termsById = new Map(run.glossary.map((term) => [term.id, term]));

/** English by document id and unit id. */
async function readEnglish(files: string[]): Promise<Map<string, Map<string, string>>> {
  const english = new Map<string, Map<string, string>>();
  if (files.length === 0) {
    for (const document of run.documents) {
      const file = path.join(corpusDir, 'translations', `${document.id}.json`);
      const parsed = await readFile(file, 'utf8').then((text) => translationFileSchema.parse(JSON.parse(text)), () => null);
      if (parsed) english.set(document.id, new Map(parsed.units.filter((unit) => unit.en.trim() !== '').map((unit) => [unit.id, unit.en])));
    }
    return english;
  }
  for (const file of files) {
    let scratch: Record<string, Record<string, string>>;
    try {
      scratch = JSON.parse(await readFile(file, 'utf8')) as Record<string, Record<string, string>>;
    } catch (error) {
      console.error(`${file}: ${(error as Error).message}`);
      process.exit(2);
    }
    for (const [documentId, units] of Object.entries(scratch)) {
      const map = english.get(documentId) ?? new Map<string, string>();
      for (const [id, en] of Object.entries(units)) if (en.trim() !== '') map.set(id, en);
      english.set(documentId, map);
    }
  }
  return english;
}

const english = await readEnglish(process.argv.slice(2));
let problemCount = 0;
for (const [documentId, units] of english) {
  const document = run.documents.find((candidate) => candidate.id === documentId);
  if (!document) {
    console.log(`${documentId}: no such document (known: ${run.documents.map((candidate) => candidate.id).join(', ')})`);
    continue;
  }
  const known = new Map(translationUnits(document).map((unit) => [unit.id, unit]));
  for (const id of units.keys()) {
    if (!known.has(id)) {
      console.log(`${documentId} ${id}: no such unit [translation-orphan]`);
      problemCount += 1;
    }
  }
  const done = new Map<string, { done: number; total: number }>();
  for (const unit of known.values()) {
    const chapter = /^c\d+\//u.test(unit.id) ? unit.id.split('/')[0]! : '(front or whole)';
    const tally = done.get(chapter) ?? { done: 0, total: 0 };
    tally.total += 1;
    const en = units.get(unit.id);
    if (en !== undefined) {
      tally.done += 1;
      const terms = [...new Set(matchTerms(unit.zh).map((match) => match.term))].map((termId) => termsById.get(termId)!);
      for (const problem of translationProblems(unit.zh, en, terms)) {
        console.log(`${documentId} ${unit.id}: ${problem.message} [${problem.rule}]`);
        problemCount += 1;
      }
    }
    done.set(chapter, tally);
  }
  const tallies = [...done].filter(([, tally]) => tally.done > 0).map(([chapter, tally]) => `${chapter} ${tally.done}/${tally.total}`);
  console.log(`${documentId}: units with English, by chapter: ${tallies.join(', ') || 'none'}`);
}
console.log(`${problemCount} problems`);
