import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);
import {
  scanTarget
} from "./chunks/chunk-Y4WI3MYT.js";
import "./chunks/chunk-DWLMQLOJ.js";
import "./chunks/chunk-36CU5D7F.js";
import {
  errorMessage
} from "./chunks/chunk-4CUCPX2S.js";
import "./chunks/chunk-3EOKJZZ5.js";

// src/worker.ts
import { parentPort } from "node:worker_threads";
parentPort?.on("message", (item) => {
  scanTarget(item.target, item.opts).then(
    (report) => parentPort.postMessage({ id: item.id, report: report ?? null }),
    (e) => parentPort.postMessage({ id: item.id, error: errorMessage(e) })
  );
});
