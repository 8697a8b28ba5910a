// Careless and hostile corpus input: every problem named at its file and line, one root error
// reported once, odd encodings named for what they are, and text that survives as text.
import { readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../ingest/diagnostics.ts';
import { DiagnosticSink } from '../../ingest/diagnostics.ts';
import type { HeadingBlock } from '../../ingest/model.ts';
import { decodeSource } from '../../ingest/stages/load.ts';
import { corpusDir, runDocument, searchConfigDir } from '../helpers.ts';
import { ingest, lineOf, scratch, smallCorpus } from './fixtures.ts';

interface Report { ok: boolean; diagnostics: Diagnostic[] }

/** Ingests a corpus with --json and returns the exit code and the report. */
async function ingestReport(corpus: string, out: string): Promise<{ code: number; report: Report }> {
  const result = await ingest('--corpus', corpus, '--out', out, '--json');
  return { code: result.code, report: JSON.parse(result.stdout) as Report };
}

const errorsOf = (report: Report) => report.diagnostics.filter((diagnostic) => diagnostic.severity === 'error');

describe('a corpus without a master plan', () => {
  it('is an error at the manifest, before anything is written', async () => {
    const work = await scratch('no-plan');
    const corpus = await smallCorpus(path.join(work, 'corpus'), { entries: (entries) => entries.map((entry) => ({ ...entry, kind: 'policy-document' })) });
    const out = path.join(work, 'build');
    const { code, report } = await ingestReport(corpus, out);
    expect(code).toBe(1);
    expect(errorsOf(report)).toMatchObject([{ file: path.join(corpus, 'manifest.json'), rule: 'manifest-no-master-plan', line: 2 }]);
    await expect(stat(out)).rejects.toThrow();
  });
});

describe('schema errors in every corpus JSON name their file and line', () => {
  const cases: Array<{ file: string; what: string; edit: (text: string) => string; needle: string; rule: string }> = [
    { file: 'manifest.json', what: 'a wrong type', edit: (text) => text.replace('"complete": true', '"complete": "yes"'), needle: '"complete": "yes"', rule: 'manifest-schema' },
    { file: 'manifest.json', what: 'a missing field (at the brace of its object)', edit: (text) => text.replace(/"level": "district",\n\s*/u, ''), needle: '{\n      "id": "test-report"', rule: 'manifest-schema' },
    { file: 'topics.json', what: 'a wrong type', edit: (text) => text.replace(/"strong": \[[^\]]*\]/u, '"strong": "海洋"'), needle: '"strong": "海洋"', rule: 'topics-schema' },
    { file: 'translations.json', what: 'an empty English title', edit: () => '{\n  "headings": {\n    "test-plan": {\n      "总体要求": ""\n    }\n  }\n}\n', needle: '"总体要求"', rule: 'translations-schema' },
    { file: 'glossary.json', what: 'a wrong type', edit: () => glossaryWith('"aliases": "放管服"'), needle: '"aliases": "放管服"', rule: 'glossary-schema' },
    { file: 'manifest.json', what: 'invalid JSON (a missing comma)', edit: (text) => text.replace('"kind": "congress-report",', '"kind": "congress-report"'), needle: '"level": "district"', rule: 'invalid-json' },
    { file: 'topics.json', what: 'invalid JSON (cut short)', edit: (text) => text.slice(0, text.indexOf('"terms"')), needle: '\u0000', rule: 'invalid-json' },
    { file: 'glossary.json', what: 'invalid JSON (a trailing comma)', edit: () => glossaryWith('"topic": null,'), needle: '}\n  ]', rule: 'invalid-json' },
  ];
  for (const { file, what, edit, needle, rule } of cases) {
    it(`${file}: ${what}`, async () => {
      const work = await scratch('json-line');
      const corpus = await smallCorpus(path.join(work, 'corpus'));
      const target = path.join(corpus, file);
      const before = await readFile(target, 'utf8').catch(() => '');
      const text = edit(before);
      await writeFile(target, text);
      const { code, report } = await ingestReport(corpus, path.join(work, 'build'));
      expect(code).toBe(1);
      // A cut-short file breaks at its end.
      const line = needle === '\u0000' ? text.split('\n').length : lineOf(text, needle);
      expect(errorsOf(report)).toEqual([expect.objectContaining({ file: target, rule, line })]);
    });
  }
});

/** A one-term glossary with one field line replaced by `field` (the last one when it is `topic`). */
function glossaryWith(field: string): string {
  const lines = [
    '{',
    '  "terms": [',
    '    {',
    '      "id": "fang-guan-fu",',
    '      "zh": "放管服",',
    '      "pinyin": "fàng guǎn fú",',
    '      "en": "streamline administration",',
    '      "explanation": "Streamlining administration.",',
    '      "aliases": [],',
    '      "enAliases": [],',
    '      "topic": null',
    '    }',
    '  ]',
    '}',
  ];
  const key = field.slice(0, field.indexOf(':'));
  // The replaced line keeps its comma unless `field` brings its own.
  return lines.map((line) => (line.trim().startsWith(key) ? `      ${field}${line.endsWith(',') && !field.endsWith(',') ? ',' : ''}` : line)).join('\n');
}

