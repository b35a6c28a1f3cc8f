import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);

// src/engine/limits.ts
var DEFAULT_LIMITS = {
  maxDepth: 8,
  maxEntries: 1e5,
  maxDecompressedBytes: 16 * 1024 ** 3,
  maxRatio: 200,
  ratioFloorBytes: 256 * 1024 ** 2,
  maxOpcodes: 5e8,
  maxStack: 1e6,
  maxMemo: 1e6,
  maxFileMillis: 10 * 60 * 1e3,
  maxHeaderBytes: 100 * 1024 ** 2,
  maxNesting: 256,
  weightBytes: 64 * 1024 ** 2,
  maxElements: 2e6,
  maxFindings: 1e3
};
var LimitExceeded = class extends Error {
  constructor(limit, message, offset) {
    super(message);
    this.limit = limit;
    this.offset = offset;
    this.name = "LimitExceeded";
  }
  limit;
  offset;
};
var ParseError = class extends Error {
  constructor(message, offset) {
    super(message);
    this.offset = offset;
    this.name = "ParseError";
  }
  offset;
};

export {
  DEFAULT_LIMITS,
  LimitExceeded,
  ParseError
};
