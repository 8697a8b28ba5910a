// npm run bench:reuse [-- --sweep] — how well the reuse stage finds the wording district texts
// share with the master plan. On the hand-read spans of bench/reuse-eval.json: recall and precision
// by character (and spans found, by kind), beside a plain baseline, exact 8-character shingle
// matching, in the same run. On the whole corpus: recall of exact spans against a brute-force search
// for common substrings of at least N characters over the same folded texts, verbatim precision, the
// spans bridged across an edit (ten printed to judge), and time and memory at 1×, 10× and 100×.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ingestCorpus } from '../ingest/pipeline.ts';
import { readWordList } from '../ingest/stages/load.ts';
import { defaultReuseOptions, findReuse, fold, type ReuseGraph, type ReuseOptions } from '../ingest/stages/reuse.ts';
import type { DocumentModel, Passage } from '../ingest/model.ts';
import { copyId, variant } from './synthetic.ts';

interface EvalSpan { text: string; plan: string; kind: 'exact' | 'near' | 'formulaic' }
const root = path.resolve(import.meta.dirname, '..');
const evaluation = JSON.parse(readFileSync(path.join(import.meta.dirname, 'reuse-eval.json'), 'utf8')) as { cases: Array<{ passage: string; spans: EvalSpan[] }> };
const run = await ingestCorpus({ corpusDir: path.join(root, 'corpus'), searchConfigDir: path.join(root, 'search-config') });
const master = run.documents.find((document) => document.meta.kind === 'master-plan')!;
const setPhrases = [...(await readWordList(path.join(root, 'search-config', 'set-phrases.txt')))];
const passages = new Map(run.documents.flatMap((document) => document.passages.map((passage) => [passage.id, passage] as const)));
const sweep = process.argv.includes('--sweep');

/** The folded characters of a passage that a label covers, every occurrence. */
function labelled(passage: Passage, spans: readonly EvalSpan[]): Map<number, EvalSpan> {
  const text = fold(passage.text).text;
  const chars = new Map<number, EvalSpan>();
  for (const span of spans) {
    const needle = fold(span.text).text;
    let at = text.indexOf(needle);
    if (at < 0) throw new Error(`bench/reuse-eval.json: "${span.text}" is not in ${passage.id}`);
    for (; at >= 0; at = text.indexOf(needle, at + 1)) for (let i = at; i < at + needle.length; i += 1) chars.set(i, span);
  }
  return chars;
}

/** Folded offset of an original offset. */
const foldedAt = (text: string, offset: number): number => fold(text.slice(0, offset)).text.length;

interface Found { chars: Set<number>; formulaic: Set<number> }

function foundByStage(graph: ReuseGraph): Map<string, Found> {
  const found = new Map<string, Found>();
  for (const span of graph.spans) {
    const passage = passages.get(span.passageId)!;
    const entry = found.get(span.passageId) ?? { chars: new Set(), formulaic: new Set() };
    for (let i = foldedAt(passage.text, span.start); i < foldedAt(passage.text, span.end); i += 1) {
      entry.chars.add(i);
      if (span.formulaic) entry.formulaic.add(i);
    }
    found.set(span.passageId, entry);
  }
  return found;
}

/** The baseline: every character inside an 8-character shingle the plan also holds, anywhere. */
function foundByShingles(q: number): (passage: Passage) => Found {
  const shingles = new Set<string>();
  for (const passage of master.passages) {
    const text = fold(passage.text).text;
    for (let i = 0; i + q <= text.length; i += 1) shingles.add(text.slice(i, i + q));
  }
  return (passage) => {
    const text = fold(passage.text).text;
    const chars = new Set<number>();
    for (let i = 0; i + q <= text.length; i += 1) if (shingles.has(text.slice(i, i + q))) for (let k = i; k < i + q; k += 1) chars.add(k);
    return { chars, formulaic: new Set() };
  };
}

interface Score { recall: number; precision: number; spans: Record<EvalSpan['kind'], [number, number]>; formulaicAgree: string }

