// A tiny observable store: state changes through pure producers; listeners re-render what they own.
import type { AppState } from "./types.js";

export type Producer = (state: AppState) => AppState;
export type Listener = (state: AppState, previous: AppState) => void;

export interface Store {
  get(): AppState;
  update(producer: Producer): void;
  subscribe(listener: Listener): () => void;
}

export function createStore(initial: AppState): Store {
  let state = initial;
  const listeners = new Set<Listener>();
  return {
    get: () => state,
    update(producer) {
      const previous = state;
      state = producer(state);
      if (state !== previous) for (const l of listeners) l(state, previous);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