describe('one root error is reported once', () => {
  it('a broken topics.json is one error, not one per glossary term', async () => {
    const work = await scratch('root-error');
    const corpus = await smallCorpus(path.join(work, 'corpus'));
    // The real glossary: 217 terms, most with a topic.
    await writeFile(path.join(corpus, 'glossary.json'), await readFile(path.join(corpusDir, 'glossary.json')));
    await writeFile(path.join(corpus, 'topics.json'), '{ "topics": [ { "id": "Not A Slug" } ] }');
    const { code, report } = await ingestReport(corpus, path.join(work, 'build'));
    expect(code).toBe(1);
    const errors = errorsOf(report);
    expect(errors.every((error) => error.file === path.join(corpus, 'topics.json'))).toBe(true);
    expect(errors.length).toBeLessThanOrEqual(5);
  });
});

describe('consecutive heading lines', () => {
  const heads = (text: string) =>
    runDocument(text).document.blocks.filter((block): block is HeadingBlock => block.type === 'heading').map((heading) => [heading.numbering, heading.title]);

  it('are separate headings with no blank line between them', () => {
    const text = ['第二章 发展目标', '第一节 指导思想', '一、基本原则', '（一）坚持创新', '第三章 保障措施', '第二节 组织实施', '', '全面加强党的领导，健全规划实施机制。', ''].join('\n');
    expect(heads(text)).toEqual([
      ['第二章', '发展目标'],
      ['第一节', '指导思想'],
      ['一、', '基本原则'],
      ['（一）', '坚持创新'],
      ['第三章', '保障措施'],
      ['第二节', '组织实施'],
    ]);
  });
  it('are separate after a plain sub-head that opens the text', () => {
    const text = ['发展目标', '第一节 指导思想', '一、基本原则', '（一）坚持创新', '第三章 保障措施', '第二节 组织实施', '', '  全面加强党的领导，健全规划实施机制。'].join('\n');
    const found = heads(text);
    expect(found.map(([numbering]) => numbering)).toEqual(expect.arrayContaining(['第一节', '一、', '（一）', '第三章', '第二节']));
    expect(found.every(([, title]) => !title!.includes('第'))).toBe(true);
  });
  it('are separate in a text of one paragraph a line too (a kind that already held)', () => {
    const text = ['第一章 总体要求', '', '第一节 发展目标', '一、基本原则', '（一）坚持创新', '', '建设海洋经济强市。到2025年，海洋生产总值占比达到30%。', '', '加强党的全面领导。', ''].join('\n');
    expect(heads(text)).toEqual([
      ['第一章', '总体要求'],
      ['第一节', '发展目标'],
      ['一、', '基本原则'],
      ['（一）', '坚持创新'],
    ]);
  });
  it('while a numbered heading wrapped over two column lines stays one heading', () => {
    const text = ['  （四）精准聚焦高水平开放，在服务', '和融入新发展格局上示范引领', '  开放是新区的最大特质。要链接国', '内国际两种资源。'].join('\n');
    expect(heads(text)).toEqual([['（四）', '精准聚焦高水平开放，在服务和融入新发展格局上示范引领']]);
  });
});

describe('encodings', () => {
  const decode = (bytes: Uint8Array) => {
    const sink = new DiagnosticSink('x.txt');
    return { decoded: decodeSource(bytes, sink), diagnostics: sink.list };
  };
  const text = '第一章 总体要求\n\n建设海洋经济强市，推动 5G 与 RCEP 合作。\n';
  const utf16 = (bigEndian: boolean, bom: boolean): Uint8Array => {
    const bytes = Buffer.from(`${bom ? '\uFEFF' : ''}${text}`, 'utf16le');
    if (bigEndian) bytes.swap16();
    return new Uint8Array(bytes);
  };
  for (const [name, bigEndian, bom] of [['UTF-16LE with a BOM', false, true], ['UTF-16BE with a BOM', true, true], ['UTF-16LE without a BOM', false, false], ['UTF-16BE without a BOM', true, false]] as const) {
    it(`decodes ${name}, with a warning that names it`, () => {
      const { decoded, diagnostics } = decode(utf16(bigEndian, bom));
      expect(decoded?.text.replace(/^\uFEFF/u, '')).toBe(text);
      expect(decoded?.encoding).toBe(bigEndian ? 'utf-16be' : 'utf-16le');
      expect(diagnostics).toEqual([expect.objectContaining({ severity: 'warning', rule: 'encoding', message: expect.stringContaining(bigEndian ? 'UTF-16BE' : 'UTF-16LE') })]);
    });
  }
  it('still calls a file with NUL bytes that is not UTF-16 text binary', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    expect(decode(png).diagnostics).toMatchObject([{ severity: 'error', rule: 'binary-file' }]);
  });
  it('reads UTF-8 with a BOM and CRLF line ends as the same document as plain UTF-8', () => {
    const crlf = decode(new Uint8Array(Buffer.from(`\uFEFF${text.replace(/\n/gu, '\r\n')}`, 'utf8'))).decoded!.text;
    const blocks = (source: string) => runDocument(source).document.blocks.map((block) => ('text' in block ? block.text : block.type));
    expect(blocks(crlf)).toEqual(blocks(text));
  });
  it('an ingest of a UTF-16 source succeeds and says which encoding it decoded', async () => {
    const work = await scratch('utf16');
    const corpus = await smallCorpus(path.join(work, 'corpus'), { files: { 'report.txt': new Uint8Array(Buffer.from(`\uFEFF一、发展海洋经济\n\n推动海洋经济高质量发展。\n`, 'utf16le')) } });
    const { code, report } = await ingestReport(corpus, path.join(work, 'build'));
    expect(code).toBe(0);
    expect(report.diagnostics).toEqual(expect.arrayContaining([expect.objectContaining({ file: path.join(corpus, 'report.txt'), rule: 'encoding', message: expect.stringContaining('UTF-16LE') })]));
    const model = JSON.parse(await readFile(path.join(work, 'build', 'documents', 'test-report.json'), 'utf8')) as { source: { encoding: string } };
    expect(model.source.encoding).toBe('utf-16le');
  });
});

