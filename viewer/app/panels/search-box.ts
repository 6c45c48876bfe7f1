// The search box: autocomplete over names and aliases; Enter or a click picks the best match.
import { findMatches, type SearchMatch } from "../../shared/search.js";
import type { App } from "../app.js";
import { typeColor } from "../core/graph/appearance.js";
import { h, replace } from "./dom.js";

interface Entry {
  key: string;
  name: string;
  aliases: string[];
  weight: number;
  entityType: string;
}

export function mountSearchBox(root: HTMLElement, app: App): void {
  const input = h("input", {
    type: "search",
    role: "searchbox",
    id: "search-input",
    "aria-label": "Find an entity by name or alias",
    placeholder: "Find an entity (name or alias)…",
    autocomplete: "off",
    "aria-controls": "search-results",
    "aria-autocomplete": "list",
    "aria-expanded": "false",
  });
  const list = h("ul", { id: "search-results", role: "listbox", "aria-label": "Matching entities", hidden: true });
  root.append(input, list);

  let entries: Entry[] = [];
  const reindex = () => {
    entries = app.graph.mapNodes((key, a) => ({
      key,
      name: a.name ?? key,
      aliases: a.aliases ?? [],
      weight: app.graph.degree(key),
      entityType: a.entityType,
    }));
  };
  reindex();
  app.onDataChange(reindex);

  let matches: SearchMatch<Entry>[] = [];
  let active = 0;
  const render = () => {
    const open = matches.length > 0;
    list.hidden = !open;
    input.setAttribute("aria-expanded", String(open));
    replace(
      list,
      ...matches.map((m, i) => {
        const item = h(
          "li",
          { role: "option", id: `search-option-${i}`, "aria-selected": String(i === active) },
          h("span", { class: "swatch", style: `background:${typeColor(m.item.entityType)}` }),
          m.item.name,
          m.matched !== m.item.name ? h("span", { class: "alias" }, `(${m.matched})`) : null,
        );
        item.addEventListener("mousedown", (e) => {
          e.preventDefault();
          pick(i);
        });
        return item;
      }),
    );
    if (open) input.setAttribute("aria-activedescendant", `search-option-${active}`);
    else input.removeAttribute("aria-activedescendant");
  };
  const pick = (i: number) => {
    const m = matches[i] ?? findMatches(entries, input.value, 1)[0];
    if (!m) {
      app.messages.info(`No entity matches "${input.value}".`);
      return;
    }
    input.value = m.item.name;
    matches = [];
    render();
    app.focusNode(m.item.key);
  };
  input.addEventListener("input", () => {
    matches = findMatches(entries, input.value, 12);
    active = 0;
    render();
  });
  input.addEventListener("keydown", (e) => {
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      if (matches.length === 0) return;
      e.preventDefault();
      active = (active + (e.key === "ArrowDown" ? 1 : matches.length - 1)) % matches.length;
      render();
    } else if (e.key === "Enter") {
      e.preventDefault();
      pick(active);
    } else if (e.key === "Escape") {
      matches = [];
      render();
    }
  });
  input.addEventListener("blur", () => {
    matches = [];
    render();
  });
}
