// Writes build/ atomically: everything goes to a sibling temporary folder, which then takes
// the place of the old one, so a failed run leaves the previous build/ as it was.
import { mkdir, open, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { Chunks, type FileContent } from './fileContent.ts';
import path from 'node:path';

/** True while a process with this id runs (or exists under another user). */
export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

const exists = (file: string): Promise<boolean> => stat(file).then(() => true, () => false);

/**
 * Removes the `<target>.tmp-PID` and `<target>.old-PID` folders a killed run left beside
 * `target`, when that process is gone; a run still going keeps its own. A run killed between
 * its two renames left the previous folder only as `.old-PID`: that one is put back.
 */
export async function removeStaleTemporaries(target: string): Promise<void> {
  const resolved = path.resolve(target);
  const base = path.basename(resolved);
  const parent = path.dirname(resolved);
  let names: string[];
  try {
    names = await readdir(parent);
  } catch {
    return;
  }
  const stale = names
    .map((name) => ({ name, match: name.startsWith(`${base}.`) ? /^(tmp|old)-(\d+)$/u.exec(name.slice(base.length + 1)) : null }))
    .filter(({ match }) => match !== null && !isRunning(Number(match[2])));
  for (const { name, match } of stale) {
    const folder = path.join(parent, name);
    if (match![1] === 'old' && !(await exists(resolved))) await rename(folder, resolved);
    else await rm(folder, { recursive: true, force: true });
  }
}

/**
 * Why `target` may not be replaced by a build, or null: it is a file, or a folder with files
 * but without `marker` (the file every build of this kind holds), so not an earlier build.
 * Replacing is deleting: a mistyped --out must not take a folder of someone's files with it.
 */
export async function notABuild(target: string, marker: string): Promise<string | null> {
  let entries: string[];
  try {
    if (!(await stat(target)).isDirectory()) return `${target} is a file, not a folder`;
    entries = await readdir(target);
  } catch {
    return null;
  }
  return entries.length > 0 && !entries.includes(marker) ? `${target} holds files but no ${marker}: it is not an earlier build, and building would replace it` : null;
}

/** Replaces `outDir` with a folder holding exactly `files`, taken one at a time. */
export async function writeBuild(outDir: string, files: AsyncIterable<[string, FileContent]> | Iterable<[string, FileContent]>): Promise<void> {
  const target = path.resolve(outDir);
  await removeStaleTemporaries(target);
  await writeFiles(`${target}.tmp-${process.pid}`, files);
  await swapIntoPlace(`${target}.tmp-${process.pid}`, target);
}

/** Files written at once: the next files are made while the earlier ones are still being written. */
const writesInFlight = 4;

/** Writes `files` into a fresh `staging` folder; on failure removes it and throws. */
async function writeFiles(staging: string, files: AsyncIterable<[string, FileContent]> | Iterable<[string, FileContent]>): Promise<void> {
  await rm(staging, { recursive: true, force: true });
  const folders = new Set<string>();
  const writing = new Set<Promise<void>>();
  let failed: { error: unknown } | null = null;
  // Set in a write's callback, which the compiler does not follow.
  const throwIfFailed = (): void => {
    const failure = failed as { error: unknown } | null;
    if (failure) throw failure.error;
  };
  try {
    for await (const [relative, content] of files) {
      const file = path.join(staging, relative);
      const folder = path.dirname(file);
      if (!folders.has(folder)) {
        await mkdir(folder, { recursive: true });
        folders.add(folder);
      }
      if (content instanceof Chunks) {
        await writeChunks(file, content);
        continue;
      }
      // A write that fails is kept as the failure, thrown at the next file or at the end.
      const write: Promise<void> = writeFile(file, content).then(
        () => void writing.delete(write),
        (error: unknown) => {
          writing.delete(write);
          failed ??= { error };
        },
      );
      writing.add(write);
      if (writing.size >= writesInFlight) await Promise.race(writing);
      throwIfFailed();
    }
    await Promise.all(writing);
    throwIfFailed();
    await mkdir(staging, { recursive: true });
  } catch (error) {
    await Promise.allSettled(writing);
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
}

/** Characters gathered before a write: each write is a call to the file system, and a file of small pieces paid it per piece. */
const writeEvery = 1 << 20;

/**
 * Writes a file piece by piece, each piece made just before it is written, the small ones
 * gathered into writes of about a megabyte; the next megabyte is made while the last is written
 * (writeFile on the handle writes all it is given, from where the last write ended).
 */
async function writeChunks(file: string, content: Chunks): Promise<void> {
  const handle = await open(file, 'w');
  let writing: Promise<void> = Promise.resolve();
  try {
    let gathered: string[] = [];
    let length = 0;
    for (const piece of content.pieces()) {
      gathered.push(piece);
      length += piece.length;
      if (length >= writeEvery) {
        const text = gathered.join('');
        await writing;
        writing = handle.writeFile(text);
        gathered = [];
        length = 0;
      }
    }
    await writing;
    if (gathered.length > 0) await handle.writeFile(gathered.join(''));
  } finally {
    await writing.catch(() => {});
    await handle.close();
  }
}

/**
 * Puts the complete folder `staging` in the place of `target` with two renames: the old one
 * aside, the new one in, then the old one removed. Whatever fails, `target` is whole.
 */
export async function swapIntoPlace(staging: string, target: string): Promise<void> {
  const retired = `${target}.old-${process.pid}`;
  let hadPrevious = true;
  try {
    await rename(target, retired);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    hadPrevious = false;
  }
  try {
    await rename(staging, target);
  } catch (error) {
    if (hadPrevious) await rename(retired, target);
    throw error;
  }
  if (hadPrevious) await rm(retired, { recursive: true, force: true });
}
