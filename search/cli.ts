// npm run search -- "海洋经济" [--doc ID] [--topic ID] [--limit N | --all] [--json]
// Answers from the built index (dist/pagefind), with the query syntax of the site.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { searchPassages } from './engine.ts';
import { loadNodePagefind } from './pagefind/nodeClient.ts';
import { parseQuery } from './query.ts';

const usage = 'usage: npm run search -- "query" [--doc ID] [--topic ID] [--limit N | --all] [--json]';

async function main(): Promise<number> {
  let args;
  try {
    args = parseArgs({
      allowPositionals: true,
      options: {
        doc: { type: 'string', multiple: true },
        topic: { type: 'string', multiple: true },
        limit: { type: 'string', default: '20' },
        all: { type: 'boolean', default: false },
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    console.error(`${(error as Error).message}\n${usage}`);
    return 2;
  }
  if (args.values.help) {
    console.log(usage);
    return 0;
  }
  const text = args.positionals.join(' ').trim();
  const limit = args.values.all ? 'all' : Number(args.values.limit);
  if (!text || (limit !== 'all' && !(limit > 0))) {
    console.error(usage);
    return 2;
  }
  const root = path.resolve(import.meta.dirname, '..');
  let pagefind;
  try {
    pagefind = await loadNodePagefind(path.join(root, 'dist', 'pagefind'));
  } catch {
    console.error('no search index at dist/pagefind: run npm run build first');
    return 1;
  }
  const page = await searchPassages(pagefind.api, parseQuery(text), { document: args.values.doc ?? [], topic: args.values.topic ?? [] }, limit);
  if (args.values.json) {
    console.log(JSON.stringify(page.hits.map(({ url, documentId, text: passage, excerpt, heading, exact, occurrences }) => ({ url, documentId, heading, exact, occurrences, text: passage, excerpt })), null, 2));
    return 0;
  }
  console.log(`${page.hits.length} passages${page.candidates > page.hits.length ? ` (of ${page.candidates} candidates)` : ''} for ${text}`);
  for (const hit of page.hits) {
    console.log(`\n${hit.url}${hit.exact ? '' : '  (bigrams only)'}\n  ${hit.heading}\n  ${hit.excerpt.replace(/<mark>/gu, '【').replace(/<\/mark>/gu, '】').replace(/&lt;/gu, '<').replace(/&gt;/gu, '>').replace(/&amp;/gu, '&').replace(/&quot;/gu, '"').replace(/&#39;/gu, "'")}`);
  }
  return 0;
}

process.exitCode = await main();
