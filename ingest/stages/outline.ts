// outline: gives every heading its level and every block a stable id built from its place in
// the structure (qingdao-plan-2021/c03/s01/p04), never from a counter over the whole file.
import { headingForms, type Block, type BoxBlock, type HeadingBlock, type HeadingForm } from '../model.ts';
import type { DiagnosticSink } from '../diagnostics.ts';

const pad = (value: number): string => String(value).padStart(2, '0');

/** The id segment of a heading; sub-heads without a number take their ordinal among siblings. */
function headingSegment(heading: HeadingBlock, ordinal: number): string {
  const { number } = heading;
  switch (heading.form) {
    case 'annex':
      return `ax${pad(number ?? ordinal)}`;
    case 'book':
      return `b${pad(number ?? ordinal)}`;
    case 'volume':
      return `v${pad(number ?? ordinal)}`;
    case 'article':
      return `a${pad(number ?? ordinal)}`;
    case 'chapter':
      return `c${pad(number ?? ordinal)}`;
    case 'section':
      return `s${pad(number ?? ordinal)}`;
    case 'part':
      return `pt${pad(number ?? ordinal)}`;
    case 'numbered':
      return `n${pad(number ?? ordinal)}`;
    case 'arabic':
      return `an${pad(number ?? ordinal)}`;
    case 'paren-arabic':
      return `pn${pad(number ?? ordinal)}`;
    case 'item-lead':
      return `i${pad(number ?? ordinal)}`;
    case 'subhead':
      return `h${pad(ordinal)}`;
    case 'dash-lead':
      return `d${pad(ordinal)}`;
  }
}

/** Levels by rank: the highest-ranking heading form present in a document is level 1. */
export function headingLevels(blocks: readonly Block[]): Map<HeadingForm, number> {
  const present = new Set(blocks.flatMap((block) => (block.type === 'heading' ? [block.form] : [])));
  const levels = new Map<HeadingForm, number>();
  for (const form of headingForms) if (present.has(form)) levels.set(form, levels.size + 1);
  return levels;
}

/** Numbers a box whose title line is missing when its neighbours leave exactly one number free. */
function inferBoxNumbers(boxes: readonly BoxBlock[], sink: DiagnosticSink): void {
  boxes.forEach((box, index) => {
    if (box.number !== null) return;
    const before = boxes[index - 1]?.number;
    const after = boxes[index + 1]?.number;
    if (before != null && after != null && after - before === 2) {
      box.number = before + 1;
      box.numberInferred = true;
      sink.info(box.line, 'box-number-inferred', `the untitled box is numbered ${box.number} from the boxes around it`);
    }
  });
}

/** Assigns levels and ids in place. */
export function outline(documentId: string, blocks: Block[], sink: DiagnosticSink): void {
  const levels = headingLevels(blocks);
  inferBoxNumbers(blocks.filter((block): block is BoxBlock => block.type === 'box'), sink);

  const stack: HeadingBlock[] = [];
  const used = new Set<string>();
  const ordinals = new Map<string, number>();
  const next = (key: string): number => {
    const value = (ordinals.get(key) ?? 0) + 1;
    ordinals.set(key, value);
    return value;
  };
  const parentPath = (): string => (stack.length > 0 ? stack[stack.length - 1]!.id : documentId);
  const claim = (wanted: string, line: number): string => {
    let id = wanted;
    for (let copy = 2; used.has(id); copy += 1) id = `${wanted}-${copy}`;
    if (id !== wanted) sink.warn(line, 'duplicate-id', `"${wanted}" is taken by an earlier block; this one is "${id}"`);
    used.add(id);
    return id;
  };

  for (const block of blocks) {
    if (block.type === 'heading') {
      block.level = levels.get(block.form)!;
      while (stack.length > 0 && stack[stack.length - 1]!.level >= block.level) stack.pop();
      const ordinal = next(`${parentPath()}#${block.form}`);
      block.id = claim(`${parentPath()}/${headingSegment(block, ordinal)}`, block.line);
      stack.push(block);
      continue;
    }
    const parent = parentPath();
    switch (block.type) {
      case 'paragraph':
        block.id = claim(`${parent}/p${pad(next(`${parent}#p`))}`, block.line);
        break;
      case 'box':
        block.id = claim(block.number === null ? `${parent}/box-x${next(`${parent}#box`)}` : `${parent}/box${pad(block.number)}`, block.line);
        block.items.forEach((item, index) => {
          item.id = claim(`${block.id}/i${pad(index + 1)}`, item.line);
        });
        break;
      case 'table':
        block.id = claim(`${parent}/table${block.number ?? next(`${parent}#table`)}`, block.line);
        break;
      case 'figure':
        block.id = claim(`${parent}/fig${block.number ?? next(`${parent}#fig`)}`, block.line);
        break;
    }
  }
}
