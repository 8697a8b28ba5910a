// load: reads the manifest, the topic taxonomy and the source texts. The only stage besides
// emit that touches the file system; it never writes.
import { readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import type { z } from 'zod';
import { DiagnosticSink } from '../diagnostics.ts';
import { manifestSchema, type ManifestEntry } from '../schema/manifest.ts';
import { topicsSchema, type Topic } from '../schema/topics.ts';
import { translationsSchema, type Translations } from '../schema/translations.ts';
import { glossaryProblems, glossarySchema, type GlossaryTerm } from '../schema/glossary.ts';
import { parseJsonSource, type JsonPath } from '../schema/jsonSource.ts';
import { translationFileSchema, type TranslationEntry } from '../translationFiles.ts';
import { defaultReuseOptions, type ReuseOptions } from './reuse.ts';
import { reuseConfigSchema } from '../schema/reuseConfig.ts';

export interface SourceText {
  entry: ManifestEntry;
  /** Path relative to the corpus folder, as used in diagnostics. */
  file: string;
  text: string;
  encoding: SourceEncoding;
}

export interface LoadedCorpus {
  manifest: ManifestEntry[];
  topics: Topic[];
  sources: SourceText[];
}

/** Share of CJK ideographs a GB18030 decoding must show before it is believed. */
const minIdeographShare = 0.3;

/** The share of NUL bytes that must fall on one side of each byte pair for text to be taken as UTF-16 without a BOM (not all: 一 is U+4E00). */
const minUtf16NulSide = 0.8;

/**
 * The UTF-16 byte order of `bytes`: from a BOM, else from where NUL bytes fall (the high byte
 * of latin letters, digits, spaces and line ends is 0, all on one side of each pair); null when
 * the bytes do not look like UTF-16.
 */
function utf16Order(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes.length < 2 || bytes.length % 2 !== 0) return null;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  let even = 0;
  let odd = 0;
  for (let index = 0; index < bytes.length; index += 1) if (bytes[index] === 0) index % 2 === 0 ? (even += 1) : (odd += 1);
  if (even + odd === 0) return null;
  if (odd / (even + odd) >= minUtf16NulSide) return 'utf-16le';
  if (even / (even + odd) >= minUtf16NulSide) return 'utf-16be';
  return null;
}

/** UTF-16 text in the given byte order, or null when it does not decode to text (control characters other than tab and line ends). */
function decodeUtf16(bytes: Uint8Array, order: 'utf-16le' | 'utf-16be'): string | null {
  const little = order === 'utf-16le' ? bytes : Buffer.from(bytes).swap16();
  try {
    const text = new TextDecoder('utf-16le', { fatal: true, ignoreBOM: false }).decode(little);
    return /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/u.test(text) ? null : text;
  } catch {
    return null;
  }
}

export type SourceEncoding = 'utf-8' | 'gb18030' | 'utf-16le' | 'utf-16be';

/** Decodes source bytes: UTF-8 (with or without BOM), else UTF-16 or GB18030 with a warning, else an error. */
export function decodeSource(bytes: Uint8Array, sink: DiagnosticSink): { text: string; encoding: SourceEncoding } | null {
  if (bytes.length === 0) {
    sink.error(null, 'empty-file', 'the file is empty');
    return null;
  }
  // Before the NUL check: UTF-16 holds NUL bytes without being binary.
  const order = utf16Order(bytes);
  const utf16 = order === null ? null : decodeUtf16(bytes, order);
  if (order !== null && utf16 !== null) {
    if (utf16.replace(/^\uFEFF/u, '').trim() === '') {
      sink.error(null, 'empty-file', 'the file holds only white space');
      return null;
    }
    const name = order.toUpperCase();
    sink.warn(null, 'encoding', `the file is ${name}, not UTF-8; decoded it as ${name} (save it as UTF-8 to silence this)`);
    return { text: utf16, encoding: order };
  }
  if (bytes.includes(0)) {
    sink.error(null, 'binary-file', 'the file holds NUL bytes: it is binary, not text');
    return null;
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    if (text.trim() === '') {
      sink.error(null, 'empty-file', 'the file holds only white space');
      return null;
    }
    return { text, encoding: 'utf-8' };
  } catch {
    // Not UTF-8: try the encoding Chinese sources most often come in.
  }
  try {
    const text = new TextDecoder('gb18030', { fatal: true }).decode(bytes);
    const visible = text.replace(/\s/gu, '');
    const ideographs = (visible.match(/[\u4e00-\u9fff]/gu) ?? []).length;
    if (visible.length > 0 && ideographs / visible.length >= minIdeographShare) {
      sink.warn(null, 'encoding', 'the file is not UTF-8; decoded it as GB18030 (save it as UTF-8 to silence this)');
      return { text, encoding: 'gb18030' };
    }
  } catch {
    // Neither encoding fits.
  }
  sink.error(null, 'encoding', 'the file is neither UTF-8 nor GB18030 text');
  return null;
}

/** A file's text with its parse: the place of every value, for the line of a problem. */
interface ReadJson<T> {
  data: T;
  lineAt: (jsonPath: JsonPath) => number | null;
}

