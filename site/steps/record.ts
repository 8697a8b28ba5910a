// The record a step leaves beside its output: the hashes of the inputs it was made from (never
// the inputs themselves: dist/ is served publicly). Written last and atomically, so an output
// that a killed or failed step left half written is never taken as done.
import { rename, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import type { InputsState } from './inputs.ts';

/** The file, in an output folder, that records how each step wrote that folder. */
export const recordName = '.build-inputs.json';

const stepRecord = z.object({ hash: z.string(), inputs: z.record(z.string(), z.string()), output: z.string().optional() });
const recordSchema = z.record(z.string(), stepRecord);

/** What one step was made from, and (for a folder a later step reads) the hash of what it wrote. */
export type StepRecord = z.infer<typeof stepRecord>;
export type FolderRecord = Record<string, StepRecord>;

/** The record of `folder`; empty when there is none or it cannot be read (then every step runs). */
export async function readRecord(folder: string): Promise<FolderRecord> {
  const text = await readFile(path.join(folder, recordName), 'utf8').catch(() => null);
  if (text === null) return {};
  try {
    const parsed = recordSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : {};
  } catch {
    return {};
  }
}

/** Writes the record of `folder` through a temporary file renamed into place. */
export async function writeRecord(folder: string, record: FolderRecord): Promise<void> {
  const file = path.join(folder, recordName);
  const temporary = `${file}.tmp-${process.pid}`;
  await writeFile(temporary, `${JSON.stringify(record, null, 2)}\n`);
  await rename(temporary, file);
}

/** Whether a step runs, and the reason it says. */
export interface Decision {
  runs: boolean;
  reason: string;
}

/**
 * Decides whether a step runs: when forced, when its output is missing, has no record or was
 * changed since it was written (`output`, its hash now), or when an input's hash differs from the
 * recorded one (the reason names those inputs).
 * @example decide(current, record.site, { force: false, outputWhole: true }) // { runs: false, reason: 'its inputs are unchanged (build/, code, …)' }
 */
export function decide(current: InputsState, recorded: StepRecord | undefined, { force, outputWhole, output }: { force: boolean; outputWhole: boolean; output?: string }): Decision {
  if (force) return { runs: true, reason: '--force' };
  if (!outputWhole) return { runs: true, reason: 'no earlier output' };
  if (recorded === undefined) return { runs: true, reason: 'no record of the inputs of the earlier output' };
  if (output !== undefined && recorded.output !== output) return { runs: true, reason: 'its output was changed since it was written' };
  const labels = Object.keys(current.inputs);
  const changed = [...new Set([...labels, ...Object.keys(recorded.inputs)])].filter((label) => current.inputs[label] !== recorded.inputs[label]);
  if (changed.length > 0) return { runs: true, reason: `changed: ${changed.join(', ')}` };
  if (recorded.hash !== current.hash) return { runs: true, reason: 'the record was made by another version of the build' };
  return { runs: false, reason: `its inputs are unchanged (${labels.join(', ')})` };
}
