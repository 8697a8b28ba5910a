// npm run bench:xref — how well the link stage finds the master-plan section a district passage
// carries out, on the hand-made set in bench/xref-eval.json: top-1 and top-3 accuracy for the
// project's linker and, in the same run, for a plain TF-IDF cosine baseline over the same sections.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ingestCorpus } from '../ingest/pipeline.ts';
import { readWordList } from '../ingest/stages/load.ts';
import { defaultLinkOptions, linkToMaster, type LinkOptions } from '../ingest/stages/link.ts';
import { contentTerms } from '../ingest/text/contentTerms.ts';
import { words } from '../ingest/stages/segment.ts';
import type { DocumentModel, Passage } from '../ingest/model.ts';

const root = path.resolve(import.meta.dirname, '..');
const evaluation = JSON.parse(readFileSync(path.join(import.meta.dirname, 'xref-eval.json'), 'utf8')) as { cases: Array<{ passage: string; gold: string[] }> };
const run = await ingestCorpus({ corpusDir: path.join(root, 'corpus'), searchConfigDir: path.join(root, 'search-config') });
const stopWords = await readWordList(path.join(root, 'search-config', 'stop-words.txt'));
const master = run.documents.find((document) => document.meta.kind === 'master-plan')!;
const passages = new Map(run.documents.flatMap((document) => document.passages.map((passage) => [passage.id, passage] as const)));
const withPrefix = (id: string) => `${master.id}/${id}`;

interface Accuracy { top1: number; top3: number; unlinked: number }

const secondSet = JSON.parse(readFileSync(path.join(import.meta.dirname, 'xref-eval-2.json'), 'utf8')) as { cases: Array<{ passage: string; gold: string[] }> };

function accuracy(rank: (passage: Passage) => string[], cases = evaluation.cases): Accuracy {
  let top1 = 0;
  let top3 = 0;
  let unlinked = 0;
  for (const { passage, gold } of cases) {
    const found = passages.get(passage);
    if (!found) throw new Error(`bench: no passage ${passage}`);
    const ranked = rank(found);
    const golds = new Set(gold.map(withPrefix));
    if (ranked.length === 0) unlinked += 1;
    if (ranked.slice(0, 1).some((id) => golds.has(id))) top1 += 1;
    if (ranked.slice(0, 3).some((id) => golds.has(id))) top3 += 1;
  }
  return { top1: top1 / cases.length, top3: top3 / cases.length, unlinked };
}

const quotes = run.reuse?.spans ?? [];
/** The options without the evidence of shared wording: the linker before the reuse stage. */
const withoutQuotes = (options: LinkOptions): LinkOptions => ({ ...options, quoteWeight: 0, minQuote: Number.POSITIVE_INFINITY });

function linker(options: LinkOptions): (passage: Passage) => string[] {
  const graph = linkToMaster(run.documents, master, stopWords, words, options, quotes);
  const byPassage = new Map(graph.links.map((link) => [link.passageId, link.targets.map((target) => target.sectionId)]));
  return (passage) => byPassage.get(passage.id) ?? [];
}

/** The baseline: TF-IDF vectors of section texts, cosine with the passage, no heading weight, no threshold. */
function tfidfBaseline(plan: DocumentModel): (passage: Passage) => string[] {
  const units = new Map<string, string[]>();
  for (const passage of plan.passages) {
    const unit = passage.sectionId ?? passage.chapterId;
    if (unit) units.set(unit, [...(units.get(unit) ?? []), ...contentTerms(passage.tokens, stopWords)]);
  }
  const ids = [...units.keys()];
  const documentFrequency = new Map<string, number>();
  for (const terms of units.values()) for (const term of new Set(terms)) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
  const vector = (terms: readonly string[]) => {
    const counts = new Map<string, number>();
    for (const term of terms) counts.set(term, (counts.get(term) ?? 0) + 1);
    const weights = new Map([...counts].map(([term, count]) => [term, count * Math.log(ids.length / (documentFrequency.get(term) ?? ids.length))]));
    const norm = Math.sqrt([...weights.values()].reduce((total, weight) => total + weight * weight, 0)) || 1;
    return new Map([...weights].map(([term, weight]) => [term, weight / norm]));
  };
  const sectionVectors = ids.map((id) => vector(units.get(id)!));
  return (passage) => {
    const query = vector(contentTerms(passage.tokens, stopWords));
    return ids
      .map((id, index) => ({ id, score: [...query].reduce((total, [term, weight]) => total + weight * (sectionVectors[index]!.get(term) ?? 0), 0) }))
      .filter((candidate) => candidate.score > 0)
      .sort((a, b) => b.score - a.score)
      .map((candidate) => candidate.id);
  };
}

