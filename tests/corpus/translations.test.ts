// What the corpus's English must hold: every unit's English written from today's Chinese, none
// for units that are gone, and every unit with English passing the translation checks (numbers,
// glossary renderings, no Chinese left). The documents in `complete` have English for every unit:
// since 2026-12-02, all five.
import { beforeAll, describe, expect, it } from 'vitest';
import { ingestCorpus, type CorpusRun } from '../../ingest/pipeline.ts';
import { translationUnits } from '../../ingest/translationUnits.ts';
import { corpusDir, searchConfigDir } from '../helpers.ts';

/** Documents translated in full; a document joins when its last unit is translated. */
const complete: string[] = ['qingdao-plan-2021', 'west-coast-congress-report-2021', 'west-coast-work-report-2020', 'west-coast-feature-2022', 'qingdao-feature-2023'];

let run: CorpusRun;
const translationDiagnostics = (rule: string) => run.diagnostics.filter((diagnostic) => diagnostic.rule === rule && diagnostic.severity !== 'info');

beforeAll(async () => {
  run = await ingestCorpus({ corpusDir, searchConfigDir });
});

describe('the translations', () => {
  it('have a file per document, none stale, none orphaned, none malformed', () => {
    expect(run.diagnostics.filter((diagnostic) => diagnostic.file.includes('translations/') && diagnostic.rule === 'translation-missing' && diagnostic.message.startsWith('no English text'))).toEqual([]);
    for (const rule of ['translation-stale', 'translation-orphan', 'translation-schema']) expect(translationDiagnostics(rule)).toEqual([]);
  });

  it('keep every number, glossary rendering and no Chinese in each translated unit', () => {
    for (const rule of ['translation-number', 'translation-term', 'translation-han']) expect(translationDiagnostics(rule)).toEqual([]);
  });

  it.each(complete)('give every unit of %s its English', (documentId) => {
    const document = run.documents.find((candidate) => candidate.id === documentId)!;
    const untranslated = translationUnits(document).filter((unit) => !document.translations[unit.id]);
    expect(untranslated.map((unit) => unit.id)).toEqual([]);
  });
});
