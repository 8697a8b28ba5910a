// The one way the project talks to a Meilisearch server (push, CLI, bench, tests, the site):
// every request has a timeout, a failed step is tried again a bounded number of times, task
// waits have a deadline, and an error names the server and the step. Runs in the browser too.
import { Meilisearch, MeilisearchApiError, type EnqueuedTaskPromise, type Task } from 'meilisearch';

export interface MeiliLimits {
  /** Milliseconds one HTTP request may take. */
  timeoutMs: number;
  /** How many times a step is tried again after a network error, a time-out or a 5xx/429 answer. */
  retries: number;
  /** Milliseconds a task (index creation, settings, a batch of documents, a swap) may take. */
  taskTimeoutMs: number;
}

/** Seconds, not minutes: a server that accepts and never answers fails a step within about 15 s. */
export const defaultLimits: MeiliLimits = { timeoutMs: 5000, retries: 2, taskTimeoutMs: 30_000 };

export interface MeiliConnection {
  client: Meilisearch;
  host: string;
  limits: MeiliLimits;
}

/**
 * A client with the limits applied.
 * @example const meili = meiliConnection('http://127.0.0.1:7700', key); await step(meili, 'search', () => meili.client.multiSearch(…))
 */
export function meiliConnection(host: string, apiKey: string | undefined, limits: MeiliLimits = defaultLimits): MeiliConnection {
  const client = new Meilisearch({
    host,
    apiKey,
    timeout: limits.timeoutMs,
    defaultWaitOptions: { timeout: limits.taskTimeoutMs, interval: 100 },
    // Meilisearch streams gzip answers in small chunks that wait out the reader's delayed ACK
    // (about 40 ms each on Linux); uncompressed answers come in one write. Browsers ignore the
    // header and choose their own encoding.
    requestInit: { headers: { 'Accept-Encoding': 'identity' } },
  });
  return { client, host, limits };
}

/** True for failures worth another try: no answer, a time-out, the server busy or failing. */
export function transient(error: unknown): boolean {
  if (error instanceof MeilisearchApiError) return error.response.status >= 500 || error.response.status === 429;
  return true;
}

/** Runs one step against the server, tried again on transient failures, with a message naming the server and the step. */
export async function step<T>(connection: Pick<MeiliConnection, 'host' | 'limits'>, name: string, work: () => Promise<T>): Promise<T> {
  let attempt = 0;
  for (;;) {
    try {
      return await work();
    } catch (error) {
      if (attempt >= connection.limits.retries || !transient(error)) {
        const tries = attempt === 0 ? '' : ` (${attempt + 1} attempts)`;
        throw new Error(`Meilisearch at ${connection.host}: ${name} failed${tries}: ${describe(error)}`, { cause: error });
      }
      attempt += 1;
      await new Promise((resolve) => setTimeout(resolve, 200 * attempt));
    }
  }
}

/** Meilisearch's message, with the cause of a network failure (connection refused, time-out). */
function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause instanceof Error ? error.cause : null;
  const root = cause?.cause instanceof Error ? cause.cause : null;
  return [error.message, cause?.message, root?.message].filter((part, index, all) => part && all.indexOf(part) === index).join(': ');
}

/** Waits for a task (within the task deadline) and throws, with Meilisearch's message, unless it succeeded. */
export async function succeeded(connection: MeiliConnection, name: string, enqueue: () => EnqueuedTaskPromise): Promise<Task> {
  // Enqueuing is retried; waiting is not, since its deadline is the limit itself.
  const enqueued = await step(connection, name, async () => enqueue());
  let task: Task;
  try {
    task = await connection.client.tasks.waitForTask(enqueued.taskUid, { timeout: connection.limits.taskTimeoutMs, interval: 100 });
  } catch (error) {
    throw new Error(`Meilisearch at ${connection.host}: ${name}: task ${enqueued.taskUid} did not finish: ${describe(error)}`, { cause: error });
  }
  if (task.status !== 'succeeded') throw new Error(`Meilisearch at ${connection.host}: ${name}: task ${task.uid} (${task.type}) ${task.status}: ${task.error?.message ?? 'no message'}`);
  return task;
}
