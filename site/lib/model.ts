// Types of the corpus model as the site sees it, derived from the content collection schemas.
import type { CollectionEntry } from 'astro:content';

export type DocumentData = CollectionEntry<'documents'>['data'];
export type Block = DocumentData['blocks'][number];
export type HeadingBlock = Extract<Block, { type: 'heading' }>;
export type BoxBlock = Extract<Block, { type: 'box' }>;
export type TableBlock = Extract<Block, { type: 'table' }>;
export type Passage = DocumentData['passages'][number];
export type HeadingRef = Passage['headingPath'][number];
