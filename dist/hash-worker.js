import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);
import {
  sha256FileSync
} from "./chunks/chunk-CE4VDKG2.js";
import "./chunks/chunk-XWZ4OELH.js";
import "./chunks/chunk-YOEQFNW7.js";
import {
  errorMessage
} from "./chunks/chunk-AKY6SPXF.js";
import "./chunks/chunk-3EOKJZZ5.js";

// src/engine/hash-worker.ts
import { parentPort, workerData } from "node:worker_threads";
var { path } = workerData;
try {
  parentPort.postMessage({ hex: sha256FileSync(path) });
} catch (e) {
  parentPort.postMessage({ error: errorMessage(e) });
}
