// Placeholder until the ingest pipeline lands.
import { InternalError } from "../graph/errors.js";

export async function runExtract(_paths: string[], _opts: { out?: string }): Promise<void> {
  throw new InternalError("extract is not implemented yet");
}