describe('empty, binary and huge sources (kinds that already held)', () => {
  for (const [name, bytes, rule] of [
    ['an empty file', new Uint8Array(), 'empty-file'],
    ['a file of white space only', new Uint8Array(Buffer.from(' \n\u3000\n\t\n')), 'empty-file'],
    ['a binary file', new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00]), 'binary-file'],
    ['Latin-1 bytes', new Uint8Array(Buffer.from('caf\xe9 cr\xe8me br\xfbl\xe9e', 'latin1')), 'encoding'],
  ] as const) {
    it(`refuses ${name}, naming the file`, async () => {
      const work = await scratch('bad-source');
      const corpus = await smallCorpus(path.join(work, 'corpus'), { files: { 'report.txt': bytes } });
      const { code, report } = await ingestReport(corpus, path.join(work, 'build'));
      expect(code).toBe(1);
      expect(errorsOf(report)).toEqual([expect.objectContaining({ file: path.join(corpus, 'report.txt'), rule })]);
    });
  }
  it('ingests a 2 MB line with no line break as text', async () => {
    const sentence = '推动海洋经济高质量发展，建设数字经济高地。';
    const line = sentence.repeat(Math.ceil(2_000_000 / Buffer.byteLength(sentence)));
    const { document, diagnostics } = runDocument(`一、发展海洋经济\n\n${line}\n`);
    expect(diagnostics.filter((diagnostic) => diagnostic.severity === 'error')).toEqual([]);
    const paragraphs = document.blocks.filter((block) => block.type === 'paragraph');
    expect(paragraphs.map((block) => ('text' in block ? block.text.length : 0)).reduce((a, b) => a + b, 0)).toBe(line.length);
  });
  it('keeps HTML and script payloads in corpus text as text, for the site to escape', async () => {
    const payload = '<script>alert(1)</script><img src=x onerror=alert(2)>"\'&';
    const work = await scratch('xss');
    const corpus = await smallCorpus(path.join(work, 'corpus'), { files: { 'report.txt': `一、发展海洋经济\n\n推动海洋经济${payload}高质量发展。\n` } });
    const { code } = await ingestReport(corpus, path.join(work, 'build'));
    expect(code).toBe(0);
    const model = JSON.parse(await readFile(path.join(work, 'build', 'documents', 'test-report.json'), 'utf8')) as { blocks: Array<{ text?: string }> };
    expect(model.blocks.some((block) => block.text?.includes(payload))).toBe(true);
    const markdown = await readFile(path.join(work, 'build', 'markdown', 'test-report.md'), 'utf8');
    // Markdown escapes the brackets, so a renderer shows them instead of running them.
    expect(markdown).toContain('\\<script>');
    expect(markdown).not.toMatch(/(?<!\\)<(script|img)/u);
  });
});

describe('a bad search-config/reuse.json', () => {
  it('is an error at its line, and nothing is written', async () => {
    const work = await scratch('reuse-config');
    const corpus = await smallCorpus(path.join(work, 'corpus'));
    const config = path.join(work, 'search-config');
    const { cp } = await import('node:fs/promises');
    await cp(searchConfigDir, config, { recursive: true });
    const file = path.join(config, 'reuse.json');
    const text = (await readFile(file, 'utf8')).replace('"minLength": 8', '"minLength": 1');
    await writeFile(file, text);
    const out = path.join(work, 'build');
    const result = await ingest('--corpus', corpus, '--search-config', config, '--out', out, '--json');
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout) as Report;
    expect(errorsOf(report)).toMatchObject([{ file, rule: 'reuse-config-schema', line: lineOf(text, '"minLength": 1') }]);
    await expect(stat(out)).rejects.toThrow();
  });
});
