import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { Linter } from '../src/index.js';
import { parseBytes } from '../src/load/load.js';
import { parseHtml } from '../src/load/html.js';
import { parseMarkdown } from '../src/load/markdown.js';
import type { ParsedSource } from '../src/model/document.js';
import { corpusPath, describeWithCorpus } from './helpers/corpus.js';
import { lintWithRule, root, runCliInProcess } from './helpers/lint.js';


/** Each block's prose, whitespace collapsed. */
function prose(parsed: ParsedSource): string[] {
  return parsed.blocks.map((block) => block.text.replace(/\s+/g, ' ').trim());
}

/** Every visible character of a block is the source character at that offset, or a decoded character reference. */
function expectAligned(parsed: ParsedSource): void {
  for (const block of parsed.blocks) {
    expect(block.text.length).toBe(block.end - block.start);
    for (let i = 0; i < block.text.length; i++) {
      const char = block.text[i]!;
      const source = parsed.source[block.start + i]!;
      // A decoded reference sits where its "&" is (both halves of a surrogate pair: "&" and the next).
      const reference = source === '&' || (/[\uDC00-\uDFFF]/.test(char) && parsed.source[block.start + i - 1] === '&');
      if (char.trim() && char !== source) expect(reference, `offset ${block.start + i}: ${char} for ${source}`).toBe(true);
    }
  }
}

