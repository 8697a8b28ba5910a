// npm run bench:crosslingual — cross-lingual search quality: English queries (bench/crosslingual-eval.json),
// and the pinyin (with tones, and toneless run together) and traditional-character forms of their
// Chinese terms, each expanded through the lexicon and searched over the built Pagefind index.
// success@5: a passage holding the target term among the first five hits. Baseline, in the same
// run: the same queries searched as typed, without expansion. Needs a built site (npm run build).
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import * as OpenCC from 'opencc-js';
import { pinyin } from 'pinyin-pro';
import { searchPassages, type PagefindApi } from '../search/engine.ts';
import { loadNodePagefind } from '../search/pagefind/nodeClient.ts';
import { parseQuery } from '../search/query.ts';
import { loadLexicon } from '../search/buildData.ts';
import { expandQuery } from '../search/crosslingual/expand.ts';

const root = path.resolve(import.meta.dirname, '..');
const { queries } = JSON.parse(await readFile(path.join(root, 'bench', 'crosslingual-eval.json'), 'utf8')) as { queries: Array<{ en: string; term: string }> };
const lexicon = await loadLexicon(path.join(root, 'build'));
const pagefind = (await loadNodePagefind(path.join(root, 'dist', 'pagefind'))).api as PagefindApi;
// An independent converter for the traditional forms: OpenCC, not the lexicon's own CC-CEDICT pairs.
const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });

const han = /\p{Script=Han}/u;
/** The query forms of a Chinese term a reader might type instead of it. */
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

console.log(`\ncross-lingual search, success@5 over ${queries.length} terms (goal ≥ 0.95 each)\n`);
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
console.log(misses.length > 0 ? `\nmisses:\n  ${misses.join('\n  ')}` : '\nno misses');
console.log('\n"as typed" is the baseline: the query searched without expansion. Terms without ideographs (RCEP) have no pinyin form; terms OpenCC leaves unchanged have no traditional form.');
