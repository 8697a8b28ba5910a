// A JSON file of the site, fetched once per page however often it is asked for; a fetch that
// fails is forgotten, so that asking again tries again.
const files = new Map<string, Promise<unknown>>();

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
