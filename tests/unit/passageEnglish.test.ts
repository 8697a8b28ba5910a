// A passage's English as the panels and excerpts quote it.
import { describe, expect, it } from 'vitest';
import { passageEnglish } from '../../site/lib/passageEnglish.ts';

const units = {
  'c02/s02/box01/i01/label': { en: 'Port construction' },
  'c02/s02/box01/i01': { en: 'Build a world-class port.' },
  'c02/s02/box01/i02/label': { en: 'Airport construction' },
  'c01/s01/p02/lead': { en: 'Putting the people at the centre.' },
  'c01/s01/p02': { en: 'We will always take the people’s aspirations as our goal.' },
  'c03/t01/caption': { en: 'Table 1 Main indicators' },
};
const passage = (id: string, kind: string) => passageEnglish(units, { id: `qingdao-plan-2021/${id}`, kind });

describe('passageEnglish', () => {
  it('sets a box item’s label before its text with a colon, as the reader prints it', () => {
    expect(passage('c02/s02/box01/i01', 'box-item')).toBe('Port construction: Build a world-class port.');
    expect(passage('c02/s02/box01/i02', 'box-item')).toBe('Airport construction');
  });

  it('sets a paragraph’s lead before its rest, a table as its caption, and nothing where untranslated', () => {
    expect(passage('c01/s01/p02', 'paragraph')).toBe('Putting the people at the centre. We will always take the people’s aspirations as our goal.');
    expect(passage('c03/t01', 'table')).toBe('Table 1 Main indicators');
    expect(passage('c09/p01', 'paragraph')).toBeNull();
  });
});
