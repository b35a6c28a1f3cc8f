// Hugging Face tokenizer_config.json: its chat_template (a string, or a list of {name, template}) is rendered
// with Jinja by transformers, vLLM and TGI, so it gets the same sandbox-escape checks as GGUF templates
// (GGUF-006). Recognised by content: a JSON object with a "chat_template" key (the file name is only a hint
// for large configs where the key sits beyond the sniffed head and tail).
import type { FormatAnalyzer } from '../../engine/registry.js'
import { LimitExceeded } from '../../engine/limits.js'
import { JsonError, JsonObject, parseJson } from '../common/json.js'
import { templateHits } from './chat-template.js'
import { reportSecretsInJson } from '../secrets/walk.js'

const KEY = Buffer.from('"chat_template"')

export const analyzer: FormatAnalyzer = {
  id: 'hf-tokenizer-config',
  detect(v) {
    let i = 0
    if (v.head[0] === 0xef && v.head[1] === 0xbb && v.head[2] === 0xbf) i = 3
    while (i < v.head.length && /\s/.test(String.fromCharCode(v.head[i]!))) i++
    if (v.head[i] !== 0x7b) return false
    return v.head.includes(KEY) || v.tail.includes(KEY) || v.name === 'tokenizer_config.json'
  },
  async analyze(src, ctx) {
    ctx.setFormat('hf-tokenizer-config')
    if (src.size > ctx.limits.maxHeaderBytes)
      throw new LimitExceeded('maxHeaderBytes', `tokenizer config of ${src.size} bytes exceeds the header limit`)
    let text = (await src.read(0, src.size)).toString('utf8')
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1)
    let root
    try {
      root = parseJson(text, { maxDepth: ctx.limits.maxNesting }).value
    } catch (e) {
      if (e instanceof JsonError) return ctx.notAnalysed(`tokenizer config is not valid JSON (${e.message})`)
      throw e
    }
    reportSecretsInJson(ctx, root, ctx.name)
    if (!(root instanceof JsonObject)) return
    const ct = root.get('chat_template')
    const templates: [string, string][] = []
    if (typeof ct === 'string') templates.push(['chat_template', ct])
    else if (Array.isArray(ct))
      for (const item of ct)
        if (item instanceof JsonObject) {
          const name = item.get('name')
          const t = item.get('template')
          if (typeof t === 'string') templates.push([`chat_template[${typeof name === 'string' ? name : '?'}]`, t])
        }
    for (const [where, t] of templates)
      for (const h of templateHits(t).slice(0, 3))
        ctx.report('GGUF-006', `${where}: ${h.what}`, { severity: h.severity, evidence: h.evidence })
  }
}
