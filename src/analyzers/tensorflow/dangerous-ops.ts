// TensorFlow ops with side effects (format-rules §9.2; registrations in tensorflow/core/ops/*.cc). Severities
// are for an op outside any load-time path; TF-002 raises them by one when the op runs at load.
import type { Severity } from '../../engine/types.js'

export type OpClass =
  'file-write' | 'file-read' | 'python' | 'memmap' | 'debug' | 'saver' | 'vocab' | 'network' | 'log' | 'other'

export interface OpRisk {
  severity: Severity
  cls: OpClass
  why: string
  /** Index of the input that names a file (for constant-path checks). */
  pathInput?: number
}

const r = (severity: Severity, cls: OpClass, why: string, pathInput?: number): OpRisk =>
  pathInput === undefined ? { severity, cls, why } : { severity, cls, why, pathInput }

const READERS = [
  'WholeFileReader',
  'TextLineReader',
  'FixedLengthRecordReader',
  'TFRecordReader',
  'LMDBReader',
  'IdentityReader'
]
const READ_DATASETS = [
  'TextLineDataset',
  'TFRecordDataset',
  'TFRecordDatasetV2',
  'FixedLengthRecordDataset',
  'FixedLengthRecordDatasetV2',
  'CSVDataset',
  'CSVDatasetV2',
  'ExperimentalCSVDataset',
  'LMDBDataset',
  'ExperimentalLMDBDataset',
  'LoadDataset',
  'SnapshotDataset',
  'SnapshotDatasetV2',
  'SnapshotDatasetReader',
  'SnapshotChunkDataset',
  'ListSnapshotChunksDataset',
  'CacheDataset',
  'CacheDatasetV2'
]
const WRITE_DATASETS = [
  'DatasetToTFRecord',
  'ExperimentalDatasetToTFRecord',
  'SaveDataset',
  'SaveDatasetV2',
  'DistributedSave'
]
const SAVER = [
  'Save',
  'SaveV2',
  'SaveSlices',
  'Restore',
  'RestoreV2',
  'RestoreSlice',
  'MergeV2Checkpoints',
  'ShardedFilename',
  'ShardedFilespec'
]
const SUMMARY_WRITES = [
  'WriteSummary',
  'WriteScalarSummary',
  'WriteHistogramSummary',
  'WriteImageSummary',
  'WriteAudioSummary',
  'WriteGraphSummary',
  'WriteRawProtoSummary',
  'ImportEvent',
  'FlushSummaryWriter',
  'CloseSummaryWriter',
  'SummaryWriter'
]
const RPC = [
  'RpcServer',
  'RpcClient',
  'RpcCall',
  'RpcServerStart',
  'RpcServerRegister',
  'RpcCheckStatus',
  'RpcGetValue',
  'Rpc',
  'TryRpc'
]

