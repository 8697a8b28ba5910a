import { z } from 'zod';

/**
 * One word for jieba's user dictionary: no white space (the dictionary's field separator) and no
 * sentence punctuation. Brackets and dashes inside a name (中国（山东）…) are fine.
 */
const wordPattern = /^[^\s，。；：、！？“”‘’"',;:!?]+$/u;
const chineseWord = z.string().regex(wordPattern, 'must be one word: no spaces and no sentence punctuation');

export const glossaryTermSchema = z.object({
  /** Stable slug used in URLs (/glossary/#fang-guan-fu). */
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  zh: chineseWord,
  /** Syllables with tone marks, one per ideograph, separated by spaces; empty for a latin term. */
  pinyin: z.string(),
  en: z.string().min(1),
  /** One or two sentences in English. */
  explanation: z.string().min(1),
  /** Other Chinese forms: abbreviations, full names, older names. */
  aliases: z.array(chineseWord),
  /** English words and phrases that should find this term. */
  enAliases: z.array(z.string().min(1)),
  /** A topic id from topics.json; null for general planning vocabulary. */
  topic: z.string().nullable(),
});

export const glossarySchema = z.object({
  $comment: z.string().optional(),
  terms: z.array(glossaryTermSchema).min(1),
});

export type GlossaryTerm = z.infer<typeof glossaryTermSchema>;

export interface GlossaryProblem {
  /** The id of the term the problem is in. */
  id: string;
  /** Its place in `terms`, and the field at fault, for the line of the problem. */
  index: number;
  field: keyof GlossaryTerm;
  rule: string;
  message: string;
}

/** The syllables a term's pinyin must have: one per ideograph, one per run of latin letters or digits. */
export const pinyinSlots = (zh: string): string[] => zh.match(/\p{Script=Han}|[A-Za-z0-9.]+/gu) ?? [];

/** Every Chinese form of a term: the term itself, then its aliases. */
export const chineseForms = (term: GlossaryTerm): string[] => [term.zh, ...term.aliases];

/**
 * What the schema cannot see: ids and Chinese forms unique across the glossary, topics that
 * exist (unchecked when `topicIds` is null: topics.json could not be read), one pinyin syllable per character.
 */
export function glossaryProblems(terms: readonly GlossaryTerm[], topicIds: ReadonlySet<string> | null): GlossaryProblem[] {
  const problems: GlossaryProblem[] = [];
  const ids = new Set<string>();
  const owners = new Map<string, string>();
  for (const [index, term] of terms.entries()) {
    if (ids.has(term.id)) problems.push({ id: term.id, index, field: 'id', rule: 'glossary-duplicate-id', message: `duplicate id "${term.id}"` });
    ids.add(term.id);
    for (const form of chineseForms(term)) {
      const owner = owners.get(form);
      if (owner !== undefined) {
        const where = owner === term.id ? 'twice in this term' : `also in "${owner}"`;
        problems.push({ id: term.id, index, field: form === term.zh ? 'zh' : 'aliases', rule: 'glossary-duplicate-form', message: `"${form}" is listed ${where}` });
      }
      owners.set(form, term.id);
    }
    if (term.topic !== null && topicIds !== null && !topicIds.has(term.topic)) {
      problems.push({ id: term.id, index, field: 'topic', rule: 'glossary-topic', message: `topic "${term.topic}" is not in topics.json` });
    }
    const syllables = term.pinyin.split(/\s+/u).filter((syllable) => syllable !== '');
    const wanted = /\p{Script=Han}/u.test(term.zh) ? pinyinSlots(term.zh).length : 0;
    if (syllables.length !== wanted) {
      problems.push({ id: term.id, index, field: 'pinyin', rule: 'glossary-pinyin', message: `pinyin "${term.pinyin}" has ${syllables.length} syllables; "${term.zh}" needs ${wanted}` });
    }
  }
  return problems;
}