const line = (label: string, result: Accuracy) =>
  console.log(`${label.padEnd(46)}${result.top1.toFixed(3).padStart(8)}${result.top3.toFixed(3).padStart(8)}${String(result.unlinked).padStart(10)}`);

console.log(`${evaluation.cases.length} passages with gold sections (bench/xref-eval.json)\n`);
console.log(`${'linker'.padEnd(46)}${'top-1'.padStart(8)}${'top-3'.padStart(8)}${'unlinked'.padStart(10)}`);
line('project: BM25 + heading weight + quotations', accuracy(linker(defaultLinkOptions)));
line('before: BM25 + heading weight, no quotations', accuracy(linker(withoutQuotes(defaultLinkOptions))));
line('baseline: TF-IDF cosine', accuracy(tfidfBaseline(master)));

console.log(`\n${secondSet.cases.length} more passages (bench/xref-eval-2.json)`);
line('project: BM25 + heading weight + quotations', accuracy(linker(defaultLinkOptions), secondSet.cases));
line('before: BM25 + heading weight, no quotations', accuracy(linker(withoutQuotes(defaultLinkOptions)), secondSet.cases));
line('baseline: TF-IDF cosine', accuracy(tfidfBaseline(master), secondSet.cases));

// Every district passage quoting a plan section (a span of at least minQuote characters, set
// phrases left out): is the quoted section among its links, and first?
{
  const quoting = new Map<string, Set<string>>();
  for (const span of quotes) {
    if (span.formulaic || span.planSectionId === null || span.shared < defaultLinkOptions.minQuote) continue;
    quoting.set(span.passageId, (quoting.get(span.passageId) ?? new Set()).add(span.planSectionId));
  }
  const count = (options: LinkOptions) => {
    const rank = linker(options);
    let among = 0;
    let first = 0;
    for (const [id, sections] of quoting) {
      const ranked = rank(passages.get(id)!);
      if (ranked.some((section) => sections.has(section))) among += 1;
      if (sections.has(ranked[0] ?? '')) first += 1;
    }
    return `${among}/${quoting.size} link the quoted section, ${first}/${quoting.size} first`;
  };
  console.log(`\npassages quoting a section (spans of ${defaultLinkOptions.minQuote}+ characters): ${quoting.size}`);
  console.log(`  with quotations:    ${count(defaultLinkOptions)}`);
  console.log(`  without quotations: ${count(withoutQuotes(defaultLinkOptions))}`);
}

// How the threshold was chosen: the scores of right top-1 links in the set against those of all links.
const graph = linkToMaster(run.documents, master, stopWords, words, { ...defaultLinkOptions, minScore: 0 });
const topScores = new Map(graph.links.map((link) => [link.passageId, link.targets[0]?.score ?? 0]));
const rightScores = evaluation.cases
  .filter(({ passage, gold }) => gold.map(withPrefix).includes(graph.links.find((link) => link.passageId === passage)?.targets[0]?.sectionId ?? ''))
  .map(({ passage }) => topScores.get(passage)!)
  .sort((a, b) => a - b);
const kept = [...topScores.values()].filter((score) => score >= defaultLinkOptions.minScore).length;
console.log(`\nlowest score of a right top-1 link in the set: ${rightScores[0]!.toFixed(1)}; median ${rightScores[Math.floor(rightScores.length / 2)]!.toFixed(1)}`);
console.log(`threshold (minScore) ${defaultLinkOptions.minScore}: ${kept} of ${topScores.size} district passages keep at least one link`);

if (process.argv.includes('--sweep')) {
  console.log('\nquotation weight sweep (other options the defaults): top-1, top-3 on xref-eval.json | on xref-eval-2.json');
  for (const quoteWeight of [0, 0.25, 0.5, 1, 2, 4]) {
    for (const minQuote of [8, 12, 16, 20, 30]) {
      const rank = linker({ ...defaultLinkOptions, quoteWeight, minQuote });
      const both = [accuracy(rank), accuracy(rank, secondSet.cases)];
      console.log(`${`quote weight ${quoteWeight}, quotes of ${minQuote}+ chars`.padEnd(46)}${both.map((result) => `${result.top1.toFixed(3).padStart(8)}${result.top3.toFixed(3).padStart(8)}`).join('  |')}`);
    }
  }
  console.log('\nparameter sweep (no threshold)');
  for (const queryHeadingWeight of [0, 1, 2]) {
    for (const headingWeight of [0, 3, 5]) {
      for (const b of [0.5, 0.75, 1]) {
        for (const k1 of [1.2, 2]) {
          const options = { ...defaultLinkOptions, queryHeadingWeight, headingWeight, b, k1, minScore: 0, minShareOfBest: 0 };
          line(`query heading ${queryHeadingWeight}, heading ${headingWeight}, b ${b}, k1 ${k1}`, accuracy(linker(options)));
        }
      }
    }
  }
}
