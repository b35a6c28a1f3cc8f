// Every format analyzer, in recognition order. dispatch() runs each one whose detect() matches.
import type { FormatAnalyzer } from '../engine/registry.js'
import { analyzer as lfs } from './lfs/index.js'
import { analyzer as zip } from './zip/index.js'
import { analyzer as tar } from './tar/index.js'
import { analyzer as compressed } from './compressed/index.js'
import { analyzer as numpy } from './numpy/index.js'
import { analyzer as pytorchLegacy } from './pytorch/legacy.js'
import { analyzer as safetensors } from './safetensors/index.js'
import { analyzer as gguf } from './gguf/index.js'
import { analyzer as tokenizerConfig } from './gguf/tokenizer-config.js'
import { analyzer as modelConfig } from './config/index.js'
import { analyzer as kerasH5 } from './keras/h5.js'
import { analyzer as tflite } from './tensorflow/tflite.js'
import { analyzer as onnx } from './onnx/index.js'
import { analyzer as savedmodel } from './tensorflow/savedmodel.js'
import { analyzer as graphdef } from './tensorflow/graphdef.js'
import { analyzer as pickle } from './pickle/index.js'

export const ANALYZERS: FormatAnalyzer[] = [
  lfs,
  zip,
  tar,
  compressed,
  numpy,
  pytorchLegacy,
  safetensors,
  gguf,
  tokenizerConfig,
  modelConfig,
  kerasH5,
  tflite,
  onnx,
  savedmodel,
  graphdef,
  pickle
]
