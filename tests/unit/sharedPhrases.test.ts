import { describe, expect, it } from 'vitest';
import type { DocumentModel } from '../../ingest/model.ts';
import { defaultReuseOptions, findReuse } from '../../ingest/stages/reuse.ts';
import { joinReuse } from '../../ingest/stages/planGraphs.ts';
import { sharedPhrases, stretchOf } from '../../ingest/emit/sharedPhrases.ts';
import { phrasesCsv } from '../../ingest/emit/phrasesCsv.ts';
import { fileText } from '../../ingest/emit/fileContent.ts';
import { manifestEntry, runDocument } from '../helpers.ts';

const plan = (): DocumentModel =>
  runDocument(
    [
      '第一章 开放',
      '第一节 黄河流域',
      '共促沿黄陆海协作。落实黄河流域省会和胶东经济圈城市陆海联动合作倡议，以畅通沿黄流域循环为切入点，推动国内大循环。',
      '第二章 民生',
      '第一节 共同富裕',
      '扎实推动共同富裕，不断增强人民群众获得感、幸福感、安全感。',
    ].join('\n\n'),
    manifestEntry({ id: 'plan', kind: 'master-plan' }),
  ).document;

const district = (text: string, id: string): DocumentModel => runDocument(text, manifestEntry({ id, kind: 'news-feature' })).document;

/** The phrases of districts each holding one text, against the plan above. */
const phrasesOf = (texts: string[], setPhrases: string[] = []) => {
  const master = plan();
  const documents = [master, ...texts.map((text, index) => district(text, `d${index}`))];
  const graph = joinReuse([findReuse(documents, master, { ...defaultReuseOptions, setPhrases })]);
  return { graph, phrases: sharedPhrases(graph, new Map(master.passages.map((passage) => [passage.id, passage.text])), documents.map((document) => document.id)) };
};

describe('shared phrases', () => {
  it('joins the overlapping repeats of two documents into one phrase of the plan’s words, with both places', () => {
    const { phrases } = phrasesOf(['新区落实黄河流域省会和胶东经济圈城市，抓好工作。', '要以胶东经济圈城市陆海联动合作倡议为抓手。']);
    expect(phrases).toHaveLength(1);
    const [phrase] = phrases;
    expect(phrase!.text).toBe('落实黄河流域省会和胶东经济圈城市陆海联动合作倡议');
    expect(phrase!.length).toBe(phrase!.text.length);
    expect(phrase!.documents).toEqual(['plan', 'd0', 'd1']);
    expect(phrase!.plan).toHaveLength(1);
    expect(phrase!.occurrences.map((place) => place.text)).toEqual(['落实黄河流域省会和胶东经济圈城市', '胶东经济圈城市陆海联动合作倡议']);
    expect(phrase!.occurrences.every((place) => place.exact)).toBe(true);
    // Each repeat's plan words lie in the phrase's plan place: the link from either lands there.
    for (const place of phrase!.occurrences) expect(stretchOf(place, phrase!.plan)).toMatchObject({ start: phrase!.plan[0]!.start });
    expect(phrase!.id).toMatch(/^[0-9a-f]{8}$/u);
  });

  it('keeps phrases apart that do not overlap in the plan, longest first, and says which are formulaic', () => {
    const { phrases } = phrasesOf(['不断增强人民群众获得感、幸福感、安全感。还要落实黄河流域省会和胶东经济圈城市陆海联动合作倡议。'], ['人民群众获得感、幸福感、安全感']);
    expect(phrases.map((phrase) => [phrase.text, phrase.formulaic, phrase.formulaicBy])).toEqual([
      ['落实黄河流域省会和胶东经济圈城市陆海联动合作倡议', false, null],
      ['不断增强人民群众获得感、幸福感、安全感。', true, 'set-phrase'],
    ]);
  });

  it('writes one CSV row per place, the plan’s first, with the phrase’s fields on each and a place’s text only where it differs', () => {
    const { phrases } = phrasesOf(['新区落实黄河流域省会和胶东经济圈城市，抓好工作。', '要以胶东经济圈城市陆海联动合作倡议为抓手。']);
    const rows = fileText(phrasesCsv(phrases)).trimEnd().split('\r\n');
    expect(rows[0]).toBe('phrase_id,phrase,length,formulaic,formulaic_by,documents,occurrences,document,passage,start,end,exact,text');
    expect(rows).toHaveLength(4);
    // The plan's place holds the phrase word for word: its text is left empty.
    expect(rows[1]).toMatch(/,3,3,plan,plan\/c01\/s01\/p01,\d+,\d+,true,$/u);
    expect(rows[3]).toMatch(/,d1,d1\/p01,\d+,\d+,true,胶东经济圈城市陆海联动合作倡议$/u);
  });
});

describe('a phrase as listed', () => {
  it('opens and closes on words, not on the stops its stretch holds', () => {
    const { phrases } = phrasesOf(['要推动国内大循环，以畅通沿黄流域循环为切入点，抓好落实。']);
    expect(phrases.length).toBeGreaterThan(0);
    for (const phrase of phrases) expect(phrase.text, phrase.text).not.toMatch(/^[，。；：、]|[，；：、]$/u);
    for (const phrase of phrases) for (const place of phrase.plan) expect(place.text.length).toBe(place.end - place.start);
  });
});
