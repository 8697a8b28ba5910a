// npm run corpus:add -- FILE [--corpus DIR] [--id ID] [--kind KIND] [--level LEVEL] [--title-en TEXT] [--layout LAYOUT] [--dry-run]
// Writes a manifest entry for a text already placed in the corpus folder, from what the text
// says (title, date, issuer, document number, kind from the title's words), prints what it
// guessed and why, and validates the manifest it would write. Exit: 0 written, 1 invalid, 2 bad arguments.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DiagnosticSink } from './diagnostics.ts';
import { decodeSource, isWithin, resolveReal } from './stages/load.ts';
import { guessEntry } from './guessEntry.ts';
import { documentKinds, documentLevels, manifestSchema, type ManifestEntryInput } from './schema/manifest.ts';

const usage = 'usage: npm run corpus:add -- FILE [--corpus DIR] [--id ID] [--kind KIND] [--level LEVEL] [--title-en TEXT] [--layout wrapped|line-per-paragraph] [--dry-run]';

async function main(): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        corpus: { type: 'string', default: 'corpus' },
        id: { type: 'string' },
        kind: { type: 'string' },
        level: { type: 'string' },
        'title-en': { type: 'string' },
        layout: { type: 'string' },
        'dry-run': { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    console.error(`${(error as Error).message}\n${usage}`);
    return 2;
  }
  const [fileArgument] = parsed.positionals;
  if (!fileArgument || parsed.positionals.length > 1) {
    console.error(usage);
    return 2;
  }
  const corpus = path.resolve(parsed.values.corpus);
  const absolute = path.resolve(fileArgument);
  if (!isWithin(await resolveReal(absolute), await resolveReal(corpus))) {
    console.error(`${fileArgument}: not inside the corpus folder ${corpus}; copy it there first (the manifest names files inside it)`);
    return 1;
  }
  const file = path.relative(corpus, absolute).split(path.sep).join('/');
  const sink = new DiagnosticSink(fileArgument);
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(absolute));
  } catch (error) {
    console.error(`${fileArgument}: cannot read: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
    return 1;
  }
  const decoded = decodeSource(bytes, sink);
  for (const diagnostic of sink.list) console.error(`${diagnostic.file}: ${diagnostic.severity}: ${diagnostic.message} [${diagnostic.rule}]`);
  if (!decoded) return 1;

  const guess = guessEntry(file, decoded.text);
  const entry: ManifestEntryInput = { ...guess.entry };
  const { values } = parsed;
  if (values.id) entry.id = values.id;
  if (values.kind) entry.kind = values.kind as ManifestEntryInput['kind'];
  if (values.level) entry.level = values.level as ManifestEntryInput['level'];
  if (values['title-en']) entry.title = { ...entry.title, en: values['title-en'] };
  if (values.layout) entry.layout = values.layout as ManifestEntryInput['layout'];

  console.log(`Guessed from ${fileArgument}:`);
  for (const reason of guess.reasons) console.log(`  ${reason}`);
  console.log(`  (kinds: ${documentKinds.join(', ')}; levels: ${documentLevels.join(', ')}; override with --kind, --level)`);

  const manifestFile = path.join(corpus, 'manifest.json');
  let manifest: { $comment?: string; documents: unknown[] };
  try {
    manifest = JSON.parse(await readFile(manifestFile, 'utf8')) as typeof manifest;
  } catch {
    manifest = { documents: [] };
  }
  const others = manifest.documents.filter((other) => (other as { file?: string }).file !== file);
  if (others.some((other) => (other as { id?: string }).id === entry.id)) {
    console.error(`${manifestFile}: the id "${entry.id}" is taken; give another with --id`);
    return 1;
  }
  const next = { ...manifest, documents: [...others, entry] };
  const checked = manifestSchema.safeParse(next);
  if (!checked.success) {
    for (const issue of checked.error.issues) console.error(`${manifestFile}: ${issue.path.join('.')}: ${issue.message} [manifest-schema]`);
    return 1;
  }
  console.log(JSON.stringify(entry, null, 2));
  if (values['dry-run']) {
    console.log('(dry run: manifest.json not written)');
    return 0;
  }
  await writeFile(manifestFile, `${JSON.stringify(next, null, 2)}\n`);
  console.log(`${others.length === manifest.documents.length ? 'added to' : 'replaced in'} ${manifestFile}; check the guesses above, add English where you have it, then npm run ingest`);
  return 0;
}

process.exitCode = await main();