/**
 * Reads a JSON file and validates it against a schema; problems are errors on the sink at the
 * line they stand on (schema problems under `rule`). Returns the data and where each value is.
 */
async function readValidated<T>(sink: DiagnosticSink, schema: z.ZodType<T>, rule: string): Promise<ReadJson<T> | undefined> {
  let raw: string;
  try {
    raw = await readFile(sink.file, 'utf8');
  } catch (error) {
    sink.error(null, 'missing-file', `cannot read: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
    return undefined;
  }
  const source = parseJsonSource(raw);
  if (!source.ok) {
    sink.error(source.line, 'invalid-json', source.message);
    return undefined;
  }
  const parsed = schema.safeParse(source.value);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) sink.error(source.lineAt(issue.path), rule, `${issue.path.map(String).join('.') || '(top)'}: ${issue.message}`);
    return undefined;
  }
  return { data: parsed.data, lineAt: source.lineAt };
}

/** True when the sink's file exists; otherwise warns under `rule` that the corpus goes without it. */
async function optionalFile(sink: DiagnosticSink, rule: string, without: string): Promise<boolean> {
  try {
    await stat(sink.file);
    return true;
  } catch {
    sink.warn(null, rule, without);
    return false;
  }
}

/** True when `inner` is `outer` or lies below it (both absolute and resolved). */
export const isWithin = (inner: string, outer: string): boolean => {
  const relative = path.relative(outer, inner);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
};

/** The real path of `file`, links resolved; for a path that does not exist, that of its nearest existing parent joined with the rest. */
export async function resolveReal(file: string): Promise<string> {
  const absolute = path.resolve(file);
  try {
    return await realpath(absolute);
  } catch {
    const parent = path.dirname(absolute);
    return parent === absolute ? absolute : path.join(await resolveReal(parent), path.basename(absolute));
  }
}

/**
 * Where a manifest's `file` really is, or null when it lies outside the corpus folder: as
 * written (no absolute path, no climbing out with ..) and after following links, so that a
 * manifest can never publish a file of the machine it is ingested on.
 */
async function sourceInsideCorpus(corpusDir: string, file: string): Promise<string | null> {
  const corpus = path.resolve(corpusDir);
  if (path.isAbsolute(file) || !isWithin(path.resolve(corpus, file), corpus)) return null;
  return isWithin(await resolveReal(path.join(corpus, file)), await resolveReal(corpus)) ? path.join(corpus, file) : null;
}

/** Reads and validates the manifest: schema, unique ids, unique files, files inside the corpus, a master plan. */
export async function loadManifest(corpusDir: string, sinks: DiagnosticSink[]): Promise<ManifestEntry[]> {
  const sink = new DiagnosticSink(path.join(corpusDir, 'manifest.json'));
  sinks.push(sink);
  const parsed = await readValidated(sink, manifestSchema, 'manifest-schema');
  if (!parsed) return [];
  const seenIds = new Set<string>();
  const seenFiles = new Set<string>();
  const entries: ManifestEntry[] = [];
  for (const [index, entry] of parsed.data.documents.entries()) {
    const at = (field: string) => parsed.lineAt(['documents', index, field]);
    if (seenIds.has(entry.id)) sink.error(at('id'), 'manifest-duplicate-id', `documents.${index}: duplicate id "${entry.id}"`);
    if (seenFiles.has(entry.file)) sink.error(at('file'), 'manifest-duplicate-file', `documents.${index}: file "${entry.file}" is listed twice`);
    seenIds.add(entry.id);
    seenFiles.add(entry.file);
    // Left out of what load reads, not only reported: the bytes of such a file are never opened.
    if ((await sourceInsideCorpus(corpusDir, entry.file)) === null) {
      sink.error(at('file'), 'manifest-file-outside', `documents.${index}.file "${entry.file}" is outside the corpus folder (${path.resolve(corpusDir)}): name a file inside it`);
    } else entries.push(entry);
  }
  // The cross-references, the compare pages and the reader's panels are all built around the
  // plan: a corpus without one is refused here, before anything is written, not half-built.
  if (!parsed.data.documents.some((entry) => entry.kind === 'master-plan')) {
    sink.error(parsed.lineAt(['documents']), 'manifest-no-master-plan', `no document has kind "master-plan": the cross-references link every other document to it; mark the master plan's entry "kind": "master-plan"`);
  }
  return entries;
}

/** Reads and validates the topic taxonomy. */
export async function loadTopics(corpusDir: string, sinks: DiagnosticSink[]): Promise<Topic[]> {
  const sink = new DiagnosticSink(path.join(corpusDir, 'topics.json'));
  sinks.push(sink);
  const parsed = await readValidated(sink, topicsSchema, 'topics-schema');
  if (!parsed) return [];
  const ids = new Set<string>();
  for (const topic of parsed.data.topics) {
    if (ids.has(topic.id)) sink.error(null, 'topics-duplicate-id', `duplicate topic id "${topic.id}"`);
    ids.add(topic.id);
  }
  return parsed.data.topics;
}

/** Reads the English heading titles; a corpus without the file simply has none. */
export async function loadTranslations(corpusDir: string, sinks: DiagnosticSink[]): Promise<Translations> {
  const sink = new DiagnosticSink(path.join(corpusDir, 'translations.json'));
  sinks.push(sink);
  const none: Translations = { headings: {} };
  if (!(await optionalFile(sink, 'translations-missing', 'no translations.json: every heading will show in Chinese only'))) return none;
  return (await readValidated(sink, translationsSchema, 'translations-schema'))?.data ?? none;
}

export interface LoadedTranslationFile {
  /** The file, as diagnostics name it. */
  file: string;
  units: TranslationEntry[];
  /** The line of the unit at an index of `units`. */
  lineOf: (index: number) => number | null;
}

/** Reads a document's English, corpus/translations/<id>.json; null (with a warning) when it has none yet. */
export async function loadTranslationFile(corpusDir: string, documentId: string, sinks: DiagnosticSink[]): Promise<LoadedTranslationFile | null> {
  const sink = new DiagnosticSink(path.join(corpusDir, 'translations', `${documentId}.json`));
  sinks.push(sink);
  if (!(await optionalFile(sink, 'translation-missing', `no English text for "${documentId}" yet: the English pages show its Chinese (npm run translations:sync writes the file)`))) return null;
  const parsed = await readValidated(sink, translationFileSchema, 'translation-schema');
  if (!parsed) return null;
  if (parsed.data.document !== documentId) sink.error(parsed.lineAt(['document']), 'translation-schema', `the file is named for "${documentId}" but says "document": "${parsed.data.document}"`);
  return { file: sink.file, units: parsed.data.units, lineOf: (index) => parsed.lineAt(['units', index]) };
}

/** Reads one source text named by the manifest. */
export async function loadSource(corpusDir: string, entry: ManifestEntry, sink: DiagnosticSink): Promise<SourceText | null> {
  const file = path.join(corpusDir, entry.file);
  try {
    const info = await stat(file);
    if (!info.isFile()) {
      sink.error(null, 'missing-file', `not a file (listed for "${entry.id}" in manifest.json)`);
      return null;
    }
  } catch {
    sink.error(null, 'missing-file', `file not found (listed for "${entry.id}" in manifest.json)`);
    return null;
  }
  const decoded = decodeSource(new Uint8Array(await readFile(file)), sink);
  return decoded ? { entry, file: sink.file, ...decoded } : null;
}

/** Reads and checks the glossary; a corpus without one has no annotations and no cross-lingual terms. */
export async function loadGlossary(corpusDir: string, topics: readonly Topic[], sinks: DiagnosticSink[]): Promise<GlossaryTerm[]> {
  const sink = new DiagnosticSink(path.join(corpusDir, 'glossary.json'));
  sinks.push(sink);
  if (!(await optionalFile(sink, 'glossary-missing', 'no glossary.json: the reader shows no annotations and search has no English or pinyin terms'))) return [];
  const parsed = await readValidated(sink, glossarySchema, 'glossary-schema');
  if (!parsed) return [];
  // No topics means topics.json failed and was reported: checking every term's topic against
  // nothing would bury that one error under one per term.
  const topicIds = topics.length > 0 ? new Set(topics.map((topic) => topic.id)) : null;
  const problems = glossaryProblems(parsed.data.terms, topicIds);
  for (const problem of problems) sink.error(parsed.lineAt(['terms', problem.index, problem.field]), problem.rule, problem.message);
  return problems.length > 0 ? [] : parsed.data.terms;
}

/** Reads a word list: the first word of each line, skipping blank lines and # comments (stop words, jieba's user dictionary). */
export async function readWordList(file: string): Promise<Set<string>> {
  const text = await readFile(file, 'utf8');
  return new Set(
    text
      .split(/\r?\n/u)
      .map((line) => line.trim().split(/\s+/u)[0]!)
      .filter((word) => word !== '' && !word.startsWith('#')),
  );
}

/** search-config/reuse.json and set-phrases.txt; without reuse.json the stage's defaults hold. */
export async function loadReuseOptions(searchConfigDir: string, sinks: DiagnosticSink[]): Promise<ReuseOptions> {
  const sink = new DiagnosticSink(path.join(searchConfigDir, 'reuse.json'));
  sinks.push(sink);
  let options: ReuseOptions = { ...defaultReuseOptions };
  if (await optionalFile(sink, 'reuse-config-missing', 'no reuse.json: the reuse stage takes its defaults')) {
    const parsed = await readValidated(sink, reuseConfigSchema, 'reuse-config-schema');
    if (parsed) {
      const { $comment: _comment, ...values } = parsed.data;
      options = { ...options, ...values };
    }
  }
  const phrases = new DiagnosticSink(path.join(searchConfigDir, 'set-phrases.txt'));
  sinks.push(phrases);
  if (await optionalFile(phrases, 'set-phrases-missing', 'no set-phrases.txt: only spans many documents repeat are marked formulaic')) {
    options.setPhrases = [...(await readWordList(phrases.file))];
  }
  return options;
}
