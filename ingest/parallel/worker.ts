// Worker-thread entry: extracts each document it is sent and replies with the result, by sequence number.
import { parentPort, workerData } from "node:worker_threads";
import { extractDocument } from "../extract/index.js";
import type { WorkerInit, WorkerReply, WorkerTask } from "./types.js";

const init = workerData as WorkerInit;

parentPort?.on("message", (task: WorkerTask) => {
  let reply: WorkerReply;
  try {
    reply = { seq: task.seq, ok: true, extraction: extractDocument(task.source, init.extract) };
  } catch (err) {
    const e = err as Error;
    reply = { seq: task.seq, ok: false, message: e?.message ?? String(err), stack: e?.stack };
  }
  parentPort?.postMessage(reply);
});
