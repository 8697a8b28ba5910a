// npm run search against the built index, as a researcher runs it.
import { execFileSync, spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers.ts';

const search = (...args: string[]) => execFileSync(process.execPath, [path.join(projectRoot, 'search', 'cli.ts'), ...args], { cwd: projectRoot, encoding: 'utf8' });

interface Result { url: string; documentId: string; kind: string; text: string; textEn: string; excerpt: string; matched: Array<{ typed: string; form: string }>; matchedEnglish: string[]; missing: string[] }
interface Answer { expansions: Array<{ typed: string; forms: string[]; via: string | null }>; hits: Result[] }

const answer = (...args: string[]) => JSON.parse(search(...args, '--json')) as Answer;

describe('npm run search', () => {
  it('prints every passage holding a quoted phrase as JSON, in rank order, with site URLs and marked excerpts', () => {
    const results = answer('"海洋经济"', '--all').hits;
    expect(results.length).toBeGreaterThan(5);
    for (const result of results) {
      expect(result.text).toContain('海洋经济');
      expect(result.url).toMatch(/^\/docs\/[a-z0-9-]+\/([a-z0-9]+\/)?#\S+$/u);
      expect(result.excerpt).toContain('<mark>海洋经济</mark>');
    }
  });

  it('narrows to a document and limits the count', () => {
    const results = answer('海洋', '--doc', 'west-coast-feature-2022', '--limit', '3').hits;
    expect(results).toHaveLength(3);
    expect(new Set(results.map((result) => result.documentId))).toEqual(new Set(['west-coast-feature-2022']));
  });

  it('refuses an unknown --doc or --topic id with exit code 2, listing the known ids', () => {
    for (const [option, id, known] of [['--doc', 'west-coast-feature-2099', 'west-coast-feature-2022'], ['--topic', 'no-such-topic', 'ocean-economy']] as const) {
      const result = spawnSync(process.execPath, [path.join(projectRoot, 'search', 'cli.ts'), '海洋', option, id, '--json'], { cwd: projectRoot, encoding: 'utf8' });
      expect(result.status).toBe(2);
      expect(result.stderr).toContain(`${option}: unknown id "${id}"; known ids: `);
      expect(result.stderr).toContain(known);
      expect(result.stdout).toBe('');
    }
  });

  it('excludes passages holding a -term', () => {
    const all = answer('"海洋经济"', '--all').hits;
    const without = answer('"海洋经济"', '-海洋牧场', '--all').hits;
    expect(without.length).toBeLessThan(all.length);
    expect(without.some((result) => result.text.includes('海洋牧场'))).toBe(false);
  });

  it('answers an English query with Chinese passages and says which term it searched', () => {
    const { expansions, hits } = answer('marine', 'economy', '--all');
    expect(expansions).toEqual([expect.objectContaining({ typed: 'marine economy', forms: ['海洋经济'], via: 'glossary' })]);
    expect(hits.length).toBeGreaterThan(5);
    // Every hit holds the term in its Chinese, or the words in its English translation (the English leg), and says which.
    for (const hit of hits) {
      if (hit.text.includes('海洋经济')) expect(hit.matched).toEqual([{ typed: 'marine economy', form: '海洋经济' }]);
      else expect(hit.matchedEnglish).toEqual(['marine economy']);
      expect(hit.missing).toEqual([]);
    }
    expect(hits.filter((hit) => hit.text.includes('海洋经济')).length).toBeGreaterThan(5);
    const text = search('marine', 'economy', '--limit', '1');
    expect(text).toContain('searched marine economy → 海洋经济 (glossary)');
  });

  it('answers an English query with a word that has no Chinese, saying which concept each hit lacks and showing both texts', () => {
    const { hits } = answer('sewage', 'zorblax', '--limit', '5');
    expect(hits.length).toBe(5);
    expect(hits.every((hit) => hit.missing.includes('zorblax'))).toBe(true);
    const text = search('sewage', 'zorblax', '--limit', '5');
    expect(text).toContain('(lacks: zorblax)');
    // The other language under the excerpt: a passage with a Chinese excerpt prints its English too.
    const passage = hits.find((hit) => hit.textEn !== '' && /\p{Script=Han}/u.test(hit.excerpt) && !['heading', 'box-title', 'caption'].includes(hit.kind))!;
    expect(text).toContain(passage.textEn.slice(0, 40));
  });
});
