/** A place in a configuration file, 1-based, as editors count. */
export interface Place {
  line: number;
  column: number;
}

export class JsonSyntaxError extends Error {
  constructor(
    message: string,
    readonly place: Place,
  ) {
    super(message);
  }
}

/** The line and column of a character offset. */
export function placeOf(text: string, offset: number): Place {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - (before.lastIndexOf('\n') + 1) + 1 };
}

/**
 * The text with `//` and `/* … *\/` comments blanked to spaces (line breaks kept), so that a
 * commented configuration parses as JSON and every offset still points at the same place.
 */
export function blankComments(text: string): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const char = text[i]!;
    if (char === '"') {
      const end = stringEnd(text, i);
      out += text.slice(i, end);
      i = end;
    } else if (char === '/' && (text[i + 1] === '/' || text[i + 1] === '*')) {
      const block = text[i + 1] === '*';
      const close = block ? text.indexOf('*/', i + 2) : text.indexOf('\n', i);
      const end = close === -1 ? text.length : block ? close + 2 : close;
      out += text.slice(i, end).replace(/[^\n]/g, ' ');
      i = end;
    } else {
      out += char;
      i++;
    }
  }
  return out;
}

/** Parses JSON with comments; a syntax error carries its line and column. */
export function parseJsonc(text: string): unknown {
  const json = blankComments(text);
  try {
    return JSON.parse(json);
  } catch (error) {
    const message = (error as Error).message;
    const at = /at position (\d+)/.exec(message);
    const offset = at ? Number(at[1]) : json.length;
    const why = message.replace(/ in JSON at position \d+.*$/, '').replace(/^Unexpected end of JSON input$/, 'the file ends too soon');
    throw new JsonSyntaxError(why.charAt(0).toLowerCase() + why.slice(1), placeOf(text, offset));
  }
}

/**
 * Where each member of a parsed document is: JSON Pointer (“/rules/simpler-words”) → the place
 * of its key (of its value, for an array item). The text must already be valid JSON with comments.
 */
export function pointerPlaces(text: string): Map<string, Place> {
  const json = blankComments(text);
  const places = new Map<string, Place>();
  const stack: Array<{ kind: 'object' | 'array'; pointer: string; index: number; key?: string }> = [];
  let expectKey = false;
  const valueStarts = (offset: number): void => {
    const top = stack.at(-1);
    if (top?.kind === 'array') places.set(`${top.pointer}/${top.index}`, placeOf(text, offset));
  };
  const childPointer = (): string => {
    const top = stack.at(-1);
    if (!top) return '';
    return top.kind === 'array' ? `${top.pointer}/${top.index}` : `${top.pointer}/${escapePointer(top.key ?? '')}`;
  };
  for (let i = 0; i < json.length; i++) {
    const char = json[i]!;
    if (/\s/.test(char) || char === ':') continue;
    if (char === '"') {
      const end = stringEnd(json, i);
      const top = stack.at(-1);
      if (expectKey && top?.kind === 'object') {
        top.key = JSON.parse(json.slice(i, end)) as string;
        places.set(childPointer(), placeOf(text, i));
        expectKey = false;
      } else valueStarts(i);
      i = end - 1;
    } else if (char === '{' || char === '[') {
      valueStarts(i);
      stack.push({ kind: char === '{' ? 'object' : 'array', pointer: childPointer(), index: 0 });
      expectKey = char === '{';
    } else if (char === '}' || char === ']') {
      stack.pop();
    } else if (char === ',') {
      const top = stack.at(-1);
      if (top?.kind === 'array') top.index++;
      else expectKey = true;
    } else {
      valueStarts(i);
      while (i + 1 < json.length && /[^\s,\]}]/.test(json[i + 1]!)) i++;
    }
  }
  return places;
}

function escapePointer(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** The offset just after the string that starts at `start`. */
function stringEnd(text: string, start: number): number {
  let i = start + 1;
  while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
  return Math.min(text.length, i + 1);
}
