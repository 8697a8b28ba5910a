// CSV (RFC 4180) fields, for the cross-references ingest writes and the concordance the search
// page exports. No imports: the search page bundles it.

/** A CSV field, quoted when it holds a comma, quote or line break. */
export function csvField(value: string | number): string {
  const text = String(value);
  return /[",\n\r]/u.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
