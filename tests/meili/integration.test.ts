// Against a real Meilisearch server at MEILI_URL (admin key in MEILI_ADMIN_KEY or
// MEILI_MASTER_KEY): push the corpus, phrase recall, filters and facets, a re-push while
// queries run, and a push that fails half-way. tests/meiliServer.ts starts the bundled server
// for the run (or keeps the user's MEILI_URL) and says at the end of the run which one was used,
// or why the suite was skipped.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Meilisearch } from 'meilisearch';
import { meiliConnection, type MeiliConnection } from '../../search/meilisearch/client.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOutputs } from '../../ingest/emit/outputs.ts';
import { writeBuild } from '../../ingest/emit/writeBuild.ts';
import { ingestCorpus } from '../../ingest/pipeline.ts';
import { loadSearchInputs } from '../../search/buildData.ts';
import { meiliSearchPassages } from '../../search/meilisearch/backend.ts';
import { meiliDocuments, type MeiliDocument } from '../../search/meilisearch/documents.ts';
import { meiliServerEnv } from '../../search/meilisearch/env.ts';
import { ensureSearchKey, pushIndex } from '../../search/meilisearch/push.ts';
import { loadMeiliConfig, type MeiliConfig } from '../../search/meilisearch/settings.ts';
import { parseQuery } from '../../search/query.ts';
import { expandQuery } from '../../search/crosslingual/expand.ts';
import type { Lexicon } from '../../search/crosslingual/lexicon.ts';
import { corpusDir, searchConfigDir } from '../helpers.ts';

const env = meiliServerEnv();
const unavailable = typeof env === 'string';

