// What a manifest entry can say from a text alone: title, date, issuer, document number, kind
// (from the title's words) and level (from the issuer's). corpus:add prints these guesses
// for the user to check; nothing here reads or writes files.
import type { DocumentHead } from './model.ts';
import type { ManifestEntryInput } from './schema/manifest.ts';
import { DiagnosticSink } from './diagnostics.ts';
import { normalize } from './stages/normalize.ts';
import { readBanner, readHead } from './stages/head.ts';

export interface Guess {
  entry: ManifestEntryInput;
  /** What each guess rests on, for the user. */
  reasons: string[];
  head: DocumentHead;
}

/** Title words and the kind they make, most specific first. */
const kindWords: Array<[RegExp, ManifestEntryInput['kind']]> = [
  [/政府工作报告$/u, 'government-work-report'],
  [/代表大会上的报告$|党代会报告/u, 'congress-report'],
  [/国民经济和社会发展.*规划.*纲要/u, 'master-plan'],
  [/(?:办法|细则)$/u, 'measures'],
  [/(?:条例|规定|法)$/u, 'regulation'],
  [/意见$/u, 'opinions'],
  [/(?:通知|公告|通告)$/u, 'notice'],
  [/(?:规划|计划|方案|纲要)$/u, 'plan'],
  [/报告$/u, 'report'],
  [/讲话$/u, 'speech'],
];

const levelWords: Array<[RegExp, ManifestEntryInput['level']]> = [
  [/^(?:中共中央|国务院|全国|中华人民共和国)|部$|总局$|委员会$/u, 'national'],
  [/(?:省|自治区)/u, 'province'],
  [/(?:自治州|地区|盟)/u, 'prefecture'],
  [/县/u, 'county'],
  [/(?:新区|[^市]区)/u, 'district'],
  [/市/u, 'city'],
];

const chineseDigits: Record<string, number> = { '〇': 0, '○': 0, '零': 0, '一': 1, '二': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9 };

/** 二〇二四年一月十二日 or 2024年1月12日 as YYYY-MM-DD, or null. */
export function isoDate(text: string): string | null {
  const arabic = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/u.exec(text);
  if (arabic) return `${arabic[1]}-${arabic[2]!.padStart(2, '0')}-${arabic[3]!.padStart(2, '0')}`;
  const chinese = /([〇○零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,2})月([一二三四五六七八九十]{1,3})日/u.exec(text);
  if (!chinese) return null;
  const small = (value: string): number => (value.startsWith('十') ? 10 + (chineseDigits[value[1] ?? ''] ?? 0) : value.includes('十') ? chineseDigits[value[0]!]! * 10 + (chineseDigits[value[2] ?? ''] ?? 0) : chineseDigits[value]!);
  const year = [...chinese[1]!].map((digit) => chineseDigits[digit]).join('');
  return `${year}-${String(small(chinese[2]!)).padStart(2, '0')}-${String(small(chinese[3]!)).padStart(2, '0')}`;
}

const slug = (file: string): string => file.replace(/\.[^.]+$/u, '').toLowerCase().replace(/[^a-z0-9]+/gu, '-').replace(/^-|-$/gu, '');

/** Guesses a manifest entry for `file` (its path inside the corpus) from its text. */
export function guessEntry(file: string, text: string): Guess {
  const reasons: string[] = [];
  const { units } = normalize(text, new DiagnosticSink(file));
  // Below a banner (…人民政府文件, 杭政函〔2024〕16号), the title, wrapped over up to three lines
  // until its kind word ends it.
  const top = readBanner(units);
  const titleLines = units.slice(top.next, top.next + 1).map((unit) => unit.text.trim());
  for (let index = top.next + 1; index < Math.min(units.length, top.next + 3); index += 1) {
    const line = units[index]!.text.trim();
    if (kindWords.some(([pattern]) => pattern.test(titleLines.join(''))) || /[。，；：:,;]/u.test(line) || isoDate(line) !== null) break;
    titleLines.push(line);
  }
  const title = titleLines.join('') || file;
  reasons.push(titleLines.length > 1 ? `title: lines ${units[top.next]!.line}–${units[top.next + titleLines.length - 1]!.line} joined, "${title}"` : `title: the ${top.next > 0 ? 'line below the banner' : 'first line'}, "${title}"`);
  const { head } = readHead(units, top.next + titleLines.length, top.head);
  const bannerIssuer = head.issuer ? head.issuer.text.replace(/文件$/u, '') : null;
  const issuer = head.signature?.text ?? bannerIssuer ?? /^(.+?)关于/u.exec(title)?.[1] ?? null;
  if (issuer) reasons.push(`issuer: ${head.signature ? `the signature on line ${head.signature.line}` : bannerIssuer ? `the banner on line ${head.issuer!.line}` : 'the title before 关于'}, "${issuer}"`);
  if (head.documentNumber) reasons.push(`document number: line ${head.documentNumber.line}, ${head.documentNumber.text}`);
  const dated = head.date ? isoDate(head.date.text) : null;
  const anyDate = dated ?? isoDate(text.slice(0, 2000));
  const year = /(?:19|20)\d{2}/u.exec(head.documentNumber?.text ?? title)?.[0] ?? null;
  const date = anyDate ? { value: anyDate, precision: 'day' as const } : year ? { value: year, precision: 'year' as const } : { value: String(new Date().getFullYear()), precision: 'approximate' as const };
  reasons.push(`date: ${dated ? `the date under the signature (line ${head.date!.line})` : anyDate ? 'the first full date in the text' : year ? `the year in ${head.documentNumber ? 'the document number' : 'the title'}` : 'none found; this year, marked approximate'}`);
  const kind = kindWords.find(([pattern]) => pattern.test(title))?.[1] ?? 'policy-document';
  reasons.push(`kind: ${kind === 'policy-document' ? 'no kind word at the end of the title' : `the title's last words`} → ${kind}`);
  // Without an issuer, the place the title starts with (某省数据条例) says as much.
  const place = issuer ?? /^(.+?(?:省|自治区|自治州|市|县|新区|区))/u.exec(title)?.[1] ?? null;
  const level = (place && levelWords.find(([pattern]) => pattern.test(place))?.[1]) || 'city';
  reasons.push(`level: ${place ? `from ${issuer ? 'the issuer' : 'the place the title names'} "${place}"` : 'no issuer; guessed'} → ${level}`);
  const region = place ? /^(.+?(?:省|自治区|自治州|市|县|新区|区))/u.exec(place)?.[1] ?? (level === 'national' ? '全国' : place) : '全国';
  const entry: ManifestEntryInput = {
    id: slug(file) || 'document',
    file,
    title: { zh: title },
    shortTitle: { zh: title.length > 16 ? `${title.slice(0, 15)}…` : title },
    kind,
    level,
    region: { zh: region },
    date,
    completeness: { complete: true, note: { zh: '全文' } },
  };
  return { entry, reasons, head };
}
