// A control for the speed-up figures: how much faster 2 busy-loop threads finish than 1 on this machine now.
import { Worker } from "node:worker_threads";

const LOOP = `const { parentPort } = require("node:worker_threads");
let x = 0; for (let i = 0; i < 2e8; i++) x += i % 7; parentPort.postMessage(x);`;

function runThreads(n: number): Promise<number> {
  const t0 = performance.now();
  const one = (): Promise<void> =>
    new Promise((resolve, reject) => {
      const w = new Worker(LOOP, { eval: true });
      w.once("message", () => void w.terminate().then(() => resolve()));
      w.once("error", reject);
    });
  return Promise.all(Array.from({ length: n }, one)).then(() => performance.now() - t0);
}

/** Throughput of 2 CPU-bound threads relative to 1 (about 2 on an idle 2-core machine, about 1 when it is busy). */
export async function cpuScaling(): Promise<number> {
  const one = await runThreads(1);
  const two = await runThreads(2);
  return (2 * one) / two;
}
