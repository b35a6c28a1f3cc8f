// npm run docs: writes docs/RULES.md from the rule catalogue (bundled on the fly; no build needed).
import { build } from 'esbuild'
import { mkdir, writeFile } from 'node:fs/promises'

const out = await build({
  stdin: { contents: "export { renderRulesDoc } from './src/policy/rules-doc.ts'", resolveDir: '.', loader: 'ts' },
  bundle: true,
  format: 'esm',
  platform: 'node',
  write: false
})
const mod = await import('data:text/javascript;base64,' + Buffer.from(out.outputFiles[0].text).toString('base64'))
await mkdir('docs', { recursive: true })
await writeFile('docs/RULES.md', mod.renderRulesDoc())
console.log('wrote docs/RULES.md')
