// What the real texts must yield. These pin the corpus, not the code: a change that breaks
// one of them has lost or misread something in a source text.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Block, BoxBlock, DocumentModel, HeadingBlock, TableBlock } from '../../ingest/model.ts';
import { DiagnosticSink } from '../../ingest/diagnostics.ts';
import { ingestCorpus, processDocument, type CorpusRun } from '../../ingest/pipeline.ts';
import { outputFiles } from '../../ingest/emit/outputs.ts';
import { fileText } from '../../ingest/emit/fileContent.ts';
import { contentChars, endsSentence } from '../../ingest/text/chars.ts';
import { printedText } from '../../ingest/text/printed.ts';
import { fold } from '../../ingest/stages/reuse.ts';
import type { SharedPhrase } from '../../ingest/emit/sharedPhrases.ts';
import { corpusDir, searchConfigDir } from '../helpers.ts';

let run: CorpusRun;
const documentById = (id: string): DocumentModel => run.documents.find((document) => document.id === id)!;
const plan = (): DocumentModel => run.documents.find((document) => document.meta.kind === 'master-plan')!;
const sourceText = (document: DocumentModel): string => readFileSync(path.join(corpusDir, document.source.file), 'utf8');
const ofType = <T extends Block['type']>(blocks: Block[], type: T) => blocks.filter((block): block is Extract<Block, { type: T }> => block.type === type);

beforeAll(async () => {
  run = await ingestCorpus({ corpusDir, searchConfigDir });
});

describe('the corpus ingests', () => {
  it('without errors, all five documents', () => {
    expect(run.diagnostics.filter((diagnostic) => diagnostic.severity === 'error')).toEqual([]);
    expect(run.documents.map((document) => document.id)).toHaveLength(5);
  });
});

describe('the master plan', () => {
  it('has 14 chapters, and its chapters and sections equal its table of contents', () => {
    const headings = ofType(plan().blocks, 'heading').filter((heading) => heading.form === 'chapter' || heading.form === 'section');
    const outline = (items: Array<{ numbering: string | null; title: string; subtitle: string | null }>) =>
      items.map((item) => `${item.numbering}${item.title}${item.subtitle ?? ''}`.replace(/\s+/gu, ''));
    expect(headings.filter((heading) => heading.form === 'chapter')).toHaveLength(14);
    expect(plan().toc.length).toBeGreaterThan(60);
    expect(outline(headings)).toEqual(outline(plan().toc));
    expect(run.diagnostics.filter((diagnostic) => diagnostic.rule === 'toc-mismatch')).toEqual([]);
  });

  it('keeps the table of contents out of the content', () => {
    const first = plan().blocks[0]!;
    expect(first).toMatchObject({ type: 'paragraph' });
    expect(first.line).toBeGreaterThan(plan().toc[plan().toc.length - 1]!.line);
  });

  it('has every box the source has, 专栏 1 to 39, the untitled one numbered 25, and every ◆ item', () => {
    const boxes = ofType(plan().blocks, 'box');
    expect(boxes.map((box) => box.number)).toEqual(Array.from({ length: 39 }, (_, index) => index + 1));
    expect(boxes.find((box) => box.number === 25)).toMatchObject({ title: null, numberInferred: true });
    expect(boxes.every((box: BoxBlock) => box.items.length > 0)).toBe(true);
    const bullets = (sourceText(plan()).match(/◆/gu) ?? []).length;
    expect(boxes.reduce((total, box) => total + box.items.length, 0)).toBe(bullets);
  });

  it('reads 表 1 with every indicator row, 1 to 22, and its note', () => {
    const [table] = ofType(plan().blocks, 'table') as TableBlock[];
    expect(table!.header).toEqual(['类别', '序号', '指标', '2020 年', '2025 年', '年均', '属性']);
    expect(table!.rows.map((row) => row[1])).toEqual(Array.from({ length: 22 }, (_, index) => String(index + 1)));
    expect(table!.rows.map((row) => row[0]).filter(Boolean)).toEqual(['经济发展', '创新驱动', '民生福祉', '绿色生态', '安全保障']);
    expect(table!.note).toBe('注：[]内为“十四五”时期5年累计数。');
  });

  it('has its six figure captions', () => {
    expect(ofType(plan().blocks, 'figure').map((figure) => figure.number)).toEqual([1, 2, 3, 4, 5, 6]);
  });
});

