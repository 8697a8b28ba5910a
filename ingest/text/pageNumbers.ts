// Page numbers that text extracted from a PDF keeps on lines of their own (— 2 —, - 2 -,
// 第 2 页, 第2页 共9页, 2/9): print furniture, not text.

/** A line that is only a page number. */
const pageNumberLine = /^(?:[-—－–]\s*\d{1,4}\s*[-—－–]|第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*\/\s*\d{1,4})$/u;

/**
 * True when a printed line is a page number and nothing else.
 * @example isPageNumber('— 2 —') // true
 */
export const isPageNumber = (line: string): boolean => pageNumberLine.test(line.trim());
