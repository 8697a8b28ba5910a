// The side thread's worker (sideThread.ts): runs each task it is sent, in the order sent, and
// posts its result or its error back under the task's number.
import { parentPort } from 'node:worker_threads';
import { sideTasks, type SideTask } from './sideTasks.ts';

export interface SideJob {
  id: number;
  task: SideTask;
  input: unknown;
}

export type SideOutcome = { id: number; result: unknown } | { id: number; error: string };

parentPort!.on('message', ({ id, task, input }: SideJob) => {
  try {
    const result = (sideTasks[task] as (input: unknown) => unknown)(input);
    // Files' bytes move to the other thread instead of being copied.
    const transfer = result instanceof Map ? [...result.values()].filter((value) => value instanceof Uint8Array).map((bytes: Uint8Array) => bytes.buffer as ArrayBuffer) : [];
    parentPort!.postMessage({ id, result } satisfies SideOutcome, transfer);
  } catch (error) {
    parentPort!.postMessage({ id, error: (error as Error).stack ?? String(error) } satisfies SideOutcome);
  }
});
