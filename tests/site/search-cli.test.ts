// npm run search against the built index, as a researcher runs it.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers.ts';

const search = (...args: string[]) => execFileSync(process.execPath, [path.join(projectRoot, 'search', 'cli.ts'), ...args], { cwd: projectRoot, encoding: 'utf8' });

interface Result { url: string; documentId: string; text: string; excerpt: string }

describe('npm run search', () => {
  it('prints every passage holding a quoted phrase as JSON, in rank order, with site URLs and marked excerpts', () => {
    const results = JSON.parse(search('"海洋经济"', '--all', '--json')) as Result[];
    expect(results.length).toBeGreaterThan(5);
    for (const result of results) {
      expect(result.text).toContain('海洋经济');
      expect(result.url).toMatch(/^\/docs\/[a-z0-9-]+\/([a-z0-9]+\/)?#\S+$/u);
      expect(result.excerpt).toContain('<mark>海洋经济</mark>');
    }
  });

  it('narrows to a document and limits the count', () => {
    const results = JSON.parse(search('海洋', '--doc', 'west-coast-feature-2022', '--limit', '3', '--json')) as Result[];
    expect(results).toHaveLength(3);
    expect(new Set(results.map((result) => result.documentId))).toEqual(new Set(['west-coast-feature-2022']));
  });

  it('excludes passages holding a -term', () => {
    const all = JSON.parse(search('"海洋经济"', '--all', '--json')) as Result[];
    const without = JSON.parse(search('"海洋经济"', '-海洋牧场', '--all', '--json')) as Result[];
    expect(without.length).toBeLessThan(all.length);
    expect(without.some((result) => result.text.includes('海洋牧场'))).toBe(false);
  });
});
