// Worker scripts ship next to the bundle (dist/worker.js, dist/hash-worker.js, dist/hdf5-worker.js); shared code
// lives one folder down in dist/chunks. From the TypeScript sources (tests) there is no bundle: callers then run
// the work in their own thread.
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

/** The URL of dist/<name>.js next to the running bundle, or undefined when not running from the bundle. */
export function distWorker(name: string): URL | undefined {
  try {
    const url = new URL(import.meta.url.includes('/chunks/') ? `../${name}.js` : `./${name}.js`, import.meta.url)
    return url.protocol === 'file:' && url.pathname.endsWith(`/dist/${name}.js`) && existsSync(fileURLToPath(url))
      ? url
      : undefined
  } catch {
    return undefined
  }
}