describe.skipIf(unavailable)('Meilisearch, against the server at MEILI_URL', () => {
  // The describe body is collected even when skipped: nothing here may touch `env` before beforeAll.
  const server = () => env as Exclude<typeof env, string>;
  let connection: MeiliConnection;
  let config: MeiliConfig;
  let documents: MeiliDocument[];
  let lexicon: Lexicon;
  let build: string | undefined;

  beforeAll(async () => {
    connection = meiliConnection(server().MEILI_URL, server().MEILI_ADMIN_KEY, server().limits);
    const run = await ingestCorpus({ corpusDir, searchConfigDir });
    build = path.join(await mkdtemp(path.join(tmpdir(), 'policy-reader-meili-')), 'build');
    await writeBuild(build, buildOutputs(run));
    const inputs = await loadSearchInputs(build);
    documents = meiliDocuments(inputs.documents, inputs.urls, inputs.headingsEn);
    lexicon = run.lexicon;
    config = { ...(await loadMeiliConfig(searchConfigDir, lexicon)), index: `policy_reader_test_${process.pid}` };
    await pushIndex(connection, config, documents);
  }, 600_000);

  afterAll(async () => {
    if (connection && config) await connection.client.deleteIndexIfExists(config.index);
    if (build) await rm(path.dirname(build), { recursive: true, force: true });
  });

  const index = () => connection.client.index<MeiliDocument>(config.index);
  const live = () => ({ ...connection, index: config.index });
  const truth = (phrase: string) => new Set(documents.filter((document) => document.text.includes(phrase)).map((document) => document.url));

  it('holds every passage', async () => {
    expect((await index().getStats()).numberOfDocuments).toBe(documents.length);
  });

  it('finds every passage holding a phrase, inside longer words too, and ranks them first', async () => {
    for (const phrase of ['海洋经济', '双招双引', '处理', '农业', '营商环境', '放管服', '自贸片区', '高质量发展', '数字经济', '乡村振兴']) {
      const expected = truth(phrase);
      const page = await meiliSearchPassages(live(), parseQuery(phrase), {}, 'all');
      const urls = page.hits.map((hit) => hit.url);
      expect(urls.filter((url) => expected.has(url)).length, phrase).toBe(expected.size);
      expect(urls.slice(0, expected.size).filter((url) => expected.has(url)).length / Math.max(expected.size, 1), phrase).toBeGreaterThanOrEqual(0.98);
      const exact = await meiliSearchPassages(live(), parseQuery(`"${phrase}"`), {}, 'all');
      expect(exact.hits.every((hit) => hit.text.includes(phrase)), phrase).toBe(true);
    }
  });

  it('finds headings, box titles and captions at their own anchors, and a phrase running from a lifted lead into its paragraph', async () => {
    for (const title of documents.filter((document) => ['heading', 'box-title', 'caption'].includes(document.recordKind)).filter((_, position) => position % 15 === 0)) {
      const phrase = title.text.split('\n')[0]!.replace(/["“”]/gu, ' ').split(' ').sort((a, b) => b.length - a.length)[0]!;
      const page = await meiliSearchPassages(live(), parseQuery(`"${phrase}"`), {}, 'all');
      expect(page.hits.find((hit) => hit.url === title.url), phrase).toMatchObject({ kind: title.recordKind, exact: true });
    }
    const lead = documents.find((document) => document.before !== '')!;
    const crossing = `${lead.before.slice(-3)}${lead.text.slice(0, 3)}`;
    const page = await meiliSearchPassages(live(), parseQuery(`"${crossing}"`), {}, 'all');
    expect(page.hits.map((hit) => hit.url), crossing).toContain(lead.url);
  });

  it('answers English, pinyin and traditional queries through the shared expansion, and applies the glossary synonyms', async () => {
    for (const [typed, term] of [['marine economy', '海洋经济'], ['fang guan fu', '放管服'], ['海洋經濟', '海洋经济']] as const) {
      const page = await meiliSearchPassages(live(), expandQuery(parseQuery(typed), lexicon).query, {}, 'all');
      expect(page.hits.filter((hit) => hit.text.includes(term)).length, typed).toBe(truth(term).size);
      expect(page.hits[0]!.matched.map((match) => match.form), typed).toContain(term);
    }
    const settings = await index().getSettings();
    expect(Object.keys(settings.synonyms ?? {})).toContain('marine economy');
  });

  it('ranks English queries by concept and searches the English text too: a word without Chinese does not empty the answer', async () => {
    const page = await meiliSearchPassages(live(), expandQuery(parseQuery('sewage zorblax'), lexicon).query, {}, 20);
    expect(page.hits.length).toBeGreaterThan(0);
    expect(page.hits.every((hit) => hit.missing.includes('zorblax'))).toBe(true);
    expect(page.hits.some((hit) => hit.matchedEnglish.includes('sewage'))).toBe(true);
    // A quoted English phrase of a passage's translation: that passage, and only passages whose English holds it.
    const passage = documents.find((document) => document.recordKind === 'paragraph' && document.textEn.split(' ').length > 12)!;
    const phrase = passage.textEn.split(' ').slice(4, 8).join(' ').replace(/[^A-Za-z0-9 -]/gu, '');
    const quoted = await meiliSearchPassages(live(), expandQuery(parseQuery(`"${phrase}"`), lexicon).query, {}, 'all');
    expect(quoted.hits.map((hit) => hit.url), phrase).toContain(passage.url);
    expect(quoted.hits.every((hit) => hit.textEn.toLowerCase().includes(phrase.toLowerCase()) || hit.matched.length > 0), phrase).toBe(true);
  });

  it('lets clients that send plain Chinese find a word inside longer words, policy terms and stop words too', async () => {
    // As instant-meilisearch or curl would ask: Meilisearch's defaults, no codes, no project query layer.
    // Each of these missed passages before the bigrams field and without the dictionary and stop words.
    for (const word of ['处理', '自贸片区', '高质量发展', '发展', '质量', '新区', '经济']) {
      const expected = truth(word);
      const answer = await index().search(word, { limit: 1000, attributesToRetrieve: ['url'] });
      const urls = new Set(answer.hits.map((hit) => hit.url));
      expect([...expected].filter((url) => !urls.has(url)), word).toEqual([]);
    }
  });

  it('filters and counts facets', async () => {
    const page = await meiliSearchPassages(live(), parseQuery('"海洋"'), { document: ['west-coast-feature-2022'] }, 'all');
    expect(new Set(page.hits.map((hit) => hit.documentId))).toEqual(new Set(['west-coast-feature-2022']));
    const all = await meiliSearchPassages(live(), parseQuery('"海洋"'), {}, 'all');
    const counted = Object.values(all.facets.document ?? {}).reduce((total, count) => total + count, 0);
    expect(counted).toBe(truth('海洋').size);
  });

  it('keeps answering while the index is pushed again', async () => {
    let pushing = true;
    const push = pushIndex(connection, config, documents).finally(() => {
      pushing = false;
    });
    let queries = 0;
    while (pushing) {
      const page = await meiliSearchPassages(live(), parseQuery('海洋经济'), {}, 5);
      expect(page.hits.length).toBeGreaterThan(0);
      queries += 1;
    }
    await push;
    expect(queries).toBeGreaterThan(0);
  });

  it('leaves the live index serving the previous version when a push fails half-way', async () => {
    const broken = [...documents.slice(0, 600), { ...documents[600]!, id: 'not a valid id!' }];
    await expect(pushIndex(connection, config, broken, () => {}, 300)).rejects.toThrow(/failed/u);
    expect((await index().getStats()).numberOfDocuments).toBe(documents.length);
    const { results } = await connection.client.getIndexes({ limit: 1000 });
    expect(results.filter((entry) => entry.uid.startsWith(`${config.index}_`))).toEqual([]);
  });

  it('gives the site a key that can only search this index', async () => {
    const key = await ensureSearchKey(connection, config.index);
    expect(await ensureSearchKey(connection, config.index)).toBe(key);
    const searchOnly = new Meilisearch({ host: server().MEILI_URL, apiKey: key });
    expect((await searchOnly.index(config.index).search('')).hits.length).toBeGreaterThan(0);
    await expect(searchOnly.index(config.index).deleteAllDocuments().waitTask()).rejects.toThrow();
  });
});
