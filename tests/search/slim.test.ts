// The Pagefind index with what the site never reads taken out (search/pagefind/slim.ts) and its
// fragments numbered (search/pagefind/fragmentNames.ts): the same hits, filters and facets as
// the index Pagefind wrote, from smaller fragments and a smaller pf_meta.
import { cp, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { beforeAll, describe, expect, it } from 'vitest';
import { searchPassages, type Filters } from '../../search/engine.ts';
import { loadNodePagefind } from '../../search/pagefind/nodeClient.ts';
import { deflateDataFile, inflateDataFile, slimIndex, unusedAssets } from '../../search/pagefind/slim.ts';
import { numberFragments } from '../../search/pagefind/fragmentNames.ts';
import { decodeCbor, encodeCbor } from '../../search/pagefind/cbor.ts';
import { parseQuery } from '../../search/query.ts';
import { recordTokens } from '../../search/meilisearch/documents.ts';

const passages = [
  { id: 'p01', document: 'plan', topic: 'ocean', text: '发展海洋经济，壮大海洋产业。' },
  { id: 'p02', document: 'plan', topic: 'economy', text: '经济发展中，海洋牧场建设加快。' },
  { id: 'p01', document: 'report', topic: 'ocean', text: '海洋经济增加值增长，疫情防控有力。' },
  { id: 'p02', document: 'report', topic: 'business', text: '强力推进“双招双引”，优化营商环境。' },
];

let full: string;
let slim: string;
let numbered: string;
let saved: number;

beforeAll(async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'policy-reader-slim-'));
  full = path.join(dir, 'full');
  slim = path.join(dir, 'slim');
  const { index } = await pagefind.createIndex({ forceLanguage: 'en', writePlayground: false });
  for (const passage of passages) {
    await index!.addCustomRecord({
      url: `/docs/${passage.document}/#${passage.id}`,
      content: recordTokens({ text: passage.text, before: '', textEn: '' }).join(' '),
      language: 'en',
      meta: { text: passage.text, heading: '第一章' },
      filters: { document: [passage.document], topic: [passage.topic], kind: ['plan'] },
    });
  }
  await index!.writeFiles({ outputPath: full });
  await pagefind.close();
  await cp(full, slim, { recursive: true });
  saved = await slimIndex(slim);
  numbered = path.join(dir, 'numbered');
  await cp(slim, numbered, { recursive: true });
  await numberFragments(numbered);
});

const metaFileOf = (hash: string) => `pagefind.${hash}.pf_meta`;

/** The pf_meta file of an index folder, and its decoded content. */
const metaOf = async (folder: string) => {
  const name = (await readdir(folder)).find((file) => file.endsWith('.pf_meta'))!;
  const body = await inflateDataFile(await readFile(path.join(folder, name)), name);
  return { name, file: path.join(folder, name), body, meta: decodeCbor(body) as [string, Array<[string, number, string]>, ...unknown[]] };
};

const queries: Array<[string, Filters]> = [['海洋经济', {}], ['海洋', { topic: ['ocean'] }], ['"双招双引"', {}], ['海洋 -疫情', { document: ['plan'] }]];

/** Every query's page, from the index in `folder`; each folder's pagefind.js is a module of its own, with its own index. */
const answers = async (folder: string) => {
  const { api } = await loadNodePagefind(folder);
  const pages = [];
  for (const [query, filters] of queries) pages.push(await searchPassages(api, parseQuery(query), filters, 'all'));
  return pages;
};

const inflate = async (file: string) => {
  const bytes = gunzipSync(await readFile(file));
  expect(bytes.subarray(0, 12).toString()).toBe('pagefind_dcd');
  return JSON.parse(bytes.subarray(12).toString()) as { url: string; content: string; filters: Record<string, string[]>; meta: Record<string, string> };
};

