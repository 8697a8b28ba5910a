// The JSON files of the site the page scripts draw from, and the lists they fill from them when opened.
const files = new Map<string, Promise<unknown>>();

/** A JSON file of the site, fetched once per page however often it is asked for; a fetch that fails is forgotten, so that asking again tries again. */
export function siteJson<T>(url: string): Promise<T> {
  if (!files.has(url)) {
    const loading = fetch(url).then((response) => {
      if (!response.ok) throw new Error(`${response.status} ${response.url}`);
      return response.json() as Promise<T>;
    });
    loading.catch(() => files.delete(url));
    files.set(url, loading);
  }
  return files.get(url) as Promise<T>;
}

/**
 * Fills a details element the first time it opens with what `draw` makes, saying meanwhile that it
 * loads; where that fails, it says so, and the next opening tries again.
 */
export async function fillOnOpen(details: HTMLElement, labels: { loading: string; failed: string }, draw: () => Promise<Node>): Promise<void> {
  if (details.dataset.filled) return;
  details.dataset.filled = 'true';
  const status = details.appendChild(document.createElement('p'));
  status.setAttribute('role', 'status');
  status.textContent = labels.loading;
  try {
    status.replaceWith(await draw());
  } catch {
    status.textContent = labels.failed;
    delete details.dataset.filled;
  }
}
