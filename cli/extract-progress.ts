// A progress bar on stderr for long runs on a terminal; silent otherwise. Log lines go above the bar.
import { SingleBar } from "cli-progress";

export interface Progress {
  tick(): void;
  log(line: string): void;
  stop(): void;
}

/** A bar counting documents against `total` files (the total grows for multi-document JSON files). */
export function startProgress(total: number, enabled: boolean): Progress {
  if (!enabled) return { tick() {}, log: (line) => console.error(line), stop() {} };
  const bar = new SingleBar(
    { format: "kg extract [{bar}] {value}/{total} documents | {eta_formatted} left", stream: process.stderr, hideCursor: true },
  );
  let done = 0;
  bar.start(total, 0);
  return {
    tick() {
      done++;
      if (done > bar.getTotal()) bar.setTotal(done);
      bar.update(done);
    },
    log(line) {
      process.stderr.write(`\r\x1b[K${line}\n`);
      bar.render();
    },
    stop() {
      bar.stop();
    },
  };
}