function words(text: string): string[] {
  return text.normalize('NFC').split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

describe('HTML blocks', () => {
  test('block elements make blocks; inline elements do not split them', () => {
    const parsed = parseHtml(
      '<h2>About <em>the</em> role</h2><p>We <strong>care</strong> for <a href="/x">people</a>.</p>' +
        '<ul><li>One<ul><li>Nested</li></ul></li></ul><table><tr><th>Hours</th><td><p>37.5 a week</p></td></tr></table>' +
        '<blockquote><p>Quoted</p></blockquote><dl><dt>Term</dt><dd>Meaning</dd></dl><div>Direct text<p>Inner</p>after</div>',
    );
    expect(parsed.blocks.map((block) => [block.kind, block.text.replace(/\s+/g, ' ').trim()])).toEqual([
      ['heading', 'About the role'],
      ['paragraph', 'We care for people .'],
      ['list-item', 'One'],
      ['list-item', 'Nested'],
      ['table-cell', 'Hours'],
      ['table-cell', '37.5 a week'],
      ['quote', 'Quoted'],
      ['list-item', 'Term'],
      ['list-item', 'Meaning'],
      ['paragraph', 'Direct text'],
      ['paragraph', 'Inner'],
      ['paragraph', 'after'],
    ]);
    expect(parsed.blocks[0]!.depth).toBe(2);
    expectAligned(parsed);
  });

  test('character references keep exact offsets', () => {
    const source = '<p>R&amp;D don&rsquo;t &#128512; caf&eacute; A&nbsp;B &unknown; x\r\ny &amp</p>';
    const parsed = parseHtml(source);
    const [block] = parsed.blocks;
    expect(block!.text.length).toBe(block!.end - block!.start);
    expect(source.slice(block!.start, block!.end)).toBe('R&amp;D don&rsquo;t &#128512; caf&eacute; A&nbsp;B &unknown; x\r\ny &');
    const letters = block!.text.replace(/\s+/g, '');
    expect(letters).toBe('R&Ddon’t😀caféAB&unknown;xy&');
    expect(block!.text).toContain('A\u00a0     B');
    expectAligned(parsed);
  });

  test('script, style, template, noscript, head, hidden and aria-hidden content is not prose', () => {
    const parsed = parseHtml(
      '<html><head><title>Title words</title><style>p{}</style></head><body>' +
        '<script>var utilise = 1;</script><template><p>Template</p></template><noscript>No script</noscript>' +
        '<p hidden>Hidden</p><div aria-hidden="true">Aria hidden</div><span style="display: none">Styled away</span>' +
        '<p>Seen <span aria-hidden="true">unseen</span>text</p><pre>code</pre></body></html>',
    );
    expect(prose(parsed)).toEqual(['Seen text']);
  });

  test('only <main> is read when there is one, unless the whole page is asked for', () => {
    const page = '<body><nav>Menu words</nav><main><p>Advert text</p></main><footer>Footer words</footer></body>';
    expect(prose(parseHtml(page))).toEqual(['Advert text']);
    expect(prose(parseHtml(page, { wholePage: true }))).toEqual(['Menu words', 'Advert text', 'Footer words']);
    expect(prose(parseHtml('<main hidden><p>Old</p></main><p>Page</p>'))).toEqual(['Page']);
  });

  test('a <br> ends a line-block, and a hand-typed bullet makes it a list item', () => {
    const parsed = parseHtml('<p>We offer:<br /> <br /> •Pay rates<br /> • Leave</p>');
    expect(parsed.blocks.map((block) => [block.kind, block.text.trim()])).toEqual([
      ['paragraph', 'We offer:'],
      ['list-item', 'Pay rates'],
      ['list-item', 'Leave'],
    ]);
  });

  test('inline disable comments work in HTML', async () => {
    const html = '<p>We utilise hoists.</p>\n<!-- widen-disable-next-line simpler-words -->\n<p>We utilise hoists.</p>\n<!-- widen-disable -->\n<p>We utilise hoists.</p>';
    const result = await lintWithRule('simpler-words', html, { format: 'html' });
    expect(result.diagnostics.map((d) => d.location.offset)).toEqual([html.indexOf('utilise')]);
    expect(result.diagnostics[0]!.location.line).toBe(1);
  });
});

describeWithCorpus('NHS Jobs adverts (real HTML)', () => {
  const nhs = corpusPath('adverts', 'nhsjobs-2020');
  const files = readdirSync(nhs).filter((name) => name.endsWith('.html'));

  test.each(files)('%s: parses, keeps every word of the text version, offsets exact', async (name) => {
    const bytes = readFileSync(join(nhs, name));
    const { parsed } = await parseBytes(bytes, 'html');
    expectAligned(parsed);
    // The corpus .txt is the same fragment as plain text: the same words, bar two that markup splits or joins.
    const got = words(parsed.blocks.map((block) => block.text).join(' '));
    const want = words(readFileSync(join(nhs, name.replace(/\.html$/, '.txt')), 'utf8'));
    expect(Math.abs(got.length - want.length)).toBeLessThanOrEqual(2);
    expect(got.join(' ').replace(/\s/g, '')).toBe(want.join(' ').replace(/\s/g, ''));
  });

  test('every diagnostic excerpt is the source at its offsets, with real lines and columns', async () => {
    const results = await new Linter({ configPath: join(root, 'tests', 'fixtures', 'empty.widenrc.json'), jobs: 1 }).lintPaths(files.map((name) => join(nhs, name)));
    let count = 0;
    for (const result of results) {
      expect(result.error).toBeUndefined();
      const source = readFileSync(result.path, 'utf8');
      const lines = source.split('\n');
      for (const diagnostic of result.diagnostics) {
        if (diagnostic.excerpt === '') continue;
        count++;
        const { offset, endOffset, line, column } = diagnostic.location;
        expect(source.slice(offset, endOffset)).toBe(diagnostic.excerpt);
        expect(lines[line! - 1]!.slice(column! - 1).startsWith(diagnostic.excerpt.split('\n')[0]!)).toBe(true);
      }
    }
    expect(count).toBeGreaterThan(100);
  });
});

describeWithCorpus('Markdown that is mostly raw HTML: real careers pages', () => {
  const cornwall = corpusPath('adverts', 'cornwall-role-profiles');
  const files = readdirSync(cornwall).filter((name) => name.endsWith('.md'));

  test.each(files)('%s: the prose inside HTML blocks is read, with exact offsets', (name) => {
    const source = readFileSync(join(cornwall, name), 'utf8');
    const parsed = parseMarkdown(source);
    expectAligned(parsed);
    const text = prose(parsed).join('\n');
    // Every <h2> of these pages sits inside a raw <div> block.
    for (const match of source.matchAll(/<h2>([^<]+)<\/h2>/g)) expect(text).toContain(match[1]!.replace(/\s+/g, ' ').trim());
    expect(parsed.blocks.some((block) => block.kind === 'heading')).toBe(true);
    expect(text).not.toMatch(/<\/?(?:div|h2|a)\b/);
  });
});

describe('Markdown that is mostly raw HTML', () => {
  test('the unclosed <div> does not swallow the Markdown after it', () => {
    const parsed = parseMarkdown('<div class="x">\n<h2>Heading</h2>\nText in the div.\n\nA Markdown paragraph with **bold**.\n\n</div>\n');
    expect(prose(parsed)).toEqual(['Heading', 'Text in the div.', 'A Markdown paragraph with bold .']);
    expect(parsed.blocks[0]!.kind).toBe('heading');
  });

  test('comments in Markdown HTML blocks are still directives', () => {
    const parsed = parseMarkdown('<!-- widen-disable simpler-words -->\n\nText.\n');
    expect(parsed.directives).toEqual([{ kind: 'disable', rules: ['simpler-words'], offset: 36 }]);
  });
});

describe('HTML through the CLI', () => {
  test('--whole-page lints outside <main> too', async () => {
    const part = JSON.parse((await runCliInProcess(['--format', 'json', 'examples/poor-advert.html'])).stdout);
    const whole = JSON.parse((await runCliInProcess(['--format', 'json', '--whole-page', 'examples/poor-advert.html'])).stdout);
    const excerpts = (output: { files: Array<{ diagnostics: Array<{ excerpt: string }> }> }): string[] => output.files[0]!.diagnostics.map((d) => d.excerpt);
    expect(excerpts(part).filter((excerpt) => excerpt === 'utilise')).toHaveLength(1);
    expect(excerpts(whole).filter((excerpt) => excerpt === 'utilise')).toHaveLength(2);
  });
});
