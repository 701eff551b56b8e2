/**
 * Invisible characters, markup inside a word and look-alike letters must not hide wording from
 * the rules: “native English speaker” with a zero-width space, a soft hyphen or a Cyrillic “а” is
 * still “native English speaker” to a reader. Word tokens join across them, with offsets into the
 * original source (src/model/document.ts).
 */
import { describe, expect, test } from 'vitest';
import type { Diagnostic, Format } from '../src/model/diagnostic.js';
import { toDoc } from '../src/load/prose.js';
import { parseHtml } from '../src/load/html.js';
import { parseMarkdown } from '../src/load/markdown.js';
import { lintWithRule } from './helpers/lint.js';

const exclusionary = async (text: string, format: Format = 'markdown'): Promise<Diagnostic[]> =>
  (await lintWithRule('exclusionary-wording', text, { format })).diagnostics.filter((d) => d.ruleId === 'exclusionary-wording');

/** The source between a finding's offsets must be its excerpt, and hold the hidden character or markup. */
function located(text: string, finding: Diagnostic | undefined, hidden: string): void {
  expect(finding).toBeDefined();
  expect(text.slice(finding!.location.offset, finding!.location.endOffset)).toBe(finding!.excerpt);
  expect(finding!.excerpt).toContain(hidden);
}

describe('invisible characters inside a word', () => {
  test.each([
    ['a zero-width space', '\u200B'],
    ['a zero-width joiner', '\u200D'],
    ['a zero-width non-joiner', '\u200C'],
    ['a zero-width no-break space', '\uFEFF'],
    ['a soft hyphen', '\u00AD'],
    ['a word joiner', '\u2060'],
  ])('“nat%sive English speaker” is flagged, in Markdown, text and HTML', async (_name, char) => {
    for (const format of ['markdown', 'text', 'html'] as const) {
      const text = format === 'html' ? `<p>You must be a nat${char}ive English speaker.</p>` : `You must be a nat${char}ive English speaker.\n`;
      const [finding] = await exclusionary(text, format);
      expect(finding?.message, format).toMatch(/^“native English speaker” asks where someone learnt the language/);
      located(text, finding, char);
    }
  });
});

describe('markup inside a word', () => {
  test.each([
    ['an inline tag', '<p>You must be a nat<span>ive</span> English speaker.</p>', '<span>'],
    ['a tag with attributes', '<p>You must be a nat<span class="x y">ive</span> English speaker.</p>', 'class'],
    ['an entity for a soft hyphen', '<p>You must be a nat&shy;ive English speaker.</p>', '&shy;'],
    ['a comment', '<p>You must be a nat<!-- -->ive English speaker.</p>', '<!--'],
    ['bold letters', '<p>You must be a <b>nat</b>ive English speaker.</p>', '</b>'],
  ])('HTML: %s inside “native” does not hide it', async (_name, html, hidden) => {
    const [finding] = await exclusionary(html, 'html');
    expect(finding?.message).toMatch(/^“native English speaker”/);
    located(html, finding, hidden);
  });

  test('Markdown: emphasis or inline HTML inside a word does not hide it', async () => {
    for (const text of ['You must be a nat*ive* English speaker.\n', 'You must be a nat<span>ive</span> English speaker.\n']) {
      const [finding] = await exclusionary(text);
      expect(finding?.message, text).toMatch(/^“native English speaker”/);
    }
  });

  test('white space is still white space: “nat ive” and “nat <span>ive</span>” are two words', async () => {
    expect(await exclusionary('You must be a nat ive English speaker.\n')).toEqual([]);
    expect(await exclusionary('<p>You must be a nat <span>ive</span> English speaker.</p>', 'html')).toEqual([]);
    expect(await exclusionary('<p>You must be a nat<br>ive English speaker.</p>', 'html')).toEqual([]);
  });

  test('a joined word is one token, from its first visible character to just after its last, in source offsets', () => {
    const html = '<p>A nat<span>ive</span> speaker, full-time.</p>';
    const words = toDoc(parseHtml(html), 'a.html', 'advert').words();
    expect(words.map((word) => [word.normal, html.slice(word.start, word.end)])).toEqual([
      ['a', 'A'],
      ['native', 'nat<span>ive'],
      ['speaker', 'speaker'],
      ['full', 'full'],
      ['time', 'time'],
    ]);
    const markdown = 'Soft\u00ADware and nat*ive*.\n';
    expect(toDoc(parseMarkdown(markdown), 'a.md', 'advert').words().map((word) => [word.normal, word.value])).toEqual([
      ['software', 'Software'],
      ['and', 'and'],
      ['native', 'native'],
    ]);
  });
});

describe('look-alike letters', () => {
  test.each([
    ['a Cyrillic “а”', 'n\u0430tive'],
    ['a Cyrillic “е” and “о”', 'nativ\u0435'],
    ['a Greek “ο” in “speaker”', 'native', 'speak\u0435r'],
    ['a Greek “α”', 'n\u03B1tive'],
  ])('a word with %s still matches, and the finding says it is disguised', async (_name, native, speaker = 'speaker') => {
    const text = `You must be a ${native} English ${speaker}.\n`;
    const [finding] = await exclusionary(text);
    expect(finding?.message).toMatch(/asks where someone learnt the language.*\(it is written with look-alike letters from another alphabet, which hides it from searches and checks\)$/);
    expect(finding!.excerpt).toBe(`a ${native} English ${speaker}`);
  });

  test('fullwidth and mathematical letters read as the letters they are', async () => {
    expect((await exclusionary('You must be a \uFF4E\uFF41\uFF54\uFF49\uFF56\uFF45 English speaker.\n'))[0]?.message).toMatch(/^“ｎａｔｉｖｅ English speaker” asks where/);
  });

  test('words wholly in another alphabet are left alone: no false positives on real names', async () => {
    const text = 'Наталья Иванова and Σοφία Παπαδοπούλου lead the team. Speakers of Russian are welcome.\n';
    const words = toDoc(parseMarkdown(text), 'a.md', 'advert').words();
    expect(words.filter((word) => word.confusable).map((word) => word.value)).toEqual([]);
    expect(await exclusionary(text)).toEqual([]);
    // A mixed-script word that spells nothing on the lists is not reported either.
    expect(await exclusionary('Our manager Аlex will call you.\n')).toEqual([]);
  });
});
