// The built site: a page for everything in build/, every internal link and fragment resolving,
// a language on every page.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers.ts';
import { brokenLinks, readSite } from './siteCheck.ts';
import { formatSize } from '../../site/lib/downloads.ts';
import type { CompareFile } from '../../site/lib/compareFile.ts';
import type { TopicPassagesFile } from '../../site/lib/topicFiles.ts';

const dist = path.join(projectRoot, 'dist');
const build = path.join(projectRoot, 'build');

const { pages, byRoute } = readSite(dist);

const corpus = JSON.parse(readFileSync(path.join(build, 'corpus.json'), 'utf8')) as { documents: Array<{ id: string }>; topics: Array<{ id: string }> };
const documentModel = (id: string) =>
  JSON.parse(readFileSync(path.join(build, 'documents', `${id}.json`), 'utf8')) as {
    blocks: Array<{ type: string; id: string; form?: string; items?: Array<{ id: string }> }>;
    passages: Array<{ id: string }>;
  };

describe('the built site', () => {
  it('has a reader page and an info page for every document, in both languages', () => {
    for (const { id } of corpus.documents) {
      for (const prefix of ['', '/en']) {
        expect(byRoute.has(`${prefix}/docs/${id}/`), `${prefix}/docs/${id}/`).toBe(true);
        expect(byRoute.has(`${prefix}/docs/${id}/info/`), `${prefix}/docs/${id}/info/`).toBe(true);
      }
    }
  });

  it('reads the master plan one chapter a page', () => {
    const chapters = documentModel('qingdao-plan-2021').blocks.filter((block) => block.form === 'chapter');
    expect(chapters).toHaveLength(14);
    for (const chapter of chapters) {
      const slug = chapter.id.split('/').pop();
      expect(byRoute.has(`/docs/qingdao-plan-2021/${slug}/`)).toBe(true);
      expect(byRoute.has(`/en/docs/qingdao-plan-2021/${slug}/`)).toBe(true);
    }
  });

  it('has a page for every topic, in both languages, and a file of the passages of the documents it does not quote', () => {
    for (const { id } of corpus.topics) {
      expect(byRoute.has(`/topics/${id}/`), id).toBe(true);
      expect(byRoute.has(`/en/topics/${id}/`), id).toBe(true);
      const file = JSON.parse(readFileSync(path.join(dist, 'topics', 'passages', `${id}.json`), 'utf8')) as TopicPassagesFile;
      for (const prefix of ['', '/en']) {
        const unquoted = [...byRoute.get(`${prefix}/topics/${id}/`)!.html.matchAll(/<details class="topic-more" data-document="([^"]+)">/gu)].map((match) => match[1]);
        expect(Object.keys(file), `${prefix}/topics/${id}/`).toEqual(unquoted);
      }
    }
  });

  it('has a compare page for every document that carries out a plan, and the links to download', () => {
    const xref = JSON.parse(readFileSync(path.join(build, 'xref', 'links.json'), 'utf8')) as { planIds: string[]; carriers: Record<string, string[]> };
    for (const { id } of corpus.documents) {
      const expected = xref.planIds.some((planId) => xref.carriers[planId]!.includes(id));
      expect(byRoute.has(`/compare/${id}/`), id).toBe(expected);
      expect(byRoute.has(`/en/compare/${id}/`), id).toBe(expected);
    }
  });

  it("draws a compare page's cells from its file: every cell of both languages' pages is there, with as many links as its summary counts, and no other", () => {
    const xref = JSON.parse(readFileSync(path.join(build, 'xref', 'links.json'), 'utf8')) as { planIds: string[]; carriers: Record<string, string[]> };
    const [planId] = xref.planIds as [string];
    expect(xref.carriers[planId]!.length).toBeGreaterThan(0);
    for (const id of xref.carriers[planId]!) {
      const file = JSON.parse(readFileSync(path.join(dist, 'xref', 'compare', planId, `${id}.json`), 'utf8')) as CompareFile;
      const inFile = Object.fromEntries(Object.entries(file.cells).map(([cell, pairs]) => [cell, pairs.reduce((total, [, targets]) => total + targets.length, 0)]));
      for (const prefix of ['', '/en']) {
        const html = byRoute.get(`${prefix}/compare/${id}/`)!.html;
        expect(html, id).toContain(`data-compare="/xref/compare/${planId}/${id}.json"`);
        const onPage = Object.fromEntries([...html.matchAll(/<details class="pairs" id="([^"]+)"><summary>.*?<span class="count">\((\d+)[^)]*\)<\/span><\/summary>/gu)].map((match) => [match[1], Number(match[2])]));
        expect(Object.keys(onPage).length, id).toBeGreaterThan(0);
        expect(onPage, `${prefix}/compare/${id}/`).toEqual(inFile);
      }
    }
  });

  it('offers the links and the phrases each as one ZIP holding the CSV and JSON ingest wrote, with its size on the page that links it', () => {
    for (const [name, route] of [['links', '/compare/'], ['phrases', '/phrases/']] as const) {
      const archive = readFileSync(path.join(dist, 'xref', `${name}.zip`));
      const files = unzipSync(archive);
      expect(Object.keys(files), name).toEqual([`${name}.csv`, `${name}.json`]);
      for (const [file, bytes] of Object.entries(files)) expect(Buffer.from(bytes).equals(readFileSync(path.join(build, 'xref', file))), file).toBe(true);
      for (const prefix of ['', '/en']) {
        const link = new RegExp(`<a href="/xref/${name}\\.zip" download>([^<]*)</a>`, 'u').exec(byRoute.get(`${prefix}${route}`)!.html);
        expect(link?.[1], `${prefix}${route}`).toContain(`${formatSize(archive.length)}`);
      }
    }
  });

  it('gives every passage of every document an anchor on a reader page of each language', () => {
    for (const { id } of corpus.documents) {
      const fragments = documentModel(id).passages.map((passage) => passage.id.slice(id.length + 1));
      for (const prefix of ['', '/en']) {
        const anchors = new Set(pages.filter((page) => page.route.startsWith(`${prefix}/docs/${id}/`)).flatMap((page) => [...page.ids]));
        expect(fragments.filter((fragment) => !anchors.has(fragment)), `${prefix} ${id}`).toEqual([]);
      }
    }
  });

  it("names every document in each language's titles file, by which the plan pages name the documents of a \"Carried out in\" file", () => {
    const shortTitles = JSON.parse(readFileSync(path.join(build, 'corpus.json'), 'utf8')) as { documents: Array<{ id: string; shortTitle: { zh: string; en: string } }> };
    for (const lang of ['zh', 'en'] as const) {
      const titles = JSON.parse(readFileSync(path.join(dist, 'xref', 'titles', `${lang}.json`), 'utf8')) as Record<string, string>;
      expect(titles).toEqual(Object.fromEntries(shortTitles.documents.map((document) => [document.id, document.shortTitle[lang]])));
    }
  });

  it('has no internal link or #fragment that does not resolve', () => {
    expect(brokenLinks(dist, { pages, byRoute })).toEqual([]);
  });

  it('never skips a heading rank', () => {
    const skips: string[] = [];
    for (const page of pages) {
      let previous = 0;
      for (const match of page.html.matchAll(/<h([1-6])[\s>]/gu)) {
        const rank = Number(match[1]);
        if (rank > previous + 1) skips.push(`${page.route}: h${previous} → h${rank}`);
        previous = rank;
      }
    }
    expect(skips).toEqual([]);
  });

  it('sets the language of every page, and marks Chinese text inside English pages', () => {
    for (const page of pages) {
      const lang = /<html lang="([^"]+)"/u.exec(page.html)?.[1];
      expect(lang, page.route).toBe(page.route.startsWith('/en/') ? 'en' : 'zh-CN');
    }
    // Every English page says the translation is unofficial and links the Chinese original.
    for (const page of pages.filter((candidate) => candidate.route.startsWith('/en/'))) {
      expect(page.html, page.route).toContain('The English translation is Policy Reader’s own and unofficial');
      expect(page.html, page.route).toContain(`<a href="${page.route.slice(3)}" lang="zh-CN" hreflang="zh-CN">Read the original in Chinese</a>`);
    }
    // The printed page an excerpt continues from is named in English too.
    expect(byRoute.get('/en/docs/west-coast-congress-report-2021/')!.html).toContain('continues here from page 3 of the printed edition');
    expect(byRoute.get('/en/docs/west-coast-feature-2022/')!.html).toContain('continues here from the front page of the printed edition');
    const chapter = byRoute.get('/en/docs/qingdao-plan-2021/c02/')!.html;
    expect(chapter).toMatch(/<div class="parallel" id="c02\/s01\/p01" data-cite="[^"]*"><p class="zh" lang="zh-CN">/u);
  });

  it('annotates glossary terms: each note link leads to its entry and has its note in the one notes file, every term on the glossary page', () => {
    const glossary = JSON.parse(readFileSync(path.join(build, 'glossary.json'), 'utf8')) as { terms: Array<{ id: string; zh: string; en: string; total: number }> };
    const termNotes = JSON.parse(readFileSync(path.join(dist, 'glossary', 'notes.json'), 'utf8')) as Record<string, { zh: string; en: string; explanation: string }>;
    expect(Object.keys(termNotes).sort()).toEqual(glossary.terms.map((term) => term.id).sort());
    let notes = 0;
    for (const page of pages.filter((candidate) => /\/docs\/[^/]+\/(c\d+\/)?$/u.test(candidate.route))) {
      const english = page.route.startsWith('/en/');
      if (page.html.includes('class="term"')) expect(page.html, page.route).toContain(`<div class="term-defs" data-notes="/glossary/notes.json" data-glossary="${english ? '/en' : ''}/glossary/"`);
      // A first occurrence names its term once, in its href's fragment (the page script reads it there).
      for (const match of page.html.matchAll(/<a class="term" href="([^"#]*)#([^"]+)">([\s\S]*?)<\/a>/gu)) {
        const [, entry, term, text] = match;
        expect(entry).toBe(`${english ? '/en' : ''}/glossary/`);
        expect(termNotes[term!]!.en).toBe(glossary.terms.find((entry) => entry.id === term)!.en);
        expect(glossary.terms.find((entry) => entry.id === term)!.total).toBeGreaterThan(0);
        // The term's text, marks of shared terms aside.
        expect(text!.replace(/<[^>]+>/gu, '').length, `${page.route}: ${term}`).toBeGreaterThan(0);
        notes += 1;
      }
    }
    expect(notes).toBeGreaterThan(500);
    for (const route of ['/glossary/', '/en/glossary/']) {
      const page = byRoute.get(route)!;
      expect(glossary.terms.filter((term) => !page.ids.has(term.id)).map((term) => term.zh), route).toEqual([]);
    }
  });
});
