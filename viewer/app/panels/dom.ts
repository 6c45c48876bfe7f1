// Building DOM safely: elements and text nodes only (article text is never parsed as HTML).

type Child = Node | string | number | null | undefined | false | Child[];
type Attrs = Record<string, string | number | boolean | undefined | ((e: Event) => void)>;

/**
 * Creates an element; string children become text nodes, `on*` functions become listeners.
 * @example h("button", { onclick: go, "aria-label": "Go" }, "Go")
 */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    if (typeof value === "function") el.addEventListener(name.slice(2), value);
    else if (value === true) el.setAttribute(name, "");
    else el.setAttribute(name, String(value));
  }
  append(el, children);
  return el;
}

export function append(parent: Node, children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(parent, child);
    else parent.appendChild(typeof child === "object" ? child : document.createTextNode(String(child)));
  }
}

/** Replaces all children of `el`. */
export function replace(el: Element, ...children: Child[]): void {
  el.replaceChildren();
  append(el, children);
}

/** A link only for http(s) URLs; anything else (javascript:, data:) stays plain text. */
export function safeLink(url: string | undefined, text: string): Node {
  if (!url || !/^https?:\/\//i.test(url)) return document.createTextNode(text);
  return h("a", { href: url, target: "_blank", rel: "noopener noreferrer" }, text);
}

/** Text with the given ranges wrapped in <mark> (ranges are offsets into `text`). */
export function highlighted(text: string, ranges: Array<[number, number]>): DocumentFragment {
  const frag = document.createDocumentFragment();
  const sorted = ranges
    .filter(([s, e]) => s >= 0 && e <= text.length && s < e)
    .sort((a, b) => a[0] - b[0]);
  let at = 0;
  for (const [s, e] of sorted) {
    if (s < at) continue;
    frag.append(text.slice(at, s), h("mark", {}, text.slice(s, e)));
    at = e;
  }
  frag.append(text.slice(at));
  return frag;
}
