// The command registry: one file a command, each defining its options; heavy modules load lazily.
import type { Command } from "commander";
import { defineExtract } from "./extract.js";
import { defineDb } from "./db.js";
import { defineExport } from "./export.js";
import { defineIngest } from "./ingest.js";
import { defineLoad } from "./load.js";
import { defineQueries } from "./queries.js";
import { defineQuery } from "./query.js";
import { defineServe } from "./serve.js";
import { defineStart } from "./start.js";

export type DefineCommand = (program: Command) => void;

export const COMMANDS: DefineCommand[] = [defineExtract, defineDb, defineIngest, defineLoad, defineQuery, defineQueries, defineExport, defineServe, defineStart];
