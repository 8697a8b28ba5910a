// The search documents both backends index, flat, with display metadata: one per passage, and
// one per heading, box title and table or figure caption, so that every phrase a reader sees
// is found at the anchor it is printed at.
import type { Block, DocumentModel, HeadingBlock, Passage } from '../model.ts';
import { blockHref, captionId, fragment, pageSlugs } from '../address.ts';
import { hasEnglishTitle, headingLabel, headingTitle } from '../headingLabels.ts';
import { boxLabel, tableCells } from '../stages/passages.ts';

/** What a search record is: a passage, or the text around passages that readers search too. */
export type RecordKind = Passage['kind'] | 'heading' | 'box-title' | 'caption';

/** The record kinds that are not passages: headings, box titles, captions. */
export const titleKinds: ReadonlySet<string> = new Set<RecordKind>(['heading', 'box-title', 'caption']);

export interface SearchDocument {
  /** The block id with "/" as "_": Meilisearch ids allow only letters, digits, "-" and "_". */
  id: string;
  /** The block id of the record (a passage's id, a heading's, a box's, a table's or a figure's). */
  passageId: string;
  recordKind: RecordKind;
  documentId: string;
  documentTitle: string;
  documentTitleEn: string;
  kind: string;
  level: string;
  year: number;
  chapterId: string | null;
  sectionId: string | null;
  /** Labels of the headings above the record in Chinese (numbering, title：subtitle), outermost first. */
  headingPath: string[];
  /** The same in English where translated. */
  headingPathEn: string[];
  /** Site-relative URL of the Chinese reader page, with the record's #fragment. */
  url: string;
  box: string | null;
  /** What the record shows and is searched on: the passage (a table without its caption and note), or the title as printed. */
  text: string;
  /**
   * Text printed before `text` on the same line that belongs to another record: the lead the
   * ingest lifted out of this paragraph (五是打造国际一流营商环境。). A phrase that runs from it into
   * `text` is found here; one wholly inside it is the heading's.
   */
  before: string;
  /**
   * The record's English, for English queries: a title's (a heading's label, a box title's or
   * caption's translation) or a passage's translation (corpus/translations/: a paragraph's lead
   * and text, a box item's label and text, a table's cells); '' where there is none.
   */
  textEn: string;
  /** The record's jieba words (precise mode, user dictionary), space-separated: a passage's as ingest cut them, '' for titles. */
  words: string;
  topics: string[];
  keywords: string[];
}

/**
 * A heading as searched and shown in a hit: numbering and title run together as a lead prints
 * them (五是打造…。, ———经略海洋…。), and as a chapter's is typed either way (第三节打造… finds it,
 * and so does 第三节 打造…, two words); a lifted lead keeps the punctuation that closed it.
 */
export function printedHeading(heading: HeadingBlock): string {
  return `${heading.numbering ?? ''}${headingTitle(heading, 'zh')}${heading.titleEnd ?? ''}`;
}

const labels = (path: ReadonlyArray<Passage['headingPath'][number]>, lang: 'zh' | 'en'): string[] => path.map((heading) => headingLabel(heading, lang));

/** How many topics a title carries: the reader shows as many under a heading. */
const titleTopics = 3;

/**
 * The topics of a title: those of the passages under it, strongest first (sum of scores from
 * their own evidence, as the reader's topic chips under a heading), at most three; the topics
 * they inherited from their chapter when they have none of their own.
 */
function topicsOf(passages: readonly Passage[]): string[] {
  const rank = (own: boolean) => {
    const totals = new Map<string, number>();
    for (const passage of passages) for (const topic of passage.topics) if (topic.inherited !== own) totals.set(topic.id, (totals.get(topic.id) ?? 0) + topic.score);
    return [...totals].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, titleTopics).map(([id]) => id);
  };
  const own = rank(true);
  return own.length > 0 ? own : rank(false);
}

