// Minimal jest transformer: TypeScript → ESM JavaScript via esbuild (types are stripped, not checked:
// `npm run typecheck` does that).
const { transformSync } = require('esbuild')
const { createHash } = require('node:crypto')
const { readFileSync } = require('node:fs')

const SELF = readFileSync(__filename, 'utf8')

module.exports = {
  getCacheKey(source, filename) {
    return createHash('sha256').update(SELF).update(filename).update(source).digest('hex')
  },
  process(source, filename) {
    const out = transformSync(source, {
      loader: 'ts',
      format: 'esm',
      target: 'node20',
      // Keep `with { type: 'json' }` on JSON imports (Node's ESM loader requires it).
      supported: { 'import-attributes': true },
      sourcemap: 'inline',
      sourcefile: filename
    })
    return { code: out.code }
  }
}
