// head: the parts of an official document that are about it rather than of its text — the
// issuer's banner (…人民政府文件) and document number (国办发〔2024〕3号) at the top, the addressee
// (各省、自治区…：) or a law's adoption note (…会议通过) above the body, the signature, date, publication note (（此件公开发布）), 抄送 and
// 印发 lines below it. They become the document's metadata, not paragraphs.
import type { DocumentHead, HeadLine } from '../model.ts';
import type { Unit } from './normalize.ts';
import { documentNumberPattern } from '../text/lineForms.ts';

const addressee = /^[^。！？；]{2,120}[：:]$/u;
const numeralDate = /^(?:\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|[〇○零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日)$/u;
const signature = /^[\u4e00-\u9fff（）()、\s\u3000]{2,40}$/u;
const copiedTo = /^(?:抄送|抄报|主送)[：:]/u;
const printedOn = /印发$/u;
const banner = /^[\u4e00-\u9fff]{2,30}(?:文件|办公厅|办公室)$/u;
const publicationNote = /^[（(]此件[\u4e00-\u9fff]{2,8}[）)]$/u;
const adoptionNote = /^[（(]?\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日[^。；]{4,120}(?:通过|批准|公布|修正|修订)[^。；]{0,60}?[）)]?$/u;

/** How many units at either end of a document the head and foot are looked for in. */
const reach = 4;

export const emptyHead = (): DocumentHead => ({ issuer: null, documentNumber: null, adopted: null, addressee: null, signature: null, date: null, copiedTo: null, printed: null, publication: null });

const line = (unit: Unit): HeadLine => ({ text: unit.text.trim(), line: unit.line });

/**
 * The issuer's banner and the document number when they open the document, above its title
 * (杭州市人民政府文件 / 杭政函〔2024〕16号); returns them and the first unit after them.
 */
export function readBanner(units: readonly Unit[]): { head: DocumentHead; next: number } {
  const head = emptyHead();
  let index = 0;
  for (; index < Math.min(units.length, 2); index += 1) {
    const text = units[index]!.text.trim();
    if (head.issuer === null && head.documentNumber === null && banner.test(text)) head.issuer = line(units[index]!);
    else if (head.documentNumber === null && documentNumberPattern.test(text)) head.documentNumber = line(units[index]!);
    else break;
  }
  return { head, next: index };
}

/**
 * Finds the head and foot among `units[start..]`; returns them and the indexes of the units they
 * took, which are then no part of the text. A foot is only taken below a head or a date: a
 * newspaper article's last short line stays text.
 */
export function readHead(units: readonly Unit[], start: number, head: DocumentHead = emptyHead()): { head: DocumentHead; taken: Set<number> } {
  const taken = new Set<number>();
  for (let index = start; index < Math.min(units.length, start + reach); index += 1) {
    const text = units[index]!.text.trim();
    if (head.documentNumber === null && documentNumberPattern.test(text)) head.documentNumber = line(units[index]!);
    else if (head.adopted === null && adoptionNote.test(text)) head.adopted = line(units[index]!);
    else if (head.addressee === null && addressee.test(text) && !/^第|^[一二三四五六七八九十]+、/u.test(text)) head.addressee = line(units[index]!);
    else break;
    taken.add(index);
  }
  let end = units.length - 1;
  const first = Math.max(start, units.length - reach - 2);
  for (; end >= first; end -= 1) {
    const text = units[end]!.text.trim();
    if (head.printed === null && printedOn.test(text) && /\d{4}\s*年/u.test(text)) head.printed = line(units[end]!);
    else if (head.copiedTo === null && copiedTo.test(text)) head.copiedTo = line(units[end]!);
    else break;
    taken.add(end);
  }
  // A notice that prints the text it issues below itself signs off in the middle of the file:
  // its date is followed by the publication note.
  const noted = units.findIndex((unit, index) => index > start && publicationNote.test(unit.text.trim()) && numeralDate.test(units[index - 1]!.text.trim()));
  if (noted > 0) {
    head.publication = line(units[noted]!);
    taken.add(noted);
    end = noted - 1;
  }
  // The date, possibly after an editor's note such as （本文有删减）, then the signature above it.
  let dateAt = end;
  while (dateAt > start && dateAt > end - 2 && !numeralDate.test(units[dateAt]!.text.trim())) dateAt -= 1;
  if (dateAt > start && numeralDate.test(units[dateAt]!.text.trim())) {
    head.date = line(units[dateAt]!);
    taken.add(dateAt);
    const above = units[dateAt - 1];
    if (above && dateAt - 1 > start && signature.test(above.text.trim())) {
      head.signature = line(above);
      taken.add(dateAt - 1);
    }
  }
  return { head, taken };
}

/** The head's lines, in source order. */
export const headLines = (head: DocumentHead): HeadLine[] =>
  [head.issuer, head.documentNumber, head.adopted, head.addressee, head.signature, head.date, head.publication, head.copiedTo, head.printed].filter((entry): entry is HeadLine => entry !== null).sort((a, b) => a.line - b.line);