/** The search documents of one document, in reading order. */
export function searchDocuments(document: DocumentModel): SearchDocument[] {
  const pages = pageSlugs(document);
  const base = {
    documentId: document.id,
    documentTitle: document.meta.title.zh,
    documentTitleEn: document.meta.title.en,
    kind: document.meta.kind,
    level: document.meta.level,
    year: Number(document.meta.date.value.slice(0, 4)),
  };
  const record = (blockId: string, recordKind: RecordKind, fields: Omit<SearchDocument, keyof typeof base | 'id' | 'passageId' | 'recordKind' | 'url'>): SearchDocument => ({
    id: blockId.replaceAll('/', '_'),
    passageId: blockId,
    recordKind,
    ...base,
    url: blockHref('zh', document, blockId, pages),
    ...fields,
  });
  const passageById = new Map(document.passages.map((passage) => [passage.id, passage]));
  const blockById = new Map<string, Block>(document.blocks.map((block) => [block.id, block]));

  // A paragraph whose line opens with a lifted lead: the lead, as printed, by paragraph id.
  const liftedLeads = new Map<string, string>();
  document.blocks.forEach((block, index) => {
    const next = document.blocks[index + 1];
    if (block.type === 'heading' && block.titleEnd !== null && next?.type === 'paragraph' && next.line === block.line) liftedLeads.set(next.id, printedHeading(block));
  });

  /** The English of translation units (corpus/translations/), '' while untranslated. */
  const english = (...units: string[]): string => units.map((unit) => document.translations[unit]?.en ?? '').filter(Boolean).join('\n');
  /** A passage's English: the units its text is made of (see ingest/translationUnits.ts). */
  const passageEnglish = (passage: Passage): string => {
    const key = fragment(passage.id);
    const block = blockById.get(passage.id);
    if (block?.type === 'table') return english(...block.header.map((_, column) => `${key}/h/${column + 1}`), ...block.rows.flatMap((row, rowIndex) => row.map((_, column) => `${key}/r${rowIndex + 1}/c${column + 1}`)));
    if (passage.kind === 'box-item') return english(`${key}/label`, key);
    return english(`${key}/lead`, key);
  };
  const passageRecords = document.passages.map((passage) => {
    const table = passage.kind === 'table' ? blockById.get(passage.id) : undefined;
    return record(passage.id, passage.kind, {
      chapterId: passage.chapterId,
      sectionId: passage.sectionId,
      headingPath: labels(passage.headingPath, 'zh'),
      headingPathEn: labels(passage.headingPath, 'en'),
      box: passage.box,
      // The caption and note are the caption record's, so that a phrase in them is one hit.
      text: table?.type === 'table' ? tableCells(table) : passage.text,
      before: liftedLeads.get(passage.id) ?? '',
      textEn: passageEnglish(passage),
      words: passage.tokens.join(' '),
      topics: passage.topics.map((topic) => topic.id),
      keywords: passage.keywords.map((keyword) => keyword.term),
    });
  });

  // Titles take the place of the passages they stand with: the heading path, chapter and section
  // of what follows them, and the topics of the passages under them.
  const titleRecords: SearchDocument[] = [];
  const under = (blockId: string): Passage[] => document.passages.filter((passage) => passage.headingPath.some((heading) => heading.id === blockId));
  const stack: HeadingBlock[] = [];
  const context = (own: HeadingBlock | null) => {
    const chain = own ? [...stack, own] : stack;
    return {
      chapterId: chain[0]?.id ?? null,
      sectionId: chain[1]?.id ?? null,
      headingPath: labels(stack, 'zh'),
      headingPathEn: labels(stack, 'en'),
    };
  };
  const enclosing = (): Passage[] => (stack.length > 0 ? under(stack[stack.length - 1]!.id) : document.passages.filter((passage) => passage.headingPath.length === 0));
  for (const block of document.blocks) {
    switch (block.type) {
      case 'heading': {
        while (stack.length > 0 && stack[stack.length - 1]!.level >= block.level) stack.pop();
        const label = hasEnglishTitle(block) ? headingLabel(block, 'en') : '';
        titleRecords.push(record(block.id, 'heading', { ...context(block), box: null, text: printedHeading(block), before: '', textEn: label, words: '', topics: topicsOf(under(block.id)), keywords: [] }));
        stack.push(block);
        break;
      }
      case 'box':
        if (block.title === null) break;
        titleRecords.push(record(block.id, 'box-title', { ...context(null), box: boxLabel(block), text: boxLabel(block), before: '', textEn: english(`${fragment(block.id)}/title`), words: '', topics: topicsOf(block.items.flatMap((item) => passageById.get(item.id) ?? [])), keywords: [] }));
        break;
      case 'table': {
        const text = [`表${block.number ?? ''} ${block.caption}`, ...(block.note ? [block.note] : [])].join('\n');
        titleRecords.push(record(captionId(block.id), 'caption', { ...context(null), box: null, text, before: '', textEn: english(`${fragment(block.id)}/caption`, `${fragment(block.id)}/note`), words: '', topics: topicsOf(passageById.has(block.id) ? [passageById.get(block.id)!] : []), keywords: [] }));
        break;
      }
      case 'figure':
        titleRecords.push(record(block.id, 'caption', { ...context(null), box: null, text: `图${block.number ?? ''} ${block.caption}`, before: '', textEn: english(fragment(block.id)), words: '', topics: topicsOf(enclosing()), keywords: [] }));
        break;
      case 'paragraph':
        break;
    }
  }
  // Reading order: each title before the passages that follow it.
  const order = new Map<string, number>();
  document.blocks.forEach((block, index) => {
    order.set(block.id, index);
    if (block.type === 'box') for (const item of block.items) order.set(item.id, index + 0.5);
    if (block.type === 'table') order.set(captionId(block.id), index);
  });
  return [...titleRecords, ...passageRecords].sort((a, b) => order.get(a.passageId)! - order.get(b.passageId)! || Number(!titleKinds.has(a.recordKind)) - Number(!titleKinds.has(b.recordKind)));
}
