// JSON configs shipped beside models (Hugging Face config.json, generation_config.json, adapter_config.json,
// model_index.json, tokenizer.json…). They carry no code, but they do carry credentials people paste in:
// every string is checked for secrets. Recognised by name pattern plus a JSON object body; a config with a
// chat template is the tokenizer-config analyzer's (so both do not claim the same file).
import type { FormatAnalyzer } from '../../engine/registry.js'
import { LimitExceeded } from '../../engine/limits.js'
import { JsonError, parseJson } from '../common/json.js'
import { reportSecretsInJson } from '../secrets/walk.js'

const NAME = /(^|[_.-])config\.json$|^(tokenizer|model_index|special_tokens_map|vocab|params)\.json$/i
const CHAT_TEMPLATE = Buffer.from('"chat_template"')

function startsWithObject(head: Buffer): boolean {
  let i = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? 3 : 0
  while (i < head.length && (head[i] === 0x20 || head[i] === 0x0a || head[i] === 0x0d || head[i] === 0x09)) i++
  return head[i] === 0x7b
}

export const analyzer: FormatAnalyzer = {
  id: 'model-config',
  detect: (v) =>
    NAME.test(v.name) &&
    startsWithObject(v.head) &&
    !v.head.includes(CHAT_TEMPLATE) &&
    !v.tail.includes(CHAT_TEMPLATE) &&
    v.name !== 'tokenizer_config.json',
  async analyze(src, ctx) {
    if (src.size > ctx.limits.maxHeaderBytes)
      throw new LimitExceeded('maxHeaderBytes', `config of ${src.size} bytes exceeds the header limit`)
    let text = (await src.read(0, src.size)).toString('utf8')
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1)
    try {
      reportSecretsInJson(ctx, parseJson(text, { maxDepth: ctx.limits.maxNesting }).value, ctx.name)
    } catch (e) {
      if (e instanceof JsonError) return ctx.notAnalysed(`${ctx.name} is not valid JSON (${e.message})`)
      throw e
    }
  }
}
