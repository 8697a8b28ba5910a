import { describe, expect, it } from 'vitest';
import type { DocumentModel } from '../../ingest/model.ts';
import { Bm25, chooseSections, defaultLinkOptions, linkToMaster } from '../../ingest/stages/link.ts';
import { words } from '../../ingest/stages/segment.ts';
import { manifestEntry, runDocument } from '../helpers.ts';

const stopWords = new Set(['推进', '建设', '发展', '加快']);

const master = (): DocumentModel =>
  runDocument(
    [
      '第一章 开放',
      '第一节 建设海洋中心城市',
      '发展海洋牧场和远洋渔业，建设深海养殖基地，壮大海洋生物医药产业。',
      '第二节 推进自贸片区建设',
      '推进自贸片区制度创新，发展跨境电商和保税物流，建设国际贸易综合服务平台。',
      '第二章 民生',
      '第一节 构建高质量教育体系',
      '新建改扩建中小学和幼儿园，推进义务教育优质均衡，发展职业教育。',
    ].join('\n\n'),
    manifestEntry({ id: 'plan', kind: 'master-plan' }),
  ).document;

const district = (text: string): DocumentModel => runDocument(text, manifestEntry({ id: 'district', kind: 'news-feature' })).document;

const link = (text: string, options = defaultLinkOptions) => linkToMaster([master(), district(text)], master(), stopWords, words, { ...options, minScore: 0 });

describe('link', () => {
  it('ranks first the section whose text the passage shares', () => {
    const graph = link('持续发展海洋牧场，深海养殖基地投入运营，海洋生物医药产业壮大。\n');
    expect(graph.links[0]!.targets[0]).toMatchObject({ sectionId: 'plan/c01/s01' });
    expect(graph.links[0]!.targets[0]!.sharedTerms).toEqual(expect.arrayContaining(['海洋牧场', '深海', '养殖']));
    expect(graph.links[0]!.targets[0]!.paragraphs[0]).toMatchObject({ passageId: 'plan/c01/s01/p01' });
  });

  it('scores a passage sharing a rare term above one sharing a common term', () => {
    const plan = runDocument(
      ['第一章 总论', '第一节 海洋', '坚持创新，壮大海洋牧场。', '第二节 产业', '坚持创新，做强制造业。', '第三节 教育', '坚持创新，办好学校。'].join('\n\n'),
      manifestEntry({ id: 'plan', kind: 'master-plan' }),
    ).document;
    const graph = linkToMaster([plan, district('壮大海洋牧场。\n\n坚持创新。\n')], plan, stopWords, words, { ...defaultLinkOptions, minScore: 0, minShareOfBest: 0 });
    const [rare, common] = graph.links;
    const scoreFor = (entry: typeof rare) => entry!.targets.find((target) => target.sectionId === 'plan/c01/s01')!.score;
    expect(rare!.targets[0]!.sectionId).toBe('plan/c01/s01');
    expect(scoreFor(rare)).toBeGreaterThan(scoreFor(common));
    expect(common!.targets.map((target) => target.sectionId).sort()).toEqual(['plan/c01/s01', 'plan/c01/s02', 'plan/c01/s03']);
  });

  it('scores identical text highest', () => {
    const text = '推进自贸片区制度创新，发展跨境电商和保税物流，建设国际贸易综合服务平台。';
    const graph = link(`${text}\n\n跨境电商发展。\n`);
    const [identical, partial] = graph.links;
    expect(identical!.targets[0]!.sectionId).toBe('plan/c01/s02');
    expect(identical!.targets[0]!.score).toBeGreaterThan(partial!.targets[0]!.score);
  });

  it('links nothing when no content term is shared', () => {
    const graph = link('同志们，我们一定要团结奋斗。\n');
    expect(graph.links[0]!.targets).toEqual([]);
  });

  it('keeps only targets above the score floor and near the best one', () => {
    const graph = linkToMaster([master(), district('发展海洋牧场和远洋渔业。\n')], master(), stopWords, words, { ...defaultLinkOptions, minScore: 1e6 });
    expect(graph.links[0]!.targets).toEqual([]);
  });

  it('uses the words of the passage’s own heading', () => {
    const text = '二是深耕海洋牧场。推动项目落地见效。\n';
    const withHeading = link(text);
    const without = link(text, { ...defaultLinkOptions, queryHeadingWeight: 0 });
    expect(withHeading.links.find((entry) => entry.passageId.endsWith('/p01'))!.targets[0]!.sectionId).toBe('plan/c01/s01');
    expect(without.links.find((entry) => entry.passageId.endsWith('/p01'))!.targets).toEqual([]);
  });

  it('lists, for every master-plan section, the passages that link to it', () => {
    const graph = link('持续发展海洋牧场和深海养殖。\n\n自贸片区制度创新成果丰硕。\n');
    expect(graph.carriedOutIn['plan/c01/s01']!.map((backlink) => backlink.passageId)).toContain('district/p01');
    expect(graph.carriedOutIn['plan/c01/s02']!.map((backlink) => backlink.passageId)).toContain('district/p02');
    expect(Object.keys(graph.carriedOutIn).sort()).toEqual(['plan/c01/s01', 'plan/c01/s02', 'plan/c02/s01']);
  });
});

