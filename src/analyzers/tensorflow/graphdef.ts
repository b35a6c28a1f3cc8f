// Frozen TensorFlow GraphDef (.pb): a bare GraphDef with nodes and a function library. Nothing runs at import;
// every op runs when a session evaluates the graph, so side-effect ops are TF-001 at their table severity.
import type { FormatAnalyzer } from '../../engine/registry.js'
import { looksLikeGraphDef } from './detect.js'
import { MAX_PROTOBUF, readerFor, tfReporter } from './savedmodel.js'
import { analyzeTfGraph } from './graph.js'
import type { TfGraph } from './proto.js'

export const analyzer: FormatAnalyzer = {
  id: 'tf-graphdef',
  detect: (view) => looksLikeGraphDef(view),
  async analyze(src, ctx) {
    ctx.setFormat('tf-graphdef')
    const { out, walker } = tfReporter(ctx)
    const g: TfGraph = { nodes: [], functions: [], gradients: [] }
    try {
      if (src.size > MAX_PROTOBUF)
        out.report('TF-008', `the GraphDef is ${src.size} bytes, over the 2 GiB protobuf limit`)
      await walker.graphDef(readerFor(src, ctx), g)
    } finally {
      // Whatever was read before a parse error is still analysed.
      analyzeTfGraph(ctx, out, g, { label: 'graph', loadRoots: [], saverRoots: [], savedModel: false })
      out.flush()
    }
  }
}
