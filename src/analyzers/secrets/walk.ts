// Secret scanning over parsed JSON: every string value (and key) of a config, with its JSON path for messages.
import type { AnalysisContext } from '../../engine/context.js'
import { JsonObject, type JsonValue } from '../common/json.js'
import { reportSecrets } from './index.js'

/** Reports credentials in every string of a parsed JSON document; `where` names the document. */
export function reportSecretsInJson(ctx: AnalysisContext, root: JsonValue, where: string): void {
  const stack: [JsonValue, string][] = [[root, '$']]
  let visited = 0
  while (stack.length && visited++ < 1_000_000) {
    const [v, path] = stack.pop()!
    if (typeof v === 'string') reportSecrets(ctx, v, `${where} ${path}`)
    else if (Array.isArray(v)) v.forEach((x, i) => stack.push([x, `${path}[${i}]`]))
    else if (v instanceof JsonObject)
      for (const [k, x] of v.map) {
        reportSecrets(ctx, k, `${where} key ${path}`)
        stack.push([x, `${path}.${k}`])
      }
  }
}

/** The same over a plain JavaScript value (JSON.parse output, Keras configs). */
export function reportSecretsInValue(ctx: AnalysisContext, root: unknown, where: string): void {
  const stack: [unknown, string][] = [[root, '$']]
  let visited = 0
  while (stack.length && visited++ < 1_000_000) {
    const [v, path] = stack.pop()!
    if (typeof v === 'string') reportSecrets(ctx, v, `${where} ${path}`)
    else if (Array.isArray(v)) v.forEach((x, i) => stack.push([x, `${path}[${i}]`]))
    else if (v && typeof v === 'object')
      for (const [k, x] of Object.entries(v)) {
        reportSecrets(ctx, k, `${where} key ${path}`)
        stack.push([x, `${path}.${k}`])
      }
  }
}
