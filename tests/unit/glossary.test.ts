import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DiagnosticSink } from '../../ingest/diagnostics.ts';
import { glossaryProblems, glossarySchema, type GlossaryTerm } from '../../ingest/schema/glossary.ts';
import { loadGlossary } from '../../ingest/stages/load.ts';

const term = (overrides: Partial<GlossaryTerm> = {}): GlossaryTerm => ({
  id: 'fang-guan-fu',
  zh: '放管服',
  pinyin: 'fàng guǎn fú',
  en: 'streamlining administration',
  explanation: 'A reform.',
  aliases: [],
  enAliases: [],
  topic: 'reform',
  ...overrides,
});
const topics = new Set(['reform']);
const rules = (terms: GlossaryTerm[]) => glossaryProblems(terms, topics).map((problem) => problem.rule);

describe('glossary checks', () => {
  it('accepts a well-formed glossary, latin terms without pinyin included', () => {
    expect(rules([term(), term({ id: 'rcep', zh: 'RCEP', pinyin: '', topic: null }), term({ id: 'shi-jie-500-qiang', zh: '世界500强', pinyin: 'shì jiè 500 qiáng' })])).toEqual([]);
  });
  it('rejects a repeated id, and a Chinese form that two terms claim', () => {
    expect(rules([term(), term()])).toContain('glossary-duplicate-id');
    expect(rules([term(), term({ id: 'other', zh: '简政放权', pinyin: 'jiǎn zhèng fàng quán', aliases: ['放管服'] })])).toEqual(['glossary-duplicate-form']);
  });
  it('rejects an unknown topic and pinyin with the wrong number of syllables', () => {
    expect(rules([term({ topic: 'nowhere' })])).toEqual(['glossary-topic']);
    expect(rules([term({ pinyin: 'fàngguǎn fú' })])).toEqual(['glossary-pinyin']);
  });
  it('refuses forms jieba could not keep as one word', () => {
    expect(glossarySchema.safeParse({ terms: [term({ aliases: ['双随机、一公开'] })] }).success).toBe(false);
    expect(glossarySchema.safeParse({ terms: [term({ aliases: ['放管 服'] })] }).success).toBe(false);
    expect(glossarySchema.safeParse({ terms: [term({ aliases: ['中国（山东）自由贸易试验区青岛片区'] })] }).success).toBe(true);
  });
  it('names the file and the line of the field at fault', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'glossary-'));
    const text = JSON.stringify({ terms: [term(), term({ id: 'two', topic: 'nowhere', zh: '双招双引', pinyin: 'shuāng zhāo shuāng yǐn' })] }, null, 2);
    await writeFile(path.join(dir, 'glossary.json'), text);
    const sinks: DiagnosticSink[] = [];
    const loaded = await loadGlossary(dir, [{ id: 'reform', zh: '改革', en: 'Reform', strong: [], terms: [] }], sinks);
    expect(loaded).toEqual([]);
    const [problem] = sinks.flatMap((sink) => sink.list);
    expect(problem).toMatchObject({ file: path.join(dir, 'glossary.json'), rule: 'glossary-topic', severity: 'error', line: text.split('\n').findIndex((line) => line.includes('"nowhere"')) + 1 });
  });
});
