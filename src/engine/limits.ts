// Resource limits. Each one, when hit, becomes a `not analysed` finding (fail closed), never a silent skip.

export interface Limits {
  /** Nesting depth of containers (zip in zip, pickle bytes in pickle…). */
  maxDepth: number
  /** Entries read from one archive. */
  maxEntries: number
  /** Bytes produced by decompression across one top-level file. */
  maxDecompressedBytes: number
  /** Decompressed/compressed ratio above which a member is treated as a bomb (with a size floor). */
  maxRatio: number
  /** Members smaller than this are never called bombs, whatever their ratio. */
  ratioFloorBytes: number
  /** Pickle opcodes executed in one pickle stream. */
  maxOpcodes: number
  /** Pickle stack + metastack depth. */
  maxStack: number
  /** Pickle memo entries kept. */
  maxMemo: number
  /** Wall time for one top-level file, in milliseconds. */
  maxFileMillis: number
  /** Largest text/JSON/header block read into memory at once. */
  maxHeaderBytes: number
  /** JSON / protobuf nesting depth. */
  maxNesting: number
  /** Tensor bytes examined per file by the weights stage (hidden payloads, statistics). */
  weightBytes: number
  /**
   * Parsed elements kept in memory per file: protobuf repeated messages (TensorFlow graph nodes, functions and
   * node inputs, distinct ONNX operators), HDF5 objects. Bounds the memory a tiny record can cost in JS objects.
   */
  maxElements: number
  /** Findings listed per file; the rest are counted in one summary finding per rule and severity. */
  maxFindings: number
}

export const DEFAULT_LIMITS: Limits = {
  maxDepth: 8,
  maxEntries: 100_000,
  maxDecompressedBytes: 16 * 1024 ** 3,
  maxRatio: 200,
  ratioFloorBytes: 256 * 1024 ** 2,
  maxOpcodes: 500_000_000,
  maxStack: 1_000_000,
  maxMemo: 1_000_000,
  maxFileMillis: 10 * 60 * 1000,
  maxHeaderBytes: 100 * 1024 ** 2,
  maxNesting: 256,
  weightBytes: 64 * 1024 ** 2,
  maxElements: 2_000_000,
  maxFindings: 1000
}

/** Thrown inside an analyzer when a limit is hit; the engine turns it into a GEN-LIMIT finding. */
export class LimitExceeded extends Error {
  constructor(
    readonly limit: keyof Limits | string,
    message: string,
    readonly offset?: number
  ) {
    super(message)
    this.name = 'LimitExceeded'
  }
}

/** Thrown when the bytes end or contradict the format; the engine turns it into a GEN-PARSE finding. */
export class ParseError extends Error {
  constructor(
    message: string,
    readonly offset?: number
  ) {
    super(message)
    this.name = 'ParseError'
  }
}
