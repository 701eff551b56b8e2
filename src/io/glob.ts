/**
 * Glob matching in time linear in the path, whatever the pattern. picomatch turns a glob into a
 * regular expression, and `**\/a*a*a*a*a*a*a*a*a*a*a*a*b` against a name of 200 `a`s then
 * backtracks for ever; a repository's `widen.config.json` (or a workflow's `--ignore-pattern`)
 * can hold such a pattern. Here each path segment is matched by stepping a set of pattern
 * positions along the name (an NFA), and `**` by stepping a set of segment positions along the
 * path, so a match costs at most (path length × pattern length) steps.
 *
 * The syntax is picomatch's common part: `*`, `?`, `[abc]`, `[a-z]`, `[!a]` / `[^a]`, `**` as a
 * whole segment, `{a,b}` (expanded, at most 256 alternatives), `\` escapes, a leading `!` to negate,
 * and a leading `./`. Extended globs (`@(a|b)`, `+(a)`, `!(a)`) are refused with a clear message.
 */

/** A pattern widen cannot use: the message says why, for a configuration or usage error. */
export class GlobError extends Error {}

export interface GlobOptions {
  /** `*`, `?` and `**` match names starting with a dot (picomatch's `dot`). */
  dot?: boolean;
  /** A pattern without a slash matches a path's last segment at any depth (picomatch's `basename`). */
  basename?: boolean;
}

type Token =
  | { kind: 'char'; char: string }
  | { kind: 'any' }
  | { kind: 'star' }
  | { kind: 'class'; negated: boolean; chars: string; ranges: Array<[string, string]> };

/** One path segment of a pattern: `**`, or a sequence of tokens. */
type Segment = { globstar: true } | { globstar: false; tokens: Token[] };

interface Compiled {
  negated: boolean;
  alternatives: Segment[][];
  basename: boolean;
}

const maxAlternatives = 256;
const maxPatternLength = 4096;

/** A matcher for one glob or a list (a path matches a list when it matches any pattern of it). Throws GlobError. */
export function globMatcher(patterns: string | readonly string[], options: GlobOptions = {}): (path: string) => boolean {
  const list = (typeof patterns === 'string' ? [patterns] : patterns).map((pattern) => compile(pattern, options));
  return (path: string) => {
    const segments = path.replace(/^(?:\.\/)+/, '').split('/');
    return list.some((compiled) => matches(compiled, segments, options.dot === true));
  };
}

/** Whether a string has glob syntax (an unescaped `*`, `?`, `[` or `{`). */
export function isGlob(pattern: string): boolean {
  for (let i = 0; i < pattern.length; i++) {
    const char = pattern[i]!;
    if (char === '\\') i++;
    else if (char === '*' || char === '?' || char === '[' || char === '{') return true;
  }
  return false;
}

/** The fixed folders before a glob's first wildcard (`docs/adverts` of `docs/adverts/**\/*.md`), or ''. */
export function globBase(pattern: string): string {
  const parts = pattern.replace(/^\.\//, '').split('/');
  const fixed: string[] = [];
  for (const part of parts.slice(0, -1)) {
    if (isGlob(part)) break;
    fixed.push(part);
  }
  return fixed.join('/');
}

function compile(pattern: string, options: GlobOptions): Compiled {
  if (pattern.length > maxPatternLength) throw new GlobError(`the pattern is longer than ${maxPatternLength} characters`);
  let body = pattern;
  let negated = false;
  if (body.startsWith('!') && !body.startsWith('!(')) {
    negated = true;
    body = body.slice(1);
  }
  body = body.replace(/^(?:\.\/)+/, '');
  if (/[@+!*?]\(/.test(body.replace(/\\./g, ''))) {
    throw new GlobError(`"${pattern}" uses an extended glob (such as @(a|b) or +(a)), which widen does not support; use {a,b} or several patterns`);
  }
  const expanded = expandBraces(body, pattern);
  const alternatives = expanded.map((alternative) => alternative.split('/').map(parseSegment));
  return { negated, alternatives, basename: options.basename === true && !body.includes('/') };
}

/** `a{b,c{d,e}}f` → abf, acdf, acef; at most `maxAlternatives`. A brace with no comma is literal. */
function expandBraces(text: string, original: string): string[] {
  const open = findBrace(text);
  if (!open) return [text];
  const { start, end, parts } = open;
  const before = text.slice(0, start);
  const after = text.slice(end + 1);
  const out: string[] = [];
  for (const part of parts) {
    for (const rest of expandBraces(`${part}${after}`, original)) {
      out.push(before + rest);
      if (out.length > maxAlternatives) throw new GlobError(`"${original}" expands to more than ${maxAlternatives} patterns`);
    }
  }
  return out;
}

/** The first top-level `{…,…}` in text, with its comma-separated parts; undefined when there is none. */
function findBrace(text: string): { start: number; end: number; parts: string[] } | undefined {
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (char === '\\') {
      i++;
      continue;
    }
    if (char === '[') {
      const close = classEnd(text, i);
      if (close > i) i = close;
      continue;
    }
    if (char !== '{') continue;
    let depth = 0;
    const parts: string[] = [];
    let from = i + 1;
    for (let j = i; j < text.length; j++) {
      const inner = text[j]!;
      if (inner === '\\') {
        j++;
        continue;
      }
      if (inner === '{') depth++;
      else if (inner === '}') {
        depth--;
        if (depth === 0) {
          parts.push(text.slice(from, j));
          if (parts.length > 1) return { start: i, end: j, parts };
          break;
        }
      } else if (inner === ',' && depth === 1) {
        parts.push(text.slice(from, j));
        from = j + 1;
      }
    }
  }
  return undefined;
}

/** The index of the `]` closing a class opened at `open`, or -1 when it is not a class. */
function classEnd(text: string, open: number): number {
  let i = open + 1;
  if (text[i] === '!' || text[i] === '^') i++;
  if (text[i] === ']') i++;
  for (; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === ']') return i;
    else if (text[i] === '/') return -1;
  }
  return -1;
}

