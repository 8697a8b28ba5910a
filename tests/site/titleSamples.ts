// A sample of the titles the reader prints outside passages, one of each kind, read from the
// built models: what the CLI and the search page must find at the title's own anchor.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { blockHref, captionId } from '../../ingest/address.ts';
import type { Block, DocumentModel } from '../../ingest/model.ts';
import { projectRoot } from '../helpers.ts';

export interface TitleSample {
  /** What a reader types: the title as printed, numbering included for leads. */
  query: string;
  kind: 'heading' | 'box-title' | 'caption';
  /** heading:<form>, box, table or figure. */
  sample: string;
  /** The site-relative URL of the title's anchor. */
  url: string;
}

/** The longest part of a title between quotation marks, which the query syntax reads as quotes: 时期经济社会发展主要指标 of “十四五”时期经济社会发展主要指标. */
const unquoted = (title: string): string => title.split(/["“”]/u).sort((a, b) => b.length - a.length)[0]!.trim();

/** The first title of each heading form, of boxes, tables and figures, in corpus order. */
export function titleSamples(): TitleSample[] {
  const build = path.join(projectRoot, 'build');
  const { documents } = JSON.parse(readFileSync(path.join(build, 'corpus.json'), 'utf8')) as { documents: Array<{ id: string }> };
  const samples = new Map<string, TitleSample>();
  for (const { id } of documents) {
    const model = JSON.parse(readFileSync(path.join(build, 'documents', `${id}.json`), 'utf8')) as DocumentModel;
    const add = (block: Block, sample: string, kind: TitleSample['kind'], query: string | null) => {
      if (!query || samples.has(sample) || unquoted(query).length < 4) return;
      samples.set(sample, { query: unquoted(query), kind, sample, url: blockHref('zh', model, block.type === 'table' ? captionId(block.id) : block.id) });
    };
    for (const block of model.blocks) {
      if (block.type === 'heading') add(block, `heading:${block.form}`, 'heading', ['item-lead', 'dash-lead', 'numbered'].includes(block.form) ? `${block.numbering}${block.title}` : block.title);
      else if (block.type === 'box') add(block, 'box', 'box-title', block.title);
      else if (block.type === 'table') add(block, 'table', 'caption', block.caption);
      else if (block.type === 'figure') add(block, 'figure', 'caption', block.caption);
    }
  }
  return [...samples.values()];
}
