// Vite builds the browser app (viewer/app) into dist/viewer, served by `kg serve`.
import { defineConfig } from "vite";
import { fileURLToPath } from "node:url";

export default defineConfig({
  root: fileURLToPath(new URL("./app", import.meta.url)),
  base: "./",
  build: {
    outDir: fileURLToPath(new URL("../dist/viewer/app", import.meta.url)),
    emptyOutDir: true,
  },
});
