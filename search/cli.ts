// npm run search -- "海洋经济" [--doc ID] [--topic ID] [--limit N | --all] [--json]
// Answers from the built index (dist/pagefind), with the query syntax of the site. Exit code:
// 0 answered (also with no result), 1 no index or no answer, 2 bad arguments.
// --backend meili asks the server at MEILI_URL with MEILI_SEARCH_KEY (or the admin key).
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { searchPassages, titleKinds, type SearchPage } from './engine.ts';
import { meiliConnection } from './meilisearch/client.ts';
import { meiliSearchPassages } from './meilisearch/backend.ts';
import { meiliSearchEnv } from './meilisearch/env.ts';
import { loadMeiliConfig } from './meilisearch/settings.ts';
import { loadNodePagefind } from './pagefind/nodeClient.ts';
import { parseQuery } from './query.ts';
import { loadLexicon } from './buildData.ts';
import { expandQuery, expansionText, type ExpandedQuery } from './crosslingual/expand.ts';

const usage = 'usage: npm run search -- "query" [--doc ID] [--topic ID] [--limit N | --all] [--json] [--backend pagefind|meili]';

interface CliArgs { query: string; doc: string[]; topic: string[]; limit: number | 'all'; json: boolean; help: boolean; backend: 'pagefind' | 'meili' }

/** Reads the arguments by hand: a query word may start with '-' (an exclusion), which parseArgs would take for an option. */
function parse(argv: readonly string[]): CliArgs | string {
  const args: CliArgs = { query: '', doc: [], topic: [], limit: 20, json: false, help: false, backend: 'pagefind' };
  const words: string[] = [];
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index]!;
    // An option's value is the next argument, unless that is missing or another option (--doc --json).
    const value = (option: string, what: string): string => {
      const next = argv[index + 1];
      if (next === undefined || next.startsWith('-')) throw new Error(`${option} takes ${what}${next === undefined ? '' : `, not the option ${next}`}`);
      index += 1;
      return next;
    };
    try {
      if (arg === '--doc') args.doc.push(value('--doc', 'a document id'));
      else if (arg === '--topic') args.topic.push(value('--topic', 'a topic id'));
      else if (arg === '--limit') {
        const limit = value('--limit', 'a positive whole number');
        if (!/^[1-9]\d*$/u.test(limit)) return `--limit takes a positive whole number, not "${limit}"`;
        args.limit = Number(limit);
      } else if (arg === '--all') args.limit = 'all';
      else if (arg === '--json') args.json = true;
      else if (arg === '--backend') {
        const backend = value('--backend', 'pagefind or meili');
        if (backend !== 'pagefind' && backend !== 'meili') return `--backend takes pagefind or meili, not "${backend}"`;
        args.backend = backend;
      } else if (arg === '--help' || arg === '-h') args.help = true;
      else if (arg.startsWith('--')) return `unknown option ${arg}`;
      else words.push(arg);
    } catch (error) {
      return (error as Error).message;
    }
  }
  args.query = words.join(' ').trim();
  if (!args.help && !args.query) return 'no query given';
  return args;
}

/**
 * Why the --doc and --topic ids cannot be searched, or null: each must be an id of
 * build/corpus.json, or a typo would quietly answer nothing.
 */
async function unknownIds(buildDir: string, args: CliArgs): Promise<{ code: number; message: string } | null> {
  if (args.doc.length === 0 && args.topic.length === 0) return null;
  let corpus: { documents: Array<{ id: string }>; topics: Array<{ id: string }> };
  try {
    corpus = JSON.parse(await readFile(path.join(buildDir, 'corpus.json'), 'utf8')) as typeof corpus;
  } catch {
    return { code: 1, message: 'no build/corpus.json to check --doc and --topic against: run npm run build first' };
  }
  const problems: string[] = [];
  for (const [option, given, known] of [['--doc', args.doc, corpus.documents], ['--topic', args.topic, corpus.topics]] as const) {
    const ids = known.map((entry) => entry.id);
    const unknown = given.filter((id) => !ids.includes(id));
    if (unknown.length > 0) problems.push(`${option}: unknown id ${unknown.map((id) => `"${id}"`).join(', ')}; known ids: ${ids.join(', ')}`);
  }
  return problems.length > 0 ? { code: 2, message: problems.join('\n') } : null;
}

