import type { Rule } from '../rule.js'

// TensorFlow SavedModel / GraphDef (format-rules §9) and TF Lite (§10) rules.
export const rules: Rule[] = [
  {
    id: 'TF-001',
    title: 'TensorFlow op with file, process or network side effects',
    severity: 'high',
    why: 'Graph ops such as WriteFile, ReadFile, MatchingFiles, PyFunc, ImmutableConst, debug ops with URLs, RPC and dataset writers touch the file system, host Python or the network when the graph runs. A model has no need for them outside its saver functions.',
    fix: 'Find out why the graph contains the op. Re-export the model from source without it, or do not use the file.',
    references: ['https://github.com/protectai/modelscan']
  },
  {
    id: 'TF-002',
    title: 'Side-effect op reachable at load time',
    severity: 'critical',
    why: 'Loading a SavedModel restores variables and runs its init op (__saved_model_init_op, main_op, legacy_init_op) and restore functions. A dangerous op reachable from them runs as soon as the model is loaded, before any inference.',
    fix: 'Do not load this model. Init and restore functions of legitimate models only initialise tables and restore checkpoints.'
  },
  {
    id: 'TF-003',
    title: 'Op not in stock TensorFlow (custom kernel)',
    severity: 'medium',
    why: 'An op that is not part of TensorFlow needs a kernel from a custom shared library loaded by the application (tf.load_op_library runs native code), or is a reserved internal op that has no place in a saved graph.',
    fix: 'Check which library provides the op and whether it is trusted; prefer models that use stock ops only.'
  },
  {
    id: 'TF-004',
    title: 'String constant with a path or URL',
    severity: 'low',
    why: 'Absolute or traversing paths and URLs (file://, grpc://, gs://, hdfs://, http://) in graph constants are what file and network ops need; alone they are a hint, next to such an op they raise its severity. Staged code in constants is reported here too.',
    fix: 'Check what reads the constant. Models should not carry host paths or endpoints.'
  },
  {
    id: 'TF-005',
    title: 'Asset path escapes the SavedModel folder',
    severity: 'medium',
    why: 'asset_file_def filenames are joined to the assets/ folder at load time; absolute or `..` paths make the loader read files elsewhere (vocabularies, lookup tables).',
    fix: 'Re-export the SavedModel so every asset is a plain file name inside assets/.'
  },
  {
    id: 'TF-007',
    title: 'MetaGraphs with different behaviour per tag set',
    severity: 'low',
    why: 'A SavedModel with several MetaGraphs runs a different graph depending on the tags the loader asks for, so the graph that was reviewed may not be the one that is served.',
    fix: 'Export one MetaGraph, or review each one.'
  },
  {
    id: 'TF-008',
    title: 'Malformed or oversized TensorFlow protobuf',
    severity: 'medium',
    why: 'Fields with unexpected wire types, protobufs over 2 GiB or nesting beyond protobuf limits are parsed differently by different readers.',
    fix: 'Re-export the model with TensorFlow.'
  },
  {
    id: 'TFL-001',
    title: 'TF Lite Flex (Select TF) op',
    severity: 'medium',
    why: 'A Flex op runs a full TensorFlow kernel through the Flex delegate. Side-effect ops (FlexWriteFile, FlexReadFile…) keep their TensorFlow severity; any Flex op needs the Select TF ops runtime.',
    fix: 'Convert the model with builtin ops only, or check each Flex op.'
  },
  {
    id: 'TFL-002',
    title: 'TF Lite custom op',
    severity: 'medium',
    why: 'A custom op needs a kernel the application registers (native code shipped with the app); the model cannot be run, or vetted, without it.',
    fix: 'Check where the custom kernel comes from; prefer builtin ops.'
  },
  {
    id: 'TFL-003',
    title: 'TF Lite flatbuffer structure violation',
    severity: 'medium',
    why: 'Out-of-range operator, tensor or buffer indices, and buffer offsets beyond the file or overlapping each other, trigger interpreter bugs and hide data.',
    fix: 'Re-convert the model with the TF Lite converter.'
  },
  {
    id: 'TFL-004',
    title: 'TF Lite tensor size inconsistent with its buffer',
    severity: 'medium',
    why: 'A constant tensor whose shape × type size differs from its buffer length reads out of bounds or carries extra bytes.',
    fix: 'Re-convert the model with the TF Lite converter.'
  },
  {
    id: 'TFL-005',
    title: 'Code or payload in TF Lite metadata',
    severity: 'low',
    why: 'The description string and metadata buffers are free data that the interpreter ignores; scripts, executables, pickles or encoded code there are staged for something else to run.',
    fix: 'Remove the payload from the model metadata.'
  }
]
