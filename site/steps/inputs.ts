// What a build step reads, hashed by content: SHA-256 over the sorted relative paths and bytes of
// its files, so that `npm run build` tells an unchanged input from a changed one whatever the
// timestamps say (a copied corpus, a checkout, a failed build that left build/ newer than dist/).
import { createHash } from 'node:crypto';
import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { parseEnv } from 'node:util';

/** One input of a step, under the label its record and its messages use. */
export type StepInput =
  /** A file, or a folder and every file under it, hashed by paths relative to it: where it lies does not count. */
  | { label: string; files: string; exclude?: readonly string[] }
  /** Files and folders of the project's code, with every project file they import, hashed by paths relative to `root`. */
  | { label: string; code: readonly string[]; root: string; exclude?: readonly string[] }
  /** The environment variables named with `prefix`, from the environment and the `.env` files of `root`, as Vite loads them. */
  | { label: string; variables: string; root: string }
  /** An input hashed already (a previous step's output). */
  | { label: string; hash: string };

/** A step's inputs: each label's hash, and one hash over them all. */
export interface InputsState {
  hash: string;
  inputs: Record<string, string>;
}

/** The hash of an input that does not exist: distinct from every content hash. */
export const absent = 'absent';

/** Bumped when the hashing changes, so that records of the old scheme are not taken as matching. */
const scheme = 'policy-reader-inputs-1';

const isExcluded = (file: string, exclude: readonly string[]): boolean => exclude.some((excluded) => file === excluded || file.startsWith(`${excluded}${path.sep}`));

/** Every file under `start` (or `start` itself when it is a file), links followed, absolute; [] when it does not exist. */
async function filesUnder(start: string, exclude: readonly string[] = []): Promise<string[]> {
  const files: string[] = [];
  const seen = new Set<string>();
  const visit = async (entry: string): Promise<void> => {
    if (isExcluded(entry, exclude)) return;
    const info = await stat(entry).catch(() => null);
    if (info === null) return;
    if (info.isFile()) {
      files.push(entry);
      return;
    }
    if (!info.isDirectory()) return;
    // A link back up the tree would make the walk endless.
    const real = await realpath(entry);
    if (seen.has(real)) return;
    seen.add(real);
    for (const name of (await readdir(entry)).sort()) await visit(path.join(entry, name));
  };
  await visit(path.resolve(start));
  return files;
}

/** SHA-256 over `files` in the order of their paths relative to `base` (with `/`), each path, length and bytes. */
async function hashFiles(files: readonly string[], base: string): Promise<string> {
  const relative = files.map((file) => ({ file, name: path.relative(base, file).split(path.sep).join('/') }));
  relative.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const hash = createHash('sha256');
  for (const { file, name } of relative) {
    const bytes = await readFile(file);
    hash.update(`${name}\0${bytes.length}\0`);
    hash.update(bytes);
  }
  return hash.digest('hex');
}

/** Hashes a file or a folder by content; `absent` when it does not exist. */
export async function hashPath(target: string, exclude: readonly string[] = []): Promise<string> {
  const resolved = path.resolve(target);
  const info = await stat(resolved).catch(() => null);
  if (info === null) return absent;
  const files = await filesUnder(resolved, exclude);
  return hashFiles(files, info.isDirectory() ? resolved : path.dirname(resolved));
}

const codeFile = /\.(?:[cm]?[jt]sx?|astro)$/u;
// Static and dynamic imports and re-exports with a relative specifier, a module URL (a worker's),
// and the src of an Astro <script>. A file loaded by a path built at run time is not seen: it must
// lie in a folder the step names.
const specifiers = [
  /\bnew URL\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*,\s*import\.meta\.url\s*\)/gu,
  /\b(?:import|export)\b[^'"`;]*?\bfrom\s*['"](\.{1,2}\/[^'"]+)['"]/gu,
  /\bimport\s*['"](\.{1,2}\/[^'"]+)['"]/gu,
  /\bimport\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*\)/gu,
  /<script\b[^>]*\bsrc=['"](\.{1,2}\/[^'"]+)['"]/gu,
];

/** The project files a code file names in its imports, resolved; those that do not exist are left out. */
async function importsOf(file: string): Promise<string[]> {
  const source = await readFile(file, 'utf8');
  const named = new Set(specifiers.flatMap((pattern) => [...source.matchAll(pattern)].map((match) => path.resolve(path.dirname(file), match[1]!.split(/[?#]/u)[0]!))));
  const found: string[] = [];
  for (const candidate of named) if ((await stat(candidate).catch(() => null))?.isFile()) found.push(candidate);
  return found;
}

/**
 * The files of `entries` (files or folders) and every file of the project they import, directly
 * or not, within `root`: the code a step runs. Packages are not followed (package-lock.json stands for them).
 * @example await importClosure(['ingest/cli.ts'], root) // ['/…/ingest/cli.ts', '/…/ingest/pipeline.ts', …]
 */
export async function importClosure(entries: readonly string[], root: string, exclude: readonly string[] = []): Promise<string[]> {
  const found = new Set<string>();
  const queue: string[] = [];
  const add = (file: string) => {
    if (found.has(file) || isExcluded(file, exclude) || path.relative(root, file).startsWith('..')) return;
    found.add(file);
    if (codeFile.test(file)) queue.push(file);
  };
  for (const entry of entries) for (const file of await filesUnder(path.resolve(root, entry), exclude)) add(file);
  while (queue.length > 0) for (const imported of await importsOf(queue.pop()!)) add(imported);
  return [...found];
}

/** The variables Vite (so Astro) gives a production build under `prefix`: the environment over the `.env` files. */
async function hashVariables(prefix: string, root: string): Promise<string> {
  const merged: Record<string, string> = {};
  // Vite's order for the production mode: later files win, and the environment over them all.
  for (const name of ['.env', '.env.local', '.env.production', '.env.production.local']) {
    const text = await readFile(path.join(root, name), 'utf8').catch(() => null);
    if (text !== null) Object.assign(merged, parseEnv(text));
  }
  for (const [name, value] of Object.entries(process.env)) if (value !== undefined) merged[name] = value;
  // Only the prefixed values enter the hash: the record never depends on a secret.
  const published = Object.keys(merged).filter((name) => name.startsWith(prefix)).sort().map((name) => [name, merged[name]]);
  return createHash('sha256').update(JSON.stringify(published)).digest('hex');
}

/** The hash of one input. */
export async function hashInput(input: StepInput): Promise<string> {
  if ('hash' in input) return input.hash;
  if ('variables' in input) return hashVariables(input.variables, input.root);
  if ('code' in input) return hashFiles(await importClosure(input.code, input.root, input.exclude), input.root);
  return hashPath(input.files, input.exclude);
}

/** Every input of a step hashed, and one hash over the labels and their hashes. */
export async function hashInputs(inputs: readonly StepInput[]): Promise<InputsState> {
  const hashes: Record<string, string> = {};
  for (const input of inputs) hashes[input.label] = await hashInput(input);
  const hash = createHash('sha256').update(JSON.stringify([scheme, Object.entries(hashes).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))])).digest('hex');
  return { hash, inputs: hashes };
}