describe('the district texts', () => {
  it('keep their continuation markers as metadata', () => {
    const markers = (id: string) => documentById(id).continuation.map((marker) => `${marker.direction}:${marker.page}`);
    expect(markers('west-coast-congress-report-2021')).toEqual(['from:第三版', 'to:第五版']);
    expect(markers('west-coast-work-report-2020')).toEqual(['from:第二版', 'to:第四版']);
    expect(markers('west-coast-feature-2022')).toEqual(['from:封面版']);
    expect(markers('qingdao-feature-2023')).toEqual(['from:封面']);
  });

  it('have the headings of their parts', () => {
    const titles = (id: string, form: HeadingBlock['form']) =>
      ofType(documentById(id).blocks, 'heading').filter((heading) => heading.form === form).map((heading) => heading.numbering ?? heading.title);
    expect(titles('west-coast-congress-report-2021', 'numbered')).toEqual(['（四）', '（五）', '（六）', '（七）']);
    expect(titles('west-coast-work-report-2020', 'numbered')).toEqual(['（一）', '（二）', '（三）', '（四）', '（五）']);
    expect(titles('west-coast-feature-2022', 'subhead')).toEqual(['坚持发展第一要务', '坚持以人民为中心的发展思想', '坚持全面从严治党']);
    expect(titles('qingdao-feature-2023', 'subhead')).toHaveLength(5);
  });
});

describe('every document', () => {
  it('has no continuation marker left in its content', () => {
    for (const document of run.documents) {
      const text = JSON.stringify(document.blocks);
      expect(text, document.id).not.toMatch(/上接|下转/u);
    }
  });

  it('has no Markdown bold left from extraction in its paragraphs (the plan prints one at c02/s03/p02)', () => {
    for (const document of run.documents) {
      for (const block of document.blocks) if (block.type === 'paragraph') expect(block.text, block.id).not.toContain('**');
    }
  });

  it('has no paragraph or box item that ends mid-sentence, but the last one of an excerpt that breaks off', () => {
    for (const document of run.documents) {
      const breaksOff = document.continuation.some((marker) => marker.direction === 'to');
      const texts = document.blocks.flatMap((block) =>
        block.type === 'paragraph' ? [block.text] : block.type === 'box' ? block.items.map((item) => item.text) : [],
      );
      const open = texts.filter((text) => !endsSentence(text));
      expect(open, document.id).toEqual(breaksOff ? [texts[texts.length - 1]] : []);
    }
  });

  it('loses nothing: its content characters equal the source’s without markers and contents', () => {
    for (const document of run.documents) {
      let lines = sourceText(document).split('\n');
      if (document.toc.length > 0) {
        const start = lines.findIndex((line) => /^目\s*录$/u.test(line.trim()));
        lines = [...lines.slice(0, start), ...lines.slice(document.toc[document.toc.length - 1]!.line)];
      }
      const source = contentChars(lines.join('\n').replace(/[（(](上接|下转)[^）)]*[）)]/gu, ''));
      const printed = [document.sourceTitle ?? '', ...document.blocks.map(printedText)].join('');
      expect(contentChars(printed), document.id).toBe(source);
    }
  });

  it('has an English title for every heading', () => {
    expect(run.diagnostics.filter((diagnostic) => diagnostic.rule === 'translation-missing' && diagnostic.file.endsWith('translations.json'))).toEqual([]);
    const headings = run.documents.flatMap((document) => ofType(document.blocks, 'heading'));
    expect(headings.filter((heading) => heading.titleEn === null || (heading.subtitle !== null && heading.subtitleEn === null))).toEqual([]);
  });

  it('gives every passage at least one topic and its chapter', () => {
    for (const passage of run.documents.flatMap((document) => document.passages)) {
      expect(passage.topics.length, passage.id).toBeGreaterThan(0);
      if (passage.headingPath.length > 0) expect(passage.chapterId).toBe(passage.headingPath[0]!.id);
    }
  });

  it('keeps policy terms whole in the tokens', () => {
    const withTerm = run.documents.flatMap((document) => document.passages).filter((passage) => passage.text.includes('双招双引'));
    expect(withTerm.length).toBeGreaterThan(0);
    for (const passage of withTerm) expect(passage.tokens).toContain('双招双引');
  });
});

