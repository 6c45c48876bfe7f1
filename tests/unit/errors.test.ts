import { describe, expect, it } from "vitest";
import { InputError, KgError } from "../../graph/errors.js";

describe("graph/errors", () => {
  it("InputError names the file and the reason", () => {
    const e = new InputError("a.txt", "empty file");
    expect(e).toBeInstanceOf(KgError);
    expect(e.name).toBe("InputError");
    expect(e.message).toBe("ingest/read: a.txt: empty file");
  });
});
