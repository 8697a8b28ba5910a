// The documents Meilisearch indexes: the search documents of build/, each with its search
// tokens encoded as latin words, so that a phrase is consecutive words Meilisearch matches
// exactly, whatever its own Chinese segmenter would make of the text.
import type { SearchDocument } from '../../ingest/emit/searchDocuments.ts';
import { searchTokens } from '../tokens.ts';

/**
 * A search token as a word Meilisearch's latin tokenizer keeps whole: ideographs as "z" and
 * their code points in hex, latin words as they are.
 * @example encodeToken('海洋') // 'z6d776d0b'
 */
export function encodeToken(token: string): string {
  if (/^[0-9a-z]+$/u.test(token)) return token;
  return `z${[...token].map((char) => char.codePointAt(0)!.toString(16).padStart(4, '0')).join('')}`;
}

/** The encoded tokens of a text, space-separated. */
export const encodedTokens = (text: string): string => searchTokens(text).map(encodeToken).join(' ');

/** The fields of a search document of build/search/documents.json that the backends index. */
export type SearchDocumentInput = Pick<
  SearchDocument,
  'id' | 'passageId' | 'recordKind' | 'documentId' | 'documentTitle' | 'documentTitleEn' | 'kind' | 'level' | 'year' | 'chapterId' | 'headingPath' | 'text' | 'before' | 'textEn' | 'topics' | 'keywords'
>;

/** The search tokens of a record: its text, after the lead printed before it (so that a phrase may run from one into the other), then its English title. */
export const recordTokens = (document: Pick<SearchDocumentInput, 'before' | 'text' | 'textEn'>): string[] => [...searchTokens(document.before + document.text), ...searchTokens(document.textEn)];

export interface MeiliDocument extends Omit<SearchDocumentInput, 'headingPath'> {
  headingPath: string;
  headingPathEn: string;
  url: string;
  codes: string;
  /** The same tokens as Chinese words, for clients that send Meilisearch plain Chinese (see README). */
  bigrams: string;
}

/** One Meilisearch document per search record (passage or title); `urls` and `headingsEn` come from the reader's page split. */
export function meiliDocuments(documents: readonly SearchDocumentInput[], urls: ReadonlyMap<string, string>, headingsEn: ReadonlyMap<string, string>): MeiliDocument[] {
  return documents.map((document) => ({
    ...document,
    headingPath: document.headingPath.join(' › '),
    headingPathEn: headingsEn.get(document.passageId) ?? '',
    url: urls.get(document.passageId) ?? '',
    codes: recordTokens(document).map(encodeToken).join(' '),
    bigrams: recordTokens(document).join(' '),
  }));
}
