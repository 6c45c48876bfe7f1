// Bytes to text: rejects empty, binary and invalid UTF-8 input with a reason; cuts over-long input cleanly.

export type DecodeResult = { ok: true; text: string; truncated: boolean } | { ok: false; reason: string };

const decoder = new TextDecoder("utf-8", { fatal: true });

/**
 * Decodes one file's bytes. `truncated` says the bytes were cut at `maxBytes` by the caller; the text
 * then ends at the last paragraph (or line) break and any partial UTF-8 sequence is dropped.
 * @example decodeText(Buffer.from("hello"), false) // { ok: true, text: "hello", truncated: false }
 */
export function decodeText(bytes: Uint8Array, truncated: boolean): DecodeResult {
  if (bytes.length === 0) return { ok: false, reason: "empty file" };
  if (bytes.subarray(0, 65536).includes(0)) return { ok: false, reason: "binary file (NUL bytes)" };
  let body = bytes;
  if (truncated) body = bytes.subarray(0, utf8Boundary(bytes));
  let text: string;
  try {
    text = decoder.decode(body);
  } catch {
    return { ok: false, reason: "invalid UTF-8 (save the file as UTF-8)" };
  }
  if (truncated) text = cutAtBreak(text);
  if (text.trim() === "") return { ok: false, reason: "empty file (no text)" };
  return { ok: true, text, truncated };
}

/** Length of the longest prefix that does not end inside a multi-byte UTF-8 sequence. */
function utf8Boundary(bytes: Uint8Array): number {
  let i = bytes.length;
  let back = 0;
  while (i > 0 && back < 4 && (bytes[i - 1]! & 0xc0) === 0x80) {
    i--;
    back++;
  }
  if (i === 0) return bytes.length;
  const lead = bytes[i - 1]!;
  const need = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1;
  return need === back + 1 ? bytes.length : i - 1;
}

function cutAtBreak(text: string): string {
  const para = text.lastIndexOf("\n\n");
  if (para > text.length / 2) return text.slice(0, para);
  const line = text.lastIndexOf("\n");
  return line > text.length / 2 ? text.slice(0, line) : text;
}
