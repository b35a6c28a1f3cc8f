// Bundles the Action (dist/index.js), the CLI (dist/cli.js), the scan worker (dist/worker.js), the hash worker
// (dist/hash-worker.js) and the HDF5
// worker (dist/hdf5-worker.js, so a hang in the HDF5 library can be stopped).
// One command, deterministic output: CI rebuilds and fails when the committed dist/ differs.
import { build } from 'esbuild'
import { rm, chmod } from 'node:fs/promises'

await rm('dist', { recursive: true, force: true })
await build({
  entryPoints: {
    index: 'src/index.ts',
    cli: 'src/cli.ts',
    worker: 'src/worker.ts',
    'hash-worker': 'src/engine/hash-worker.ts',
    'hdf5-worker': 'src/analyzers/keras/hdf5-worker.ts'
  },
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  legalComments: 'none',
  logLevel: 'warning',
  // CommonJS dependencies call require() for Node built-ins; ESM output needs a real require.
  banner: {
    js: "import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);"
  }
})
await chmod('dist/cli.js', 0o755)
