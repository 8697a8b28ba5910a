// What must hold of every document of whatever corpus is configured (CORPUS_DIR, else
// corpus/): generic invariants, apart from the pins on the five seed texts in corpus.test.ts.
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Block } from '../../ingest/model.ts';
import { ingestCorpus, type CorpusRun } from '../../ingest/pipeline.ts';
import { maxParagraphLength } from '../../ingest/stages/check.ts';
import { endsSentence } from '../../ingest/text/chars.ts';
import { corpusDir, searchConfigDir } from '../helpers.ts';

const configured = process.env.CORPUS_DIR ? path.resolve(process.env.CORPUS_DIR) : corpusDir;
let run: CorpusRun;
const ids = (blocks: Block[]): string[] => blocks.flatMap((block) => [block.id, ...(block.type === 'box' ? block.items.map((item) => item.id) : [])]);

beforeAll(async () => {
  run = await ingestCorpus({ corpusDir: configured, searchConfigDir });
});

describe(`every document of ${path.relative(process.cwd(), configured) || configured}`, () => {
  it('ingests without errors, and loses nothing of its source (the check ingest runs)', () => {
    expect(run.documents.length).toBeGreaterThan(0);
    expect(run.diagnostics.filter((diagnostic) => diagnostic.severity === 'error')).toEqual([]);
  });
  it('has unique ids, and the same ids from a second run', async () => {
    for (const document of run.documents) expect(new Set(ids(document.blocks)).size, document.id).toBe(ids(document.blocks).length);
    const again = await ingestCorpus({ corpusDir: configured, searchConfigDir });
    expect(again.documents.map((document) => ids(document.blocks))).toEqual(run.documents.map((document) => ids(document.blocks)));
  });
  it('titles every heading but articles, which are units, not titles', () => {
    const untitled = run.documents.flatMap((document) => document.blocks.filter((block) => block.type === 'heading' && block.form !== 'article' && block.title.trim() === '').map((block) => block.id));
    expect(untitled).toEqual([]);
  });
  it('has no paragraph past a sane length and none that ends mid-sentence, but the last one of an excerpt that breaks off', () => {
    for (const document of run.documents) {
      const texts = document.blocks.flatMap((block) => (block.type === 'paragraph' ? [block.text] : block.type === 'box' ? block.items.map((item) => item.text) : []));
      expect(texts.filter((text) => text.length > maxParagraphLength), document.id).toEqual([]);
      const breaksOff = document.continuation.some((marker) => marker.direction === 'to');
      const open = texts.filter((text) => !endsSentence(text));
      expect(open, document.id).toEqual(breaksOff ? [texts[texts.length - 1]] : []);
    }
  });
});
