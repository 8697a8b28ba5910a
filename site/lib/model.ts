// Types of the corpus model as the site sees it, derived from the schemas of build/'s files.
import type { DocumentData } from './buildFiles.ts';

export type { DocumentData };
export type Block = DocumentData['blocks'][number];
export type HeadingBlock = Extract<Block, { type: 'heading' }>;
export type BoxBlock = Extract<Block, { type: 'box' }>;
export type TableBlock = Extract<Block, { type: 'table' }>;
export type Passage = DocumentData['passages'][number];
export type HeadingRef = Passage['headingPath'][number];