function score(find: (passage: Passage) => Found): Score {
  let hit = 0;
  let truth = 0;
  let reported = 0;
  const spans: Score['spans'] = { exact: [0, 0], near: [0, 0], formulaic: [0, 0] };
  let formulaicRight = 0;
  let formulaicLabels = 0;
  let wronglyFormulaic = 0;
  let otherLabels = 0;
  for (const { passage: id, spans: labels } of evaluation.cases) {
    const passage = passages.get(id);
    if (!passage) throw new Error(`bench/reuse-eval.json: no passage ${id}`);
    const truthChars = labelled(passage, labels);
    const found = find(passage);
    truth += truthChars.size;
    reported += found.chars.size;
    for (const i of found.chars) if (truthChars.has(i)) hit += 1;
    for (const label of labels) {
      const own = [...truthChars].filter(([, span]) => span === label).map(([i]) => i);
      const covered = own.filter((i) => found.chars.has(i)).length;
      spans[label.kind][1] += 1;
      if (covered >= 0.8 * own.length) spans[label.kind][0] += 1;
      const markedFormulaic = own.filter((i) => found.formulaic.has(i)).length * 2 > own.length;
      if (label.kind === 'formulaic') {
        formulaicLabels += 1;
        if (markedFormulaic) formulaicRight += 1;
      } else {
        otherLabels += 1;
        if (markedFormulaic) wronglyFormulaic += 1;
      }
    }
  }
  return { recall: hit / truth, precision: reported === 0 ? 0 : hit / reported, spans, formulaicAgree: `${formulaicRight}/${formulaicLabels} set phrases marked, ${wronglyFormulaic}/${otherLabels} others wrongly` };
}

const fmt = (value: number) => value.toFixed(3).padStart(9);
const kinds = (result: Score) => (['exact', 'near', 'formulaic'] as const).map((kind) => `${result.spans[kind][0]}/${result.spans[kind][1]}`.padStart(8)).join('');
const header = () => console.log(`${'method'.padEnd(48)}${'recall'.padStart(9)}${'precis.'.padStart(9)}${'exact'.padStart(8)}${'near'.padStart(8)}${'formul.'.padStart(8)}`);
const row = (label: string, result: Score) => console.log(`${label.padEnd(48)}${fmt(result.recall)}${fmt(result.precision)}${kinds(result)}`);

const labelCount = evaluation.cases.reduce((total, entry) => total + entry.spans.length, 0);
console.log(`${labelCount} hand-read spans in ${evaluation.cases.length} passages (bench/reuse-eval.json); recall and precision by character, spans found (≥80 % covered) by kind\n`);
header();
const options: ReuseOptions = { ...defaultReuseOptions, setPhrases };
const graph = findReuse(run.documents, master, options);
const stage = score((passage) => foundByStage(graph).get(passage.id) ?? { chars: new Set(), formulaic: new Set() });
row(`reuse stage (N=${options.minLength}, edits ≤${options.maxEdit}, resume ≥${options.minResume})`, stage);
row('reuse stage, no bridging', score((passage) => foundByStage(findReuse(run.documents, master, { ...options, maxEdit: 0 })).get(passage.id) ?? { chars: new Set(), formulaic: new Set() }));
row('baseline: exact 8-character shingles', score(foundByShingles(8)));
console.log(`formulaic marks: ${stage.formulaicAgree}`);

if (sweep) {
  console.log('\nsweep (the defaults were chosen from this grid)');
  header();
  for (const minLength of [6, 7, 8, 10, 12]) {
    for (const [maxEdit, minResume] of [[0, 0], [3, 3], [5, 3], [5, 4], [8, 4]] as const) {
      const candidate = findReuse(run.documents, master, { ...options, minLength, maxEdit, minResume });
      const found = foundByStage(candidate);
      row(`N=${minLength} edits ≤${maxEdit} resume ≥${minResume} (${candidate.spans.length} spans)`, score((passage) => found.get(passage.id) ?? { chars: new Set(), formulaic: new Set() }));
    }
  }
}

// Brute force: for each district passage against each plan passage, every common substring of at
// least N folded characters, by dynamic programming over all character pairs.
function bruteForceCovered(minLength: number): Map<string, Set<number>> {
  const plans = master.passages.map((passage) => fold(passage.text).text);
  const covered = new Map<string, Set<number>>();
  for (const document of run.documents) {
    if (document.id === master.id) continue;
    for (const passage of document.passages) {
      const text = fold(passage.text).text;
      const chars = new Set<number>();
      for (const plan of plans) {
        let previous = new Int32Array(plan.length + 1);
        for (let i = 1; i <= text.length; i += 1) {
          const current = new Int32Array(plan.length + 1);
          const char = text[i - 1];
          for (let j = 1; j <= plan.length; j += 1) {
            if (plan[j - 1] === char) {
              const length = previous[j - 1]! + 1;
              current[j] = length;
              if (length >= minLength) for (let k = i - length; k < i; k += 1) chars.add(k);
            }
          }
          previous = current;
        }
      }
      covered.set(passage.id, chars);
    }
  }
  return covered;
}

