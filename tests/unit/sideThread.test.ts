// The side thread: a task gives the same result in the worker as in this thread (files' bytes
// handed over whole), and a task that fails is refused with its error while the tasks after it still run.
import { afterAll, describe, expect, it } from 'vitest';
import { markdownSource } from '../../ingest/emit/markdown.ts';
import { reuseDocument } from '../../ingest/stages/reuse.ts';
import { sideHere, sideWorker } from '../../ingest/sideThread.ts';
import { manifestEntry, runDocument } from '../helpers.ts';

const plan = runDocument('第一章 总体要求\n\n第一节 指导思想\n\n坚持稳中求进工作总基调，推动高质量发展取得新成效。\n', manifestEntry({ id: 'plan', kind: 'master-plan' })).document;
const report = runDocument('一、主要工作\n\n我们坚持稳中求进工作总基调，推动高质量发展。\n', manifestEntry({ id: 'report', kind: 'government-work-report' })).document;

describe('the side thread', () => {
  const worker = sideWorker();
  afterAll(() => worker.close());

  it('makes the same Markdown and shared wording in a worker as here', async () => {
    const here = sideHere();
    const documents = [plan, report].map(reuseDocument);
    const job = { documents, plan: documents[0]!, options: { minLength: 8, maxEdit: 5, minResume: 3, formulaicDocuments: 3, setPhrases: [] } };
    const [reuseThere, reuseHere] = await Promise.all([worker.run('reuse', job), here.run('reuse', job)]);
    expect(reuseHere.spans.map((span) => span.text)).toEqual(['坚持稳中求进工作总基调，推动高质量发展']);
    expect(reuseThere).toEqual(reuseHere);
    const sources = [plan, report].map(markdownSource);
    const markdown = await worker.run('markdown', sources);
    expect([...markdown.keys()]).toEqual(['markdown/plan.md', 'markdown/report.md']);
    expect(markdown).toEqual(await here.run('markdown', sources));
  });

  it('refuses a task that fails with its error, and runs the ones after it', async () => {
    const failing = worker.run('reuse', { documents: [], plan: reuseDocument(plan), options: { minLength: 1, maxEdit: 5, minResume: 3, formulaicDocuments: 3, setPhrases: [] } });
    const next = worker.run('markdown', [markdownSource(report)]);
    await expect(failing).rejects.toThrow(/minLength must be at least 2/u);
    expect(new TextDecoder().decode((await next).get('markdown/report.md'))).toContain('主要工作');
  });
});
