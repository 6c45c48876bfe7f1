// The command registry: one file a command, each defining its options; heavy modules load lazily.
import type { Command } from "commander";
import { defineExtract } from "./extract.js";

export type DefineCommand = (program: Command) => void;

export const COMMANDS: DefineCommand[] = [defineExtract];