describe('cross-references', () => {
  it('link the district passages to the master plan named by the manifest, both ways', () => {
    const xref = run.xref!;
    expect(xref.planIds).toEqual([plan().id]);
    const district = run.documents.filter((document) => document !== plan()).flatMap((document) => document.passages);
    expect(xref.links.map((link) => link.passageId).sort()).toEqual(district.map((passage) => passage.id).sort());
    const linked = xref.links.filter((link) => link.targets.length > 0);
    expect(linked.length / district.length).toBeGreaterThan(0.9);
    const backlinks = Object.values(xref.carriedOutIn).reduce((total, list) => total + list.length, 0);
    expect(backlinks).toBe(xref.links.reduce((total, link) => total + link.targets.length, 0));
  });

  it('send the work report’s 经略海洋攻坚战 to the plan’s global ocean centre city section', () => {
    const link = run.xref!.links.find((entry) => entry.passageId === 'west-coast-work-report-2020/pt03/n01/p02')!;
    expect(link.targets[0]!.sectionId).toBe('qingdao-plan-2021/c02/s04');
    expect(link.targets[0]!.sharedTerms).toEqual(expect.arrayContaining(['海洋', '深海', '船舶']));
  });
});

describe('ids and builds', () => {
  const texts = async (run: CorpusRun) => new Map([...(await outputFiles(run))].map(([file, content]) => [file, fileText(content)]));

  it('are stable: editing one paragraph of a copy of the master plan changes no id', () => {
    const text = sourceText(plan());
    const target = '扩大精准有效投资。';
    expect(text).toContain(target);
    const edited = text.replace(target, '扩大精准有效投资，稳住投资基本盘。');
    const ids = (source: string) => {
      const document = processDocument({ entry: plan().meta, file: plan().source.file, text: source, encoding: 'utf-8' }, new DiagnosticSink('copy'));
      return document.blocks.map((block) => block.id);
    };
    expect(ids(edited)).toEqual(ids(text));
  });

  it('are the same bytes from two runs', async () => {
    const again = await ingestCorpus({ corpusDir, searchConfigDir });
    expect(await texts(again)).toEqual(await texts(run));
  });

  it('are the same bytes, diagnostics included, when worker threads build documents and the lexicon beside this one', async () => {
    const parallel = await ingestCorpus({ corpusDir, searchConfigDir, workers: 1 });
    expect(parallel.diagnostics).toEqual(run.diagnostics);
    expect(await texts(parallel)).toEqual(await texts(run));
  });
});


