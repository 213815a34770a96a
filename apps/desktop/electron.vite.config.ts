import { fileURLToPath } from "node:url";
import { defineConfig } from "electron-vite";
import { rendererConfig } from "./vite.renderer.config.ts";

// main and preload are bundled for Node/Electron; the renderer is the same web app the browser gets.
export default defineConfig({
  main: {
    build: {
      outDir: "out/main",
      // Our workspace packages are TypeScript sources: bundled, not left for Electron to load.
      externalizeDeps: { exclude: ["@emma/core"] },
      rollupOptions: { input: "src/main/index.ts" },
    },
  },
  preload: {
    // A sandboxed preload must be one CommonJS file: it cannot require anything but electron.
    build: {
      outDir: "out/preload",
      externalizeDeps: false,
      rollupOptions: {
        input: "src/preload/index.ts",
        output: { format: "cjs", entryFileNames: "[name].cjs" },
      },
    },
  },
  renderer: {
    ...rendererConfig,
    build: { ...rendererConfig.build, outDir: fileURLToPath(new URL("out/renderer", import.meta.url)) },
  },
});
