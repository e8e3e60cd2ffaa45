// Finds the JSON examples of a source document (../shared/seeds), in either of its two renderings:
// Markdown with ```json fences, or plain text where an example is a bare JSON value.
export interface SeedRange {
  /** Read from the first line that starts with this text (default: the top of the file). */
  startAt?: string;
  /** Stop before the first line, after the start, that starts with this text (default: the end). */
  endBefore?: string;
}

/** The lines of `text` within `range`; a marker that is given but not found is an error, not "the whole file". */
export function sliceSeed(text: string, range: SeedRange = {}): string {
  let lines = text.split('\n');
  if (range.startAt !== undefined) {
    const start = lines.findIndex((l) => l.startsWith(range.startAt!));
    if (start < 0) throw new Error(`seed range: no line starts with "${range.startAt}"`);
    lines = lines.slice(start);
  }
  if (range.endBefore !== undefined) {
    const end = lines.findIndex((l) => l.startsWith(range.endBefore!));
    if (end < 0) throw new Error(`seed range: no line starts with "${range.endBefore}"`);
    lines = lines.slice(0, end);
  }
  return lines.join('\n');
}

export function fencedJsonBlocks(text: string): string[] {
  return [...text.matchAll(/```json\s*\n([\s\S]*?)```/g)].map((m) => m[1]!.trim());
}

/** A line that introduces an example in the plain-text rendering. */
export const EXAMPLE_HEADING = /^Пример (запроса|ответа)/;

/** The index just past the bracket that closes the one at `start`, skipping brackets inside JSON strings. */
function balancedEnd(text: string, start: number): number {
  let depth = 0;
  let inString = false;
  let escaped = false;
  for (let i = start; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (escaped) escaped = false;
      else if (c === '\\') escaped = true;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{' || c === '[') depth++;
    else if ((c === '}' || c === ']') && --depth === 0) return i + 1;
  }
  throw new Error(`unbalanced JSON value starting at offset ${start}`);
}

/**
 * Plain text: after each "Пример запроса" / "Пример ответа" heading, the first line that begins
 * (in column 0) with `{` or `[` starts a JSON value, which runs to its balanced closing bracket.
 * Returns the values' text and how many headings there were.
 */
export function plainJsonBlocks(text: string): { blocks: string[]; headings: number } {
  const blocks: string[] = [];
  let headings = 0;
  let expecting = false;
  let offset = 0;
  for (const line of text.split('\n')) {
    if (EXAMPLE_HEADING.test(line)) {
      headings++;
      expecting = true;
    } else if (expecting && /^[[{]/.test(line)) {
      const end = balancedEnd(text, offset);
      blocks.push(text.slice(offset, end));
      expecting = false;
    }
    offset += line.length + 1;
  }
  return { blocks, headings };
}
