// Worker-thread entry: runs each task it is sent (read and/or extract) and replies by sequence number.
import { parentPort, workerData } from "node:worker_threads";
import type { WorkerInit, WorkerReply, WorkerTask } from "./types.js";
import { runTask } from "./work.js";

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