describe('link with quotations', () => {
  const text = '坚持创新，推进义务教育优质均衡发展，持续发展海洋牧场，深海养殖基地投入运营。\n';
  const quote = (formulaic: boolean, shared = 14) => [{ passageId: 'district/p01', planSectionId: 'plan/c02/s01', shared, formulaic }];
  const one = { ...defaultLinkOptions, minScore: 0, maxTargets: 1 };
  const linked = (quotations: ReturnType<typeof quote>, options = one) =>
    linkToMaster([master(), district(text)], master(), stopWords, words, options, quotations).links[0]!.targets;

  it('links a passage to the section it quotes, with the quoted characters, even when its terms point elsewhere', () => {
    expect(linked([])[0]!.sectionId).toBe('plan/c01/s01');
    const targets = linked(quote(false));
    expect(targets.map((target) => target.sectionId)).toContain('plan/c02/s01');
    expect(targets.find((target) => target.sectionId === 'plan/c02/s01')!.quoted).toBe(14);
  });

  it('takes no evidence from set phrases or from spans shorter than minQuote', () => {
    const without = linked([]);
    expect(linked(quote(true))).toEqual(without);
    expect(linked(quote(false, defaultLinkOptions.minQuote - 1))).toEqual(without);
  });
});

describe('chooseSections', () => {
  const units = ['plan/c01/s01', 'plan/c01/s02', 'plan/c02/s01', 'plan/c02/s02'].map((id) => ({ heading: { id } }));
  const ids = (chosen: Array<{ unit: { heading: { id: string } } }>) => chosen.map((candidate) => candidate.unit.heading.id);

  it('applies the cut-offs to the terms’ scores: quoting one section does not push out another the passage carries out', () => {
    // c01/s01 is quoted at length; c01/s02 scores on its terms well above half of the best terms' score.
    const chosen = chooseSections(units, [30, 20, 4, 0], new Map([['plan/c01/s01', 40]]), defaultLinkOptions);
    expect(ids(chosen)).toEqual(['plan/c01/s01', 'plan/c01/s02']);
    expect(chosen[0]!.score).toBe(70);
  });

  it('links a quoted section below the cut-offs, in the order of the scores with the quotations, and none on terms too weak', () => {
    const chosen = chooseSections(units, [30, 2, 5, 0], new Map([['plan/c02/s01', 12]]), defaultLinkOptions);
    expect(ids(chosen)).toEqual(['plan/c01/s01', 'plan/c02/s01']);
    expect(ids(chooseSections(units, [3, 2, 0, 0], new Map(), defaultLinkOptions))).toEqual([]);
  });
});

describe('Bm25.sharedTerms', () => {
  it('names the terms that add most to a bag’s score, best first, ties in collation order, at most as many as asked', () => {
    const bag = (entries: Array<[string, number]>) => new Map(entries);
    // 港口 and 航运 occur as often in the same bags: they add the same, and are told apart by their collation.
    const bags = [bag([['港口', 2], ['航运', 2], ['物流', 1], ['枢纽', 3], ['口岸', 1]]), bag([['物流', 4], ['口岸', 1]]), bag([['枢纽', 1]])];
    const index = new Bm25(bags, 1.2, 0.75);
    const query = new Map([['口岸', 1], ['物流', 1], ['航运', 1], ['港口', 1], ['枢纽', 1], ['贸易', 1]]);
    const all = index.sharedTerms(query, 0, 10);
    expect(all).toHaveLength(5);
    expect(all.indexOf('港口')).toBe(all.indexOf('航运') + ('港口'.localeCompare('航运') > 0 ? 1 : -1));
    for (const limit of [1, 2, 3, 4]) expect(index.sharedTerms(query, 0, limit)).toEqual(all.slice(0, limit));
    expect(index.sharedTerms(query, 2, 8)).toEqual(['枢纽']);
  });
});
