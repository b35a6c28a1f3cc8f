import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);
import {
  defaultJobs,
  prewarmWorkers
} from "./chunks/chunk-LDQMB2DI.js";
import "./chunks/chunk-XWZ4OELH.js";
import "./chunks/chunk-3EOKJZZ5.js";

// src/index.ts
var jobs = Number(process.env["INPUT_JOBS"] || defaultJobs());
if (process.env["INPUT_MODE"]?.trim() !== "history") prewarmWorkers(Number.isInteger(jobs) && jobs >= 1 ? jobs : 1);
var { run } = await import("./chunks/main-3FIRIV5M.js");
await run();
