import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);
import {
  parseConfig
} from "./chunk-AKYHIPVL.js";
import "./chunk-ZU6UYXQT.js";
import "./chunk-35QUICAQ.js";
import "./chunk-KBWLE4B5.js";
import "./chunk-GU5GTTD4.js";
import "./chunk-AKY6SPXF.js";
import "./chunk-3EOKJZZ5.js";
export {
  parseConfig
};
