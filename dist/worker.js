import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);
import {
  scanTarget
} from "./chunks/chunk-C4J24DK5.js";
import "./chunks/chunk-LDQMB2DI.js";
import "./chunks/chunk-CE4VDKG2.js";
import "./chunks/chunk-ROZI34ZX.js";
import "./chunks/chunk-XWZ4OELH.js";
import "./chunks/chunk-TVLJSTC4.js";
import "./chunks/chunk-YOEQFNW7.js";
import "./chunks/chunk-ZU6UYXQT.js";
import "./chunks/chunk-35QUICAQ.js";
import "./chunks/chunk-GU5GTTD4.js";
import {
  errorMessage
} from "./chunks/chunk-AKY6SPXF.js";
import "./chunks/chunk-3EOKJZZ5.js";

// src/worker.ts
import { parentPort } from "node:worker_threads";
var queue = Promise.resolve();
parentPort?.on("message", (item) => {
  queue = queue.then(
    () => scanTarget(item.target, item.opts).then(
      (report) => parentPort.postMessage({ id: item.id, report: report ?? null }),
      (e) => parentPort.postMessage({ id: item.id, error: errorMessage(e) })
    )
  );
});
