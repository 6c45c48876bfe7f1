// The error family: libraries throw or return these, the CLI maps them to one line and an exit code.

export class KgError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** A bad input file: names the file and the reason. The batch goes on. */
export class InputError extends KgError {
  constructor(
    readonly file: string,
    readonly reason: string,
    options?: { cause?: unknown; skipped?: boolean },
  ) {
    super(`ingest/read: ${file}: ${reason}`, options);
    this.skipped = options?.skipped ?? true;
  }
  readonly skipped: boolean;
}

/** Neo4j is not reachable or not configured: the message says what to do. */
export class StoreUnavailableError extends KgError {}

/** A pipeline stage failed on one document. */
export class ExtractionError extends KgError {
  constructor(
    readonly stage: string,
    readonly docId: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(`ingest/${stage}: ${docId}: ${message}`, options);
  }
}

/** The user asked for something that cannot be done (bad flag, unknown query, write in read-only mode). */
export class UsageError extends KgError {}

export class InternalError extends KgError {}
