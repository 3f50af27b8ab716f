import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';

// Three builds from one config: main (the Electron host plus the Node-only CLI, HTTP host and the
// search worker, which all share the engine), the sandboxed preload, and the React renderer.
export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      // zod is bundled (and tree-shaken): required from node_modules it loads every locale, a
      // seventh of a warm CLI search's CPU.
      externalizeDeps: { exclude: ['zod'] },
      rolldownOptions: {
        input: {
          index: resolve(__dirname, 'main/index.ts'),
          cli: resolve(__dirname, 'main/cli.ts'),
          serve: resolve(__dirname, 'main/serve.ts'),
          shardWorker: resolve(__dirname, 'main/search/shardWorker.ts'),
          readWorker: resolve(__dirname, 'main/library/readWorker.ts'),
          namesWorker: resolve(__dirname, 'main/xref/namesWorker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload may require only `electron`: bundle everything else into one CJS file.
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: resolve(__dirname, 'preload/index.ts') },
        external: ['electron'],
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'renderer'),
    plugins: [react()],
    build: {
      outDir: resolve(__dirname, 'out/renderer'),
      rolldownOptions: { input: { index: resolve(__dirname, 'renderer/index.html') } },
    },
  },
});
