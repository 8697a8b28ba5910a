// The corpus model: what ingest produces and everything downstream reads.
import type { ManifestEntry } from './schema/manifest.ts';
import type { Diagnostic } from './diagnostics.ts';

/** The heading forms found in policy texts, in their usual order of rank (highest first). */
export const headingForms = [
  'annex', // 附件 / 附件2 / 附录: its own numbering scope, below the body in the file, above all in rank
  'book', // 第一编
  'volume', // 第一篇
  'chapter', // 第三章
  'section', // 第一节
  'article', // 第一条: an addressable unit; its 款 are the paragraphs under it, its 项 items among them
  'part', // 三、
  'subhead', // a short standalone line, or one that ends with ———
  'numbered', // （二） / (二)
  'arabic', // 1. / 1． / 1、 (the level below （一）)
  'paren-arabic', // （1） / (1)
  'item-lead', // 一是 / 二是
  'dash-lead', // ——— 经略海洋走在前列。
] as const;
export type HeadingForm = (typeof headingForms)[number];

export interface HeadingBlock {
  type: 'heading';
  id: string;
  line: number;
  form: HeadingForm;
  /** 1 for the highest rank present in the document. */
  level: number;
  /** As printed: 第三章, 第一节, 三、, （二）, 一是; null for sub-heads. */
  numbering: string | null;
  /** The value of the numbering (3 for 第三章), or null. */
  number: number | null;
  title: string;
  /** The second title line of a chapter (开启现代化国际大都市建设新征程). */
  subtitle: string | null;
  /**
   * The punctuation printed after the title when the heading was lifted out of the start of a
   * paragraph (五是打造国际一流营商环境。聚焦…: '。'); null for a heading on a line of its own.
   */
  titleEnd: string | null;
  /** From corpus/translations.json; null where it has none. */
  titleEn: string | null;
  subtitleEn: string | null;
}

export interface ParagraphBlock {
  type: 'paragraph';
  id: string;
  line: number;
  text: string;
  /** The opening sentence that works as a heading ("建设国际性综合交通枢纽。"), a prefix of `text`. */
  lead: string | null;
}

export interface BoxItem {
  id: string;
  line: number;
  /** The bold label before the colon (港口建设), without the colon. */
  label: string | null;
  text: string;
}

export interface BoxBlock {
  type: 'box';
  id: string;
  line: number;
  /** 专栏 number; inferred from the neighbouring boxes when the title line is missing. */
  number: number | null;
  numberInferred: boolean;
  title: string | null;
  items: BoxItem[];
}

export interface TableBlock {
  type: 'table';
  id: string;
  line: number;
  number: number | null;
  caption: string;
  header: string[];
  /** Cells as printed; an empty first cell continues the category of the row above. */
  rows: string[][];
  note: string | null;
}

export interface FigureBlock {
  type: 'figure';
  id: string;
  line: number;
  number: number | null;
  caption: string;
}

export type Block = HeadingBlock | ParagraphBlock | BoxBlock | TableBlock | FigureBlock;
export type BlockType = Block['type'];

/** A heading as the passages under it carry it: its place and the parts a label is made of (ingest/headingLabels.ts). */
export type HeadingRef = Pick<HeadingBlock, 'id' | 'level' | 'form' | 'numbering' | 'number' | 'title' | 'subtitle' | 'titleEn' | 'subtitleEn'>;

export interface TopicScore {
  id: string;
  score: number;
  /** True when the passage had no evidence of its own and took its chapter's main topic. */
  inherited: boolean;
}

export interface Keyword {
  term: string;
  weight: number;
}

/** The unit that search, topics and cross-references work on: a paragraph, a box item or a table. */
export interface Passage {
  id: string;
  documentId: string;
  kind: 'paragraph' | 'box-item' | 'table';
  line: number;
  headingPath: HeadingRef[];
  chapterId: string | null;
  sectionId: string | null;
  /** The box a box item belongs to, as "专栏 25 title". */
  box: string | null;
  text: string;
  tokens: string[];
  topics: TopicScore[];
  keywords: Keyword[];
}

export interface ContinuationMarker {
  /** As printed, without brackets: 上接第三版. */
  text: string;
  direction: 'from' | 'to';
  /** The page it points to: 第三版, 封面. */
  page: string;
  line: number;
}

export interface TocEntry {
  form: 'book' | 'volume' | 'chapter' | 'section';
  numbering: string;
  title: string;
  subtitle: string | null;
  line: number;
}

/** A line of an official document's head or foot, where it stands in the source. */
export interface HeadLine {
  text: string;
  line: number;
}

/** What an official document prints about itself: kept as metadata, out of its text. */
export interface DocumentHead {
  /** 发文机关标志, the banner at the top: 杭州市人民政府文件. */
  issuer: HeadLine | null;
  /** 发文字号: 国办发〔2024〕3号. */
  documentNumber: HeadLine | null;
  /** 题注 below a law's title: （2017年6月23日上海市第十四届人民代表大会常务委员会第三十八次会议通过）. */
  adopted: HeadLine | null;
  /** 主送机关: 各省、自治区、直辖市人民政府，国务院各部委、各直属机构： */
  addressee: HeadLine | null;
  /** The issuer as signed below the text. */
  signature: HeadLine | null;
  /** 成文日期 below the signature. */
  date: HeadLine | null;
  copiedTo: HeadLine | null;
  /** The 印发 line: who printed it, when. */
  printed: HeadLine | null;
  /** 公开方式 below the date: （此件公开发布）. */
  publication: HeadLine | null;
}

export interface DocumentModel {
  id: string;
  meta: ManifestEntry;
  source: { file: string; encoding: 'utf-8' | 'gb18030' | 'utf-16le' | 'utf-16be'; lines: number; characters: number };
  /** The title lines printed at the top of the source, when it has them. */
  sourceTitle: string | null;
  /** Document number, addressee, signature and date, when the text prints them. */
  head: DocumentHead;
  continuation: ContinuationMarker[];
  toc: TocEntry[];
  blocks: Block[];
  passages: Passage[];
  /** Glossary terms in the text, by paragraph id, box item id or table cell key (see annotate). */
  annotations: Annotations;
  /** The English of its translation units, by unit id (ingest/translationUnits.ts); empty where untranslated. */
  translations: Record<string, TranslatedUnit>;
}

/** A unit's English, and whether its Chinese has changed since it was written. */
export interface TranslatedUnit {
  en: string;
  stale: boolean;
}

/** One occurrence of a glossary term in a text the reader shows. */
export interface TermSpan {
  /** The glossary term's id. */
  term: string;
  start: number;
  end: number;
  /** The term's first occurrence in its section. */
  first: boolean;
}

export type Annotations = Record<string, TermSpan[]>;

export interface IngestResult {
  documents: DocumentModel[];
  diagnostics: Diagnostic[];
}
