// npm run bench:crosslingual — cross-lingual search quality, over the built Pagefind index.
// Needs a built site (npm run build).
//
// 1. The everyday set (bench/crosslingual-everyday.json, issue 15): English queries written from
//    reading the passages, pinyin and traditional queries; success@5 (a passage holding one of the
//    query's Chinese forms among the first five hits) and MRR (reciprocal rank of the first such
//    hit within the first ten). The baseline beside it is the same set run by the code of
//    2026-12-02 before issue 15 (bench/crosslingual-everyday-baseline.json, written by this
//    script with --record-baseline on that code and kept fixed).
// 2. The regression leg: the 75 glossary-drawn queries of bench/crosslingual-eval.json, in their
//    English, pinyin and traditional forms, against the queries searched as typed.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as OpenCC from 'opencc-js';
import { pinyin } from 'pinyin-pro';
import { searchPassages, type PagefindApi } from '../search/engine.ts';
import { loadNodePagefind } from '../search/pagefind/nodeClient.ts';
import { parseQuery } from '../search/query.ts';
import { loadLexicon } from '../search/buildData.ts';
import { expandQuery } from '../search/crosslingual/expand.ts';

const root = path.resolve(import.meta.dirname, '..');
const recordBaseline = process.argv.includes('--record-baseline');
const lexicon = await loadLexicon(path.join(root, 'build'));
const pagefind = (await loadNodePagefind(path.join(root, 'dist', 'pagefind'))).api as PagefindApi;

interface EverydaySet {
  english: Array<{ en: string; zh: string[]; glossary: boolean }>;
  pinyin: Array<{ typed: string; zh: string[]; form: string }>;
  traditional: Array<{ typed: string; zh: string[] }>;
}
const everyday = JSON.parse(await readFile(path.join(root, 'bench', 'crosslingual-everyday.json'), 'utf8')) as EverydaySet;
const baselinePath = path.join(root, 'bench', 'crosslingual-everyday-baseline.json');

/** Queries of the merged legs that answered no passage at all (every one names a word the corpus holds). */
const unanswered = new Set<string>();

/** The rank (1-based) of the first of the first ten hits holding one of the forms, or null. */
async function rankOf(typed: string, zh: readonly string[], legs?: 'expansion' | 'english'): Promise<number | null> {
  const page = await searchPassages(pagefind, { ...expandQuery(parseQuery(typed), lexicon).query, legs }, {}, 10);
  if (legs === undefined && page.hits.length === 0) unanswered.add(typed);
  const index = page.hits.findIndex((hit) => zh.some((form) => hit.text.includes(form) || hit.before.includes(form)));
  return index === -1 ? null : index + 1;
}

type Leg = 'expansion' | 'english' | undefined;
const english = everyday.english.map(({ en, zh }) => ({ typed: en, zh }));
const noGlossary = everyday.english.filter((query) => !query.glossary).map(({ en, zh }) => ({ typed: en, zh }));
const short = everyday.english.filter((query) => query.en.split(/\s+/u).length >= 2 && query.en.split(/\s+/u).length <= 4).map(({ en, zh }) => ({ typed: en, zh }));
// English queries three ways (issue 16): the Chinese expansion only, the English text only, both merged (what the site does).
const legs: Array<{ name: string; leg: Leg; queries: Array<{ typed: string; zh: string[] }> }> = [
  ...(['expansion', 'english', undefined] as const).flatMap((leg) => {
    const label = leg === 'expansion' ? 'expansion only' : leg === 'english' ? 'English text only' : 'merged';
    return [
      { name: `English, all: ${label}`, leg, queries: english },
      { name: `  naming no glossary term: ${label}`, leg, queries: noGlossary },
      { name: `  two to four words: ${label}`, leg, queries: short },
    ];
  }),
  { name: 'pinyin', leg: undefined, queries: everyday.pinyin },
  { name: 'traditional', leg: undefined, queries: everyday.traditional },
];

const rankings = new Map<Leg, Record<string, number | null>>();
for (const { leg, queries } of legs) {
  const ranks = rankings.get(leg) ?? {};
  rankings.set(leg, ranks);
  for (const { typed, zh } of queries) if (!(typed in ranks)) ranks[typed] = await rankOf(typed, zh, leg);
}
const ranks = rankings.get(undefined)!;
if (recordBaseline) {
  await writeFile(baselinePath, `${JSON.stringify({ $comment: 'Ranks (first answering hit within 10, null: none) of bench/crosslingual-everyday.json on the code before issue 15; written once by npm run bench:crosslingual -- --record-baseline, kept fixed.', ranks }, null, 2)}\n`);
}
const baseline = (JSON.parse(await readFile(baselinePath, 'utf8').catch(() => '{"ranks":{}}')) as { ranks: Record<string, number | null> }).ranks;

