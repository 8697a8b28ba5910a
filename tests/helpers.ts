// Builders the tests share: a manifest entry, a source text and a one-document run.
import path from 'node:path';
import { DiagnosticSink, type Diagnostic } from '../ingest/diagnostics.ts';
import type { DocumentModel } from '../ingest/model.ts';
import type { ManifestEntry } from '../ingest/schema/manifest.ts';
import { processDocument } from '../ingest/pipeline.ts';
import { loadSegmenter } from '../ingest/stages/segment.ts';

export const projectRoot = path.resolve(import.meta.dirname, '..');
export const corpusDir = path.join(projectRoot, 'corpus');
export const searchConfigDir = path.join(projectRoot, 'search-config');

/** A valid manifest entry; override what the test is about. */
export function manifestEntry(overrides: Partial<ManifestEntry> = {}): ManifestEntry {
  return {
    id: 'test-doc',
    file: 'test-doc.txt',
    title: { zh: '测试文件标题', en: 'Test document' },
    shortTitle: { zh: '测试', en: 'Test' },
    kind: 'master-plan',
    level: 'city',
    region: { zh: '青岛市', en: 'Qingdao' },
    date: { value: '2021', precision: 'year' },
    completeness: { complete: true, note: { zh: '全文', en: 'Complete' } },
    englishMissing: [],
    ...overrides,
  };
}

/** Runs every per-document stage on a text, as the pipeline would. */
export function runDocument(text: string, entry: ManifestEntry = manifestEntry()): { document: DocumentModel; diagnostics: Diagnostic[] } {
  loadSegmenter(path.join(searchConfigDir, 'user-dict.txt'));
  const sink = new DiagnosticSink(entry.file);
  const document = processDocument({ entry, file: entry.file, text, encoding: 'utf-8' }, sink);
  return { document, diagnostics: sink.list };
}

/** The rules of the diagnostics that are not info. */
export const problemRules = (diagnostics: readonly Diagnostic[]): string[] =>
  diagnostics.filter((diagnostic) => diagnostic.severity !== 'info').map((diagnostic) => diagnostic.rule);
