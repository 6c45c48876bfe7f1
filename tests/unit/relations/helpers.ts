// Shared test helper: relation strings for a marked-up text with the bundled schema.
import { extractRelations } from "../../../ingest/extract/relations/index.js";
import { defaultSchema } from "../../../ingest/schema.js";
import { relationsOf } from "./build-doc.js";

/** "[Person:A] met [Person:B]." -> ["A -MET_WITH-> B"] */
export const rels = (marked: string): string[] => relationsOf(marked, (doc, created) => extractRelations(doc, { schema: defaultSchema() }, created));
