#!/usr/bin/env node
import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);
import {
  defaultJobs,
  prewarmWorkers
} from "./chunks/chunk-LDQMB2DI.js";
import {
  prehashFile
} from "./chunks/chunk-CE4VDKG2.js";
import "./chunks/chunk-XWZ4OELH.js";
import "./chunks/chunk-YOEQFNW7.js";
import "./chunks/chunk-3EOKJZZ5.js";

// src/cli.ts
import { statSync } from "node:fs";
var argv = process.argv.slice(2);
if (argv[0] === "scan") {
  const one = oneFile(argv.slice(1));
  if (one === void 0) prewarmWorkers(requestedJobs(argv) ?? defaultJobs());
  else prehashFile(one);
}
var { runCli } = await import("./chunks/main-AH4ISIPM.js");
process.exitCode = await runCli(argv);
function requestedJobs(args) {
  for (let i = 1; i < args.length && args[i] !== "--"; i++) {
    const a = args[i];
    const v = a === "--jobs" || a === "-j" ? args[i + 1] : a.startsWith("--jobs=") ? a.slice(7) : void 0;
    if (v !== void 0 && Number.isInteger(Number(v)) && Number(v) >= 1) return Number(v);
  }
  return void 0;
}
function oneFile(args) {
  const files = [];
  for (const a of args) {
    let st;
    try {
      st = a.startsWith("-") ? void 0 : statSync(a, { throwIfNoEntry: false });
    } catch {
      continue;
    }
    if (st?.isDirectory()) return void 0;
    if (st?.isFile()) files.push(a);
  }
  return files.length === 1 ? files[0] : void 0;
}