export const DANGEROUS_TF_OPS: ReadonlyMap<string, OpRisk> = new Map<string, OpRisk>([
  ['WriteFile', r('critical', 'file-write', 'writes arbitrary bytes to an arbitrary path', 0)],
  ['ReadFile', r('high', 'file-read', 'reads an arbitrary file into the graph (exfiltration through outputs)', 0)],
  ['MatchingFiles', r('high', 'file-read', 'enumerates the file system by glob pattern', 0)],
  ['MatchingFilesDataset', r('high', 'file-read', 'enumerates the file system by glob pattern', 0)],
  ['ExperimentalMatchingFilesDataset', r('high', 'file-read', 'enumerates the file system by glob pattern', 0)],
  ['PyFunc', r('high', 'python', 'calls a Python function registered in the loading process')],
  ['PyFuncStateless', r('high', 'python', 'calls a Python function registered in the loading process')],
  ['EagerPyFunc', r('high', 'python', 'calls a Python function registered in the loading process')],
  ['ImmutableConst', r('high', 'memmap', 'memory-maps a file named by memory_region_name')],
  ['DebugIdentity', r('medium', 'debug', 'streams tensors to debug_urls (file:// or grpc://)')],
  ['DebugIdentityV2', r('medium', 'debug', 'streams tensors to debug_urls (file:// or grpc://)')],
  ['DebugIdentityV3', r('medium', 'debug', 'streams tensors to debug_urls (file:// or grpc://)')],
  ['DebugNanCount', r('medium', 'debug', 'streams tensor statistics to debug_urls')],
  ['DebugNumericSummary', r('medium', 'debug', 'streams tensor statistics to debug_urls')],
  ['DebugNumericSummaryV2', r('low', 'debug', 'debugger instrumentation op')],
  ...SAVER.map((op): [string, OpRisk] => [op, r('high', 'saver', 'reads or writes checkpoint files by path', 0)]),
  ...READERS.flatMap((op): [string, OpRisk][] => [
    [op, r('medium', 'file-read', 'reads files named by the graph')],
    [`${op}V2`, r('medium', 'file-read', 'reads files named by the graph')]
  ]),
  ...READ_DATASETS.map((op): [string, OpRisk] => [op, r('medium', 'file-read', 'reads files named by the graph', 0)]),
  ...WRITE_DATASETS.map((op): [string, OpRisk] => [
    op,
    r('high', 'file-write', 'writes a dataset to a path named by the graph', 1)
  ]),
  ['SqlDataset', r('medium', 'network', 'queries a database named by the graph')],
  ['ExperimentalSqlDataset', r('medium', 'network', 'queries a database named by the graph')],
  ['InitializeTableFromTextFile', r('info', 'vocab', 'reads a vocabulary file (normal with assets/)', 1)],
  ['InitializeTableFromTextFileV2', r('info', 'vocab', 'reads a vocabulary file (normal with assets/)', 1)],
  ['GenerateVocabRemapping', r('medium', 'file-read', 'reads vocabulary files by path', 0)],
  ['LoadAndRemapMatrix', r('medium', 'file-read', 'reads a checkpoint by path', 0)],
  ['CreateSummaryFileWriter', r('medium', 'file-write', 'writes event files to a log directory', 1)],
  ['CreateSummaryDbWriter', r('medium', 'file-write', 'writes summaries to a database')],
  ...SUMMARY_WRITES.map((op): [string, OpRisk] => [op, r('low', 'log', 'writes summaries through a summary writer')]),
  ...RPC.map((op): [string, OpRisk] => [op, r('high', 'network', 'makes or serves RPC calls from the graph')]),
  ['DataServiceDataset', r('medium', 'network', 'reads from a tf.data service at an address in the graph')],
  ['DataServiceDatasetV2', r('medium', 'network', 'reads from a tf.data service at an address in the graph')],
  ['DataServiceDatasetV3', r('medium', 'network', 'reads from a tf.data service at an address in the graph')],
  ['DataServiceDatasetV4', r('medium', 'network', 'reads from a tf.data service at an address in the graph')],
  ['RegisterDataset', r('medium', 'network', 'registers a dataset with a tf.data service')],
  ['RegisterDatasetV2', r('medium', 'network', 'registers a dataset with a tf.data service')],
  ['FileSystemSetConfiguration', r('medium', 'other', 'changes file-system configuration of the process')],
  ['Print', r('low', 'log', 'prints tensors to the process log')],
  ['PrintV2', r('low', 'log', 'prints tensors (output_stream may name a file)')],
  ['Abort', r('low', 'other', 'aborts the loading process')],
  ['DecodeProtoV2', r('info', 'other', 'descriptor_source may name a descriptor file')],
  ['EncodeProto', r('info', 'other', 'descriptor_source may name a descriptor file')]
])

/** Built-in custom ops of the TF Lite runtime (registered by the default op resolver): not third-party code. */
export const TFLITE_BUILTIN_CUSTOM_OPS = new Set([
  'TFLite_Detection_PostProcess',
  'Mfcc',
  'AudioSpectrogram',
  'MaxPoolingWithArgmax2D',
  'MaxUnpooling2D',
  'Convolution2DTransposeBias',
  'NumericVerify',
  'Atan2',
  'Sign',
  'MultinomialV2',
  'RandomStandardNormal',
  'RandomUniform'
])