async function main(): Promise<number> {
  const args = parse(process.argv.slice(2));
  if (typeof args === 'string') {
    console.error(`${args}\n${usage}`);
    return 2;
  }
  if (args.help) {
    console.log(usage);
    return 0;
  }
  const { query: text, limit } = args;
  const root = path.resolve(import.meta.dirname, '..');
  const refused = await unknownIds(path.join(root, 'build'), args);
  if (refused !== null) {
    console.error(refused.message);
    return refused.code;
  }
  const filters = { document: args.doc, topic: args.topic };
  let expanded: ExpandedQuery;
  try {
    expanded = expandQuery(parseQuery(text), await loadLexicon(path.join(root, 'build')));
  } catch {
    console.error('no lexicon at build/search/lexicon.json (run npm run ingest): English, pinyin and traditional queries are not expanded');
    expanded = { query: parseQuery(text), expansions: [] };
  }
  let page: SearchPage;
  if (args.backend === 'meili') {
    const env = meiliSearchEnv();
    if (typeof env === 'string') {
      console.error(`--backend meili: ${env}`);
      return 2;
    }
    const { index } = await loadMeiliConfig(path.join(root, 'search-config'));
    try {
      page = await meiliSearchPassages({ ...meiliConnection(env.MEILI_URL, env.key, env.limits), index }, expanded.query, filters, limit);
    } catch (error) {
      // The message names the server and the step.
      console.error((error as Error).message);
      return 1;
    }
  } else {
    let pagefind;
    try {
      pagefind = await loadNodePagefind(path.join(root, 'dist', 'pagefind'));
    } catch {
      console.error('no search index at dist/pagefind: run npm run build first');
      return 1;
    }
    page = await searchPassages(pagefind.api, expanded.query, filters, limit);
  }
  if (args.json) {
    const hits = page.hits.map(({ url, documentId, kind, text: passage, textEn, excerpt, heading, exact, occurrences, matched, matchedEnglish, missing }) => ({ url, documentId, kind, heading, exact, occurrences, matched, matchedEnglish, missing, text: passage, textEn, excerpt }));
    console.log(JSON.stringify({ expansions: expanded.expansions, hits }, null, 2));
    return 0;
  }
  for (const expansion of expanded.expansions) console.log(`searched ${expansionText(expansion)}${expansion.via ? ` (${expansion.via})` : ' (no Chinese term found)'}`);
  const titles = page.hits.filter((hit) => titleKinds.has(hit.kind)).length;
  console.log(`${page.hits.length - titles} passages${titles > 0 ? ` and ${titles} headings, box titles or captions` : ''}${page.candidates > page.hits.length ? ` (of ${page.candidates} candidates)` : ''} for ${text}`);
  for (const hit of page.hits) {
    const matched = [...hit.matched.map((match) => `${match.typed} → ${match.form}`), ...hit.matchedEnglish.map((typed) => `${typed} → English text`)].join('; ');
    const loose = hit.missing.length > 0 ? `  (lacks: ${hit.missing.join(', ')})` : hit.exact ? '' : '  (bigrams only)';
    // Both texts: the excerpt, and the other language's text under it when there is one.
    const inEnglish = !/\p{Script=Han}/u.test(hit.excerpt) && hit.textEn !== '';
    const other = titleKinds.has(hit.kind) ? '' : inEnglish ? hit.text : hit.textEn;
    console.log(`\n${hit.url}${titleKinds.has(hit.kind) ? `  (${hit.kind})` : ''}${loose}${matched ? `  [${matched}]` : ''}\n  ${hit.heading}${other ? `\n  ${other.length > 200 ? `${other.slice(0, 200)}…` : other}` : ''}\n  ${hit.excerpt.replace(/<mark>/gu, '【').replace(/<\/mark>/gu, '】').replace(/&lt;/gu, '<').replace(/&gt;/gu, '>').replace(/&amp;/gu, '&').replace(/&quot;/gu, '"').replace(/&#39;/gu, "'")}`);
  }
  return 0;
}

process.exitCode = await main();