describe('shared wording (reuse)', () => {
  const spansOf = (documentId: string) => run.reuse!.spans.filter((span) => span.documentId === documentId);

  it('finds the congress report’s longest clause taken from the plan, word for word, at its place in both', () => {
    const clause = '落实黄河流域省会和胶东经济圈“9+5”城市陆海联动合作倡议';
    const span = spansOf('west-coast-congress-report-2021').find((candidate) => candidate.text.includes(clause))!;
    expect(span).toMatchObject({ passageId: 'west-coast-congress-report-2021/n04/i01/p01', edits: [], formulaic: false });
    const planPassage = plan().passages.find((passage) => passage.id === span.planPassageId)!;
    expect(planPassage.text.slice(span.planStart, span.planEnd)).toBe(span.planText);
    expect(span.planText).toContain(clause);
    expect(span.planSectionId).toBe(planPassage.sectionId);
  });

  it('bridges the plan’s 上中下游 left out of the congress report’s clause', () => {
    const span = spansOf('west-coast-congress-report-2021').find((candidate) => candidate.text.startsWith('创新东西产业对接合作机制'))!;
    expect(span.edits).toEqual([{ text: '', planText: '上中下游' }]);
    expect(span.text).toContain('构建沿黄流域深度融合产业链条');
  });

  it('marks the set phrase 团结在以习近平同志为核心的党中央周围 formulaic in both features, and keeps it', () => {
    for (const id of ['qingdao-feature-2023', 'west-coast-feature-2022']) {
      const span = spansOf(id).find((candidate) => candidate.text.includes('团结在以习近平同志为核心的党中央周围'));
      expect(span?.formulaic).toBe(true);
    }
  });

  it('takes the congress report most from the plan, the work report least, and every exact span is verbatim', () => {
    const share = (id: string) => run.reuse!.byPlan[plan().id]![id]!.share;
    expect(share('west-coast-congress-report-2021')).toBeGreaterThan(share('qingdao-feature-2023'));
    expect(share('qingdao-feature-2023')).toBeGreaterThan(share('west-coast-work-report-2020'));
    expect(share('west-coast-congress-report-2021')).toBeGreaterThan(0.1);
    for (const span of run.reuse!.spans.filter((candidate) => candidate.edits.length === 0)) {
      expect(fold(span.text).text).toBe(fold(span.planText).text);
    }
  });

  it('writes xref/reuse.json with every span', async () => {
    const outputs = await outputFiles(run);
    const written = JSON.parse(fileText(outputs.get('xref/reuse.json')!)) as { spans: unknown[]; planIds: string[] };
    expect(written.planIds).toEqual([plan().id]);
    expect(written.spans).toHaveLength(run.reuse!.spans.length);
  });

  it('writes xref/phrases.json: every span in exactly one phrase, inside its plan place, and the set phrase of four documents formulaic', async () => {
    const outputs = await outputFiles(run);
    const { phrases } = JSON.parse(fileText(outputs.get('xref/phrases.json')!)) as { phrases: SharedPhrase[] };
    const places = phrases.flatMap((phrase) => phrase.occurrences.map((place) => ({ phrase, place })));
    expect(places).toHaveLength(run.reuse!.spans.length);
    const planTexts = new Map(plan().passages.map((passage) => [passage.id, passage.text]));
    for (const { phrase, place } of places) {
      const planPlace = phrase.plan.find((candidate) => candidate.passageId === place.planPassageId && candidate.start <= place.planStart && place.planEnd <= candidate.end);
      expect(planPlace, `${place.passageId} ${place.text}`).toBeDefined();
      expect(planTexts.get(planPlace!.passageId)!.slice(planPlace!.start, planPlace!.end)).toBe(planPlace!.text);
    }
    expect(new Set(phrases.map((phrase) => phrase.id)).size).toBe(phrases.length);
    const contentment = phrases.find((phrase) => phrase.text.includes('人民群众获得感、幸福感、安全感'))!;
    expect(contentment.formulaic).toBe(true);
    expect(contentment.documents).toHaveLength(4);
    const clause = phrases.find((phrase) => phrase.text.includes('落实黄河流域省会和胶东经济圈“9+5”城市陆海联动合作倡议'))!;
    expect(clause.formulaic).toBe(false);
    expect(clause.documents).toEqual([plan().id, 'west-coast-congress-report-2021']);
    expect(fileText(outputs.get('xref/phrases.csv')!).trimEnd().split('\r\n')).toHaveLength(1 + phrases.reduce((total, phrase) => total + phrase.plan.length + phrase.occurrences.length, 0));
  });
});
