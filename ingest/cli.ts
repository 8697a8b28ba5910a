// npm run ingest [-- --corpus DIR --out DIR --json --verbose]
// Reads the corpus, prints what it found per document with the diagnostics, and writes build/
// only when no error was found. Exit code: 0 done, 1 errors in the input, 2 bad arguments.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { formatDiagnostic, hasErrors } from './diagnostics.ts';
import { ingestCorpus } from './pipeline.ts';
import { buildOutputs, diagnosticsByDocument, documentStats } from './emit/outputs.ts';
import { notABuild, writeBuild } from './emit/writeBuild.ts';
import { isWithin, resolveReal } from './stages/load.ts';

const usage = `usage: npm run ingest -- [--corpus DIR] [--search-config DIR] [--out DIR] [--json] [--verbose]`;

function parse(): ReturnType<typeof parseArgs<{ options: typeof options }>> | null {
  try {
    return parseArgs({ options, allowPositionals: false });
  } catch (error) {
    console.error(`${(error as Error).message}\n${usage}`);
    return null;
  }
}

const options = {
  corpus: { type: 'string', default: 'corpus' },
  'search-config': { type: 'string', default: 'search-config' },
  out: { type: 'string', default: 'build' },
  json: { type: 'boolean', default: false },
  verbose: { type: 'boolean', default: false },
  help: { type: 'boolean', default: false },
} as const;

/**
 * Why `out` may not be written, or null: writing replaces the whole folder, so it may not be,
 * hold or lie inside one of the inputs (compared after following links), nor be anything but
 * an earlier build or an empty folder.
 */
async function outProblem(out: string, inputs: Record<string, string>): Promise<string | null> {
  const target = await resolveReal(out);
  for (const [name, dir] of Object.entries(inputs)) {
    const input = await resolveReal(dir);
    if (target === input) return `--out ${out} is ${name}: it would be replaced by the build`;
    if (isWithin(input, target)) return `--out ${out} contains ${name} (${dir}): it would be replaced by the build`;
    if (isWithin(target, input)) return `--out ${out} lies inside ${name} (${dir}): the build may not write into an input`;
  }
  const foreign = await notABuild(target, 'corpus.json');
  return foreign === null ? null : `--out: ${foreign}; give a new or empty folder, or an earlier build`;
}

async function main(): Promise<number> {
  const args = parse();
  if (args === null) return 2;
  if (args.values.help) {
    console.log(usage);
    return 0;
  }
  const { corpus, out, json, verbose } = args.values;
  const refused = await outProblem(out, { 'the corpus': corpus, 'search-config': args.values['search-config'] });
  if (refused !== null) {
    console.error(`${refused}\n${usage}`);
    return 2;
  }
  const started = performance.now();
  const run = await ingestCorpus({
    corpusDir: corpus,
    searchConfigDir: args.values['search-config'],
    onProgress: (done, total, id) => {
      if (!json) process.stderr.write(`[${done + 1}/${total}] ${id}\n`);
    },
  });
  const failed = hasErrors(run.diagnostics);
  if (!failed) await writeBuild(out, buildOutputs(run));
  const seconds = (performance.now() - started) / 1000;

  const own = diagnosticsByDocument(run.documents, run.diagnostics);
  if (json) {
    const documents = run.documents.map((document) => ({ id: document.id, ...documentStats(document, own.get(document)!) }));
    console.log(JSON.stringify({ ok: !failed, out: failed ? null : path.resolve(out), seconds, documents, diagnostics: run.diagnostics }, null, 2));
    return failed ? 1 : 0;
  }
  for (const document of run.documents) {
    const stats = documentStats(document, own.get(document)!);
    const blocks = Object.entries(stats.blocks).map(([type, count]) => `${count} ${type === 'box' ? 'boxes' : `${type}s`}`).join(', ');
    console.log(`${document.id}: ${blocks}, ${stats.boxItems} box items; ${stats.passages} passages; ${stats.diagnostics.warning} warnings`);
  }
  const shown = run.diagnostics.filter((diagnostic) => verbose || diagnostic.severity !== 'info');
  for (const diagnostic of shown) console.error(formatDiagnostic(diagnostic));
  const hidden = run.diagnostics.length - shown.length;
  if (hidden > 0) console.error(`(${hidden} info messages hidden: --verbose shows them)`);
  if (failed) {
    console.error(`ingest failed: ${run.diagnostics.filter((d) => d.severity === 'error').length} errors; ${out}/ was left as it was`);
    return 1;
  }
  console.log(`wrote ${path.resolve(out)} in ${seconds.toFixed(1)} s`);
  return 0;
}

process.exitCode = await main();
