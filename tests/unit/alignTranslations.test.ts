import { describe, expect, it } from 'vitest';
import { DiagnosticSink } from '../../ingest/diagnostics.ts';
import { alignTranslations } from '../../ingest/stages/alignTranslations.ts';
import type { LoadedTranslationFile } from '../../ingest/stages/load.ts';
import { translationUnits, unitHash } from '../../ingest/translationUnits.ts';
import { runDocument } from '../helpers.ts';

const text = '第一章 总论\n\n建设国际性综合交通枢纽。完善港口设施，到2025年建成12个泊位。\n\n推进海洋经济发展。\n';

const fileOf = (units: Array<{ id: string; hash: string; zh: string; en: string }>): LoadedTranslationFile => ({ file: 't.json', units, lineOf: (index) => index + 4 });

describe('alignTranslations', () => {
  it('cuts a paragraph with a lead into the lead and the rest, each with its hash', () => {
    const { document } = runDocument(text);
    const units = translationUnits(document);
    expect(units.map((unit) => [unit.id, unit.zh])).toEqual([
      ['c01/p01/lead', '建设国际性综合交通枢纽。'],
      ['c01/p01', '完善港口设施，到2025年建成12个泊位。'],
      ['c01/p02', '推进海洋经济发展。'],
    ]);
    expect(unitHash('推进海洋经济发展。')).toMatch(/^[0-9a-f]{8}$/u);
  });

  it('gives units their English, flags a stale one, reports orphans and the untranslated, each at its line', () => {
    const { document } = runDocument(text);
    const [lead, rest] = translationUnits(document);
    const sink = new DiagnosticSink('t.json');
    const translated = alignTranslations(
      document,
      fileOf([
        { id: lead!.id, hash: unitHash(lead!.zh), zh: lead!.zh, en: 'Build an international comprehensive transport hub.' },
        { id: rest!.id, hash: 'deadbeef', zh: '旧文', en: 'Improve port facilities and build 12 berths by 2025.' },
        { id: 'c09/p01', hash: 'deadbeef', zh: '旧文', en: 'Gone.' },
      ]),
      sink,
      () => [],
      new Map(),
    );
    expect(translated).toEqual({
      'c01/p01/lead': { en: 'Build an international comprehensive transport hub.', stale: false },
      'c01/p01': { en: 'Improve port facilities and build 12 berths by 2025.', stale: true },
    });
    const problems = sink.list.filter((diagnostic) => diagnostic.severity !== 'info').map((diagnostic) => [diagnostic.rule, diagnostic.line]);
    expect(problems).toEqual([['translation-stale', 5], ['translation-orphan', 6], ['translation-missing', null]]);
  });

  it('reports the checks of each unit at its line', () => {
    const { document } = runDocument(text);
    const [, rest] = translationUnits(document);
    const sink = new DiagnosticSink('t.json');
    alignTranslations(document, fileOf([{ id: rest!.id, hash: unitHash(rest!.zh), zh: rest!.zh, en: 'Improve the 港口 and build berths by 2025.' }]), sink, () => [], new Map());
    expect(sink.list.filter((diagnostic) => diagnostic.severity === 'warning').map((diagnostic) => [diagnostic.rule, diagnostic.line])).toEqual([
      ['translation-number', 4],
      ['translation-han', 4],
      ['translation-missing', null],
    ]);
  });
});
