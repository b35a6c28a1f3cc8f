// Minimal jest transformer: TypeScript → ESM JavaScript via esbuild.
const { transformSync } = require('esbuild')
module.exports = {
  process(source, filename) {
    const out = transformSync(source, {
      loader: 'ts',
      format: 'esm',
      target: 'node20',
      supported: { 'import-attributes': true },
      sourcemap: 'inline',
      sourcefile: filename
    })
    return { code: out.code }
  }
}
