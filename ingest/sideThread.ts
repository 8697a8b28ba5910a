// A second thread for the corpus stages after the documents: a large corpus hands it the work
// that reads only part of the model (sideTasks.ts: reuse, the lexicon, the Markdown and the
// shared wording's files) while this thread tags, links and writes the rest; a small one does
// that work here, where a thread would cost more than it saves. Tasks run in the order given;
// each result is the same wherever it was made.
import { Worker } from 'node:worker_threads';
import { sideTasks, type SideTask, type SideTasks } from './sideTasks.ts';
import type { SideJob, SideOutcome } from './sideWorker.ts';

type Input<Task extends SideTask> = Parameters<SideTasks[Task]>[0];
type Result<Task extends SideTask> = ReturnType<SideTasks[Task]>;

export interface SideThread {
  /** The task's result; the task starts once those given before it are done. */
  run<Task extends SideTask>(task: Task, input: Input<Task>): Promise<Result<Task>>;
  /** Stops the thread; tasks not done are refused. */
  close(): Promise<void>;
}

/** Does each task in this thread, when it is given. */
export function sideHere(): SideThread {
  return {
    run: (task, input) => new Promise((resolve) => resolve((sideTasks[task] as (input: unknown) => Result<typeof task>)(input))),
    close: async () => {},
  };
}

/** Does the tasks in a worker thread. */
export function sideWorker(): SideThread {
  const worker = new Worker(new URL('./sideWorker.ts', import.meta.url));
  const waiting = new Map<number, { resolve: (result: never) => void; reject: (error: Error) => void }>();
  let next = 0;
  const refuseAll = (error: Error) => {
    for (const { reject } of waiting.values()) reject(error);
    waiting.clear();
  };
  worker.on('message', (outcome: SideOutcome) => {
    const job = waiting.get(outcome.id)!;
    waiting.delete(outcome.id);
    if ('error' in outcome) job.reject(new Error(`side thread: ${outcome.error}`));
    else job.resolve(outcome.result as never);
  });
  worker.on('error', refuseAll);
  worker.on('exit', (code) => refuseAll(new Error(`the side thread stopped (exit code ${code})`)));
  return {
    run(task, input) {
      const id = next++;
      const result = new Promise<Result<typeof task>>((resolve, reject) => waiting.set(id, { resolve, reject }));
      // Awaited later, maybe after an earlier task's failure: a refusal must not count as unhandled meanwhile.
      result.catch(() => {});
      worker.postMessage({ id, task, input } satisfies SideJob);
      return result;
    },
    close: async () => {
      await worker.terminate();
    },
  };
}