describe('slimIndex', () => {
  it('keeps of each fragment its url, document filter and meta, without the indexed text', async () => {
    const names = await readdir(path.join(slim, 'fragment'));
    expect(names).toHaveLength(passages.length);
    for (const name of names) {
      const before = await inflate(path.join(full, 'fragment', name));
      const after = await inflate(path.join(slim, 'fragment', name));
      expect(before.content).not.toBe('');
      expect(after).toEqual({ ...before, content: '', filters: { document: before.filters.document } });
    }
    expect(saved).toBeGreaterThan(0);
  });

  it("removes Pagefind's own UIs and the unknown language's WebAssembly, and keeps what pagefind.js loads", async () => {
    const before = await readdir(full);
    const after = await readdir(slim);
    expect(before).toEqual(expect.arrayContaining(unusedAssets));
    expect(after.filter((name) => unusedAssets.includes(name))).toEqual([]);
    expect(after).toEqual(expect.arrayContaining(['pagefind.js', 'pagefind-worker.js', 'pagefind-entry.json', 'wasm.en.pagefind', 'fragment', 'index', 'filter']));
  });

  it('answers every query as the index Pagefind wrote: hits, their document, filters and facets', async () => {
    const fullPages = await answers(full);
    expect(fullPages[0]!.hits.map((hit) => hit.documentId).sort()).toEqual(['plan', 'report']);
    expect(fullPages[1]!.hits.map((hit) => hit.url).sort()).toEqual(['/docs/plan/#p01', '/docs/report/#p01']);
    expect(fullPages[1]!.facets.topic).toEqual({ business: 0, economy: 0, ocean: 2 });
    expect(await answers(slim)).toEqual(fullPages);
  });

  it('stops at a fragment that is not what Pagefind wrote', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'policy-reader-slim-bad-'));
    await cp(full, dir, { recursive: true });
    const [name] = await readdir(path.join(dir, 'fragment'));
    await writeFile(path.join(dir, 'fragment', name!), gzipSync(Buffer.from('{"url":"/x"}')));
    await expect(slimIndex(dir)).rejects.toThrow(/does not start with pagefind_dcd/u);
  });
});

describe('numberFragments', () => {
  it("decodes and encodes Pagefind's pf_meta to the same bytes", async () => {
    const { body } = await metaOf(full);
    expect(Buffer.from(encodeCbor(decodeCbor(body))).equals(body)).toBe(true);
  });

  it('moves every fragment to a numbered name in a folder named by the pf_meta, and lists those names in a pf_meta named anew', async () => {
    const before = await metaOf(slim);
    const after = await metaOf(numbered);
    const folder = before.name.replace(/^pagefind\.|\.pf_meta$/gu, '');
    // The rewritten pf_meta under a name of its own, which the entry file gives pagefind.js.
    expect(after.name).not.toBe(before.name);
    expect((await readdir(numbered)).filter((name) => name.endsWith('.pf_meta'))).toEqual([after.name]);
    const entry = JSON.parse(await readFile(path.join(numbered, 'pagefind-entry.json'), 'utf8')) as { languages: { en: { hash: string } } };
    expect(metaFileOf(entry.languages.en.hash)).toBe(after.name);
    expect(after.meta[1].map((page) => page[0])).toEqual(passages.map((_, index) => `${folder}/${index.toString(36)}`));
    // Word counts and everything else in pf_meta as they were.
    expect(after.meta[1].map((page) => page.slice(1))).toEqual(before.meta[1].map((page) => page.slice(1)));
    expect(after.meta.slice(2)).toEqual(before.meta.slice(2));
    expect((await readdir(path.join(numbered, 'fragment'))).sort()).toEqual([folder]);
    for (const [index, [name]] of before.meta[1].entries()) {
      const moved = await readFile(path.join(numbered, 'fragment', folder, `${index.toString(36)}.pf_fragment`));
      expect(moved.equals(await readFile(path.join(slim, 'fragment', `${name}.pf_fragment`)))).toBe(true);
    }
  });

  it('answers every query as the index Pagefind wrote', async () => {
    expect(await answers(numbered)).toEqual(await answers(full));
  });

  it('stops at a pf_meta that does not list its pages as Pagefind 1.x does, naming it', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'policy-reader-numbered-bad-'));
    await cp(slim, dir, { recursive: true });
    const { name, file, meta } = await metaOf(dir);
    await writeFile(file, await deflateDataFile(encodeCbor([meta[0], meta[1].map(([hash]) => hash)])));
    await expect(numberFragments(dir)).rejects.toThrow(new RegExp(`${name.replaceAll('.', '\\.')} does not list its pages`, 'u'));
  });
});
