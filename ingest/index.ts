// Public face of ingest: read articles, extract per document (in parallel), with the schema that drives it.
export {
  readDocuments,
  readFiles,
  readInputFile,
  discoverInputs,
  fileSpan,
  parseHeader,
  DEFAULT_READ_OPTIONS,
  INPUT_FORMATS,
  type InputFile,
  type InputFormat,
  type ReadItem,
  type ReadOptions,
} from "./read/index.js";
export { extractStream, extractFiles, defaultWorkers, type ExtractItem, type PoolOptions } from "./parallel/index.js";
export { extractDocument, type ExtractOptions } from "./extract/index.js";
export { defaultSchema, loadSchema, validateSchema, type Schema } from "./schema.js";
