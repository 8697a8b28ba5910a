import { mkdtemp, readdir, readFile, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentMarkdown } from '../../ingest/emit/markdown.ts';
import { searchDocuments } from '../../ingest/emit/searchDocuments.ts';
import { writeBuild } from '../../ingest/emit/writeBuild.ts';
import { compactJsonArray, compactJsonFields } from '../../ingest/emit/outputs.ts';
import { fileText } from '../../ingest/emit/fileContent.ts';
import { runDocument } from '../helpers.ts';

const sample = [
  '第一章 总论',
  '建设国际性综合交通枢纽。统筹“四港联动”。',
  '专栏 1 海港、空港建设重大工程',
  '- ◆ **港口建设：**建设码头。',
  '表 1 主要指标',
  '类别\t指标\n经济\t增速\n\t比重',
  '注：[]内为累计数。',
  '图 1 港口布局示意图',
].join('\n\n');

describe('markdown', () => {
  const markdown = documentMarkdown(runDocument(sample).document);

  it('opens with YAML frontmatter holding the metadata', () => {
    expect(markdown.startsWith('---\nid: test-doc\n')).toBe(true);
    expect(markdown).toContain('titleEn: Test document');
  });
  it('renders headings, bold leads, boxes as quotes with lists, GFM tables and captions', () => {
    expect(markdown).toContain('## 第一章 总论');
    expect(markdown).toContain('**建设国际性综合交通枢纽**。统筹“四港联动”。');
    expect(markdown).toContain('> **专栏 1 海港、空港建设重大工程**');
    expect(markdown).toContain('> - **港口建设**：建设码头。');
    expect(markdown).toContain('| 类别 | 指标 |');
    expect(markdown).toContain('| | 比重 |');
    expect(markdown).toContain('注：\\[]内为累计数。');
    expect(markdown).toContain('*图 1 港口布局示意图*');
  });
  it('never escapes an ideograph as a character reference', () => {
    expect(markdown).not.toMatch(/&#x/u);
  });
});

describe('search documents', () => {
  const { document } = runDocument(sample);
  const documents = searchDocuments(document);
  const byKind = (kind: string) => documents.filter((doc) => doc.recordKind === kind);

  it('has one document per passage with an id Meilisearch accepts and the passage words as ingest cut them', () => {
    expect(documents.filter((doc) => ['paragraph', 'box-item', 'table'].includes(doc.recordKind))).toHaveLength(document.passages.length);
    for (const doc of documents) expect(doc.id).toMatch(/^[A-Za-z0-9_-]+$/u);
    const paragraph = byKind('paragraph')[0]!;
    expect(paragraph).toMatchObject({ passageId: 'test-doc/c01/p01', documentId: 'test-doc', year: 2021, headingPath: ['第一章 总论'], url: '/docs/test-doc/#c01/p01', before: '' });
    expect(paragraph.words.split(' ')).toEqual(document.passages[0]!.tokens);
    expect(paragraph.words).toContain('国际性');
  });

  it('has one record per heading, box title and caption, at its own anchor, with the filters of what follows it, in reading order', () => {
    expect(documents.map((doc) => doc.recordKind)).toEqual(['heading', 'paragraph', 'box-title', 'box-item', 'caption', 'table', 'caption']);
    expect(new Set(documents.map((doc) => doc.url)).size).toBe(documents.length);
    expect(byKind('caption')[0]!.url).toBe('/docs/test-doc/#c01/table1/caption');
    expect(byKind('heading')[0]).toMatchObject({ text: '第一章总论', url: '/docs/test-doc/#c01', chapterId: 'test-doc/c01', headingPath: [], textEn: '' });
    expect(byKind('box-title')[0]).toMatchObject({ text: '专栏 1 海港、空港建设重大工程', url: '/docs/test-doc/#c01/box01', chapterId: 'test-doc/c01', headingPath: ['第一章 总论'] });
    expect(byKind('caption').map((doc) => doc.text)).toEqual(['表1 主要指标\n注：[]内为累计数。', '图1 港口布局示意图']);
    // The table's own record keeps its cells: its caption and note are the caption record's, found once.
    expect(byKind('table')[0]!.text).toBe('类别 指标\n经济 增速\n 比重');
  });

  it('gives box titles and captions the English of their translation units, once they have one', () => {
    const { document: translated } = runDocument(sample);
    translated.translations = {
      'c01/box01/title': { en: 'Major port and airport projects', stale: false },
      'c01/table1/caption': { en: 'Main indicators', stale: false },
      'c01/table1/note': { en: 'Note: [] cumulative figures.', stale: false },
    };
    const records = searchDocuments(translated);
    expect(records.find((doc) => doc.recordKind === 'box-title')!.textEn).toBe('Major port and airport projects');
    expect(records.filter((doc) => doc.recordKind === 'caption').map((doc) => doc.textEn)).toEqual(['Main indicators\nNote: [] cumulative figures.', '']);
  });

  it('gives a title the strongest topics of the passages under it, at most three, inherited ones only when they have no others', () => {
    const { document: tagged } = runDocument(sample);
    const [paragraph, boxItem, table] = tagged.passages;
    paragraph!.topics = [{ id: 'ports', score: 2, inherited: false }, { id: 'trade', score: 1, inherited: false }];
    boxItem!.topics = [{ id: 'shipping', score: 5, inherited: false }];
    table!.topics = [{ id: 'indicators', score: 0.5, inherited: false }, { id: 'planning', score: 9, inherited: true }];
    const records = searchDocuments(tagged);
    expect(records.find((doc) => doc.recordKind === 'heading')!.topics).toEqual(['shipping', 'ports', 'trade']);
    expect(records.find((doc) => doc.recordKind === 'box-title')!.topics).toEqual(['shipping']);
    expect(records.find((doc) => doc.recordKind === 'caption')!.topics).toEqual(['indicators']);
    table!.topics = [{ id: 'planning', score: 9, inherited: true }];
    expect(searchDocuments(tagged).find((doc) => doc.recordKind === 'caption')!.topics).toEqual(['planning']);
    // A passage keeps all of its own.
    expect(records.find((doc) => doc.recordKind === 'table')!.topics).toEqual(['indicators', 'planning']);
  });

  it('gives a heading lifted out of its paragraph its printed numbering and punctuation, and the paragraph the lead it follows on its line', () => {
    const lifted = searchDocuments(runDocument(['第一章 总论', '五是打造国际一流营商环境。聚焦市场主体关切。'].join('\n\n')).document);
    const heading = lifted.find((doc) => doc.recordKind === 'heading' && doc.text.startsWith('五是'))!;
    expect(heading).toMatchObject({ text: '五是打造国际一流营商环境。', headingPath: ['第一章 总论'] });
    const paragraph = lifted.find((doc) => doc.recordKind === 'paragraph')!;
    expect(paragraph).toMatchObject({ text: '聚焦市场主体关切。', before: '五是打造国际一流营商环境。' });
    expect(paragraph.headingPath).toEqual(['第一章 总论', '五是打造国际一流营商环境']);
  });
});

describe('links CSV', () => {
  it('quotes fields holding commas, quotes and line breaks, one row per link', async () => {
    const { linksCsv } = await import('../../ingest/emit/xrefCsv.ts');
    const { buildLexicon } = await import('../../ingest/stages/lexicon.ts');
    const { document } = runDocument('第一章 总论\n\n建设"四港联动", 枢纽。\n');
    const csv = linksCsv({
      manifest: [],
      topics: [],
      glossary: [],
      lexicon: buildLexicon({ glossary: [], wordCounts: new Map(), cedict: [] }),
      diagnostics: [],
      documents: [document],
      prepared: Promise.resolve(new Map()),
      xref: {
        planIds: ['test-doc'],
        carriers: { 'test-doc': ['test-doc'] },
        minScore: 0,
        sections: [{ documentId: 'test-doc', id: 'test-doc/c01', chapterId: 'test-doc/c01', numbering: '第一章', title: '总论', titleEn: null }],
        links: [{ passageId: 'test-doc/c01/p01', documentId: 'test-doc', targets: [{ sectionId: 'test-doc/c01', score: 1.5, quoted: 0, sharedTerms: ['枢纽'], paragraphs: [] }] }],
        carriedOutIn: {},
      },
      reuse: null,
    });
    const lines = fileText(csv).trimEnd().split('\r\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toBe('source_document,source_passage,rank,target_section,target_numbering,target_title,score,shared_terms,best_paragraph,source_text');
    expect(lines[1]).toBe('test-doc,test-doc/c01/p01,1,test-doc/c01,第一章,总论,1.5,枢纽,,"建设""四港联动"", 枢纽。"');
  });
});

describe('writeBuild', () => {
  it('replaces the folder with exactly the files given', async () => {
    const out = path.join(await mkdtemp(path.join(tmpdir(), 'policy-reader-emit-')), 'build');
    await writeBuild(out, new Map([['old.json', '{}'], ['sub/a.md', 'a']]));
    await writeBuild(out, new Map([['new.json', '[]']]));
    expect(await readdir(out)).toEqual(['new.json']);
  });
  it('leaves the previous build as it was, and no temporary folder, when writing fails', async () => {
    const parent = await mkdtemp(path.join(tmpdir(), 'policy-reader-emit-'));
    const out = path.join(parent, 'build');
    await mkdir(out);
    await writeFile(path.join(out, 'corpus.json'), 'previous');
    // "a" is written as a file, so "a/b" cannot be: the write fails half-way.
    await expect(writeBuild(out, new Map([['a', 'x'], ['a/b', 'y']]))).rejects.toThrow();
    expect(await readFile(path.join(out, 'corpus.json'), 'utf8')).toBe('previous');
    expect(await readdir(parent)).toEqual(['build']);
    // "a/b" makes "a" a folder, so the file "a" cannot be written: the write itself fails, after its folder was made.
    const after = Array.from({ length: 40 }, (_, index): [string, string] => [`d/${index}.json`, '{}'.repeat(50_000)]);
    await expect(writeBuild(out, new Map([['a/b', 'y'], ['a', 'x'], ...after]))).rejects.toThrow(/EISDIR/u);
    expect(await readFile(path.join(out, 'corpus.json'), 'utf8')).toBe('previous');
    expect(await readdir(parent)).toEqual(['build']);
  });
});

describe('chunked JSON (large files written piece by piece)', () => {
  const many = Array.from({ length: 2345 }, (_, index) => ({ id: `p${index}`, text: `第${index}条“引号”\n`, score: index / 7 }));
  it('writes the same bytes as JSON.stringify, field by field and a thousand elements at a time', () => {
    const value = { schemaVersion: 1, empty: [], many, nested: { a: [1, 2], b: null }, gone: undefined, last: 'x' };
    expect(fileText(compactJsonFields(value))).toBe(`${JSON.stringify(value)}\n`);
    expect(fileText(compactJsonFields({}))).toBe('{}\n');
  });
  it('joins groups into one array, skipping empty groups', () => {
    const groups = [many.slice(0, 3), [], many.slice(3, 1500), [], many.slice(1500)];
    expect(fileText(compactJsonArray(() => groups))).toBe(`${JSON.stringify(many)}\n`);
    expect(fileText(compactJsonArray(() => [[], []]))).toBe('[]\n');
  });
});

describe('csvFile', () => {
  it('writes the header and every row once, across the thousand-row pieces, and again when read again', async () => {
    const { csvFile } = await import('../../ingest/emit/csvFile.ts');
    const rows = Array.from({ length: 2001 }, (_, index) => [index, `第${index}行, "引"`]);
    const csv = csvFile(['n', 'text'], () => rows);
    const expected = ['n,text', ...rows.map(([index]) => `${index},"第${index}行, ""引"""`)].join('\r\n') + '\r\n';
    expect([...csv.pieces()]).toHaveLength(4);
    expect(fileText(csv)).toBe(expected);
    expect(fileText(csv)).toBe(expected);
  });
});
