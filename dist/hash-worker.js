import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);
import {
  sha256FileHere
} from "./chunks/chunk-AX2XZ5WG.js";
import {
  errorMessage
} from "./chunks/chunk-4CUCPX2S.js";
import "./chunks/chunk-3EOKJZZ5.js";

// src/engine/hash-worker.ts
import { parentPort, workerData } from "node:worker_threads";
var { path } = workerData;
sha256FileHere(path).then(
  (hex) => parentPort.postMessage({ hex }),
  (e) => parentPort.postMessage({ error: errorMessage(e) })
);
