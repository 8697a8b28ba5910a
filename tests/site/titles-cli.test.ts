// Headings, box titles and captions through npm run search: each found as a record of its kind,
// at its own anchor, as the reader prints it.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers.ts';
import { titleSamples } from './titleSamples.ts';

interface Hit { url: string; kind: string; heading: string; text: string; excerpt: string; exact: boolean }
const search = (...args: string[]) =>
  (JSON.parse(execFileSync(process.execPath, [path.join(projectRoot, 'search', 'cli.ts'), ...args, '--json'], { cwd: projectRoot, encoding: 'utf8' })) as { hits: Hit[] }).hits;

describe('npm run search finds titles', () => {
  const samples = titleSamples();

  it('has a sample of every kind: heading forms, box titles, table and figure captions', () => {
    const sampled = new Set(samples.map((sample) => sample.sample));
    for (const kind of ['heading:chapter', 'heading:section', 'heading:item-lead', 'heading:dash-lead', 'box', 'table', 'figure']) expect(sampled).toContain(kind);
  });

  it.each(titleSamples().map((sample) => [sample.sample, sample] as const))('finds the %s title at its own anchor, as its kind, marked whole', (_, sample) => {
    const hits = search(`"${sample.query}"`, '--all');
    const own = hits.find((hit) => hit.url === sample.url);
    expect(own, `${sample.query} → ${hits.map((hit) => hit.url).join(' ')}`).toMatchObject({ kind: sample.kind, exact: true });
    expect(own!.excerpt).toContain(`<mark>${sample.query}</mark>`);
    // Among the exact hits, titles rank before the passages that hold the same phrase.
    const titleFirst = hits.filter((hit) => hit.exact).map((hit) => ['heading', 'box-title', 'caption'].includes(hit.kind));
    expect(titleFirst).toEqual([...titleFirst].sort((a, b) => Number(b) - Number(a)));
  });

  it('finds a lead lifted out of its paragraph as printed, and the table of contents is no hit of its own', () => {
    const hits = search('五是打造国际一流营商环境').filter((hit) => hit.exact);
    expect(hits.map((hit) => [hit.url, hit.kind])).toEqual([['/docs/west-coast-congress-report-2021/#n04/i05', 'heading']]);
    const plan = search('"打造国际一流营商环境"', '--doc', 'qingdao-plan-2021');
    expect(plan.map((hit) => hit.url)).toEqual(['/docs/qingdao-plan-2021/c13/#c13/s03']);
  });

  it('finds a phrase running from a lead into its paragraph in the paragraph', () => {
    const hits = search('"国际一流营商环境。聚焦办事"');
    expect(hits.map((hit) => [hit.url, hit.kind])).toEqual([['/docs/west-coast-congress-report-2021/#n04/i05/p01', 'paragraph']]);
    expect(hits[0]!.excerpt).toContain('<mark>国际一流营商环境。聚焦办事</mark>');
  });

  it('finds a heading by its English title', () => {
    // 四是着力激发市场主体活力, the first lead of the congress report's page, before its part (四).
    const hits = search('"Unleash the vitality of market entities"');
    expect(hits.filter((hit) => hit.kind === 'heading').map((hit) => hit.url)).toContain('/docs/west-coast-congress-report-2021/#i04');
    const english = search('"Unleash the vitality"');
    expect(english.filter((hit) => hit.exact).map((hit) => hit.kind)).toContain('heading');
  });
});