console.log(`\nwhole corpus, N=${options.minLength}`);
const exact = graph.spans.filter((span) => span.edits.length === 0);
const bridged = graph.spans.filter((span) => span.edits.length > 0);
const verbatim = exact.filter((span) => fold(span.text).text === fold(span.planText).text).length;
const truth = bruteForceCovered(options.minLength);
const exactOnly = foundByStage(findReuse(run.documents, master, { ...options, maxEdit: 0 }));
let truthChars = 0;
let recalled = 0;
for (const [id, chars] of truth) {
  truthChars += chars.size;
  const found = exactOnly.get(id)?.chars ?? new Set<number>();
  for (const i of chars) if (found.has(i)) recalled += 1;
}
console.log(`exact spans: ${exact.length}; verbatim in both places: ${verbatim}/${exact.length} (precision ${(verbatim / Math.max(exact.length, 1)).toFixed(3)})`);
console.log(`recall against brute force (characters in a common substring ≥ ${options.minLength}): ${recalled}/${truthChars} = ${(recalled / Math.max(truthChars, 1)).toFixed(3)}`);
console.log(`bridged spans (one edit or more): ${bridged.length}; formulaic spans: ${graph.spans.filter((span) => span.formulaic).length}`);
for (const span of bridged.slice(0, 10)) {
  console.log(`  ${span.passageId}: ${span.text}\n    plan ${span.planPassageId}: ${span.planText}\n    edits: ${span.edits.map((edit) => `«${edit.text}»→«${edit.planText}»`).join(', ')}`);
}
console.log('\nshare of each document\'s text shared with the plan (formulaic part)');
for (const [id, figures] of Object.entries(graph.documents)) {
  console.log(`  ${id.padEnd(36)} ${(figures.share * 100).toFixed(1).padStart(5)} % of ${figures.characters} chars, ${figures.spans} spans (${((figures.formulaic / Math.max(figures.characters, 1)) * 100).toFixed(1)} % formulaic)`);
}
const longest = [...graph.spans].sort((a, b) => b.shared - a.shared)[0];
if (longest) console.log(`longest span: ${longest.text} (${longest.shared} chars, ${longest.passageId})`);

/** The corpus with each district document copied k times (digits shifted, as bench:ingest does). */
function scaled(k: number): DocumentModel[] {
  const copies: DocumentModel[] = [master];
  for (const document of run.documents) {
    if (document.id === master.id) continue;
    for (let copy = 0; copy < k; copy += 1) {
      const id = copyId(document.id, copy);
      copies.push({ ...document, id, passages: document.passages.map((passage) => ({ ...passage, id: `${id}/${passage.id}`, documentId: id, text: variant(passage.text, copy) })) });
    }
  }
  return copies;
}

console.log(`\n${'corpus'.padEnd(10)}${'MB'.padStart(8)}${'spans'.padStart(9)}${'ms'.padStart(9)}${'ms/MB'.padStart(9)}${'heap MB'.padStart(9)}  | baseline 8-shingles ms/MB`);
for (const k of [1, 10, 100]) {
  const documents = scaled(k);
  const bytes = documents.reduce((total, document) => total + document.passages.reduce((sum, passage) => sum + Buffer.byteLength(passage.text), 0), 0);
  const mb = bytes / 2 ** 20;
  globalThis.gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  const started = performance.now();
  const result = findReuse(documents, master, options);
  const elapsed = performance.now() - started;
  const heap = (process.memoryUsage().heapUsed - heapBefore) / 2 ** 20;
  const baselineStarted = performance.now();
  const baseline = foundByShingles(8);
  for (const document of documents) if (document.id !== master.id) for (const passage of document.passages) baseline(passage);
  const baselineElapsed = performance.now() - baselineStarted;
  console.log(`${`${k}×`.padEnd(10)}${mb.toFixed(2).padStart(8)}${String(result.spans.length).padStart(9)}${elapsed.toFixed(0).padStart(9)}${(elapsed / mb).toFixed(0).padStart(9)}${heap.toFixed(1).padStart(9)}  | ${(baselineElapsed / mb).toFixed(0)}`);
}
