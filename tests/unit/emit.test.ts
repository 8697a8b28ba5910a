import { mkdtemp, readdir, readFile, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentMarkdown } from '../../ingest/emit/markdown.ts';
import { searchDocuments } from '../../ingest/emit/searchDocuments.ts';
import { writeBuild } from '../../ingest/emit/writeBuild.ts';
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
  it('has one document per passage with an id Meilisearch accepts and the passage words as ingest cut them', () => {
    const { document } = runDocument(sample);
    const documents = searchDocuments(document);
    expect(documents).toHaveLength(document.passages.length);
    for (const doc of documents) expect(doc.id).toMatch(/^[A-Za-z0-9_-]+$/u);
    expect(documents[0]).toMatchObject({ passageId: 'test-doc/c01/p01', documentId: 'test-doc', year: 2021, headingPath: ['第一章 总论'] });
    expect(documents[0]!.words.split(' ')).toEqual(document.passages[0]!.tokens);
    expect(documents[0]!.words).toContain('国际性');
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
      xref: {
        masterDocumentId: 'test-doc',
        minScore: 0,
        sections: [{ id: 'test-doc/c01', chapterId: 'test-doc/c01', numbering: '第一章', title: '总论', titleEn: null }],
        links: [{ passageId: 'test-doc/c01/p01', documentId: 'test-doc', targets: [{ sectionId: 'test-doc/c01', score: 1.5, sharedTerms: ['枢纽'], paragraphs: [] }] }],
        carriedOutIn: {},
      },
    });
    const lines = csv.trimEnd().split('\r\n');
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
  });
});
