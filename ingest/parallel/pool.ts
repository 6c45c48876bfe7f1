// A fixed set of worker threads; each task goes to the least-loaded live worker and resolves with its items.
import type { Worker } from "node:worker_threads";
import { spawnWorker } from "./spawn.js";
import type { PoolOptions, WireItem, WorkerReply, WorkerTask } from "./types.js";

/** A task without its sequence number (the pool assigns it). */
type TaskBody = WorkerTask extends infer T ? (T extends WorkerTask ? Omit<T, "seq"> : never) : never;

interface Pending {
  resolve: (items: WireItem[]) => void;
  label: string;
  worker: number;
}

export class WorkerPool {
  private readonly workers: Array<Worker | undefined> = [];
  private readonly load: number[] = [];
  private readonly ready: boolean[] = [];
  private readonly pending = new Map<number, Pending>();
  private seq = 0;

  constructor(options: PoolOptions) {
    for (let i = 0; i < options.workers; i++) {
      const w = spawnWorker({ extract: options.extract ?? {} });
      w.on("message", (reply: WorkerReply) => this.settle(i, reply));
      w.on("error", (err) => this.fail(i, err));
      w.on("exit", (code) => this.fail(i, new Error(`worker exited with code ${code}`)));
      this.workers.push(w);
      this.load.push(0);
      this.ready.push(false);
    }
  }

  /** Worker threads started (dead ones included). */
  get size(): number {
    return this.workers.length;
  }

  /** True when a warmed-up worker has fewer than `queued` tasks waiting: `run` would start soon. */
  hasRoom(queued: number): boolean {
    for (let i = 0; i < this.workers.length; i++) if (this.workers[i] && this.ready[i] && this.load[i]! < queued) return true;
    return false;
  }

  /** Runs a task; never rejects: a dead pool or worker gives an issue item naming the document or file. */
  run(body: TaskBody): Promise<WireItem[]> {
    const label = "source" in body ? body.source.info.id : body.file.path;
    const target = this.leastLoaded();
    const seq = this.seq++;
    return new Promise((resolve) => {
      if (target < 0) {
        resolve([{ kind: "extract-issue", stage: "parallel", docId: label, message: "no worker left" }]);
        return;
      }
      this.pending.set(seq, { resolve, label, worker: target });
      this.load[target]!++;
      this.workers[target]!.postMessage({ seq, ...body });
    });
  }

  /** The live worker with the fewest tasks, warmed-up ones first. */
  private leastLoaded(): number {
    let best = -1;
    const score = (i: number) => this.load[i]! - (this.ready[i] ? 1e6 : 0);
    for (let i = 0; i < this.workers.length; i++) if (this.workers[i] && (best < 0 || score(i) < score(best))) best = i;
    return best;
  }

  private settle(worker: number, reply: WorkerReply): void {
    if ("ready" in reply) {
      this.ready[worker] = true;
      return;
    }
    const p = this.pending.get(reply.seq);
    if (!p) return;
    this.pending.delete(reply.seq);
    this.load[p.worker]!--;
    p.resolve("json" in reply ? (JSON.parse(reply.json) as WireItem[]) : reply.items);
  }

  /** A worker died: its tasks are reported as failed, the others carry on. */
  private fail(index: number, err: Error): void {
    if (!this.workers[index]) return;
    this.workers[index] = undefined;
    for (const [seq, p] of this.pending)
      if (p.worker === index) {
        this.pending.delete(seq);
        p.resolve([{ kind: "extract-issue", stage: "parallel", docId: p.label, message: `worker failed: ${err.message}` }]);
      }
  }

  async close(): Promise<void> {
    const alive = this.workers.filter((w): w is Worker => w !== undefined);
    this.workers.fill(undefined);
    await Promise.all(alive.map((w) => w.terminate()));
  }
}
