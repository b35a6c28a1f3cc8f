import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);
import {
  errorMessage,
  inspectHdf5InProcess
} from "./chunks/chunk-N747Z2NH.js";
import "./chunks/chunk-3EOKJZZ5.js";

// src/hdf5-worker.ts
import { parentPort, workerData } from "node:worker_threads";
var { path, wanted, maxAttrBytes } = workerData;
inspectHdf5InProcess(path, wanted, maxAttrBytes).then(
  (value) => parentPort.postMessage({ ok: true, value }),
  (e) => parentPort.postMessage({ ok: false, error: errorMessage(e) })
);
