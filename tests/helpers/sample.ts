import type { Diagnostic } from '../../src/model/diagnostic.js';

/** A simpler-words finding on “utilise” for reporter tests; override what a test needs. */
export function sampleDiagnostic(overrides: Partial<Diagnostic> = {}): Diagnostic {
  return {
    ruleId: 'simpler-words',
    category: 'plain-language',
    severity: 'warning',
    message: '“utilise” is a formal word; “use” is plainer',
    note: 'Everyday words are quicker to read.',
    excerpt: 'utilise',
    location: { line: 3, column: 10, endLine: 3, endColumn: 17, offset: 40, endOffset: 47 },
    suggestions: [{ text: 'Use “use”', replacement: 'use', safe: false }],
    docs: 'rules/simpler-words/simpler-words.md',
    fingerprint: '5d0f3b1c2a9e8f70',
    ...overrides,
  };
}
