// Markdown markup masked with spaces: same length, so every offset still points into the file.

const blank = (s: string): string => " ".repeat(s.length);

/**
 * Replaces heading marks, emphasis, code ticks, list bullets, quote marks, link targets and inline
 * HTML tags with spaces; the words stay where they are.
 * @example maskMarkdown("# Title\n**Bold** [link](http://x)") // "  Title\n  Bold    link          "
 */
export function maskMarkdown(text: string): string {
  return text
    .replace(/!\[[^\]\n]*\]\([^)\n]*\)/g, blank)
    .replace(/\[([^\]\n]*)\]\(([^)\n]*)\)/g, (m, label: string) => ` ${label}${blank(m.slice(label.length + 1))}`)
    .replace(/^([ \t]*)(#{1,6}|>+|[-*+](?= )|-{3,}$|\*{3,}$)/gm, (_m, ws: string, mark: string) => ws + blank(mark))
    .replace(/<\/?[A-Za-z][^<>\n]*>/g, blank)
    .replace(/\*+|`+/g, blank)
    .replace(/(^|[^\p{L}\p{N}])(_+)|(_+)(?=[^\p{L}\p{N}]|$)/gmu, (m) => m.replace(/_/g, " "));
}
