// The lookup keys of English and pinyin, for the query side: the same functions ingest stores
// the lexicon under (ingest/text/keys.ts), so that a query and the lexicon always meet.
export { derivedKeys, englishKey, isLatin, pinyinKey, typedTones } from '../../ingest/text/keys.ts';
