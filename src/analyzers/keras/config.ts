import type { AnalysisContext } from '../../engine/context.js'

/**
 * Walks a Keras model config (config.json of .keras, model_config of .h5, keras_metadata.pb JSON) and reports
 * KER rules. `where` names the source inside the file for messages (e.g. `config.json`).
 * Placeholder: the Keras analyzer implements it.
 */
export function walkKerasConfig(_config: unknown, ctx: AnalysisContext, where: string): void {
  ctx.notAnalysed(`Keras configuration in ${where}: the Keras analyzer is not implemented yet`)
}
