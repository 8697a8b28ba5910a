// npm run translations:sync [-- --corpus DIR] [--doc ID ...]
// The translator's tool, not a stage of the ingest (which never writes into corpus/): runs the
// ingest in memory and writes corpus/translations/<id>.json with every unit the document has, in
// reading order. A unit already in the file keeps its English and its hash (so an edited source
// shows as stale, not as silently retranslated); a new unit comes in with an empty English; a unit
// whose block is gone stays at the end for the translator to move or delete (ingest reports it).
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ingestCorpus } from './pipeline.ts';
import { serializeTranslationFile, translationFileSchema, type TranslationEntry } from './translationFiles.ts';
import { translationUnits, unitHash } from './translationUnits.ts';

const { values } = parseArgs({ options: { corpus: { type: 'string', default: 'corpus' }, 'search-config': { type: 'string', default: 'search-config' }, doc: { type: 'string', multiple: true } } });
const corpusDir = path.resolve(values.corpus);
const run = await ingestCorpus({ corpusDir, searchConfigDir: path.resolve(values['search-config']) });
const wanted = new Set(values.doc ?? run.documents.map((document) => document.id));
await mkdir(path.join(corpusDir, 'translations'), { recursive: true });

for (const document of run.documents.filter((candidate) => wanted.has(candidate.id))) {
  const file = path.join(corpusDir, 'translations', `${document.id}.json`);
  const existing = await readFile(file, 'utf8').then(
    (text) => translationFileSchema.parse(JSON.parse(text)).units,
    () => [] as TranslationEntry[],
  );
  const byId = new Map(existing.map((unit) => [unit.id, unit]));
  const units = translationUnits(document);
  const current = new Set(units.map((unit) => unit.id));
  const merged = [
    ...units.map((unit) => byId.get(unit.id) ?? { id: unit.id, hash: unitHash(unit.zh), zh: unit.zh, en: '' }),
    ...existing.filter((unit) => !current.has(unit.id)),
  ];
  await writeFile(file, serializeTranslationFile({ document: document.id, units: merged }));
  const added = units.filter((unit) => !byId.has(unit.id)).length;
  const untranslated = merged.filter((unit) => unit.en.trim() === '').length;
  console.log(`${path.relative(process.cwd(), file)}: ${units.length} units, ${added} added, ${untranslated} untranslated, ${merged.length - units.length} orphaned`);
}
