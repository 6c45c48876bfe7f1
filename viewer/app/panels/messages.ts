// Readable messages over the graph (errors from the server or Neo4j), each dismissible.
import { h } from "./dom.js";

export interface Messages {
  error(message: string): void;
  info(message: string): void;
  clear(): void;
}

export function createMessages(root: HTMLElement): Messages {
  const show = (kind: "error" | "info", message: string) => {
    const item = h("div", { class: `message ${kind}` }, h("span", {}, message));
    item.append(h("button", { "aria-label": "Dismiss message", onclick: () => item.remove() }, "×"));
    root.append(item);
    if (kind === "info") setTimeout(() => item.remove(), 6000);
  };
  return {
    error: (m) => show("error", m),
    info: (m) => show("info", m),
    clear: () => root.replaceChildren(),
  };
}
