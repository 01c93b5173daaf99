import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import vue from '@vitejs/plugin-vue'

const alias = {
  '@shared': resolve(__dirname, 'src/shared'),
  '@renderer': resolve(__dirname, 'src/renderer/src'),
}

export default defineConfig({
  main: {
    resolve: { alias },
    // The usage-file reader runs in a worker thread, which needs its own file next to index.js.
    build: {
      rollupOptions: {
        input: { index: resolve(__dirname, 'src/main/index.ts'), tableReadWorker: resolve(__dirname, 'src/main/import/tableReadWorker.ts') },
      },
    },
  },
  preload: {
    resolve: { alias },
    // A sandboxed preload must be a single CommonJS file (spec S1); it can require only 'electron', so
    // its dependencies (zod) are bundled in rather than externalized.
    build: {
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve(__dirname, 'src/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs', codeSplitting: false },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'src/renderer'),
    resolve: { alias },
    plugins: [vue()],
    // ES2021: class private fields (marked uses them) are lowered, so the security scanner's parser can read
    // every bundle; Chromium would run them as they are, but an unreadable file fails the scan (spec S6).
    build: { target: 'es2021', rollupOptions: { input: { index: resolve(__dirname, 'src/renderer/index.html') } } },
  },
})
