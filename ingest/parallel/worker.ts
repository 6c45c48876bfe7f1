// Worker-thread entry: warms up, says it is ready, then runs each task it is sent and replies by sequence number.
import { parentPort, workerData } from "node:worker_threads";
import type { WorkerInit, WorkerReply, WorkerTask } from "./types.js";
import { runTask, warmUp } from "./work.js";

const init = workerData as WorkerInit;

parentPort?.on("message", (task: WorkerTask) => {
  runTask(task, init.extract).then(
    // As a JSON string: structured clone of thousands of small objects costs the main thread more
    // than JSON.parse, and the main thread is the pool's bottleneck.
    (items) => parentPort?.postMessage({ seq: task.seq, json: JSON.stringify(items) } satisfies WorkerReply),
    (err: unknown) =>
      parentPort?.postMessage({
        seq: task.seq,
        items: [{ kind: "extract-issue", stage: "parallel", docId: "source" in task ? task.source.info.id : task.file.path, message: String((err as Error)?.message ?? err) }],
      } satisfies WorkerReply),
  );
});

// Gazetteers, lexicons and compiled patterns load on first use: do it before asking for work, so the
// pool keeps documents in the main thread until this thread can start on them at full speed.
warmUp(init.extract);
parentPort?.postMessage({ ready: true } satisfies WorkerReply);
