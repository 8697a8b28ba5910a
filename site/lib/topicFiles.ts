// The file a topic page fetches when a reader opens the passages of a document it does not quote
// (scripts/topic.ts): in the documents beyond those the topic takes most of, the page names each
// with its count, and the links to its passages come from here, so that the page grows by a line
// per document, not by every passage of every document. Both languages' pages share it: the links
// are paths below /docs/<doc>/ (the script puts the language's prefix before them). No imports:
// the page script and the checks read it too.

/** Per document the page does not quote: its passages on the topic, in reading order, as paths below /docs/<doc>/. */
export type TopicPassagesFile = Record<string, string[]>;

export const topicPassagesHref = (topicId: string): string => `/topics/passages/${topicId}.json`;
