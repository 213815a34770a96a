import { fileURLToPath } from "node:url";
import { defineConfig, type Plugin, type UserConfig } from "vite";
// By path, not as @emma/core: vite and electron-vite load their config with Node, which leaves a
// linked package to Node's loader, and Node 20 cannot import its TypeScript source.
import { consoleMetaContentSecurityPolicy } from "../../packages/core/src/console/console-security-policy.ts";

// Absolute paths: electron-vite and plain vite resolve relative ones from different roots.
const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const API_URL = process.env.EMMA_API_URL ?? "http://127.0.0.1:4400";

/**
 * The API sends the policy as a header with the page; the built page also carries it in a meta tag,
 * so a copy opened some other way is still covered (frame-ancestors only works as the header).
 * Only at build time: the dev server needs inline styles and its HMR socket.
 */
function cspMetaTag(): Plugin {
  const policy = consoleMetaContentSecurityPolicy();
  return {
    name: "emma-csp-meta",
    apply: "build",
    transformIndexHtml: () => [
      {
        tag: "meta",
        attrs: { "http-equiv": "Content-Security-Policy", content: policy },
        injectTo: "head-prepend",
      },
    ],
  };
}

/** The renderer alone: `vite build` for the browser console the API serves, `vite` for development. */
export const rendererConfig: UserConfig = {
  root: here("src/renderer"),
  base: "./",
  plugins: [cspMetaTag()],
  // One console loaded once from the API on the same machine or LAN: a single chunk is fine.
  build: {
    outDir: here("dist/renderer"),
    emptyOutDir: true,
    target: "es2022",
    sourcemap: true,
    chunkSizeWarningLimit: 1000,
    rollupOptions: {
      onwarn(warning, warn) {
        // react-query's "use client" markers and zod's comment placement are harmless in a client
        // bundle; hiding them keeps real warnings visible.
        if (warning.code === "MODULE_LEVEL_DIRECTIVE" || warning.code === "INVALID_ANNOTATION") return;
        if (warning.message.includes("Can't resolve original location of error")) return;
        warn(warning);
      },
    },
  },
  server: { port: 5173, strictPort: true, proxy: { "/trpc": { target: API_URL, changeOrigin: false } } },
};

export default defineConfig(rendererConfig);
