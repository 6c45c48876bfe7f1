// Layout: ForceAtlas2 in graphology's web worker behind {start, stop, isRunning}, plus noverlap.
import forceAtlas2 from "graphology-layout-forceatlas2";
import FA2Layout from "graphology-layout-forceatlas2/worker";
import noverlap from "graphology-layout-noverlap";
import type { ViewerGraph } from "../types.js";

export interface LayoutController {
  start(): void;
  stop(): void;
  isRunning(): boolean;
  /** Pushes overlapping nodes apart (one shot). */
  spread(): void;
  /** Runs the worker until nodes barely move or `timeoutMs` passes; resolves with the time taken. */
  settle(timeoutMs: number): Promise<number>;
  kill(): void;
}

/** Synchronous FA2 + noverlap for small graphs (a few hundred nodes lay out in well under a second). */
export function layoutNow(graph: ViewerGraph, iterations = 300, spread = true): void {
  if (graph.order < 2) return;
  forceAtlas2.assign(graph, { iterations, settings: { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: graph.order > 500 } });
  if (spread) noverlap.assign(graph, { maxIterations: 60, settings: { ratio: 1.2, margin: 2 } });
}

function snapshot(graph: ViewerGraph): Float64Array {
  const out = new Float64Array(graph.order * 2);
  let i = 0;
  graph.forEachNode((_k, a) => {
    out[i++] = a.x ?? 0;
    out[i++] = a.y ?? 0;
  });
  return out;
}

/** Mean move of the nodes between two snapshots, relative to the layout's extent. */
function relativeMove(a: Float64Array, b: Float64Array): number {
  if (a.length !== b.length || a.length === 0) return 1;
  let move = 0, min = Infinity, max = -Infinity;
  for (let i = 0; i < a.length; i += 2) {
    move += Math.hypot(a[i]! - b[i]!, a[i + 1]! - b[i + 1]!);
    min = Math.min(min, b[i]!, b[i + 1]!);
    max = Math.max(max, b[i]!, b[i + 1]!);
  }
  return move / (a.length / 2) / Math.max(1e-9, max - min);
}

export function createLayout(graph: ViewerGraph, onChange: (running: boolean) => void): LayoutController {
  let worker: FA2Layout | undefined;
  const ensure = () =>
    (worker ??= new FA2Layout(graph, {
      settings: { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: graph.order > 500 },
    }));
  const controller: LayoutController = {
    start() {
      ensure().start();
      onChange(true);
    },
    stop() {
      worker?.stop();
      onChange(false);
    },
    isRunning: () => worker?.isRunning() ?? false,
    spread() {
      noverlap.assign(graph, { maxIterations: 60, settings: { ratio: 1.2, margin: 2 } });
    },
    settle(timeoutMs) {
      const t0 = performance.now();
      controller.start();
      let last = snapshot(graph);
      return new Promise((resolve) => {
        const timer = setInterval(() => {
          const now = snapshot(graph);
          const move = relativeMove(last, now);
          // No move at all means no worker update reached the page yet (the main thread was busy drawing).
          const settled = move > 0 && move < 0.0005;
          last = now;
          if (settled || performance.now() - t0 > timeoutMs) {
            clearInterval(timer);
            controller.stop();
            resolve(performance.now() - t0);
          }
        }, 500);
      });
    },
    kill() {
      worker?.kill();
      worker = undefined;
    },
  };
  return controller;
}
