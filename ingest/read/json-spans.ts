// A JSON parser that also says where each object's string fields sit in the source, for offset maps.

/** A parsed JSON value; for objects, `spans` gives each string field's literal [start, end) in the source. */
export interface SpannedObject {
  value: Record<string, unknown>;
  spans: Record<string, [number, number]>;
}

export class JsonSyntaxError extends Error {}

/**
 * Parses JSON text and returns the top-level object (or each object of a top-level array) with the
 * source spans of its string fields. Offsets are shifted by `base`.
 * @example parseObjects('{"text": "hi"}')[0].spans.text // [9, 13]
 */
export function parseObjects(src: string, base = 0): Array<SpannedObject | undefined> {
  const p = new Parser(src, base);
  p.ws();
  let out: Array<SpannedObject | undefined>;
  if (src[p.i] === "[") {
    out = [];
    p.i++;
    p.ws();
    if (src[p.i] === "]") p.i++;
    else
      for (;;) {
        out.push(p.valueTop());
        p.ws();
        if (src[p.i] === ",") {
          p.i++;
          continue;
        }
        p.expect("]");
        break;
      }
  } else out = [p.valueTop()];
  p.ws();
  if (p.i < src.length) p.fail("unexpected text after the JSON value");
  return out;
}

class Parser {
  i = 0;
  constructor(
    readonly src: string,
    readonly base: number,
  ) {}

  fail(msg: string): never {
    throw new JsonSyntaxError(`${msg} at offset ${this.base + this.i}`);
  }
  ws(): void {
    while (this.i < this.src.length && /\s/.test(this.src[this.i]!)) this.i++;
  }
  expect(ch: string): void {
    if (this.src[this.i] !== ch) this.fail(`expected "${ch}"`);
    this.i++;
  }
  /** A value; objects come back with spans, anything else as undefined (not an article). */
  valueTop(): SpannedObject | undefined {
    this.ws();
    if (this.src[this.i] !== "{") {
      this.value();
      return undefined;
    }
    const value: Record<string, unknown> = {};
    const spans: Record<string, [number, number]> = {};
    this.i++;
    this.ws();
    if (this.src[this.i] === "}") {
      this.i++;
      return { value, spans };
    }
    for (;;) {
      this.ws();
      const key = this.string();
      this.ws();
      this.expect(":");
      this.ws();
      const start = this.i;
      const v = this.value();
      if (typeof v === "string") spans[key] = [this.base + start, this.base + this.i];
      value[key] = v;
      this.ws();
      if (this.src[this.i] === ",") {
        this.i++;
        continue;
      }
      this.expect("}");
      return { value, spans };
    }
  }
  value(): unknown {
    this.ws();
    const c = this.src[this.i];
    if (c === '"') return this.string();
    if (c === "{" || c === "[") return this.nested();
    const m = /^(?:-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null)/.exec(this.src.slice(this.i, this.i + 64));
    if (!m) this.fail("unexpected character");
    this.i += m[0].length;
    return JSON.parse(m[0]);
  }
  /** Nested containers are only skipped over and parsed by JSON.parse (their fields are not mapped). */
  nested(): unknown {
    const start = this.i;
    let depth = 0;
    while (this.i < this.src.length) {
      const c = this.src[this.i]!;
      if (c === '"') {
        this.string();
        continue;
      }
      this.i++;
      if (c === "{" || c === "[") depth++;
      else if ((c === "}" || c === "]") && --depth === 0) return JSON.parse(this.src.slice(start, this.i));
    }
    return this.fail("unterminated value");
  }
  string(): string {
    if (this.src[this.i] !== '"') this.fail("expected a string");
    const start = this.i++;
    while (this.i < this.src.length) {
      const c = this.src[this.i]!;
      if (c === "\\") this.i += 2;
      else if (c === '"') {
        this.i++;
        return JSON.parse(this.src.slice(start, this.i)) as string;
      } else this.i++;
    }
    return this.fail("unterminated string");
  }
}

/**
 * Decodes a JSON string literal (quotes included) and maps each decoded character to its offset
 * in the source (`literalStart` is the offset of the opening quote).
 */
export function decodeLiteral(literal: string, literalStart: number): { text: string; map: number[] } {
  let text = "";
  const map: number[] = [];
  for (let i = 1; i < literal.length - 1; ) {
    const at = literalStart + i;
    if (literal[i] === "\\") {
      const len = literal[i + 1] === "u" ? 6 : 2;
      const ch = JSON.parse(`"${literal.slice(i, i + len)}"`) as string;
      text += ch;
      map.push(at);
      i += len;
    } else {
      text += literal[i];
      map.push(at);
      i++;
    }
  }
  return { text, map };
}