const score = (queries: ReadonlyArray<{ typed: string }>, from: Record<string, number | null | undefined>) => {
  const known = queries.filter(({ typed }) => typed in from);
  if (known.length === 0) return { success: NaN, mrr: NaN };
  const success = known.filter(({ typed }) => (from[typed] ?? 99) <= 5).length / known.length;
  const mrr = known.reduce((sum, { typed }) => sum + (from[typed] ? 1 / from[typed]! : 0), 0) / known.length;
  return { success, mrr };
};
const cell = (value: number) => (Number.isNaN(value) ? '—' : value.toFixed(3)).padStart(10);

console.log(`\neveryday set (bench/crosslingual-everyday.json): success@5 and MRR@10, now and before issue 15 (goal: English merged ≥ 0.95, pinyin and traditional 1.00)\n`);
console.log(`${'leg'.padEnd(44)}${'queries'.padStart(8)}${'s@5'.padStart(10)}${'MRR'.padStart(10)}${'s@5 before'.padStart(12)}${'MRR before'.padStart(12)}`);
for (const { name, leg, queries } of legs) {
  const now = score(queries, rankings.get(leg)!);
  const before = score(queries, baseline);
  console.log(`${name.padEnd(44)}${String(queries.length).padStart(8)}${cell(now.success)}${cell(now.mrr)}  ${cell(before.success)}  ${cell(before.mrr)}`);
}
console.log(`\neveryday queries answering no passage at all (goal 0): ${unanswered.size}${unanswered.size > 0 ? `: ${[...unanswered].map((typed) => `"${typed}"`).join(', ')}` : ''}`);
const everydayMisses = Object.entries(ranks).filter(([, rank]) => rank === null || rank > 5);
console.log(everydayMisses.length > 0 ? `\neveryday misses of the merged legs, pinyin and traditional (not in the first five):\n  ${everydayMisses.map(([typed, rank]) => `"${typed}" → ${expandQuery(parseQuery(typed), lexicon).expansions.map((expansion) => expansion.forms.slice(0, 3).join('/') || '?').join(' + ')}${rank ? ` (rank ${rank})` : ''}`).join('\n  ')}` : '\nno everyday misses');

// The regression leg: the glossary-drawn set, as before.
const { queries } = JSON.parse(await readFile(path.join(root, 'bench', 'crosslingual-eval.json'), 'utf8')) as { queries: Array<{ en: string; term: string }> };
// An independent converter for the traditional forms: OpenCC, not the lexicon's own CC-CEDICT pairs.
const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });
const han = /\p{Script=Han}/u;
const forms: Record<string, (term: string, en: string) => string | null> = {
  english: (_, en) => en,
  'pinyin with tones': (term) => (han.test(term) ? pinyin(term, { toneType: 'symbol', toneSandhi: false }) : null),
  'pinyin, toneless, run together': (term) => (han.test(term) ? pinyin(term, { toneType: 'none', toneSandhi: false, type: 'array' }).join('') : null),
  traditional: (term) => {
    const traditional = toTraditional(term);
    return traditional === term ? null : traditional;
  },
};

async function found(typed: string, term: string, expand: boolean): Promise<boolean> {
  const parsed = parseQuery(typed);
  const query = expand ? expandQuery(parsed, lexicon).query : parsed;
  const page = await searchPassages(pagefind, query, {}, 5);
  return page.hits.some((hit) => hit.text.includes(term));
}

console.log(`\nregression leg (bench/crosslingual-eval.json), success@5 over ${queries.length} glossary-drawn terms\n`);
console.log(`${'query form'.padEnd(34)}${'queries'.padStart(8)}${'expanded'.padStart(10)}${'as typed'.padStart(10)}`);
const misses: string[] = [];
for (const [name, form] of Object.entries(forms)) {
  let total = 0;
  let expanded = 0;
  let typedOnly = 0;
  for (const { en, term } of queries) {
    const typed = form(term, en);
    if (typed === null) continue;
    total += 1;
    if (await found(typed, term, true)) expanded += 1;
    else misses.push(`${name}: "${typed}" → ${expandQuery(parseQuery(typed), lexicon).expansions.map((expansion) => expansion.forms.join('/') || '?').join(' + ')} (wanted ${term})`);
    if (await found(typed, term, false)) typedOnly += 1;
  }
  console.log(`${name.padEnd(34)}${String(total).padStart(8)}${(expanded / total).toFixed(3).padStart(10)}${(typedOnly / total).toFixed(3).padStart(10)}`);
}
console.log(misses.length > 0 ? `\nregression misses:\n  ${misses.join('\n  ')}` : '\nno regression misses');
console.log('\n"as typed" is the baseline: the query searched without expansion. Terms without ideographs (RCEP) have no pinyin form; terms OpenCC leaves unchanged have no traditional form.');