function parseSegment(segment: string): Segment {
  if (segment === '**') return { globstar: true };
  const tokens: Token[] = [];
  for (let i = 0; i < segment.length; i++) {
    const char = segment[i]!;
    if (char === '\\' && i + 1 < segment.length) {
      tokens.push({ kind: 'char', char: segment[++i]! });
    } else if (char === '*') {
      // `**` inside a segment (`a**b`) is a `*`, as in picomatch; runs of stars are one star.
      if (tokens[tokens.length - 1]?.kind !== 'star') tokens.push({ kind: 'star' });
    } else if (char === '?') {
      tokens.push({ kind: 'any' });
    } else if (char === '[' && classEnd(segment, i) > i) {
      const end = classEnd(segment, i);
      let j = i + 1;
      const negated = segment[j] === '!' || segment[j] === '^';
      if (negated) j++;
      let chars = '';
      const ranges: Array<[string, string]> = [];
      for (; j < end; j++) {
        let c = segment[j]!;
        if (c === '\\' && j + 1 < end) c = segment[++j]!;
        if (segment[j + 1] === '-' && j + 2 < end) {
          let to = segment[j + 2]!;
          j += 2;
          if (to === '\\' && j + 1 < end) to = segment[++j]!;
          ranges.push([c, to]);
        } else {
          chars += c;
        }
      }
      tokens.push({ kind: 'class', negated, chars, ranges });
      i = end;
    } else {
      tokens.push({ kind: 'char', char });
    }
  }
  return { globstar: false, tokens };
}

function matches(compiled: Compiled, segments: string[], dot: boolean): boolean {
  const path = compiled.basename ? segments.slice(-1) : segments;
  const found = compiled.alternatives.some((alternative) => matchSegments(alternative, path, dot));
  return compiled.negated ? !found : found;
}

/** Steps the set of pattern-segment positions along the path's segments. */
function matchSegments(pattern: Segment[], path: string[], dot: boolean): boolean {
  // A trailing `**` also matches the folder itself (`docs/**` matches `docs`), as in picomatch.
  let current = closure(pattern, new Set([0]));
  for (const name of path) {
    const next = new Set<number>();
    for (const at of current) {
      const segment = pattern[at];
      if (!segment) continue;
      if (segment.globstar) {
        if (dot || !name.startsWith('.')) next.add(at);
      } else if (matchName(segment.tokens, name, dot)) {
        next.add(at + 1);
      }
    }
    if (next.size === 0) return false;
    current = closure(pattern, next);
  }
  return current.has(pattern.length);
}

/** Adds the positions reachable by letting a `**` match no segment. */
function closure(pattern: Segment[], positions: Set<number>): Set<number> {
  const out = new Set(positions);
  for (const at of positions) {
    for (let i = at; i < pattern.length && pattern[i]!.globstar; i++) out.add(i + 1);
  }
  return out;
}

/** Steps the set of token positions along one name: at most name length × pattern length steps. */
function matchName(tokens: Token[], name: string, dot: boolean): boolean {
  // Without `dot`, a name starting with "." is matched only by a pattern that starts with one.
  if (!dot && name.startsWith('.') && !(tokens[0]?.kind === 'char' && tokens[0].char === '.')) return false;
  if (name === '' && tokens.length > 0 && tokens.every((token) => token.kind === 'star')) return false;
  const advance = (positions: Uint8Array): void => {
    // A star may match nothing: its successor is reachable too.
    for (let i = 0; i < tokens.length; i++) if (positions[i] && tokens[i]!.kind === 'star') positions[i + 1] = 1;
  };
  let current = new Uint8Array(tokens.length + 1);
  current[0] = 1;
  advance(current);
  for (let k = 0; k < name.length; k++) {
    const char = name[k]!;
    const next = new Uint8Array(tokens.length + 1);
    let any = false;
    for (let i = 0; i < tokens.length; i++) {
      if (!current[i]) continue;
      const token = tokens[i]!;
      if (token.kind === 'star') {
        next[i] = 1;
        any = true;
      } else if (accepts(token, char)) {
        next[i + 1] = 1;
        any = true;
      }
    }
    if (!any) return false;
    advance(next);
    current = next;
  }
  return current[tokens.length] === 1;
}

function accepts(token: Token, char: string): boolean {
  switch (token.kind) {
    case 'char':
      return token.char === char;
    case 'any':
      return true;
    case 'star':
      return true;
    case 'class': {
      const inside = token.chars.includes(char) || token.ranges.some(([from, to]) => from <= char && char <= to);
      return inside !== token.negated;
    }
  }
}
