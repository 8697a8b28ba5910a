// A topic page: a document it does not quote lists the links to its passages on the topic when
// the reader opens them, from the topic's file, which both languages' pages share
// (lib/topicFiles.ts), each link named by the passage's place as the quoted documents' are.
import { localePath } from '../../ingest/address.ts';
import type { TopicPassagesFile } from '../lib/topicFiles.ts';
import { fillOnOpen, siteJson } from './siteJson.ts';

const groups = document.querySelector<HTMLElement>('.topic-groups[data-passages]');
const lang = document.documentElement.lang === 'en' ? 'en' : 'zh';

/** The links to a document's passages, as a line: each named by its place (its fragment). */
function passageLinks(documentId: string, hrefs: readonly string[]): HTMLParagraphElement {
  const line = document.createElement('p');
  line.className = 'also';
  hrefs.forEach((href, index) => {
    if (index > 0) line.append(lang === 'zh' ? '、' : ', ');
    const link = line.appendChild(document.createElement('a'));
    link.setAttribute('href', localePath(lang, `/docs/${documentId}/${href}`));
    link.textContent = href.slice(href.indexOf('#') + 1);
  });
  return line;
}

// toggle does not bubble: listen in the capture phase, once for all documents.
groups?.addEventListener('toggle', (event) => {
  const more = event.target as HTMLDetailsElement;
  if (!more.open || !more.matches('details.topic-more')) return;
  const documentId = more.dataset.document!;
  void fillOnOpen(more, { loading: groups.dataset.loading!, failed: groups.dataset.failed! }, async () => passageLinks(documentId, (await siteJson<TopicPassagesFile>(groups.dataset.passages!))[documentId] ?? []));
}, true);
