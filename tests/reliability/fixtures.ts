// What the reliability suites share: a small corpus folder they can break one way at a time,
// and the ingest CLI run as a user runs it.
import { execFile } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { corpusDir, manifestEntry, projectRoot, searchConfigDir } from '../helpers.ts';
import type { ManifestEntry } from '../../ingest/schema/manifest.ts';

const execFileAsync = promisify(execFile);

export const ingestCli = path.join(projectRoot, 'ingest', 'cli.ts');
export const searchCli = path.join(projectRoot, 'search', 'cli.ts');

export interface Run { code: number; stdout: string; stderr: string }

/** Runs a Node script and returns its exit code and output instead of throwing. */
export async function runNode(script: string, args: readonly string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<Run> {
  try {
    const { stdout, stderr } = await execFileAsync(process.execPath, [script, ...args], { cwd: options.cwd ?? projectRoot, env: options.env ?? process.env, maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failure = error as { code: number; stdout: string; stderr: string };
    return { code: failure.code, stdout: failure.stdout, stderr: failure.stderr };
  }
}

/** Runs `npm run ingest` with the project's search-config unless the arguments name another. */
export const ingest = (...args: string[]): Promise<Run> =>
  runNode(ingestCli, args.includes('--search-config') ? args : ['--search-config', searchConfigDir, ...args]);

/** A fresh scratch folder. */
export const scratch = (name: string): Promise<string> => mkdtemp(path.join(tmpdir(), `policy-reader-${name}-`));

/** A master plan short enough to ingest in a second, long enough to have chapters, sections and paragraphs. */
export const planText = [
  '第一章 总体要求',
  '',
  '第一节 发展目标',
  '',
  '建设海洋经济强市。到2025年，海洋生产总值占比达到30%。',
  '',
  '第二章 保障措施',
  '',
  '第一节 组织实施',
  '',
  '加强党的全面领导。健全规划实施机制，推动数字经济发展。',
  '',
].join('\n');

export const reportText = ['一、发展海洋经济', '', '推动海洋经济高质量发展，建设数字经济高地。', ''].join('\n');

/**
 * Writes a two-document corpus (a master plan and a report) with the project's topics.json and
 * no glossary; `change` edits the manifest entries or adds files before it is written.
 */
export async function smallCorpus(
  dir: string,
  change: { entries?: (entries: ManifestEntry[]) => ManifestEntry[]; files?: Record<string, string | Uint8Array> } = {},
): Promise<string> {
  await mkdir(dir, { recursive: true });
  let entries = [
    manifestEntry({ id: 'test-plan', file: 'plan.txt', kind: 'master-plan' }),
    manifestEntry({ id: 'test-report', file: 'report.txt', kind: 'congress-report', level: 'district', title: { zh: '测试报告', en: 'Test report' } }),
  ];
  if (change.entries) entries = change.entries(entries);
  await writeFile(path.join(dir, 'manifest.json'), `${JSON.stringify({ documents: entries }, null, 2)}\n`);
  await copyFile(path.join(corpusDir, 'topics.json'), path.join(dir, 'topics.json'));
  await writeFile(path.join(dir, 'translations.json'), '{ "headings": {} }\n');
  await writeFile(path.join(dir, 'plan.txt'), planText);
  await writeFile(path.join(dir, 'report.txt'), reportText);
  for (const [name, content] of Object.entries(change.files ?? {})) {
    await mkdir(path.dirname(path.join(dir, name)), { recursive: true });
    await writeFile(path.join(dir, name), content);
  }
  return dir;
}

/** Every file under a folder with its bytes, for "left exactly as it was" checks. */
export async function snapshot(dir: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) {
      const file = path.join(entry.parentPath, entry.name);
      files.set(path.relative(dir, file), (await readFile(file)).toString('base64'));
    }
  }
  return files;
}

/** The 1-based line of the first occurrence of `needle` in a file's text. */
export const lineOf = (text: string, needle: string): number => text.slice(0, text.indexOf(needle)).split('\n').length;
