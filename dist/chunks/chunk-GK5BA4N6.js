import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x2) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x2, {
  get: (a, b) => (typeof require !== "undefined" ? require : a)[b]
}) : x2)(function(x2) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x2 + '" is not supported');
});
var __commonJS = (cb, mod) => function __require2() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "node_modules/yaml/dist/nodes/identity.js"(exports) {
    "use strict";
    var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias");
    var DOC = /* @__PURE__ */ Symbol.for("yaml.document");
    var MAP = /* @__PURE__ */ Symbol.for("yaml.map");
    var PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
    var SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar");
    var SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
    var NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
    var isAlias = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
    var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
    var isMap = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
    var isPair = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
    var isScalar = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
    var isSeq = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
    function isCollection(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return true;
        }
      return false;
    }
    function isNode(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case ALIAS:
          case MAP:
          case SCALAR:
          case SEQ:
            return true;
        }
      return false;
    }
    var hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;
    exports.ALIAS = ALIAS;
    exports.DOC = DOC;
    exports.MAP = MAP;
    exports.NODE_TYPE = NODE_TYPE;
    exports.PAIR = PAIR;
    exports.SCALAR = SCALAR;
    exports.SEQ = SEQ;
    exports.hasAnchor = hasAnchor;
    exports.isAlias = isAlias;
    exports.isCollection = isCollection;
    exports.isDocument = isDocument;
    exports.isMap = isMap;
    exports.isNode = isNode;
    exports.isPair = isPair;
    exports.isScalar = isScalar;
    exports.isSeq = isSeq;
  }
});

// node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/yaml/dist/visit.js"(exports) {
    "use strict";
    var identity = require_identity();
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove node");
    function visit(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        visit_(null, node, visitor_, Object.freeze([]));
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    function visit_(key, node, visitor, path2) {
      const ctrl = callVisitor(key, node, visitor, path2);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path2, ctrl);
        return visit_(key, ctrl, visitor, path2);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path2 = Object.freeze(path2.concat(node));
          for (let i2 = 0; i2 < node.items.length; ++i2) {
            const ci = visit_(i2, node.items[i2], visitor, path2);
            if (typeof ci === "number")
              i2 = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i2, 1);
              i2 -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path2 = Object.freeze(path2.concat(node));
          const ck = visit_("key", node.key, visitor, path2);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = visit_("value", node.value, visitor, path2);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    async function visitAsync(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key, node, visitor, path2) {
      const ctrl = await callVisitor(key, node, visitor, path2);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path2, ctrl);
        return visitAsync_(key, ctrl, visitor, path2);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path2 = Object.freeze(path2.concat(node));
          for (let i2 = 0; i2 < node.items.length; ++i2) {
            const ci = await visitAsync_(i2, node.items[i2], visitor, path2);
            if (typeof ci === "number")
              i2 = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i2, 1);
              i2 -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path2 = Object.freeze(path2.concat(node));
          const ck = await visitAsync_("key", node.key, visitor, path2);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = await visitAsync_("value", node.value, visitor, path2);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    function initVisitor(visitor) {
      if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
          Alias: visitor.Node,
          Map: visitor.Node,
          Scalar: visitor.Node,
          Seq: visitor.Node
        }, visitor.Value && {
          Map: visitor.Value,
          Scalar: visitor.Value,
          Seq: visitor.Value
        }, visitor.Collection && {
          Map: visitor.Collection,
          Seq: visitor.Collection
        }, visitor);
      }
      return visitor;
    }
    function callVisitor(key, node, visitor, path2) {
      if (typeof visitor === "function")
        return visitor(key, node, path2);
      if (identity.isMap(node))
        return visitor.Map?.(key, node, path2);
      if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path2);
      if (identity.isPair(node))
        return visitor.Pair?.(key, node, path2);
      if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path2);
      if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path2);
      return void 0;
    }
    function replaceNode(key, path2, node) {
      const parent = path2[path2.length - 1];
      if (identity.isCollection(parent)) {
        parent.items[key] = node;
      } else if (identity.isPair(parent)) {
        if (key === "key")
          parent.key = node;
        else
          parent.value = node;
      } else if (identity.isDocument(parent)) {
        parent.contents = node;
      } else {
        const pt = identity.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt} parent`);
      }
    }
    exports.visit = visit;
    exports.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    var escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    };
    var escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
    var Directives = class _Directives {
      constructor(yaml, tags) {
        this.docStart = null;
        this.docEnd = false;
        this.yaml = Object.assign({}, _Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, _Directives.defaultTags, tags);
      }
      clone() {
        const copy = new _Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
      }
      /**
       * During parsing, get a Directives instance for the current document and
       * update the stream state according to the current version's spec.
       */
      atDocument() {
        const res = new _Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
          case "1.1":
            this.atNextDocument = true;
            break;
          case "1.2":
            this.atNextDocument = false;
            this.yaml = {
              explicit: _Directives.defaultYaml.explicit,
              version: "1.2"
            };
            this.tags = Object.assign({}, _Directives.defaultTags);
            break;
        }
        return res;
      }
      /**
       * @param onError - May be called even if the action was successful
       * @returns `true` on success
       */
      add(line, onError) {
        if (this.atNextDocument) {
          this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
          this.tags = Object.assign({}, _Directives.defaultTags);
          this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
          case "%TAG": {
            if (parts.length !== 2) {
              onError(0, "%TAG directive should contain exactly two parts");
              if (parts.length < 2)
                return false;
            }
            const [handle, prefix] = parts;
            this.tags[handle] = prefix;
            return true;
          }
          case "%YAML": {
            this.yaml.explicit = true;
            if (parts.length !== 1) {
              onError(0, "%YAML directive should contain exactly one part");
              return false;
            }
            const [version] = parts;
            if (version === "1.1" || version === "1.2") {
              this.yaml.version = version;
              return true;
            } else {
              const isValid = /^\d+\.\d+$/.test(version);
              onError(6, `Unsupported YAML version ${version}`, isValid);
              return false;
            }
          }
          default:
            onError(0, `Unknown directive ${name}`, true);
            return false;
        }
      }
      /**
       * Resolves a tag, matching handles to those defined in %TAG directives.
       *
       * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
       *   `'!local'` tag, or `null` if unresolvable.
       */
      tagName(source, onError) {
        if (source === "!")
          return "!";
        if (source[0] !== "!") {
          onError(`Not a valid tag: ${source}`);
          return null;
        }
        if (source[1] === "<") {
          const verbatim = source.slice(2, -1);
          if (verbatim === "!" || verbatim === "!!") {
            onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
            return null;
          }
          if (source[source.length - 1] !== ">")
            onError("Verbatim tags must end with a >");
          return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
          onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
          try {
            return prefix + decodeURIComponent(suffix);
          } catch (error) {
            onError(String(error));
            return null;
          }
        }
        if (handle === "!")
          return source;
        onError(`Could not resolve tag: ${source}`);
        return null;
      }
      /**
       * Given a fully resolved tag, returns its printable string form,
       * taking into account current tag prefixes and defaults.
       */
      tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
          if (tag.startsWith(prefix))
            return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === "!" ? tag : `!<${tag}>`;
      }
      toString(doc) {
        const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
          const tags = {};
          visit.visit(doc.contents, (_key, node) => {
            if (identity.isNode(node) && node.tag)
              tags[node.tag] = true;
          });
          tagNames = Object.keys(tags);
        } else
          tagNames = [];
        for (const [handle, prefix] of tagEntries) {
          if (handle === "!!" && prefix === "tag:yaml.org,2002:")
            continue;
          if (!doc || tagNames.some((tn) => tn.startsWith(prefix)))
            lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join("\n");
      }
    };
    Directives.defaultYaml = { explicit: false, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
    exports.Directives = Directives;
  }
});

// node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "node_modules/yaml/dist/doc/anchors.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    function anchorIsValid(anchor) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
      }
      return true;
    }
    function anchorNames(root) {
      const anchors = /* @__PURE__ */ new Set();
      visit.visit(root, {
        Value(_key, node) {
          if (node.anchor)
            anchors.add(node.anchor);
        }
      });
      return anchors;
    }
    function findNewAnchor(prefix, exclude) {
      for (let i2 = 1; true; ++i2) {
        const name = `${prefix}${i2}`;
        if (!exclude.has(name))
          return name;
      }
    }
    function createNodeAnchors(doc, prefix) {
      const aliasObjects = [];
      const sourceObjects = /* @__PURE__ */ new Map();
      let prevAnchors = null;
      return {
        onAnchor: (source) => {
          aliasObjects.push(source);
          prevAnchors ?? (prevAnchors = anchorNames(doc));
          const anchor = findNewAnchor(prefix, prevAnchors);
          prevAnchors.add(anchor);
          return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
          for (const source of aliasObjects) {
            const ref = sourceObjects.get(source);
            if (typeof ref === "object" && ref.anchor && (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
              ref.node.anchor = ref.anchor;
            } else {
              const error = new Error("Failed to resolve repeated object (this should not happen)");
              error.source = source;
              throw error;
            }
          }
        },
        sourceObjects
      };
    }
    exports.anchorIsValid = anchorIsValid;
    exports.anchorNames = anchorNames;
    exports.createNodeAnchors = createNodeAnchors;
    exports.findNewAnchor = findNewAnchor;
  }
});

// node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = __commonJS({
  "node_modules/yaml/dist/doc/applyReviver.js"(exports) {
    "use strict";
    function applyReviver(reviver, obj, key, val) {
      if (val && typeof val === "object") {
        if (Array.isArray(val)) {
          for (let i2 = 0, len = val.length; i2 < len; ++i2) {
            const v0 = val[i2];
            const v1 = applyReviver(reviver, val, String(i2), v0);
            if (v1 === void 0)
              delete val[i2];
            else if (v1 !== v0)
              val[i2] = v1;
          }
        } else if (val instanceof Map) {
          for (const k of Array.from(val.keys())) {
            const v0 = val.get(k);
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              val.delete(k);
            else if (v1 !== v0)
              val.set(k, v1);
          }
        } else if (val instanceof Set) {
          for (const v0 of Array.from(val)) {
            const v1 = applyReviver(reviver, val, v0, v0);
            if (v1 === void 0)
              val.delete(v0);
            else if (v1 !== v0) {
              val.delete(v0);
              val.add(v1);
            }
          }
        } else {
          for (const [k, v0] of Object.entries(val)) {
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              delete val[k];
            else if (v1 !== v0)
              val[k] = v1;
          }
        }
      }
      return reviver.call(obj, key, val);
    }
    exports.applyReviver = applyReviver;
  }
});

// node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "node_modules/yaml/dist/nodes/toJS.js"(exports) {
    "use strict";
    var identity = require_identity();
    function toJS(value, arg, ctx) {
      if (Array.isArray(value))
        return value.map((v, i2) => toJS(v, String(i2), ctx));
      if (value && typeof value.toJSON === "function") {
        if (!ctx || !identity.hasAnchor(value))
          return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value, data);
        ctx.onCreate = (res2) => {
          data.res = res2;
          delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
          ctx.onCreate(res);
        return res;
      }
      if (typeof value === "bigint" && !ctx?.keep)
        return Number(value);
      return value;
    }
    exports.toJS = toJS;
  }
});

// node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "node_modules/yaml/dist/nodes/Node.js"(exports) {
    "use strict";
    var applyReviver = require_applyReviver();
    var identity = require_identity();
    var toJS = require_toJS();
    var NodeBase = class {
      constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
      }
      /** Create a copy of this node.  */
      clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** A plain JavaScript representation of this node. */
      toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
          throw new TypeError("A document argument is required");
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: true,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
    exports.NodeBase = NodeBase;
  }
});

// node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "node_modules/yaml/dist/nodes/Alias.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var visit = require_visit();
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var Alias = class extends Node.NodeBase {
      constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, "tag", {
          set() {
            throw new Error("Alias nodes cannot have tags");
          }
        });
      }
      /**
       * Resolve the value of this alias within `doc`, finding the last
       * instance of the `source` anchor before this node.
       */
      resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
          throw new ReferenceError("Alias resolution is disabled");
        let nodes;
        if (ctx?.aliasResolveCache) {
          nodes = ctx.aliasResolveCache;
        } else {
          nodes = [];
          visit.visit(doc, {
            Node: (_key, node) => {
              if (identity.isAlias(node) || identity.hasAnchor(node))
                nodes.push(node);
            }
          });
          if (ctx)
            ctx.aliasResolveCache = nodes;
        }
        let found = void 0;
        for (const node of nodes) {
          if (node === this)
            break;
          if (node.anchor === this.source)
            found = node;
        }
        if (found && ctx) {
          const { anchors: anchors2, doc: doc2, maxAliasCount } = ctx;
          let data = anchors2.get(found);
          if (!data) {
            toJS.toJS(found, null, ctx);
            data = anchors2.get(found);
          }
          if (data?.res === void 0) {
            const msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0) {
            data.count += 1;
            if (data.aliasCount === 0)
              data.aliasCount = getAliasCount(doc2, found, anchors2);
            if (data.count * data.aliasCount > maxAliasCount) {
              const msg = "Excessive alias count indicates a resource exhaustion attack";
              throw new ReferenceError(msg);
            }
          }
        }
        return found;
      }
      toJSON(_arg, ctx) {
        if (!ctx)
          return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
          const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
          throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
      }
      toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
          anchors.anchorIsValid(this.source);
          if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new Error(msg);
          }
          if (ctx.implicitKey)
            return `${src} `;
        }
        return src;
      }
    };
    function getAliasCount(doc, node, anchors2) {
      if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors2 && source && anchors2.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
      } else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
          const c = getAliasCount(doc, item, anchors2);
          if (c > count)
            count = c;
        }
        return count;
      } else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors2);
        const vc = getAliasCount(doc, node.value, anchors2);
        return Math.max(kc, vc);
      }
      return 1;
    }
    exports.Alias = Alias;
  }
});

// node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = __commonJS({
  "node_modules/yaml/dist/nodes/Scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
    var Scalar = class extends Node.NodeBase {
      constructor(value) {
        super(identity.SCALAR);
        this.value = value;
      }
      toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar.PLAIN = "PLAIN";
    Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports.Scalar = Scalar;
    exports.isScalarValue = isScalarValue;
  }
});

// node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "node_modules/yaml/dist/doc/createNode.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var defaultTagPrefix = "tag:yaml.org,2002:";
    function findTagObject(value, tagName, tags) {
      if (tagName) {
        const match2 = tags.filter((t) => t.tag === tagName);
        const tagObj = match2.find((t) => !t.format) ?? match2[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags.find((t) => t.identify?.(value) && !t.format);
    }
    function createNode(value, tagName, ctx) {
      if (identity.isDocument(value))
        value = value.contents;
      if (identity.isNode(value))
        return value;
      if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
      }
      if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
        value = value.valueOf();
      }
      const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
      let ref = void 0;
      if (aliasDuplicateObjects && value && typeof value === "object") {
        ref = sourceObjects.get(value);
        if (ref) {
          ref.anchor ?? (ref.anchor = onAnchor(value));
          return new Alias.Alias(ref.anchor);
        } else {
          ref = { anchor: null, node: null };
          sourceObjects.set(value, ref);
        }
      }
      if (tagName?.startsWith("!!"))
        tagName = defaultTagPrefix + tagName.slice(2);
      let tagObj = findTagObject(value, tagName, schema.tags);
      if (!tagObj) {
        if (value && typeof value.toJSON === "function") {
          value = value.toJSON();
        }
        if (!value || typeof value !== "object") {
          const node2 = new Scalar.Scalar(value);
          if (ref)
            ref.node = node2;
          return node2;
        }
        tagObj = value instanceof Map ? schema[identity.MAP] : Symbol.iterator in Object(value) ? schema[identity.SEQ] : schema[identity.MAP];
      }
      if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
      }
      const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar.Scalar(value);
      if (tagName)
        node.tag = tagName;
      else if (!tagObj.default)
        node.tag = tagObj.tag;
      if (ref)
        ref.node = node;
      return node;
    }
    exports.createNode = createNode;
  }
});

// node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "node_modules/yaml/dist/nodes/Collection.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var identity = require_identity();
    var Node = require_Node();
    function collectionFromPath(schema, path2, value) {
      let v = value;
      for (let i2 = path2.length - 1; i2 >= 0; --i2) {
        const k = path2[i2];
        if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
          const a = [];
          a[k] = v;
          v = a;
        } else {
          v = /* @__PURE__ */ new Map([[k, v]]);
        }
      }
      return createNode.createNode(v, void 0, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
          throw new Error("This should not happen, please report a bug.");
        },
        schema,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    var isEmptyPath = (path2) => path2 == null || typeof path2 === "object" && !!path2[Symbol.iterator]().next().done;
    var Collection = class extends Node.NodeBase {
      constructor(type, schema) {
        super(type);
        Object.defineProperty(this, "schema", {
          value: schema,
          configurable: true,
          enumerable: false,
          writable: true
        });
      }
      /**
       * Create a copy of this collection.
       *
       * @param schema - If defined, overwrites the original's schema
       */
      clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
          copy.schema = schema;
        copy.items = copy.items.map((it) => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /**
       * Adds a value to the collection. For `!!map` and `!!omap` the value must
       * be a Pair instance or a `{ key, value }` object, which may not have a key
       * that already exists in the map.
       */
      addIn(path2, value) {
        if (isEmptyPath(path2))
          this.add(value);
        else {
          const [key, ...rest] = path2;
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.addIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path2) {
        const [key, ...rest] = path2;
        if (rest.length === 0)
          return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
          return node.deleteIn(rest);
        else
          throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path2, keepScalar) {
        const [key, ...rest] = path2;
        const node = this.get(key, true);
        if (rest.length === 0)
          return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
          return identity.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node) => {
          if (!identity.isPair(node))
            return false;
          const n = node.value;
          return n == null || allowScalar && identity.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
        });
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       */
      hasIn(path2) {
        const [key, ...rest] = path2;
        if (rest.length === 0)
          return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path2, value) {
        const [key, ...rest] = path2;
        if (rest.length === 0) {
          this.set(key, value);
        } else {
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.setIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
    };
    exports.Collection = Collection;
    exports.collectionFromPath = collectionFromPath;
    exports.isEmptyPath = isEmptyPath;
  }
});

// node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyComment.js"(exports) {
    "use strict";
    var stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment, indent) {
      if (/^\n+$/.test(comment))
        return comment.substring(1);
      return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
    }
    var lineComment = (str, indent, comment) => str.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str.endsWith(" ") ? "" : " ") + comment;
    exports.indentComment = indentComment;
    exports.lineComment = lineComment;
    exports.stringifyComment = stringifyComment;
  }
});

// node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "node_modules/yaml/dist/stringify/foldFlowLines.js"(exports) {
    "use strict";
    var FOLD_FLOW = "flow";
    var FOLD_BLOCK = "block";
    var FOLD_QUOTED = "quoted";
    function foldFlowLines(text, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text;
      if (lineWidth < minContentWidth)
        minContentWidth = 0;
      const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
      if (text.length <= endStep)
        return text;
      const folds = [];
      const escapedFolds = {};
      let end = lineWidth - indent.length;
      if (typeof indentAtStart === "number") {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
          folds.push(0);
        else
          end = lineWidth - indentAtStart;
      }
      let split = void 0;
      let prev = void 0;
      let overflow = false;
      let i2 = -1;
      let escStart = -1;
      let escEnd = -1;
      if (mode === FOLD_BLOCK) {
        i2 = consumeMoreIndentedLines(text, i2, indent.length);
        if (i2 !== -1)
          end = i2 + endStep;
      }
      for (let ch; ch = text[i2 += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          escStart = i2;
          switch (text[i2 + 1]) {
            case "x":
              i2 += 3;
              break;
            case "u":
              i2 += 5;
              break;
            case "U":
              i2 += 9;
              break;
            default:
              i2 += 1;
          }
          escEnd = i2;
        }
        if (ch === "\n") {
          if (mode === FOLD_BLOCK)
            i2 = consumeMoreIndentedLines(text, i2, indent.length);
          end = i2 + indent.length + endStep;
          split = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text[i2 + 1];
            if (next && next !== " " && next !== "\n" && next !== "	")
              split = i2;
          }
          if (i2 >= end) {
            if (split) {
              folds.push(split);
              end = split + endStep;
              split = void 0;
            } else if (mode === FOLD_QUOTED) {
              while (prev === " " || prev === "	") {
                prev = ch;
                ch = text[i2 += 1];
                overflow = true;
              }
              const j = i2 > escEnd + 1 ? i2 - 2 : escStart - 1;
              if (escapedFolds[j])
                return text;
              folds.push(j);
              escapedFolds[j] = true;
              end = j + endStep;
              split = void 0;
            } else {
              overflow = true;
            }
          }
        }
        prev = ch;
      }
      if (overflow && onOverflow)
        onOverflow();
      if (folds.length === 0)
        return text;
      if (onFold)
        onFold();
      let res = text.slice(0, folds[0]);
      for (let i3 = 0; i3 < folds.length; ++i3) {
        const fold = folds[i3];
        const end2 = folds[i3 + 1] || text.length;
        if (fold === 0)
          res = `
${indent}${text.slice(0, end2)}`;
        else {
          if (mode === FOLD_QUOTED && escapedFolds[fold])
            res += `${text[fold]}\\`;
          res += `
${indent}${text.slice(fold + 1, end2)}`;
        }
      }
      return res;
    }
    function consumeMoreIndentedLines(text, i2, indent) {
      let end = i2;
      let start = i2 + 1;
      let ch = text[start];
      while (ch === " " || ch === "	") {
        if (i2 < start + indent) {
          ch = text[++i2];
        } else {
          do {
            ch = text[++i2];
          } while (ch && ch !== "\n");
          end = i2;
          start = i2 + 1;
          ch = text[start];
        }
      }
      return end;
    }
    exports.FOLD_BLOCK = FOLD_BLOCK;
    exports.FOLD_FLOW = FOLD_FLOW;
    exports.FOLD_QUOTED = FOLD_QUOTED;
    exports.foldFlowLines = foldFlowLines;
  }
});

// node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyString.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var foldFlowLines = require_foldFlowLines();
    var getFoldOptions = (ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    });
    var containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
    function lineLengthOverLimit(str, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return false;
      const limit = lineWidth - indentLength;
      const strLen = str.length;
      if (strLen <= limit)
        return false;
      for (let i2 = 0, start = 0; i2 < strLen; ++i2) {
        if (str[i2] === "\n") {
          if (i2 - start > limit)
            return true;
          start = i2 + 1;
          if (strLen - start <= limit)
            return false;
        }
      }
      return true;
    }
    function doubleQuotedString(value, ctx) {
      const json = JSON.stringify(value);
      if (ctx.options.doubleQuotedAsJSON)
        return json;
      const { implicitKey } = ctx;
      const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      let str = "";
      let start = 0;
      for (let i2 = 0, ch = json[i2]; ch; ch = json[++i2]) {
        if (ch === " " && json[i2 + 1] === "\\" && json[i2 + 2] === "n") {
          str += json.slice(start, i2) + "\\ ";
          i2 += 1;
          start = i2;
          ch = "\\";
        }
        if (ch === "\\")
          switch (json[i2 + 1]) {
            case "u":
              {
                str += json.slice(start, i2);
                const code = json.substr(i2 + 2, 4);
                switch (code) {
                  case "0000":
                    str += "\\0";
                    break;
                  case "0007":
                    str += "\\a";
                    break;
                  case "000b":
                    str += "\\v";
                    break;
                  case "001b":
                    str += "\\e";
                    break;
                  case "0085":
                    str += "\\N";
                    break;
                  case "00a0":
                    str += "\\_";
                    break;
                  case "2028":
                    str += "\\L";
                    break;
                  case "2029":
                    str += "\\P";
                    break;
                  default:
                    if (code.substr(0, 2) === "00")
                      str += "\\x" + code.substr(2);
                    else
                      str += json.substr(i2, 6);
                }
                i2 += 5;
                start = i2 + 1;
              }
              break;
            case "n":
              if (implicitKey || json[i2 + 2] === '"' || json.length < minMultiLineLength) {
                i2 += 1;
              } else {
                str += json.slice(start, i2) + "\n\n";
                while (json[i2 + 2] === "\\" && json[i2 + 3] === "n" && json[i2 + 4] !== '"') {
                  str += "\n";
                  i2 += 2;
                }
                str += indent;
                if (json[i2 + 2] === " ")
                  str += "\\";
                i2 += 1;
                start = i2 + 1;
              }
              break;
            default:
              i2 += 1;
          }
      }
      str = start ? str + json.slice(start) : json;
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
    }
    function singleQuotedString(value, ctx) {
      if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
        return doubleQuotedString(value, ctx);
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function quotedString(value, ctx) {
      const { singleQuote } = ctx.options;
      let qs;
      if (singleQuote === false)
        qs = doubleQuotedString;
      else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
          qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
          qs = doubleQuotedString;
        else
          qs = singleQuote ? singleQuotedString : doubleQuotedString;
      }
      return qs(value, ctx);
    }
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
      const { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
      }
      const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
      const literal = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar.Scalar.BLOCK_FOLDED ? false : type === Scalar.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
      if (!value)
        return literal ? "|\n" : ">\n";
      let chomp;
      let endStart;
      for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== "\n" && ch !== "	" && ch !== " ")
          break;
      }
      let end = value.substring(endStart);
      const endNlPos = end.indexOf("\n");
      if (endNlPos === -1) {
        chomp = "-";
      } else if (value === end || endNlPos !== end.length - 1) {
        chomp = "+";
        if (onChompKeep)
          onChompKeep();
      } else {
        chomp = "";
      }
      if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === "\n")
          end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
      }
      let startWithSpace = false;
      let startEnd;
      let startNlPos = -1;
      for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === " ")
          startWithSpace = true;
        else if (ch === "\n")
          startNlPos = startEnd;
        else
          break;
      }
      let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
      }
      const indentSize = indent ? "2" : "1";
      let header = (startWithSpace ? indentSize : "") + chomp;
      if (comment) {
        header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
        if (onComment)
          onComment();
      }
      if (!literal) {
        const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== "folded" && type !== Scalar.Scalar.BLOCK_FOLDED) {
          foldOptions.onOverflow = () => {
            literalFallback = true;
          };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header}
${indent}${body}`;
      }
      value = value.replace(/\n+/g, `$&${indent}`);
      return `|${header}
${indent}${start}${value}${end}`;
    }
    function plainString(item, ctx, onComment, onChompKeep) {
      const { type, value } = item;
      const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
      if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) {
        return quotedString(value, ctx);
      }
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
      }
      if (!implicitKey && !inFlow && type !== Scalar.Scalar.PLAIN && value.includes("\n")) {
        return blockString(item, ctx, onComment, onChompKeep);
      }
      if (containsDocumentMarker(value)) {
        if (indent === "") {
          ctx.forceBlockIndent = true;
          return blockString(item, ctx, onComment, onChompKeep);
        } else if (implicitKey && indent === indentStep) {
          return quotedString(value, ctx);
        }
      }
      const str = value.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString(value, ctx);
      }
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      const { implicitKey, inFlow } = ctx;
      const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
      let { type } = item;
      if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
          type = Scalar.Scalar.QUOTE_DOUBLE;
      }
      const _stringify = (_type) => {
        switch (_type) {
          case Scalar.Scalar.BLOCK_FOLDED:
          case Scalar.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
          case Scalar.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss.value, ctx);
          case Scalar.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss.value, ctx);
          case Scalar.Scalar.PLAIN:
            return plainString(ss, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      };
      let res = _stringify(type);
      if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = implicitKey && defaultKeyType || defaultStringType;
        res = _stringify(t);
        if (res === null)
          throw new Error(`Unsupported default string type ${t}`);
      }
      return res;
    }
    exports.stringifyString = stringifyString;
  }
});

// node_modules/yaml/dist/stringify/stringify.js
var require_stringify = __commonJS({
  "node_modules/yaml/dist/stringify/stringify.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var identity = require_identity();
    var stringifyComment = require_stringifyComment();
    var stringifyString = require_stringifyString();
    function createStringifyContext(doc, options) {
      const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: "PLAIN",
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: "false",
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: "null",
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: "true",
        verifyAliasOrder: true
      }, doc.schema.toStringOptions, options);
      let inFlow;
      switch (opt.collectionStyle) {
        case "block":
          inFlow = false;
          break;
        case "flow":
          inFlow = true;
          break;
        default:
          inFlow = null;
      }
      return {
        anchors: /* @__PURE__ */ new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
        indent: "",
        indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
        inFlow,
        options: opt
      };
    }
    function getTagObject(tags, item) {
      if (item.tag) {
        const match2 = tags.filter((t) => t.tag === item.tag);
        if (match2.length > 0)
          return match2.find((t) => t.format === item.format) ?? match2[0];
      }
      let tagObj = void 0;
      let obj;
      if (identity.isScalar(item)) {
        obj = item.value;
        let match2 = tags.filter((t) => t.identify?.(obj));
        if (match2.length > 1) {
          const testMatch = match2.filter((t) => t.test);
          if (testMatch.length > 0)
            match2 = testMatch;
        }
        tagObj = match2.find((t) => t.format === item.format) ?? match2.find((t) => !t.format);
      } else {
        obj = item;
        tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
      }
      if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
      }
      return tagObj;
    }
    function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      const props = [];
      const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
      if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
      }
      const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
      if (tag)
        props.push(doc.directives.tagString(tag));
      return props.join(" ");
    }
    function stringify(item, ctx, onComment, onChompKeep) {
      if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity.isAlias(item)) {
        if (ctx.doc.directives)
          return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
          throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        } else {
          if (ctx.resolvedAliases)
            ctx.resolvedAliases.add(item);
          else
            ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
          item = item.resolve(ctx.doc);
        }
      }
      let tagObj = void 0;
      const node = identity.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
      const props = stringifyProps(node, tagObj, ctx);
      if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
      const str = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      if (!props)
        return str;
      return identity.isScalar(node) || str[0] === "{" || str[0] === "[" ? `${props} ${str}` : `${props}
${ctx.indent}${str}`;
    }
    exports.createStringifyContext = createStringifyContext;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyPair.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
      const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
      let keyComment = identity.isNode(key) && key.comment || null;
      if (simpleKeys) {
        if (keyComment) {
          throw new Error("With simple keys, key nodes cannot have comments");
        }
        if (identity.isCollection(key) || !identity.isNode(key) && typeof key === "object") {
          const msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || identity.isCollection(key) || (identity.isScalar(key) ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL : typeof key === "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
      });
      let keyCommentDone = false;
      let chompKeep = false;
      let str = stringify.stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
      if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = true;
      }
      if (ctx.inFlow) {
        if (allNullValues || value == null) {
          if (keyCommentDone && onComment)
            onComment();
          return str === "" ? "?" : explicitKey ? `? ${str}` : str;
        }
      } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        } else if (chompKeep && onChompKeep)
          onChompKeep();
        return str;
      }
      if (keyCommentDone)
        keyComment = null;
      if (explicitKey) {
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}
${indent}:`;
      } else {
        str = `${str}:`;
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
      }
      let vsb, vcb, valueComment;
      if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
      } else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === "object")
          value = doc.createNode(value);
      }
      ctx.implicitKey = false;
      if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
      chompKeep = false;
      if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity.isSeq(value) && !value.flow && !value.tag && !value.anchor) {
        ctx.indent = ctx.indent.substring(2);
      }
      let valueCommentDone = false;
      const valueStr = stringify.stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
      let ws = " ";
      if (keyComment || vsb || vcb) {
        ws = vsb ? "\n" : "";
        if (vcb) {
          const cs = commentString(vcb);
          ws += `
${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === "" && !ctx.inFlow) {
          if (ws === "\n" && valueComment)
            ws = "\n\n";
        } else {
          ws += `
${ctx.indent}`;
        }
      } else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf("\n");
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
          let hasPropsLine = false;
          if (hasNewline && (vs0 === "&" || vs0 === "!")) {
            let sp0 = valueStr.indexOf(" ");
            if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
              sp0 = valueStr.indexOf(" ", sp0 + 1);
            }
            if (sp0 === -1 || nl0 < sp0)
              hasPropsLine = true;
          }
          if (!hasPropsLine)
            ws = `
${ctx.indent}`;
        }
      } else if (valueStr === "" || valueStr[0] === "\n") {
        ws = "";
      }
      str += ws + valueStr;
      if (ctx.inFlow) {
        if (valueCommentDone && onComment)
          onComment();
      } else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
      } else if (chompKeep && onChompKeep) {
        onChompKeep();
      }
      return str;
    }
    exports.stringifyPair = stringifyPair;
  }
});

// node_modules/yaml/dist/log.js
var require_log = __commonJS({
  "node_modules/yaml/dist/log.js"(exports) {
    "use strict";
    var node_process = __require("process");
    function debug(logLevel, ...messages) {
      if (logLevel === "debug")
        console.log(...messages);
    }
    function warn(logLevel, warning) {
      if (logLevel === "debug" || logLevel === "warn") {
        if (typeof node_process.emitWarning === "function")
          node_process.emitWarning(warning);
        else
          console.warn(warning);
      }
    }
    exports.debug = debug;
    exports.warn = warn;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var MERGE_KEY = "<<";
    var merge = {
      identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    };
    var isMergeKey = (ctx, key) => (merge.identify(key) || identity.isScalar(key) && (!key.type || key.type === Scalar.Scalar.PLAIN) && merge.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge.tag && tag.default);
    function addMergeToJSMap(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (identity.isSeq(source))
        for (const it of source.items)
          mergeValue(ctx, map, it);
      else if (Array.isArray(source))
        for (const it of source)
          mergeValue(ctx, map, it);
      else
        mergeValue(ctx, map, source);
    }
    function mergeValue(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (!identity.isMap(source))
        throw new Error("Merge sources must be maps or map aliases");
      const srcMap = source.toJSON(null, ctx, Map);
      for (const [key, value2] of srcMap) {
        if (map instanceof Map) {
          if (!map.has(key))
            map.set(key, value2);
        } else if (map instanceof Set) {
          map.add(key);
        } else if (!Object.prototype.hasOwnProperty.call(map, key)) {
          Object.defineProperty(map, key, {
            value: value2,
            writable: true,
            enumerable: true,
            configurable: true
          });
        }
      }
      return map;
    }
    function resolveAliasValue(ctx, value) {
      return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
    }
    exports.addMergeToJSMap = addMergeToJSMap;
    exports.isMergeKey = isMergeKey;
    exports.merge = merge;
  }
});

// node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports) {
    "use strict";
    var log = require_log();
    var merge = require_merge();
    var stringify = require_stringify();
    var identity = require_identity();
    var toJS = require_toJS();
    function addPairToJSMap(ctx, map, { key, value }) {
      if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
      else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
      else {
        const jsKey = toJS.toJS(key, "", ctx);
        if (map instanceof Map) {
          map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        } else if (map instanceof Set) {
          map.add(jsKey);
        } else {
          const stringKey = stringifyKey(key, jsKey, ctx);
          const jsValue = toJS.toJS(value, stringKey, ctx);
          if (stringKey in map)
            Object.defineProperty(map, stringKey, {
              value: jsValue,
              writable: true,
              enumerable: true,
              configurable: true
            });
          else
            map[stringKey] = jsValue;
        }
      }
      return map;
    }
    function stringifyKey(key, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey !== "object")
        return String(jsKey);
      if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (const node of ctx.anchors.keys())
          strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
          let jsonStr = JSON.stringify(strKey);
          if (jsonStr.length > 40)
            jsonStr = jsonStr.substring(0, 36) + '..."';
          log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
          ctx.mapKeyWarned = true;
        }
        return strKey;
      }
      return JSON.stringify(jsKey);
    }
    exports.addPairToJSMap = addPairToJSMap;
  }
});

// node_modules/yaml/dist/nodes/Pair.js
var require_Pair = __commonJS({
  "node_modules/yaml/dist/nodes/Pair.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyPair = require_stringifyPair();
    var addPairToJSMap = require_addPairToJSMap();
    var identity = require_identity();
    function createPair(key, value, ctx) {
      const k = createNode.createNode(key, void 0, ctx);
      const v = createNode.createNode(value, void 0, ctx);
      return new Pair(k, v);
    }
    var Pair = class _Pair {
      constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
      }
      clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
          key = key.clone(schema);
        if (identity.isNode(value))
          value = value.clone(schema);
        return new _Pair(key, value);
      }
      toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
    exports.Pair = Pair;
    exports.createPair = createPair;
  }
});

// node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyCollection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options) {
      const flow = ctx.inFlow ?? collection.flow;
      const stringify2 = flow ? stringifyFlowCollection : stringifyBlockCollection;
      return stringify2(collection, ctx, options);
    }
    function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      const { indent, options: { commentString } } = ctx;
      const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
      let chompKeep = false;
      const lines = [];
      for (let i2 = 0; i2 < items.length; ++i2) {
        const item = items[i2];
        let comment2 = null;
        if (identity.isNode(item)) {
          if (!chompKeep && item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
          if (item.comment)
            comment2 = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (!chompKeep && ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
          }
        }
        chompKeep = false;
        let str2 = stringify.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
        if (comment2)
          str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment2));
        if (chompKeep && comment2)
          chompKeep = false;
        lines.push(blockItemPrefix + str2);
      }
      let str;
      if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
      } else {
        str = lines[0];
        for (let i2 = 1; i2 < lines.length; ++i2) {
          const line = lines[i2];
          str += line ? `
${indent}${line}` : "\n";
        }
      }
      if (comment) {
        str += "\n" + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
          onComment();
      } else if (chompKeep && onChompKeep)
        onChompKeep();
      return str;
    }
    function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
      const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
      itemIndent += indentStep;
      const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
      });
      let reqNewline = false;
      let linesAtValue = 0;
      const lines = [];
      for (let i2 = 0; i2 < items.length; ++i2) {
        const item = items[i2];
        let comment = null;
        if (identity.isNode(item)) {
          if (item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, false);
          if (item.comment)
            comment = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, false);
            if (ik.comment)
              reqNewline = true;
          }
          const iv = identity.isNode(item.value) ? item.value : null;
          if (iv) {
            if (iv.comment)
              comment = iv.comment;
            if (iv.commentBefore)
              reqNewline = true;
          } else if (item.value == null && ik?.comment) {
            comment = ik.comment;
          }
        }
        if (comment)
          reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => comment = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes("\n"));
        if (i2 < items.length - 1) {
          str += ",";
        } else if (ctx.options.trailingComma) {
          if (ctx.options.lineWidth > 0) {
            reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str.length + 2) > ctx.options.lineWidth);
          }
          if (reqNewline) {
            str += ",";
          }
        }
        if (comment)
          str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
      }
      const { start, end } = flowChars;
      if (lines.length === 0) {
        return start + end;
      } else {
        if (!reqNewline) {
          const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
          reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
          let str = start;
          for (const line of lines)
            str += line ? `
${indentStep}${indent}${line}` : "\n";
          return `${str}
${indent}${end}`;
        } else {
          return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
        }
      }
    }
    function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
      if (comment && chompKeep)
        comment = comment.replace(/^\n+/, "");
      if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart());
      }
    }
    exports.stringifyCollection = stringifyCollection;
  }
});

// node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLMap.js"(exports) {
    "use strict";
    var stringifyCollection = require_stringifyCollection();
    var addPairToJSMap = require_addPairToJSMap();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    function findPair(items, key) {
      const k = identity.isScalar(key) ? key.value : key;
      for (const it of items) {
        if (identity.isPair(it)) {
          if (it.key === key || it.key === k)
            return it;
          if (identity.isScalar(it.key) && it.key.value === k)
            return it;
        }
      }
      return void 0;
    }
    var YAMLMap = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:map";
      }
      constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
      }
      /**
       * A generic collection parsing method that can be extended
       * to other node classes that inherit from YAMLMap
       */
      static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
          if (typeof replacer === "function")
            value = replacer.call(obj, key, value);
          else if (Array.isArray(replacer) && !replacer.includes(key))
            return;
          if (value !== void 0 || keepUndefined)
            map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
          for (const [key, value] of obj)
            add(key, value);
        } else if (obj && typeof obj === "object") {
          for (const key of Object.keys(obj))
            add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === "function") {
          map.items.sort(schema.sortMapEntries);
        }
        return map;
      }
      /**
       * Adds a value to the collection.
       *
       * @param overwrite - If not set `true`, using a key that is already in the
       *   collection will throw. Otherwise, overwrites the previous value.
       */
      add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
          _pair = pair;
        else if (!pair || typeof pair !== "object" || !("key" in pair)) {
          _pair = new Pair.Pair(pair, pair?.value);
        } else
          _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
            prev.value.value = _pair.value;
          else
            prev.value = _pair.value;
        } else if (sortEntries) {
          const i2 = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
          if (i2 === -1)
            this.items.push(_pair);
          else
            this.items.splice(i2, 0, _pair);
        } else {
          this.items.push(_pair);
        }
      }
      delete(key) {
        const it = findPair(this.items, key);
        if (!it)
          return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? void 0;
      }
      has(key) {
        return !!findPair(this.items, key);
      }
      set(key, value) {
        this.add(new Pair.Pair(key, value), true);
      }
      /**
       * @param ctx - Conversion context, originally set in Document#toJS()
       * @param {Class} Type - If set, forces the returned collection type
       * @returns Instance of Type, Map, or Object
       */
      toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const item of this.items)
          addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        for (const item of this.items) {
          if (!identity.isPair(item))
            throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
          ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "",
          flowChars: { start: "{", end: "}" },
          itemIndent: ctx.indent || "",
          onChompKeep,
          onComment
        });
      }
    };
    exports.YAMLMap = YAMLMap;
    exports.findPair = findPair;
  }
});

// node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "node_modules/yaml/dist/schema/common/map.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLMap = require_YAMLMap();
    var map = {
      collection: "map",
      default: true,
      nodeClass: YAMLMap.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map2, onError) {
        if (!identity.isMap(map2))
          onError("Expected a mapping for this tag");
        return map2;
      },
      createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
    };
    exports.map = map;
  }
});

// node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLSeq.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyCollection = require_stringifyCollection();
    var Collection = require_Collection();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var toJS = require_toJS();
    var YAMLSeq = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
      }
      constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
      }
      add(value) {
        this.items.push(value);
      }
      /**
       * Removes a value from the collection.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       *
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return void 0;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       */
      has(key) {
        const idx = asItemIndex(key);
        return typeof idx === "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
          prev.value = value;
        else
          this.items[idx] = value;
      }
      toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
          ctx.onCreate(seq);
        let i2 = 0;
        for (const item of this.items)
          seq.push(toJS.toJS(item, String(i2++), ctx));
        return seq;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
          onChompKeep,
          onComment
        });
      }
      static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
          let i2 = 0;
          for (let it of obj) {
            if (typeof replacer === "function") {
              const key = obj instanceof Set ? it : String(i2++);
              it = replacer.call(obj, key, it);
            }
            seq.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq;
      }
    };
    function asItemIndex(key) {
      let idx = identity.isScalar(key) ? key.value : key;
      if (idx && typeof idx === "string")
        idx = Number(idx);
      return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    exports.YAMLSeq = YAMLSeq;
  }
});

// node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "node_modules/yaml/dist/schema/common/seq.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLSeq = require_YAMLSeq();
    var seq = {
      collection: "seq",
      default: true,
      nodeClass: YAMLSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq2, onError) {
        if (!identity.isSeq(seq2))
          onError("Expected a sequence for this tag");
        return seq2;
      },
      createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
    };
    exports.seq = seq;
  }
});

// node_modules/yaml/dist/schema/common/string.js
var require_string = __commonJS({
  "node_modules/yaml/dist/schema/common/string.js"(exports) {
    "use strict";
    var stringifyString = require_stringifyString();
    var string = {
      identify: (value) => typeof value === "string",
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: (str) => str,
      stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports.string = string;
  }
});

// node_modules/yaml/dist/schema/common/null.js
var require_null = __commonJS({
  "node_modules/yaml/dist/schema/common/null.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var nullTag = {
      identify: (value) => value == null,
      createNode: () => new Scalar.Scalar(null),
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar.Scalar(null),
      stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
    };
    exports.nullTag = nullTag;
  }
});

// node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "node_modules/yaml/dist/schema/core/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var boolTag = {
      identify: (value) => typeof value === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str) => new Scalar.Scalar(str[0] === "t" || str[0] === "T"),
      stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
          const sv = source[0] === "t" || source[0] === "T";
          if (value === sv)
            return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports.boolTag = boolTag;
  }
});

// node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyNumber.js"(exports) {
    "use strict";
    function stringifyNumber({ format, minFractionDigits, tag, value }) {
      if (typeof value === "bigint")
        return String(value);
      const num = typeof value === "number" ? value : Number(value);
      if (!isFinite(num))
        return isNaN(num) ? ".nan" : num < 0 ? "-.inf" : ".inf";
      let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
      if (!format && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
        let i2 = n.indexOf(".");
        if (i2 < 0) {
          i2 = n.length;
          n += ".";
        }
        let d = minFractionDigits - (n.length - i2 - 1);
        while (d-- > 0)
          n += "0";
      }
      return n;
    }
    exports.stringifyNumber = stringifyNumber;
  }
});

// node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "node_modules/yaml/dist/schema/core/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf(".");
        if (dot !== -1 && str[str.length - 1] === "0")
          node.minFractionDigits = str.length - dot - 1;
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "node_modules/yaml/dist/schema/core/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    var intResolve = (str, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix);
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
      return stringifyNumber.stringifyNumber(node);
    }
    var intOct = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
      stringify: (node) => intStringify(node, 8, "0o")
    };
    var int3 = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int3;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/core/schema.js
var require_schema = __commonJS({
  "node_modules/yaml/dist/schema/core/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int3 = require_int();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.boolTag,
      int3.intOct,
      int3.int,
      int3.intHex,
      float.floatNaN,
      float.floatExp,
      float.float
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/json/schema.js
var require_schema2 = __commonJS({
  "node_modules/yaml/dist/schema/json/schema.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var map = require_map();
    var seq = require_seq();
    function intIdentify(value) {
      return typeof value === "bigint" || Number.isInteger(value);
    }
    var stringifyJSON = ({ value }) => JSON.stringify(value);
    var jsonScalars = [
      {
        identify: (value) => typeof value === "string",
        default: true,
        tag: "tag:yaml.org,2002:str",
        resolve: (str) => str,
        stringify: stringifyJSON
      },
      {
        identify: (value) => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
      },
      {
        identify: (value) => typeof value === "boolean",
        default: true,
        tag: "tag:yaml.org,2002:bool",
        test: /^true$|^false$/,
        resolve: (str) => str === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
      },
      {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str) => parseFloat(str),
        stringify: stringifyJSON
      }
    ];
    var jsonError = {
      default: true,
      tag: "",
      test: /^/,
      resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
      }
    };
    var schema = [map.map, seq.seq].concat(jsonScalars, jsonError);
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports) {
    "use strict";
    var node_buffer = __require("buffer");
    var Scalar = require_Scalar();
    var stringifyString = require_stringifyString();
    var binary = {
      identify: (value) => value instanceof Uint8Array,
      // Buffer inherits from Uint8Array
      default: false,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve(src, onError) {
        if (typeof node_buffer.Buffer === "function") {
          return node_buffer.Buffer.from(src, "base64");
        } else if (typeof atob === "function") {
          const str = atob(src.replace(/[\n\r]/g, ""));
          const buffer = new Uint8Array(str.length);
          for (let i2 = 0; i2 < str.length; ++i2)
            buffer[i2] = str.charCodeAt(i2);
          return buffer;
        } else {
          onError("This environment does not support reading binary tags; either Buffer or atob is required");
          return src;
        }
      },
      stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
          return "";
        const buf = value;
        let str;
        if (typeof node_buffer.Buffer === "function") {
          str = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        } else if (typeof btoa === "function") {
          let s = "";
          for (let i2 = 0; i2 < buf.length; ++i2)
            s += String.fromCharCode(buf[i2]);
          str = btoa(s);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n = Math.ceil(str.length / lineWidth);
          const lines = new Array(n);
          for (let i2 = 0, o = 0; i2 < n; ++i2, o += lineWidth) {
            lines[i2] = str.substr(o, lineWidth);
          }
          str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? "\n" : " ");
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
      }
    };
    exports.binary = binary;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLSeq = require_YAMLSeq();
    function resolvePairs(seq, onError) {
      if (identity.isSeq(seq)) {
        for (let i2 = 0; i2 < seq.items.length; ++i2) {
          let item = seq.items[i2];
          if (identity.isPair(item))
            continue;
          else if (identity.isMap(item)) {
            if (item.items.length > 1)
              onError("Each pair must have its own sequence indicator");
            const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
            if (item.commentBefore)
              pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}
${pair.key.commentBefore}` : item.commentBefore;
            if (item.comment) {
              const cn = pair.value ?? pair.key;
              cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
            }
            item = pair;
          }
          seq.items[i2] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
      } else
        onError("Expected a sequence for this tag");
      return seq;
    }
    function createPairs(schema, iterable, ctx) {
      const { replacer } = ctx;
      const pairs2 = new YAMLSeq.YAMLSeq(schema);
      pairs2.tag = "tag:yaml.org,2002:pairs";
      let i2 = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
          if (typeof replacer === "function")
            it = replacer.call(iterable, String(i2++), it);
          let key, value;
          if (Array.isArray(it)) {
            if (it.length === 2) {
              key = it[0];
              value = it[1];
            } else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          } else if (it && it instanceof Object) {
            const keys = Object.keys(it);
            if (keys.length === 1) {
              key = keys[0];
              value = it[key];
            } else {
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
            }
          } else {
            key = it;
          }
          pairs2.items.push(Pair.createPair(key, value, ctx));
        }
      return pairs2;
    }
    var pairs = {
      collection: "seq",
      default: false,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports.createPairs = createPairs;
    exports.pairs = pairs;
    exports.resolvePairs = resolvePairs;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports) {
    "use strict";
    var identity = require_identity();
    var toJS = require_toJS();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var pairs = require_pairs();
    var YAMLOMap = class _YAMLOMap extends YAMLSeq.YAMLSeq {
      constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_, ctx) {
        if (!ctx)
          return super.toJSON(_);
        const map = /* @__PURE__ */ new Map();
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const pair of this.items) {
          let key, value;
          if (identity.isPair(pair)) {
            key = toJS.toJS(pair.key, "", ctx);
            value = toJS.toJS(pair.value, key, ctx);
          } else {
            key = toJS.toJS(pair, "", ctx);
          }
          if (map.has(key))
            throw new Error("Ordered maps must not include duplicate keys");
          map.set(key, value);
        }
        return map;
      }
      static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap2 = new this();
        omap2.items = pairs$1.items;
        return omap2;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap = {
      collection: "seq",
      identify: (value) => value instanceof Map,
      nodeClass: YAMLOMap,
      default: false,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
          if (identity.isScalar(key)) {
            if (seenKeys.includes(key.value)) {
              onError(`Ordered maps must not include duplicate keys: ${key.value}`);
            } else {
              seenKeys.push(key.value);
            }
          }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
      },
      createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
    };
    exports.YAMLOMap = YAMLOMap;
    exports.omap = omap;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function boolStringify({ value, source }, ctx) {
      const boolObj = value ? trueTag : falseTag;
      if (source && boolObj.test.test(source))
        return source;
      return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
    var trueTag = {
      identify: (value) => value === true,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => new Scalar.Scalar(true),
      stringify: boolStringify
    };
    var falseTag = {
      identify: (value) => value === false,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar.Scalar(false),
      stringify: boolStringify
    };
    exports.falseTag = falseTag;
    exports.trueTag = trueTag;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str.replace(/_/g, "")),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, "")));
        const dot = str.indexOf(".");
        if (dot !== -1) {
          const f = str.substring(dot + 1).replace(/_/g, "");
          if (f[f.length - 1] === "0")
            node.minFractionDigits = f.length;
        }
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    function intResolve(str, offset, radix, { intAsBigInt }) {
      const sign = str[0];
      if (sign === "-" || sign === "+")
        offset += 1;
      str = str.substring(offset).replace(/_/g, "");
      if (intAsBigInt) {
        switch (radix) {
          case 2:
            str = `0b${str}`;
            break;
          case 8:
            str = `0o${str}`;
            break;
          case 16:
            str = `0x${str}`;
            break;
        }
        const n2 = BigInt(str);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      const n = parseInt(str, radix);
      return sign === "-" ? -1 * n : n;
    }
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? "-" + prefix + str.substr(1) : prefix + str;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
      stringify: (node) => intStringify(node, 2, "0b")
    };
    var intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
      stringify: (node) => intStringify(node, 8, "0")
    };
    var int3 = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int3;
    exports.intBin = intBin;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSet = class _YAMLSet extends YAMLMap.YAMLMap {
      constructor(schema) {
        super(schema);
        this.tag = _YAMLSet.tag;
      }
      add(key) {
        let pair;
        if (identity.isPair(key))
          pair = key;
        else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null)
          pair = new Pair.Pair(key.key, null);
        else
          pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
          this.items.push(pair);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair) ? identity.isScalar(pair.key) ? pair.key.value : pair.key : pair;
      }
      set(key, value) {
        if (typeof value !== "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
          this.items.splice(this.items.indexOf(prev), 1);
        } else if (!prev && value) {
          this.items.push(new Pair.Pair(key));
        }
      }
      toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        if (this.hasAllNullValues(true))
          return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
          throw new Error("Set items must all have null values");
      }
      static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set2 = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value of iterable) {
            if (typeof replacer === "function")
              value = replacer.call(iterable, value, value);
            set2.items.push(Pair.createPair(value, null, ctx));
          }
        return set2;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set = {
      collection: "map",
      identify: (value) => value instanceof Set,
      nodeClass: YAMLSet,
      default: false,
      tag: "tag:yaml.org,2002:set",
      createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
      resolve(map, onError) {
        if (identity.isMap(map)) {
          if (map.hasAllNullValues(true))
            return Object.assign(new YAMLSet(), map);
          else
            onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map;
      }
    };
    exports.YAMLSet = YAMLSet;
    exports.set = set;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str, asBigInt) {
      const sign = str[0];
      const parts = sign === "-" || sign === "+" ? str.substring(1) : str;
      const num = (n) => asBigInt ? BigInt(n) : Number(n);
      const res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num(60) + num(p), num(0));
      return sign === "-" ? num(-1) * res : res;
    }
    function stringifySexagesimal(node) {
      let { value } = node;
      let num = (n) => n;
      if (typeof value === "bigint")
        num = (n) => BigInt(n);
      else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
      let sign = "";
      if (value < 0) {
        sign = "-";
        value *= num(-1);
      }
      const _60 = num(60);
      const parts = [value % _60];
      if (value < 60) {
        parts.unshift(0);
      } else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60);
        if (value >= 60) {
          value = (value - parts[0]) / _60;
          parts.unshift(value);
        }
      }
      return sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    var intTime = {
      identify: (value) => typeof value === "bigint" || Number.isInteger(value),
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str) => parseSexagesimal(str, false),
      stringify: stringifySexagesimal
    };
    var timestamp = {
      identify: (value) => value instanceof Date,
      default: true,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str) {
        const match2 = str.match(timestamp.test);
        if (!match2)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        const [, year, month, day, hour, minute, second] = match2.map(Number);
        const millisec = match2[7] ? Number((match2[7] + "00").substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match2[8];
        if (tz && tz !== "Z") {
          let d = parseSexagesimal(tz, false);
          if (Math.abs(d) < 30)
            d *= 60;
          date -= 6e4 * d;
        }
        return new Date(date);
      },
      stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
    };
    exports.floatTime = floatTime;
    exports.intTime = intTime;
    exports.timestamp = timestamp;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema3 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var binary = require_binary();
    var bool = require_bool2();
    var float = require_float2();
    var int3 = require_int2();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var set = require_set();
    var timestamp = require_timestamp();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.trueTag,
      bool.falseTag,
      int3.intBin,
      int3.intOct,
      int3.int,
      int3.intHex,
      float.floatNaN,
      float.floatExp,
      float.float,
      binary.binary,
      merge.merge,
      omap.omap,
      pairs.pairs,
      set.set,
      timestamp.intTime,
      timestamp.floatTime,
      timestamp.timestamp
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "node_modules/yaml/dist/schema/tags.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int3 = require_int();
    var schema = require_schema();
    var schema$1 = require_schema2();
    var binary = require_binary();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var schema$2 = require_schema3();
    var set = require_set();
    var timestamp = require_timestamp();
    var schemas = /* @__PURE__ */ new Map([
      ["core", schema.schema],
      ["failsafe", [map.map, seq.seq, string.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]);
    var tagsByName = {
      binary: binary.binary,
      bool: bool.boolTag,
      float: float.float,
      floatExp: float.floatExp,
      floatNaN: float.floatNaN,
      floatTime: timestamp.floatTime,
      int: int3.int,
      intHex: int3.intHex,
      intOct: int3.intOct,
      intTime: timestamp.intTime,
      map: map.map,
      merge: merge.merge,
      null: _null.nullTag,
      omap: omap.omap,
      pairs: pairs.pairs,
      seq: seq.seq,
      set: set.set,
      timestamp: timestamp.timestamp
    };
    var coreKnownTags = {
      "tag:yaml.org,2002:binary": binary.binary,
      "tag:yaml.org,2002:merge": merge.merge,
      "tag:yaml.org,2002:omap": omap.omap,
      "tag:yaml.org,2002:pairs": pairs.pairs,
      "tag:yaml.org,2002:set": set.set,
      "tag:yaml.org,2002:timestamp": timestamp.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      const schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge) ? schemaTags.concat(merge.merge) : schemaTags.slice();
      }
      let tags = schemaTags;
      if (!tags) {
        if (Array.isArray(customTags))
          tags = [];
        else {
          const keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
      }
      if (Array.isArray(customTags)) {
        for (const tag of customTags)
          tags = tags.concat(tag);
      } else if (typeof customTags === "function") {
        tags = customTags(tags.slice());
      }
      if (addMergeTag)
        tags = tags.concat(merge.merge);
      return tags.reduce((tags2, tag) => {
        const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
        if (!tagObj) {
          const tagName = JSON.stringify(tag);
          const keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags2.includes(tagObj))
          tags2.push(tagObj);
        return tags2;
      }, []);
    }
    exports.coreKnownTags = coreKnownTags;
    exports.getTags = getTags;
  }
});

// node_modules/yaml/dist/schema/Schema.js
var require_Schema = __commonJS({
  "node_modules/yaml/dist/schema/Schema.js"(exports) {
    "use strict";
    var identity = require_identity();
    var map = require_map();
    var seq = require_seq();
    var string = require_string();
    var tags = require_tags();
    var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    var Schema = class _Schema {
      constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null;
        this.name = typeof schema === "string" && schema || "core";
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
      }
      clone() {
        const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
      }
    };
    exports.Schema = Schema;
  }
});

// node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyDocument.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options) {
      const lines = [];
      let hasDirectives = options.directives === true;
      if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
          lines.push(dir);
          hasDirectives = true;
        } else if (doc.directives.docStart)
          hasDirectives = true;
      }
      if (hasDirectives)
        lines.push("---");
      const ctx = stringify.createStringifyContext(doc, options);
      const { commentString } = ctx.options;
      if (doc.commentBefore) {
        if (lines.length !== 1)
          lines.unshift("");
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ""));
      }
      let chompKeep = false;
      let contentComment = null;
      if (doc.contents) {
        if (identity.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives)
            lines.push("");
          if (doc.contents.commentBefore) {
            const cs = commentString(doc.contents.commentBefore);
            lines.push(stringifyComment.indentComment(cs, ""));
          }
          ctx.forceBlockIndent = !!doc.comment;
          contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
        let body = stringify.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        if (contentComment)
          body += stringifyComment.lineComment(body, "", commentString(contentComment));
        if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") {
          lines[lines.length - 1] = `--- ${body}`;
        } else
          lines.push(body);
      } else {
        lines.push(stringify.stringify(doc.contents, ctx));
      }
      if (doc.directives?.docEnd) {
        if (doc.comment) {
          const cs = commentString(doc.comment);
          if (cs.includes("\n")) {
            lines.push("...");
            lines.push(stringifyComment.indentComment(cs, ""));
          } else {
            lines.push(`... ${cs}`);
          }
        } else {
          lines.push("...");
        }
      } else {
        let dc = doc.comment;
        if (dc && chompKeep)
          dc = dc.replace(/^\n+/, "");
        if (dc) {
          if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "")
            lines.push("");
          lines.push(stringifyComment.indentComment(commentString(dc), ""));
        }
      }
      return lines.join("\n") + "\n";
    }
    exports.stringifyDocument = stringifyDocument;
  }
});

// node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "node_modules/yaml/dist/doc/Document.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var toJS = require_toJS();
    var Schema = require_Schema();
    var stringifyDocument = require_stringifyDocument();
    var anchors = require_anchors();
    var applyReviver = require_applyReviver();
    var createNode = require_createNode();
    var directives = require_directives();
    var Document = class _Document {
      constructor(value, replacer, options) {
        this.commentBefore = null;
        this.comment = null;
        this.errors = [];
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === "function" || Array.isArray(replacer)) {
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const opt = Object.assign({
          intAsBigInt: false,
          keepSourceTokens: false,
          logLevel: "warn",
          prettyErrors: true,
          strict: true,
          stringKeys: false,
          uniqueKeys: true,
          version: "1.2"
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
          this.directives = options._directives.atDocument();
          if (this.directives.yaml.explicit)
            version = this.directives.yaml.version;
        } else
          this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        const copy = Object.create(_Document.prototype, {
          [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
          copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        copy.contents = identity.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** Adds a value to the document. */
      add(value) {
        if (assertCollection(this.contents))
          this.contents.add(value);
      }
      /** Adds a value to the document. */
      addIn(path2, value) {
        if (assertCollection(this.contents))
          this.contents.addIn(path2, value);
      }
      /**
       * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
       *
       * If `node` already has an anchor, `name` is ignored.
       * Otherwise, the `node.anchor` value will be set to `name`,
       * or if an anchor with that name is already present in the document,
       * `name` will be used as a prefix for a new unique anchor.
       * If `name` is undefined, the generated anchor will use 'a' as a prefix.
       */
      createAlias(node, name) {
        if (!node.anchor) {
          const prev = anchors.anchorNames(this);
          node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name || prev.has(name) ? anchors.findNewAnchor(name || "a", prev) : name;
        }
        return new Alias.Alias(node.anchor);
      }
      createNode(value, replacer, options) {
        let _replacer = void 0;
        if (typeof replacer === "function") {
          value = replacer.call({ "": value }, "", value);
          _replacer = replacer;
        } else if (Array.isArray(replacer)) {
          const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
          const asStr = replacer.filter(keyToStr).map(String);
          if (asStr.length > 0)
            replacer = replacer.concat(asStr);
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
          this,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          anchorPrefix || "a"
        );
        const ctx = {
          aliasDuplicateObjects: aliasDuplicateObjects ?? true,
          keepUndefined: keepUndefined ?? false,
          onAnchor,
          onTagObj,
          replacer: _replacer,
          schema: this.schema,
          sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
          node.flow = true;
        setAnchors();
        return node;
      }
      /**
       * Convert a key and a value into a `Pair` using the current schema,
       * recursively wrapping all values as `Scalar` or `Collection` nodes.
       */
      createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path2) {
        if (Collection.isEmptyPath(path2)) {
          if (this.contents == null)
            return false;
          this.contents = null;
          return true;
        }
        return assertCollection(this.contents) ? this.contents.deleteIn(path2) : false;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key, keepScalar) {
        return identity.isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path2, keepScalar) {
        if (Collection.isEmptyPath(path2))
          return !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents;
        return identity.isCollection(this.contents) ? this.contents.getIn(path2, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path2) {
        if (Collection.isEmptyPath(path2))
          return this.contents !== void 0;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path2) : false;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key, value) {
        if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, [key], value);
        } else if (assertCollection(this.contents)) {
          this.contents.set(key, value);
        }
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path2, value) {
        if (Collection.isEmptyPath(path2)) {
          this.contents = value;
        } else if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, Array.from(path2), value);
        } else if (assertCollection(this.contents)) {
          this.contents.setIn(path2, value);
        }
      }
      /**
       * Change the YAML version and schema used by the document.
       * A `null` version disables support for directives, explicit tags, anchors, and aliases.
       * It also requires the `schema` option to be given as a `Schema` instance value.
       *
       * Overrides all previously set schema options.
       */
      setSchema(version, options = {}) {
        if (typeof version === "number")
          version = String(version);
        let opt;
        switch (version) {
          case "1.1":
            if (this.directives)
              this.directives.yaml.version = "1.1";
            else
              this.directives = new directives.Directives({ version: "1.1" });
            opt = { resolveKnownTags: false, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            if (this.directives)
              this.directives.yaml.version = version;
            else
              this.directives = new directives.Directives({ version });
            opt = { resolveKnownTags: true, schema: "core" };
            break;
          case null:
            if (this.directives)
              delete this.directives;
            opt = null;
            break;
          default: {
            const sv = JSON.stringify(version);
            throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
          }
        }
        if (options.schema instanceof Object)
          this.schema = options.schema;
        else if (opt)
          this.schema = new Schema.Schema(Object.assign(opt, options));
        else
          throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
      }
      // json & jsonArg are only used from toJSON()
      toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
      /**
       * A JSON representation of the document `contents`.
       *
       * @param jsonArg Used by `JSON.stringify` to indicate the array index or
       *   property name.
       */
      toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
      }
      /** A YAML representation of the document. */
      toString(options = {}) {
        if (this.errors.length > 0)
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
          const s = JSON.stringify(options.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
      }
    };
    function assertCollection(contents) {
      if (identity.isCollection(contents))
        return true;
      throw new Error("Expected a YAML collection as document contents");
    }
    exports.Document = Document;
  }
});

// node_modules/yaml/dist/errors.js
var require_errors = __commonJS({
  "node_modules/yaml/dist/errors.js"(exports) {
    "use strict";
    var YAMLError = class extends Error {
      constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
      }
    };
    var YAMLParseError = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLParseError", pos, code, message);
      }
    };
    var YAMLWarning = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLWarning", pos, code, message);
      }
    };
    var prettifyError = (src, lc) => (error) => {
      if (error.pos[0] === -1)
        return;
      error.linePos = error.pos.map((pos) => lc.linePos(pos));
      const { line, col } = error.linePos[0];
      error.message += ` at line ${line}, column ${col}`;
      let ci = col - 1;
      let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = "\u2026" + lineStr.substring(trimStart);
        ci -= trimStart - 1;
      }
      if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + "\u2026";
      if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
          prev = prev.substring(0, 79) + "\u2026\n";
        lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
          count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = " ".repeat(ci) + "^".repeat(count);
        error.message += `:

${lineStr}
${pointer}
`;
      }
    };
    exports.YAMLError = YAMLError;
    exports.YAMLParseError = YAMLParseError;
    exports.YAMLWarning = YAMLWarning;
    exports.prettifyError = prettifyError;
  }
});

// node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = __commonJS({
  "node_modules/yaml/dist/compose/resolve-props.js"(exports) {
    "use strict";
    function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
      let spaceBefore = false;
      let atNewline = startOnNewline;
      let hasSpace = startOnNewline;
      let comment = "";
      let commentSep = "";
      let hasNewline = false;
      let reqSpace = false;
      let tab = null;
      let anchor = null;
      let tag = null;
      let newlineAfterProp = null;
      let comma = null;
      let found = null;
      let start = null;
      for (const token of tokens) {
        if (reqSpace) {
          if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
            onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
          reqSpace = false;
        }
        if (tab) {
          if (atNewline && token.type !== "comment" && token.type !== "newline") {
            onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
          }
          tab = null;
        }
        switch (token.type) {
          case "space":
            if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
              tab = token;
            }
            hasSpace = true;
            break;
          case "comment": {
            if (!hasSpace)
              onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
            const cb = token.source.substring(1) || " ";
            if (!comment)
              comment = cb;
            else
              comment += commentSep + cb;
            commentSep = "";
            atNewline = false;
            break;
          }
          case "newline":
            if (atNewline) {
              if (comment)
                comment += token.source;
              else if (!found || indicator !== "seq-item-ind")
                spaceBefore = true;
            } else
              commentSep += token.source;
            atNewline = true;
            hasNewline = true;
            if (anchor || tag)
              newlineAfterProp = token;
            hasSpace = true;
            break;
          case "anchor":
            if (anchor)
              onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
            if (token.source.endsWith(":"))
              onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
            anchor = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          case "tag": {
            if (tag)
              onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
            tag = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          }
          case indicator:
            if (anchor || tag)
              onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
            if (found)
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
            found = token;
            atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
            hasSpace = false;
            break;
          case "comma":
            if (flow) {
              if (comma)
                onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
              comma = token;
              atNewline = false;
              hasSpace = false;
              break;
            }
          // else fallthrough
          default:
            onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
            atNewline = false;
            hasSpace = false;
        }
      }
      const last = tokens[tokens.length - 1];
      const end = last ? last.offset + last.source.length : offset;
      if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
        onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      }
      if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
        onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
      return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
      };
    }
    exports.resolveProps = resolveProps;
  }
});

// node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = __commonJS({
  "node_modules/yaml/dist/compose/util-contains-newline.js"(exports) {
    "use strict";
    function containsNewline(key) {
      if (!key)
        return null;
      switch (key.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key.source.includes("\n"))
            return true;
          if (key.end) {
            for (const st of key.end)
              if (st.type === "newline")
                return true;
          }
          return false;
        case "flow-collection":
          for (const it of key.items) {
            for (const st of it.start)
              if (st.type === "newline")
                return true;
            if (it.sep) {
              for (const st of it.sep)
                if (st.type === "newline")
                  return true;
            }
            if (containsNewline(it.key) || containsNewline(it.value))
              return true;
          }
          return false;
        default:
          return true;
      }
    }
    exports.containsNewline = containsNewline;
  }
});

// node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = __commonJS({
  "node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports) {
    "use strict";
    var utilContainsNewline = require_util_contains_newline();
    function flowIndentCheck(indent, fc, onError) {
      if (fc?.type === "flow-collection") {
        const end = fc.end[0];
        if (end.indent === indent && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc)) {
          const msg = "Flow end indicator should be more indented than parent";
          onError(end, "BAD_INDENT", msg, true);
        }
      }
    }
    exports.flowIndentCheck = flowIndentCheck;
  }
});

// node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = __commonJS({
  "node_modules/yaml/dist/compose/util-map-includes.js"(exports) {
    "use strict";
    var identity = require_identity();
    function mapIncludes(ctx, items, search) {
      const { uniqueKeys } = ctx.options;
      if (uniqueKeys === false)
        return false;
      const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || identity.isScalar(a) && identity.isScalar(b) && a.value === b.value;
      return items.some((pair) => isEqual(pair.key, search));
    }
    exports.mapIncludes = mapIncludes;
  }
});

// node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-map.js"(exports) {
    "use strict";
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    var utilMapIncludes = require_util_map_includes();
    var startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
      const map = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      let offset = bm.offset;
      let commentEnd = null;
      for (const collItem of bm.items) {
        const { start, key, sep: sep3, value } = collItem;
        const keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key ?? sep3?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key) {
            if (key.type === "block-seq")
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
            else if ("indent" in key && key.indent !== bm.indent)
              onError(offset, "BAD_INDENT", startColMsg);
          }
          if (!keyProps.anchor && !keyProps.tag && !sep3) {
            commentEnd = keyProps.end;
            if (keyProps.comment) {
              if (map.comment)
                map.comment += "\n" + keyProps.comment;
              else
                map.comment = keyProps.comment;
            }
            continue;
          }
          if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
            onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
          }
        } else if (keyProps.found?.indent !== bm.indent) {
          onError(offset, "BAD_INDENT", startColMsg);
        }
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key ? composeNode(ctx, key, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        const valueProps = resolveProps.resolveProps(sep3 ?? [], {
          indicator: "map-value-ind",
          next: value,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key || key.type === "block-scalar"
        });
        offset = valueProps.end;
        if (valueProps.found) {
          if (implicitKey) {
            if (value?.type === "block-map" && !valueProps.hasNewline)
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
            if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
              onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep3, null, valueProps, onError);
          if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
          offset = valueNode.range[2];
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        } else {
          if (implicitKey)
            onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
          if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        }
      }
      if (commentEnd && commentEnd < offset)
        onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
      map.range = [bm.offset, offset, commentEnd ?? offset];
      return map;
    }
    exports.resolveBlockMap = resolveBlockMap;
  }
});

// node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-seq.js"(exports) {
    "use strict";
    var YAMLSeq = require_YAMLSeq();
    var resolveProps = require_resolve_props();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
      const seq = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = bs.offset;
      let commentEnd = null;
      for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
          indicator: "seq-item-ind",
          next: value,
          offset,
          onError,
          parentIndent: bs.indent,
          startOnNewline: true
        });
        if (!props.found) {
          if (props.anchor || props.tag || value) {
            if (value?.type === "block-seq")
              onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
            else
              onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
          } else {
            commentEnd = props.end;
            if (props.comment)
              seq.comment = props.comment;
            continue;
          }
        }
        const node = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
      }
      seq.range = [bs.offset, offset, commentEnd ?? offset];
      return seq;
    }
    exports.resolveBlockSeq = resolveBlockSeq;
  }
});

// node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = __commonJS({
  "node_modules/yaml/dist/compose/resolve-end.js"(exports) {
    "use strict";
    function resolveEnd(end, offset, reqSpace, onError) {
      let comment = "";
      if (end) {
        let hasSpace = false;
        let sep3 = "";
        for (const token of end) {
          const { source, type } = token;
          switch (type) {
            case "space":
              hasSpace = true;
              break;
            case "comment": {
              if (reqSpace && !hasSpace)
                onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              const cb = source.substring(1) || " ";
              if (!comment)
                comment = cb;
              else
                comment += sep3 + cb;
              sep3 = "";
              break;
            }
            case "newline":
              if (comment)
                sep3 += source;
              hasSpace = true;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
          }
          offset += source.length;
        }
      }
      return { comment, offset };
    }
    exports.resolveEnd = resolveEnd;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilMapIncludes = require_util_map_includes();
    var blockMsg = "Block collections are not allowed within flow collections";
    var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
      const isMap = fc.start.source === "{";
      const fcName = isMap ? "flow map" : "flow sequence";
      const NodeClass = tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq);
      const coll = new NodeClass(ctx.schema);
      coll.flow = true;
      const atRoot = ctx.atRoot;
      if (atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = fc.offset + fc.start.source.length;
      for (let i2 = 0; i2 < fc.items.length; ++i2) {
        const collItem = fc.items[i2];
        const { start, key, sep: sep3, value } = collItem;
        const props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key ?? sep3?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep3 && !value) {
            if (i2 === 0 && props.comma)
              onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
            else if (i2 < fc.items.length - 1)
              onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
            if (props.comment) {
              if (coll.comment)
                coll.comment += "\n" + props.comment;
              else
                coll.comment = props.comment;
            }
            offset = props.end;
            continue;
          }
          if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key))
            onError(
              key,
              // checked by containsNewline()
              "MULTILINE_IMPLICIT_KEY",
              "Implicit keys of flow sequence pairs need to be on a single line"
            );
        }
        if (i2 === 0) {
          if (props.comma)
            onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        } else {
          if (!props.comma)
            onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
          if (props.comment) {
            let prevItemComment = "";
            loop: for (const st of start) {
              switch (st.type) {
                case "comma":
                case "space":
                  break;
                case "comment":
                  prevItemComment = st.source.substring(1);
                  break loop;
                default:
                  break loop;
              }
            }
            if (prevItemComment) {
              let prev = coll.items[coll.items.length - 1];
              if (identity.isPair(prev))
                prev = prev.value ?? prev.key;
              if (prev.comment)
                prev.comment += "\n" + prevItemComment;
              else
                prev.comment = prevItemComment;
              props.comment = props.comment.substring(prevItemComment.length + 1);
            }
          }
        }
        if (!isMap && !sep3 && !props.found) {
          const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep3, null, props, onError);
          coll.items.push(valueNode);
          offset = valueNode.range[2];
          if (isBlock(value))
            onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = true;
          const keyStart = props.end;
          const keyNode = key ? composeNode(ctx, key, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
          if (isBlock(key))
            onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
          ctx.atKey = false;
          const valueProps = resolveProps.resolveProps(sep3 ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (valueProps.found) {
            if (!isMap && !props.found && ctx.options.strict) {
              if (sep3)
                for (const st of sep3) {
                  if (st === valueProps.found)
                    break;
                  if (st.type === "newline") {
                    onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                    break;
                  }
                }
              if (props.start < valueProps.found.offset - 1024)
                onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
            }
          } else if (value) {
            if ("source" in value && value.source?.[0] === ":")
              onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
            else
              onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep3, null, valueProps, onError) : null;
          if (valueNode) {
            if (isBlock(value))
              onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
          } else if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          if (isMap) {
            const map = coll;
            if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
              onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
            map.items.push(pair);
          } else {
            const map = new YAMLMap.YAMLMap(ctx.schema);
            map.flow = true;
            map.items.push(pair);
            const endRange = (valueNode ?? keyNode).range;
            map.range = [keyNode.range[0], endRange[1], endRange[2]];
            coll.items.push(map);
          }
          offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
      }
      const expectedEnd = isMap ? "}" : "]";
      const [ce, ...ee] = fc.end;
      let cePos = offset;
      if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
      else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
        if (ce && ce.source.length !== 1)
          ee.unshift(ce);
      }
      if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
          if (coll.comment)
            coll.comment += "\n" + end.comment;
          else
            coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
      } else {
        coll.range = [fc.offset, cePos, cePos];
      }
      return coll;
    }
    exports.resolveFlowCollection = resolveFlowCollection;
  }
});

// node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "node_modules/yaml/dist/compose/compose-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveBlockMap = require_resolve_block_map();
    var resolveBlockSeq = require_resolve_block_seq();
    var resolveFlowCollection = require_resolve_flow_collection();
    function resolveCollection(CN, ctx, token, onError, tagName, tag) {
      const coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
      const Coll = coll.constructor;
      if (tagName === "!" || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
      }
      if (tagName)
        coll.tag = tagName;
      return coll;
    }
    function composeCollection(CN, ctx, token, props, onError) {
      const tagToken = props.tag;
      const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
      if (token.type === "block-seq") {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
          const message = "Missing newline after block sequence props";
          onError(lastProp, "MISSING_CHAR", message);
        }
      }
      const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.YAMLSeq.tagName && expType === "seq") {
        return resolveCollection(CN, ctx, token, onError, tagName);
      }
      let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
      if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
          ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
          tag = kt;
        } else {
          if (kt) {
            onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
          } else {
            onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
          }
          return resolveCollection(CN, ctx, token, onError, tagName);
        }
      }
      const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
      const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
      const node = identity.isNode(res) ? res : new Scalar.Scalar(res);
      node.range = coll.range;
      node.tag = tagName;
      if (tag?.format)
        node.format = tag.format;
      return node;
    }
    exports.composeCollection = composeCollection;
  }
});

// node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function resolveBlockScalar(ctx, scalar, onError) {
      const start = scalar.offset;
      const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
      if (!header)
        return { value: "", type: null, comment: "", range: [start, start, start] };
      const type = header.mode === ">" ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
      const lines = scalar.source ? splitLines(scalar.source) : [];
      let chompStart = lines.length;
      for (let i2 = lines.length - 1; i2 >= 0; --i2) {
        const content = lines[i2][1];
        if (content === "" || content === "\r")
          chompStart = i2;
        else
          break;
      }
      if (chompStart === 0) {
        const value2 = header.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
        let end2 = start + header.length;
        if (scalar.source)
          end2 += scalar.source.length;
        return { value: value2, type, comment: header.comment, range: [start, end2, end2] };
      }
      let trimIndent = scalar.indent + header.indent;
      let offset = scalar.offset + header.length;
      let contentStart = 0;
      for (let i2 = 0; i2 < chompStart; ++i2) {
        const [indent, content] = lines[i2];
        if (content === "" || content === "\r") {
          if (header.indent === 0 && indent.length > trimIndent)
            trimIndent = indent.length;
        } else {
          if (indent.length < trimIndent) {
            const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
            onError(offset + indent.length, "MISSING_CHAR", message);
          }
          if (header.indent === 0)
            trimIndent = indent.length;
          contentStart = i2;
          if (trimIndent === 0 && !ctx.atRoot) {
            const message = "Block scalar values in collections must be indented";
            onError(offset, "BAD_INDENT", message);
          }
          break;
        }
        offset += indent.length + content.length + 1;
      }
      for (let i2 = lines.length - 1; i2 >= chompStart; --i2) {
        if (lines[i2][0].length > trimIndent)
          chompStart = i2 + 1;
      }
      let value = "";
      let sep3 = "";
      let prevMoreIndented = false;
      for (let i2 = 0; i2 < contentStart; ++i2)
        value += lines[i2][0].slice(trimIndent) + "\n";
      for (let i2 = contentStart; i2 < chompStart; ++i2) {
        let [indent, content] = lines[i2];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === "\r";
        if (crlf)
          content = content.slice(0, -1);
        if (content && indent.length < trimIndent) {
          const src = header.indent ? "explicit indentation indicator" : "first line";
          const message = `Block scalar lines must not be less indented than their ${src}`;
          onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
          indent = "";
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
          value += sep3 + indent.slice(trimIndent) + content;
          sep3 = "\n";
        } else if (indent.length > trimIndent || content[0] === "	") {
          if (sep3 === " ")
            sep3 = "\n";
          else if (!prevMoreIndented && sep3 === "\n")
            sep3 = "\n\n";
          value += sep3 + indent.slice(trimIndent) + content;
          sep3 = "\n";
          prevMoreIndented = true;
        } else if (content === "") {
          if (sep3 === "\n")
            value += "\n";
          else
            sep3 = "\n";
        } else {
          value += sep3 + content;
          sep3 = " ";
          prevMoreIndented = false;
        }
      }
      switch (header.chomp) {
        case "-":
          break;
        case "+":
          for (let i2 = chompStart; i2 < lines.length; ++i2)
            value += "\n" + lines[i2][0].slice(trimIndent);
          if (value[value.length - 1] !== "\n")
            value += "\n";
          break;
        default:
          value += "\n";
      }
      const end = start + header.length + scalar.source.length;
      return { value, type, comment: header.comment, range: [start, end, end] };
    }
    function parseBlockScalarHeader({ offset, props }, strict, onError) {
      if (props[0].type !== "block-scalar-header") {
        onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
        return null;
      }
      const { source } = props[0];
      const mode = source[0];
      let indent = 0;
      let chomp = "";
      let error = -1;
      for (let i2 = 1; i2 < source.length; ++i2) {
        const ch = source[i2];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          const n = Number(ch);
          if (!indent && n)
            indent = n;
          else if (error === -1)
            error = offset + i2;
        }
      }
      if (error !== -1)
        onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
      let hasSpace = false;
      let comment = "";
      let length = source.length;
      for (let i2 = 1; i2 < props.length; ++i2) {
        const token = props[i2];
        switch (token.type) {
          case "space":
            hasSpace = true;
          // fallthrough
          case "newline":
            length += token.source.length;
            break;
          case "comment":
            if (strict && !hasSpace) {
              const message = "Comments must be separated from other tokens by white space characters";
              onError(token, "MISSING_CHAR", message);
            }
            length += token.source.length;
            comment = token.source.substring(1);
            break;
          case "error":
            onError(token, "UNEXPECTED_TOKEN", token.message);
            length += token.source.length;
            break;
          /* istanbul ignore next should not happen */
          default: {
            const message = `Unexpected token in block scalar header: ${token.type}`;
            onError(token, "UNEXPECTED_TOKEN", message);
            const ts = token.source;
            if (ts && typeof ts === "string")
              length += ts.length;
          }
        }
      }
      return { mode, indent, chomp, comment, length };
    }
    function splitLines(source) {
      const split = source.split(/\n( *)/);
      const first = split[0];
      const m = first.match(/^( *)/);
      const line0 = m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first];
      const lines = [line0];
      for (let i2 = 1; i2 < split.length; i2 += 2)
        lines.push([split[i2], split[i2 + 1]]);
      return lines;
    }
    exports.resolveBlockScalar = resolveBlockScalar;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar, strict, onError) {
      const { offset, type, source, end } = scalar;
      let _type;
      let value;
      const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
      switch (type) {
        case "scalar":
          _type = Scalar.Scalar.PLAIN;
          value = plainValue(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_SINGLE;
          value = singleQuotedValue(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_DOUBLE;
          value = doubleQuotedValue(source, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
          return {
            value: "",
            type: null,
            comment: "",
            range: [offset, offset + source.length, offset + source.length]
          };
      }
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
      return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
      };
    }
    function plainValue(source, onError) {
      let badChar = "";
      switch (source[0]) {
        /* istanbul ignore next should not happen */
        case "	":
          badChar = "a tab character";
          break;
        case ",":
          badChar = "flow indicator character ,";
          break;
        case "%":
          badChar = "directive indicator character %";
          break;
        case "|":
        case ">": {
          badChar = `block scalar indicator ${source[0]}`;
          break;
        }
        case "@":
        case "`": {
          badChar = `reserved character ${source[0]}`;
          break;
        }
      }
      if (badChar)
        onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
      return unfoldLines(source);
    }
    function singleQuotedValue(source, onError) {
      if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
      return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
    }
    function unfoldLines(source) {
      const line = /(.*?)\r?\n/sy;
      let match2 = line.exec(source);
      if (!match2)
        return source;
      let trimEnd, trimBoth;
      try {
        trimEnd = new RegExp("(?<![ 	])[ 	]+$");
        trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match2[1].replace(trimEnd, "");
      let sep3 = " ";
      let pos = line.lastIndex;
      while (match2 = line.exec(source)) {
        const lm = match2[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep3 === "\n")
            res += sep3;
          else
            sep3 = "\n";
        } else {
          res += sep3 + lm;
          sep3 = " ";
        }
        pos = line.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos;
      match2 = last.exec(source);
      return res + sep3 + (match2?.[1] ?? "");
    }
    function doubleQuotedValue(source, onError) {
      let res = "";
      for (let i2 = 1; i2 < source.length - 1; ++i2) {
        const ch = source[i2];
        if (ch === "\r" && source[i2 + 1] === "\n")
          continue;
        if (ch === "\n") {
          const { fold, offset } = foldNewline(source, i2);
          res += fold;
          i2 = offset;
        } else if (ch === "\\") {
          let next = source[++i2];
          const cc = escapeCodes[next];
          if (cc)
            res += cc;
          else if (next === "\n") {
            next = source[i2 + 1];
            while (next === " " || next === "	")
              next = source[++i2 + 1];
          } else if (next === "\r" && source[i2 + 1] === "\n") {
            next = source[++i2 + 1];
            while (next === " " || next === "	")
              next = source[++i2 + 1];
          } else if (next === "x" || next === "u" || next === "U") {
            const length = next === "x" ? 2 : next === "u" ? 4 : 8;
            res += parseCharCode(source, i2 + 1, length, onError);
            i2 += length;
          } else {
            const raw = source.substr(i2 - 1, 2);
            onError(i2 - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
            res += raw;
          }
        } else if (ch === " " || ch === "	") {
          const wsStart = i2;
          let next = source[i2 + 1];
          while (next === " " || next === "	")
            next = source[++i2 + 1];
          if (next !== "\n" && !(next === "\r" && source[i2 + 2] === "\n"))
            res += i2 > wsStart ? source.slice(wsStart, i2 + 1) : ch;
        } else {
          res += ch;
        }
      }
      if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
      return res;
    }
    function foldNewline(source, offset) {
      let fold = "";
      let ch = source[offset + 1];
      while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
        if (ch === "\r" && source[offset + 2] !== "\n")
          break;
        if (ch === "\n")
          fold += "\n";
        offset += 1;
        ch = source[offset + 1];
      }
      if (!fold)
        fold = " ";
      return { fold, offset };
    }
    var escapeCodes = {
      "0": "\0",
      // null character
      a: "\x07",
      // bell character
      b: "\b",
      // backspace
      e: "\x1B",
      // escape character
      f: "\f",
      // form feed
      n: "\n",
      // line feed
      r: "\r",
      // carriage return
      t: "	",
      // horizontal tab
      v: "\v",
      // vertical tab
      N: "\x85",
      // Unicode next line
      _: "\xA0",
      // Unicode non-breaking space
      L: "\u2028",
      // Unicode line separator
      P: "\u2029",
      // Unicode paragraph separator
      " ": " ",
      '"': '"',
      "/": "/",
      "\\": "\\",
      "	": "	"
    };
    function parseCharCode(source, offset, length, onError) {
      const cc = source.substr(offset, length);
      const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
      const code = ok ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code);
      } catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        return raw;
      }
    }
    exports.resolveFlowScalar = resolveFlowScalar;
  }
});

// node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "node_modules/yaml/dist/compose/compose-scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      const { value, type, comment, range: range2 } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
      const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      let tag;
      if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
      } else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
      else if (token.type === "scalar")
        tag = findScalarTagByTest(ctx, value, token, onError);
      else
        tag = ctx.schema[identity.SCALAR];
      let scalar;
      try {
        const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
      } catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
        scalar = new Scalar.Scalar(value);
      }
      scalar.range = range2;
      scalar.source = value;
      if (type)
        scalar.type = type;
      if (tagName)
        scalar.tag = tagName;
      if (tag.format)
        scalar.format = tag.format;
      if (comment)
        scalar.comment = comment;
      return scalar;
    }
    function findScalarTagByName(schema, value, tagName, tagToken, onError) {
      if (tagName === "!")
        return schema[identity.SCALAR];
      const matchWithTest = [];
      for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
          if (tag.default && tag.test)
            matchWithTest.push(tag);
          else
            return tag;
        }
      }
      for (const tag of matchWithTest)
        if (tag.test?.test(value))
          return tag;
      const kt = schema.knownTags[tagName];
      if (kt && !kt.collection) {
        schema.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
        return kt;
      }
      onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
      return schema[identity.SCALAR];
    }
    function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
      const tag = schema.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema[identity.SCALAR];
      if (schema.compat) {
        const compat = schema.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
          const ts = directives.tagString(tag.tag);
          const cs = directives.tagString(compat.tag);
          const msg = `Value may be parsed as either ${ts} or ${cs}`;
          onError(token, "TAG_RESOLVE_FAILED", msg, true);
        }
      }
      return tag;
    }
    exports.composeScalar = composeScalar;
  }
});

// node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = __commonJS({
  "node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports) {
    "use strict";
    function emptyScalarPosition(offset, before, pos) {
      if (before) {
        pos ?? (pos = before.length);
        for (let i2 = pos - 1; i2 >= 0; --i2) {
          let st = before[i2];
          switch (st.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st.source.length;
              continue;
          }
          st = before[++i2];
          while (st?.type === "space") {
            offset += st.source.length;
            st = before[++i2];
          }
          break;
        }
      }
      return offset;
    }
    exports.emptyScalarPosition = emptyScalarPosition;
  }
});

// node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = __commonJS({
  "node_modules/yaml/dist/compose/compose-node.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var composeCollection = require_compose_collection();
    var composeScalar = require_compose_scalar();
    var resolveEnd = require_resolve_end();
    var utilEmptyScalarPosition = require_util_empty_scalar_position();
    var CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token, props, onError) {
      const atKey = ctx.atKey;
      const { spaceBefore, comment, anchor, tag } = props;
      let node;
      let isSrcToken = true;
      switch (token.type) {
        case "alias":
          node = composeAlias(ctx, token, onError);
          if (anchor || tag)
            onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node = composeScalar.composeScalar(ctx, token, tag, onError);
          if (anchor)
            node.anchor = anchor.source.substring(1);
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node = composeCollection.composeCollection(CN, ctx, token, props, onError);
            if (anchor)
              node.anchor = anchor.source.substring(1);
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            onError(token, "RESOURCE_EXHAUSTION", message);
          }
          break;
        default: {
          const message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
          onError(token, "UNEXPECTED_TOKEN", message);
          isSrcToken = false;
        }
      }
      node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
      if (anchor && node.anchor === "")
        onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      if (atKey && ctx.options.stringKeys && (!identity.isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
        const msg = "With stringKeys, all keys must be strings";
        onError(tag ?? token, "NON_STRING_KEY", msg);
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        if (token.type === "scalar" && token.source === "")
          node.comment = comment;
        else
          node.commentBefore = comment;
      }
      if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
      return node;
    }
    function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
      const token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ""
      };
      const node = composeScalar.composeScalar(ctx, token, tag, onError);
      if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === "")
          onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        node.comment = comment;
        node.range[2] = end;
      }
      return node;
    }
    function composeAlias({ options }, { offset, source, end }, onError) {
      const alias = new Alias.Alias(source.substring(1));
      if (alias.source === "")
        onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
      if (alias.source.endsWith(":"))
        onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
      alias.range = [offset, valueEnd, re.offset];
      if (re.comment)
        alias.comment = re.comment;
      return alias;
    }
    exports.composeEmptyNode = composeEmptyNode;
    exports.composeNode = composeNode;
  }
});

// node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "node_modules/yaml/dist/compose/compose-doc.js"(exports) {
    "use strict";
    var Document = require_Document();
    var composeNode = require_compose_node();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    function composeDoc(options, directives, { offset, start, value, end }, onError) {
      const opts = Object.assign({ _directives: directives }, options);
      const doc = new Document.Document(void 0, opts);
      const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
      };
      const props = resolveProps.resolveProps(start, {
        indicator: "doc-start",
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
      });
      if (props.found) {
        doc.directives.docStart = true;
        if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline)
          onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
      }
      doc.contents = value ? composeNode.composeNode(ctx, value, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
      const contentEnd = doc.contents.range[2];
      const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
      if (re.comment)
        doc.comment = re.comment;
      doc.range = [offset, contentEnd, re.offset];
      return doc;
    }
    exports.composeDoc = composeDoc;
  }
});

// node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "node_modules/yaml/dist/compose/composer.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var directives = require_directives();
    var Document = require_Document();
    var errors = require_errors();
    var identity = require_identity();
    var composeDoc = require_compose_doc();
    var resolveEnd = require_resolve_end();
    function getErrorPos(src) {
      if (typeof src === "number")
        return [src, src + 1];
      if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
      const { offset, source } = src;
      return [offset, offset + (typeof source === "string" ? source.length : 1)];
    }
    function parsePrelude(prelude) {
      let comment = "";
      let atComment = false;
      let afterEmptyLine = false;
      for (let i2 = 0; i2 < prelude.length; ++i2) {
        const source = prelude[i2];
        switch (source[0]) {
          case "#":
            comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
            atComment = true;
            afterEmptyLine = false;
            break;
          case "%":
            if (prelude[i2 + 1]?.[0] !== "#")
              i2 += 1;
            atComment = false;
            break;
          default:
            if (!atComment)
              afterEmptyLine = true;
            atComment = false;
        }
      }
      return { comment, afterEmptyLine };
    }
    var Composer = class {
      constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
          const pos = getErrorPos(source);
          if (warning)
            this.warnings.push(new errors.YAMLWarning(pos, code, message));
          else
            this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        this.directives = new directives.Directives({ version: options.version || "1.2" });
        this.options = options;
      }
      decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment) {
          const dc = doc.contents;
          if (afterDoc) {
            doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
          } else if (afterEmptyLine || doc.directives.docStart || !dc) {
            doc.commentBefore = comment;
          } else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            if (identity.isPair(it))
              it = it.key;
            const cb = it.commentBefore;
            it.commentBefore = cb ? `${comment}
${cb}` : comment;
          } else {
            const cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment}
${cb}` : comment;
          }
        }
        if (afterDoc) {
          for (let i2 = 0; i2 < this.errors.length; ++i2)
            doc.errors.push(this.errors[i2]);
          for (let i2 = 0; i2 < this.warnings.length; ++i2)
            doc.warnings.push(this.warnings[i2]);
        } else {
          doc.errors = this.errors;
          doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
      }
      /**
       * Current stream status information.
       *
       * Mostly useful at the end of input for an empty stream.
       */
      streamInfo() {
        return {
          comment: parsePrelude(this.prelude).comment,
          directives: this.directives,
          errors: this.errors,
          warnings: this.warnings
        };
      }
      /**
       * Compose tokens into documents.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
          yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
      }
      /** Advance the composer by one CST token. */
      *next(token) {
        if (node_process.env.LOG_STREAM)
          console.dir(token, { depth: null });
        switch (token.type) {
          case "directive":
            this.directives.add(token.source, (offset, message, warning) => {
              const pos = getErrorPos(token);
              pos[0] += offset;
              this.onError(pos, "BAD_DIRECTIVE", message, warning);
            });
            this.prelude.push(token.source);
            this.atDirectives = true;
            break;
          case "document": {
            const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
            if (this.atDirectives && !doc.directives.docStart)
              this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
            this.decorate(doc, false);
            if (this.doc)
              yield this.doc;
            this.doc = doc;
            this.atDirectives = false;
            break;
          }
          case "byte-order-mark":
          case "space":
            break;
          case "comment":
          case "newline":
            this.prelude.push(token.source);
            break;
          case "error": {
            const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
            const error = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
            if (this.atDirectives || !this.doc)
              this.errors.push(error);
            else
              this.doc.errors.push(error);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              const msg = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = true;
            const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
            this.decorate(this.doc, true);
            if (end.comment) {
              const dc = this.doc.comment;
              this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
            }
            this.doc.range[2] = end.offset;
            break;
          }
          default:
            this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
        }
      }
      /**
       * Call at end of input to yield any remaining document.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
          this.decorate(this.doc, true);
          yield this.doc;
          this.doc = null;
        } else if (forceDoc) {
          const opts = Object.assign({ _directives: this.directives }, this.options);
          const doc = new Document.Document(void 0, opts);
          if (this.atDirectives)
            this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
          doc.range = [0, endOffset, endOffset];
          this.decorate(doc, false);
          yield doc;
        }
      }
    };
    exports.Composer = Composer;
  }
});

// node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = __commonJS({
  "node_modules/yaml/dist/parse/cst-scalar.js"(exports) {
    "use strict";
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    var errors = require_errors();
    var stringifyString = require_stringifyString();
    function resolveAsScalar(token, strict = true, onError) {
      if (token) {
        const _onError = (pos, code, message) => {
          const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code, message);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
          case "block-scalar":
            return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
      }
      return null;
    }
    function createScalarToken(value, context) {
      const { implicitKey = false, indent, inFlow = false, offset = -1, type = "PLAIN" } = context;
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      const end = context.end ?? [
        { type: "newline", offset: -1, indent, source: "\n" }
      ];
      switch (source[0]) {
        case "|":
        case ">": {
          const he = source.indexOf("\n");
          const head = source.substring(0, he);
          const body = source.substring(he + 1) + "\n";
          const props = [
            { type: "block-scalar-header", offset, indent, source: head }
          ];
          if (!addEndtoBlockProps(props, end))
            props.push({ type: "newline", offset: -1, indent, source: "\n" });
          return { type: "block-scalar", offset, indent, props, source: body };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent, source, end };
        case "'":
          return { type: "single-quoted-scalar", offset, indent, source, end };
        default:
          return { type: "scalar", offset, indent, source, end };
      }
    }
    function setScalarValue(token, value, context = {}) {
      let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
      let indent = "indent" in token ? token.indent : null;
      if (afterKey && typeof indent === "number")
        indent += 2;
      if (!type)
        switch (token.type) {
          case "single-quoted-scalar":
            type = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            const header = token.props[0];
            if (header.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type = header.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type = "PLAIN";
        }
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      switch (source[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token, source);
          break;
        case '"':
          setFlowScalarValue(token, source, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token, source, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token, source, "scalar");
      }
    }
    function setBlockScalarValue(token, source) {
      const he = source.indexOf("\n");
      const head = source.substring(0, he);
      const body = source.substring(he + 1) + "\n";
      if (token.type === "block-scalar") {
        const header = token.props[0];
        if (header.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header.source = head;
        token.source = body;
      } else {
        const { offset } = token;
        const indent = "indent" in token ? token.indent : -1;
        const props = [
          { type: "block-scalar-header", offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, "end" in token ? token.end : void 0))
          props.push({ type: "newline", offset: -1, indent, source: "\n" });
        for (const key of Object.keys(token))
          if (key !== "type" && key !== "offset")
            delete token[key];
        Object.assign(token, { type: "block-scalar", indent, props, source: body });
      }
    }
    function addEndtoBlockProps(props, end) {
      if (end)
        for (const st of end)
          switch (st.type) {
            case "space":
            case "comment":
              props.push(st);
              break;
            case "newline":
              props.push(st);
              return true;
          }
      return false;
    }
    function setFlowScalarValue(token, source, type) {
      switch (token.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token.type = type;
          token.source = source;
          break;
        case "block-scalar": {
          const end = token.props.slice(1);
          let oa = source.length;
          if (token.props[0].type === "block-scalar-header")
            oa -= token.props[0].source.length;
          for (const tok of end)
            tok.offset += oa;
          delete token.props;
          Object.assign(token, { type, source, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          const offset = token.offset + source.length;
          const nl = { type: "newline", offset, indent: token.indent, source: "\n" };
          delete token.items;
          Object.assign(token, { type, source, end: [nl] });
          break;
        }
        default: {
          const indent = "indent" in token ? token.indent : -1;
          const end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (const key of Object.keys(token))
            if (key !== "type" && key !== "offset")
              delete token[key];
          Object.assign(token, { type, indent, source, end });
        }
      }
    }
    exports.createScalarToken = createScalarToken;
    exports.resolveAsScalar = resolveAsScalar;
    exports.setScalarValue = setScalarValue;
  }
});

// node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = __commonJS({
  "node_modules/yaml/dist/parse/cst-stringify.js"(exports) {
    "use strict";
    var stringify = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
    function stringifyToken(token) {
      switch (token.type) {
        case "block-scalar": {
          let res = "";
          for (const tok of token.props)
            res += stringifyToken(tok);
          return res + token.source;
        }
        case "block-map":
        case "block-seq": {
          let res = "";
          for (const item of token.items)
            res += stringifyItem(item);
          return res;
        }
        case "flow-collection": {
          let res = token.start.source;
          for (const item of token.items)
            res += stringifyItem(item);
          for (const st of token.end)
            res += st.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token);
          if (token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
        default: {
          let res = token.source;
          if ("end" in token && token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
      }
    }
    function stringifyItem({ start, key, sep: sep3, value }) {
      let res = "";
      for (const st of start)
        res += st.source;
      if (key)
        res += stringifyToken(key);
      if (sep3)
        for (const st of sep3)
          res += st.source;
      if (value)
        res += stringifyToken(value);
      return res;
    }
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "node_modules/yaml/dist/parse/cst-visit.js"(exports) {
    "use strict";
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove item");
    function visit(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    visit.itemAtPath = (cst, path2) => {
      let item = cst;
      for (const [field, index] of path2) {
        const tok = item?.[field];
        if (tok && "items" in tok) {
          item = tok.items[index];
        } else
          return void 0;
      }
      return item;
    };
    visit.parentCollection = (cst, path2) => {
      const parent = visit.itemAtPath(cst, path2.slice(0, -1));
      const field = path2[path2.length - 1][0];
      const coll = parent?.[field];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path2, item, visitor) {
      let ctrl = visitor(item, path2);
      if (typeof ctrl === "symbol")
        return ctrl;
      for (const field of ["key", "value"]) {
        const token = item[field];
        if (token && "items" in token) {
          for (let i2 = 0; i2 < token.items.length; ++i2) {
            const ci = _visit(Object.freeze(path2.concat([[field, i2]])), token.items[i2], visitor);
            if (typeof ci === "number")
              i2 = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              token.items.splice(i2, 1);
              i2 -= 1;
            }
          }
          if (typeof ctrl === "function" && field === "key")
            ctrl = ctrl(item, path2);
        }
      }
      return typeof ctrl === "function" ? ctrl(item, path2) : ctrl;
    }
    exports.visit = visit;
  }
});

// node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "node_modules/yaml/dist/parse/cst.js"(exports) {
    "use strict";
    var cstScalar = require_cst_scalar();
    var cstStringify = require_cst_stringify();
    var cstVisit = require_cst_visit();
    var BOM = "\uFEFF";
    var DOCUMENT = "";
    var FLOW_END = "";
    var SCALAR = "";
    var isCollection = (token) => !!token && "items" in token;
    var isScalar = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
    function prettyToken(token) {
      switch (token) {
        case BOM:
          return "<BOM>";
        case DOCUMENT:
          return "<DOC>";
        case FLOW_END:
          return "<FLOW_END>";
        case SCALAR:
          return "<SCALAR>";
        default:
          return JSON.stringify(token);
      }
    }
    function tokenType(source) {
      switch (source) {
        case BOM:
          return "byte-order-mark";
        case DOCUMENT:
          return "doc-mode";
        case FLOW_END:
          return "flow-error-end";
        case SCALAR:
          return "scalar";
        case "---":
          return "doc-start";
        case "...":
          return "doc-end";
        case "":
        case "\n":
        case "\r\n":
          return "newline";
        case "-":
          return "seq-item-ind";
        case "?":
          return "explicit-key-ind";
        case ":":
          return "map-value-ind";
        case "{":
          return "flow-map-start";
        case "}":
          return "flow-map-end";
        case "[":
          return "flow-seq-start";
        case "]":
          return "flow-seq-end";
        case ",":
          return "comma";
      }
      switch (source[0]) {
        case " ":
        case "	":
          return "space";
        case "#":
          return "comment";
        case "%":
          return "directive-line";
        case "*":
          return "alias";
        case "&":
          return "anchor";
        case "!":
          return "tag";
        case "'":
          return "single-quoted-scalar";
        case '"':
          return "double-quoted-scalar";
        case "|":
        case ">":
          return "block-scalar-header";
      }
      return null;
    }
    exports.createScalarToken = cstScalar.createScalarToken;
    exports.resolveAsScalar = cstScalar.resolveAsScalar;
    exports.setScalarValue = cstScalar.setScalarValue;
    exports.stringify = cstStringify.stringify;
    exports.visit = cstVisit.visit;
    exports.BOM = BOM;
    exports.DOCUMENT = DOCUMENT;
    exports.FLOW_END = FLOW_END;
    exports.SCALAR = SCALAR;
    exports.isCollection = isCollection;
    exports.isScalar = isScalar;
    exports.prettyToken = prettyToken;
    exports.tokenType = tokenType;
  }
});

// node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "node_modules/yaml/dist/parse/lexer.js"(exports) {
    "use strict";
    var cst = require_cst();
    function isEmpty(ch) {
      switch (ch) {
        case void 0:
        case " ":
        case "\n":
        case "\r":
        case "	":
          return true;
        default:
          return false;
      }
    }
    var hexDigits = new Set("0123456789ABCDEFabcdef");
    var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
    var flowIndicatorChars = new Set(",[]{}");
    var invalidAnchorChars = new Set(" ,[]{}\n\r	");
    var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
    var Lexer = class {
      constructor() {
        this.atEnd = false;
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        this.buffer = "";
        this.flowKey = false;
        this.flowLevel = 0;
        this.indentNext = 0;
        this.indentValue = 0;
        this.lineEndPos = null;
        this.next = null;
        this.pos = 0;
      }
      /**
       * Generate YAML tokens from the `source` string. If `incomplete`,
       * a part of the last line may be left as a buffer for the next call.
       *
       * @returns A generator of lexical tokens
       */
      *lex(source, incomplete = false) {
        if (source) {
          if (typeof source !== "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source : source;
          this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? "stream";
        while (next && (incomplete || this.hasChars(1)))
          next = yield* this.parseNext(next);
      }
      atLineEnd() {
        let i2 = this.pos;
        let ch = this.buffer[i2];
        while (ch === " " || ch === "	")
          ch = this.buffer[++i2];
        if (!ch || ch === "#" || ch === "\n")
          return true;
        if (ch === "\r")
          return this.buffer[i2 + 1] === "\n";
        return false;
      }
      charAt(n) {
        return this.buffer[this.pos + n];
      }
      continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
          let indent = 0;
          while (ch === " ")
            ch = this.buffer[++indent + offset];
          if (ch === "\r") {
            const next = this.buffer[indent + offset + 1];
            if (next === "\n" || !next && !this.atEnd)
              return offset + indent + 1;
          }
          return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
        }
        if (ch === "-" || ch === ".") {
          const dt = this.buffer.substr(offset, 3);
          if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
            return -1;
        }
        return offset;
      }
      getLine() {
        let end = this.lineEndPos;
        if (typeof end !== "number" || end !== -1 && end < this.pos) {
          end = this.buffer.indexOf("\n", this.pos);
          this.lineEndPos = end;
        }
        if (end === -1)
          return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === "\r")
          end -= 1;
        return this.buffer.substring(this.pos, end);
      }
      hasChars(n) {
        return this.pos + n <= this.buffer.length;
      }
      setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
      }
      peek(n) {
        return this.buffer.substr(this.pos, n);
      }
      *parseNext(next) {
        switch (next) {
          case "stream":
            return yield* this.parseStream();
          case "line-start":
            return yield* this.parseLineStart();
          case "block-start":
            return yield* this.parseBlockStart();
          case "doc":
            return yield* this.parseDocument();
          case "flow":
            return yield* this.parseFlowCollection();
          case "quoted-scalar":
            return yield* this.parseQuotedScalar();
          case "block-scalar":
            return yield* this.parseBlockScalar();
          case "plain-scalar":
            return yield* this.parsePlainScalar();
        }
      }
      *parseStream() {
        let line = this.getLine();
        if (line === null)
          return this.setNext("stream");
        if (line[0] === cst.BOM) {
          yield* this.pushCount(1);
          line = line.substring(1);
        }
        if (line[0] === "%") {
          let dirEnd = line.length;
          let cs = line.indexOf("#");
          while (cs !== -1) {
            const ch = line[cs - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs - 1;
              break;
            } else {
              cs = line.indexOf("#", cs + 1);
            }
          }
          while (true) {
            const ch = line[dirEnd - 1];
            if (ch === " " || ch === "	")
              dirEnd -= 1;
            else
              break;
          }
          const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
          yield* this.pushCount(line.length - n);
          this.pushNewline();
          return "stream";
        }
        if (this.atLineEnd()) {
          const sp = yield* this.pushSpaces(true);
          yield* this.pushCount(line.length - sp);
          yield* this.pushNewline();
          return "stream";
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
      }
      *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
          return this.setNext("line-start");
        if (ch === "-" || ch === ".") {
          if (!this.atEnd && !this.hasChars(4))
            return this.setNext("line-start");
          const s = this.peek(3);
          if ((s === "---" || s === "...") && isEmpty(this.charAt(3))) {
            yield* this.pushCount(3);
            this.indentValue = 0;
            this.indentNext = 0;
            return s === "---" ? "doc" : "stream";
          }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
          this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
      }
      *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
          const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
          this.indentNext = this.indentValue + 1;
          this.indentValue += n;
          return "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
          return this.setNext("doc");
        let n = yield* this.pushIndicators();
        switch (line[n]) {
          case "#":
            yield* this.pushCount(line.length - n);
          // fallthrough
          case void 0:
            yield* this.pushNewline();
            return yield* this.parseLineStart();
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel = 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            return "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "doc";
          case '"':
          case "'":
            return yield* this.parseQuotedScalar();
          case "|":
          case ">":
            n += yield* this.parseBlockScalarHeader();
            n += yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - n);
            yield* this.pushNewline();
            return yield* this.parseBlockScalar();
          default:
            return yield* this.parsePlainScalar();
        }
      }
      *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
          nl = yield* this.pushNewline();
          if (nl > 0) {
            sp = yield* this.pushSpaces(false);
            this.indentValue = indent = sp;
          } else {
            sp = 0;
          }
          sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
          return this.setNext("flow");
        if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) {
          const atFlowEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
          if (!atFlowEndMarker) {
            this.flowLevel = 0;
            yield cst.FLOW_END;
            return yield* this.parseLineStart();
          }
        }
        let n = 0;
        while (line[n] === ",") {
          n += yield* this.pushCount(1);
          n += yield* this.pushSpaces(true);
          this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
          case void 0:
            return "flow";
          case "#":
            yield* this.pushCount(line.length - n);
            return "flow";
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel += 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            this.flowKey = true;
            this.flowLevel -= 1;
            return this.flowLevel ? "flow" : "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "flow";
          case '"':
          case "'":
            this.flowKey = true;
            return yield* this.parseQuotedScalar();
          case ":": {
            const next = this.charAt(1);
            if (this.flowKey || isEmpty(next) || next === ",") {
              this.flowKey = false;
              yield* this.pushCount(1);
              yield* this.pushSpaces(true);
              return "flow";
            }
          }
          // fallthrough
          default:
            this.flowKey = false;
            return yield* this.parsePlainScalar();
        }
      }
      *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
          while (end !== -1 && this.buffer[end + 1] === "'")
            end = this.buffer.indexOf("'", end + 2);
        } else {
          while (end !== -1) {
            let n = 0;
            while (this.buffer[end - 1 - n] === "\\")
              n += 1;
            if (n % 2 === 0)
              break;
            end = this.buffer.indexOf('"', end + 1);
          }
        }
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf("\n", this.pos);
        if (nl !== -1) {
          while (nl !== -1) {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = qb.indexOf("\n", cs);
          }
          if (nl !== -1) {
            end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
          }
        }
        if (end === -1) {
          if (!this.atEnd)
            return this.setNext("quoted-scalar");
          end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? "flow" : "doc";
      }
      *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i2 = this.pos;
        while (true) {
          const ch = this.buffer[++i2];
          if (ch === "+")
            this.blockScalarKeep = true;
          else if (ch > "0" && ch <= "9")
            this.blockScalarIndent = Number(ch) - 1;
          else if (ch !== "-")
            break;
        }
        return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
      }
      *parseBlockScalar() {
        let nl = this.pos - 1;
        let indent = 0;
        let ch;
        loop: for (let i3 = this.pos; ch = this.buffer[i3]; ++i3) {
          switch (ch) {
            case " ":
              indent += 1;
              break;
            case "\n":
              nl = i3;
              indent = 0;
              break;
            case "\r": {
              const next = this.buffer[i3 + 1];
              if (!next && !this.atEnd)
                return this.setNext("block-scalar");
              if (next === "\n")
                break;
            }
            // fallthrough
            default:
              break loop;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("block-scalar");
        if (indent >= this.indentNext) {
          if (this.blockScalarIndent === -1)
            this.indentNext = indent;
          else {
            this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
          }
          do {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = this.buffer.indexOf("\n", cs);
          } while (nl !== -1);
          if (nl === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl = this.buffer.length;
          }
        }
        let i2 = nl + 1;
        ch = this.buffer[i2];
        while (ch === " ")
          ch = this.buffer[++i2];
        if (ch === "	") {
          while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
            ch = this.buffer[++i2];
          nl = i2 - 1;
        } else if (!this.blockScalarKeep) {
          do {
            let i3 = nl - 1;
            let ch2 = this.buffer[i3];
            if (ch2 === "\r")
              ch2 = this.buffer[--i3];
            const lastChar = i3;
            while (ch2 === " ")
              ch2 = this.buffer[--i3];
            if (ch2 === "\n" && i3 >= this.pos && i3 + 1 + indent > lastChar)
              nl = i3;
            else
              break;
          } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
      }
      *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i2 = this.pos - 1;
        let ch;
        while (ch = this.buffer[++i2]) {
          if (ch === ":") {
            const next = this.buffer[i2 + 1];
            if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i2;
          } else if (isEmpty(ch)) {
            let next = this.buffer[i2 + 1];
            if (ch === "\r") {
              if (next === "\n") {
                i2 += 1;
                ch = "\n";
                next = this.buffer[i2 + 1];
              } else
                end = i2;
            }
            if (next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === "\n") {
              const cs = this.continueScalar(i2 + 1);
              if (cs === -1)
                break;
              i2 = Math.max(i2, cs - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i2;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("plain-scalar");
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? "flow" : "doc";
      }
      *pushCount(n) {
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos += n;
          return n;
        }
        return 0;
      }
      *pushToIndex(i2, allowEmpty) {
        const s = this.buffer.slice(this.pos, i2);
        if (s) {
          yield s;
          this.pos += s.length;
          return s.length;
        } else if (allowEmpty)
          yield "";
        return 0;
      }
      *pushIndicators() {
        let n = 0;
        loop: while (true) {
          switch (this.charAt(0)) {
            case "!":
              n += yield* this.pushTag();
              n += yield* this.pushSpaces(true);
              continue loop;
            case "&":
              n += yield* this.pushUntil(isNotAnchorChar);
              n += yield* this.pushSpaces(true);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              const inFlow = this.flowLevel > 0;
              const ch1 = this.charAt(1);
              if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
                if (!inFlow)
                  this.indentNext = this.indentValue + 1;
                else if (this.flowKey)
                  this.flowKey = false;
                n += yield* this.pushCount(1);
                n += yield* this.pushSpaces(true);
                continue loop;
              }
            }
          }
          break loop;
        }
        return n;
      }
      *pushTag() {
        if (this.charAt(1) === "<") {
          let i2 = this.pos + 2;
          let ch = this.buffer[i2];
          while (!isEmpty(ch) && ch !== ">")
            ch = this.buffer[++i2];
          return yield* this.pushToIndex(ch === ">" ? i2 + 1 : i2, false);
        } else {
          let i2 = this.pos + 1;
          let ch = this.buffer[i2];
          while (ch) {
            if (tagChars.has(ch))
              ch = this.buffer[++i2];
            else if (ch === "%" && hexDigits.has(this.buffer[i2 + 1]) && hexDigits.has(this.buffer[i2 + 2])) {
              ch = this.buffer[i2 += 3];
            } else
              break;
          }
          return yield* this.pushToIndex(i2, false);
        }
      }
      *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === "\n")
          return yield* this.pushCount(1);
        else if (ch === "\r" && this.charAt(1) === "\n")
          return yield* this.pushCount(2);
        else
          return 0;
      }
      *pushSpaces(allowTabs) {
        let i2 = this.pos - 1;
        let ch;
        do {
          ch = this.buffer[++i2];
        } while (ch === " " || allowTabs && ch === "	");
        const n = i2 - this.pos;
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos = i2;
        }
        return n;
      }
      *pushUntil(test) {
        let i2 = this.pos;
        let ch = this.buffer[i2];
        while (!test(ch))
          ch = this.buffer[++i2];
        return yield* this.pushToIndex(i2, false);
      }
    };
    exports.Lexer = Lexer;
  }
});

// node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "node_modules/yaml/dist/parse/line-counter.js"(exports) {
    "use strict";
    var LineCounter = class {
      constructor() {
        this.lineStarts = [];
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        this.linePos = (offset) => {
          let low = 0;
          let high = this.lineStarts.length;
          while (low < high) {
            const mid = low + high >> 1;
            if (this.lineStarts[mid] < offset)
              low = mid + 1;
            else
              high = mid;
          }
          if (this.lineStarts[low] === offset)
            return { line: low + 1, col: 1 };
          if (low === 0)
            return { line: 0, col: offset };
          const start = this.lineStarts[low - 1];
          return { line: low, col: offset - start + 1 };
        };
      }
    };
    exports.LineCounter = LineCounter;
  }
});

// node_modules/yaml/dist/parse/parser.js
var require_parser = __commonJS({
  "node_modules/yaml/dist/parse/parser.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var cst = require_cst();
    var lexer = require_lexer();
    function includesToken(list, type) {
      for (let i2 = 0; i2 < list.length; ++i2)
        if (list[i2].type === type)
          return true;
      return false;
    }
    function findNonEmptyIndex(list) {
      for (let i2 = 0; i2 < list.length; ++i2) {
        switch (list[i2].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i2;
        }
      }
      return -1;
    }
    function isFlowToken(token) {
      switch (token?.type) {
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "flow-collection":
          return true;
        default:
          return false;
      }
    }
    function getPrevProps(parent) {
      switch (parent.type) {
        case "document":
          return parent.start;
        case "block-map": {
          const it = parent.items[parent.items.length - 1];
          return it.sep ?? it.start;
        }
        case "block-seq":
          return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
          return [];
      }
    }
    function getFirstKeyStartProps(prev) {
      if (prev.length === 0)
        return [];
      let i2 = prev.length;
      loop: while (--i2 >= 0) {
        switch (prev[i2].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      }
      while (prev[++i2]?.type === "space") {
      }
      return prev.splice(i2, prev.length);
    }
    function arrayPushArray(target, source) {
      if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
      else
        for (let i2 = 0; i2 < source.length; ++i2)
          target.push(source[i2]);
    }
    function fixFlowSeqItems(fc) {
      if (fc.start.type === "flow-seq-start") {
        for (const it of fc.items) {
          if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
            if (it.key)
              it.value = it.key;
            delete it.key;
            if (isFlowToken(it.value)) {
              if (it.value.end)
                arrayPushArray(it.value.end, it.sep);
              else
                it.value.end = it.sep;
            } else
              arrayPushArray(it.start, it.sep);
            delete it.sep;
          }
        }
      }
    }
    var Parser = class {
      /**
       * @param onNewLine - If defined, called separately with the start position of
       *   each new line (in `parse()`, including the start of input).
       */
      constructor(onNewLine) {
        this.atNewLine = true;
        this.atScalar = false;
        this.indent = 0;
        this.offset = 0;
        this.onKeyLine = false;
        this.stack = [];
        this.source = "";
        this.type = "";
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
      }
      /**
       * Parse `source` as a YAML stream.
       * If `incomplete`, a part of the last line may be left as a buffer for the next call.
       *
       * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
       *
       * @returns A generator of tokens representing each directive, document, and other structure.
       */
      *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
          this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
          yield* this.next(lexeme);
        if (!incomplete)
          yield* this.end();
      }
      /**
       * Advance the parser by the `source` of one lexical token.
       */
      *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
          console.log("|", cst.prettyToken(source));
        if (this.atScalar) {
          this.atScalar = false;
          yield* this.step();
          this.offset += source.length;
          return;
        }
        const type = cst.tokenType(source);
        if (!type) {
          const message = `Not a YAML token: ${source}`;
          yield* this.pop({ type: "error", offset: this.offset, message, source });
          this.offset += source.length;
        } else if (type === "scalar") {
          this.atNewLine = false;
          this.atScalar = true;
          this.type = "scalar";
        } else {
          this.type = type;
          yield* this.step();
          switch (type) {
            case "newline":
              this.atNewLine = true;
              this.indent = 0;
              if (this.onNewLine)
                this.onNewLine(this.offset + source.length);
              break;
            case "space":
              if (this.atNewLine && source[0] === " ")
                this.indent += source.length;
              break;
            case "explicit-key-ind":
            case "map-value-ind":
            case "seq-item-ind":
              if (this.atNewLine)
                this.indent += source.length;
              break;
            case "doc-mode":
            case "flow-error-end":
              return;
            default:
              this.atNewLine = false;
          }
          this.offset += source.length;
        }
      }
      /** Call at end of input to push out any remaining constructions */
      *end() {
        while (this.stack.length > 0)
          yield* this.pop();
      }
      get sourceToken() {
        const st = {
          type: this.type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
        return st;
      }
      *step() {
        const top = this.peek(1);
        if (this.type === "doc-end" && top?.type !== "doc-end") {
          while (this.stack.length > 0)
            yield* this.pop();
          this.stack.push({
            type: "doc-end",
            offset: this.offset,
            source: this.source
          });
          return;
        }
        if (!top)
          return yield* this.stream();
        switch (top.type) {
          case "document":
            return yield* this.document(top);
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return yield* this.scalar(top);
          case "block-scalar":
            return yield* this.blockScalar(top);
          case "block-map":
            return yield* this.blockMap(top);
          case "block-seq":
            return yield* this.blockSequence(top);
          case "flow-collection":
            return yield* this.flowCollection(top);
          case "doc-end":
            return yield* this.documentEnd(top);
        }
        yield* this.pop();
      }
      peek(n) {
        return this.stack[this.stack.length - n];
      }
      *pop(error) {
        const token = error ?? this.stack.pop();
        if (!token) {
          const message = "Tried to pop an empty stack";
          yield { type: "error", offset: this.offset, source: "", message };
        } else if (this.stack.length === 0) {
          yield token;
        } else {
          const top = this.peek(1);
          if (token.type === "block-scalar") {
            token.indent = "indent" in top ? top.indent : 0;
          } else if (token.type === "flow-collection" && top.type === "document") {
            token.indent = 0;
          }
          if (token.type === "flow-collection")
            fixFlowSeqItems(token);
          switch (top.type) {
            case "document":
              top.value = token;
              break;
            case "block-scalar":
              top.props.push(token);
              break;
            case "block-map": {
              const it = top.items[top.items.length - 1];
              if (it.value) {
                top.items.push({ start: [], key: token, sep: [] });
                this.onKeyLine = true;
                return;
              } else if (it.sep) {
                it.value = token;
              } else {
                Object.assign(it, { key: token, sep: [] });
                this.onKeyLine = !it.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              const it = top.items[top.items.length - 1];
              if (it.value)
                top.items.push({ start: [], value: token });
              else
                it.value = token;
              break;
            }
            case "flow-collection": {
              const it = top.items[top.items.length - 1];
              if (!it || it.value)
                top.items.push({ start: [], key: token, sep: [] });
              else if (it.sep)
                it.value = token;
              else
                Object.assign(it, { key: token, sep: [] });
              return;
            }
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop();
              yield* this.pop(token);
          }
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
            const last = token.items[token.items.length - 1];
            if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
              if (top.type === "document")
                top.end = last.start;
              else
                top.items.push({ start: last.start });
              token.items.splice(-1, 1);
            }
          }
        }
      }
      *stream() {
        switch (this.type) {
          case "directive-line":
            yield { type: "directive", offset: this.offset, source: this.source };
            return;
          case "byte-order-mark":
          case "space":
          case "comment":
          case "newline":
            yield this.sourceToken;
            return;
          case "doc-mode":
          case "doc-start": {
            const doc = {
              type: "document",
              offset: this.offset,
              start: []
            };
            if (this.type === "doc-start")
              doc.start.push(this.sourceToken);
            this.stack.push(doc);
            return;
          }
        }
        yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML stream`,
          source: this.source
        };
      }
      *document(doc) {
        if (doc.value)
          return yield* this.lineEnd(doc);
        switch (this.type) {
          case "doc-start": {
            if (findNonEmptyIndex(doc.start) !== -1) {
              yield* this.pop();
              yield* this.step();
            } else
              doc.start.push(this.sourceToken);
            return;
          }
          case "anchor":
          case "tag":
          case "space":
          case "comment":
          case "newline":
            doc.start.push(this.sourceToken);
            return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
          this.stack.push(bv);
        else {
          yield {
            type: "error",
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML document`,
            source: this.source
          };
        }
      }
      *scalar(scalar) {
        if (this.type === "map-value-ind") {
          const prev = getPrevProps(this.peek(2));
          const start = getFirstKeyStartProps(prev);
          let sep3;
          if (scalar.end) {
            sep3 = scalar.end;
            sep3.push(this.sourceToken);
            delete scalar.end;
          } else
            sep3 = [this.sourceToken];
          const map = {
            type: "block-map",
            offset: scalar.offset,
            indent: scalar.indent,
            items: [{ start, key: scalar, sep: sep3 }]
          };
          this.onKeyLine = true;
          this.stack[this.stack.length - 1] = map;
        } else
          yield* this.lineEnd(scalar);
      }
      *blockScalar(scalar) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar.props.push(this.sourceToken);
            return;
          case "scalar":
            scalar.source = this.source;
            this.atNewLine = true;
            this.indent = 0;
            if (this.onNewLine) {
              let nl = this.source.indexOf("\n") + 1;
              while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf("\n", nl) + 1;
              }
            }
            yield* this.pop();
            break;
          /* istanbul ignore next should not happen */
          default:
            yield* this.pop();
            yield* this.step();
        }
      }
      *blockMap(map) {
        const it = map.items[map.items.length - 1];
        switch (this.type) {
          case "newline":
            this.onKeyLine = false;
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              it.start.push(this.sourceToken);
            }
            return;
          case "space":
          case "comment":
            if (it.value) {
              map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              if (this.atIndentedComment(it.start, map.indent)) {
                const prev = map.items[map.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  map.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map.indent) {
          const atMapIndent = !this.onKeyLine && this.indent === map.indent;
          const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
          let start = [];
          if (atNextItem && it.sep && !it.value) {
            const nl = [];
            for (let i2 = 0; i2 < it.sep.length; ++i2) {
              const st = it.sep[i2];
              switch (st.type) {
                case "newline":
                  nl.push(i2);
                  break;
                case "space":
                  break;
                case "comment":
                  if (st.indent > map.indent)
                    nl.length = 0;
                  break;
                default:
                  nl.length = 0;
              }
            }
            if (nl.length >= 2)
              start = it.sep.splice(nl[1]);
          }
          switch (this.type) {
            case "anchor":
            case "tag":
              if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start });
                this.onKeyLine = true;
              } else if (it.sep) {
                it.sep.push(this.sourceToken);
              } else {
                it.start.push(this.sourceToken);
              }
              return;
            case "explicit-key-ind":
              if (!it.sep && !it.explicitKey) {
                it.start.push(this.sourceToken);
                it.explicitKey = true;
              } else if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start, explicitKey: true });
              } else {
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [this.sourceToken], explicitKey: true }]
                });
              }
              this.onKeyLine = true;
              return;
            case "map-value-ind":
              if (it.explicitKey) {
                if (!it.sep) {
                  if (includesToken(it.start, "newline")) {
                    Object.assign(it, { key: null, sep: [this.sourceToken] });
                  } else {
                    const start2 = getFirstKeyStartProps(it.start);
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                    });
                  }
                } else if (it.value) {
                  map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                  });
                } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
                  const start2 = getFirstKeyStartProps(it.start);
                  const key = it.key;
                  const sep3 = it.sep;
                  sep3.push(this.sourceToken);
                  delete it.key;
                  delete it.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key, sep: sep3 }]
                  });
                } else if (start.length > 0) {
                  it.sep = it.sep.concat(start, this.sourceToken);
                } else {
                  it.sep.push(this.sourceToken);
                }
              } else {
                if (!it.sep) {
                  Object.assign(it, { key: null, sep: [this.sourceToken] });
                } else if (it.value || atNextItem) {
                  map.items.push({ start, key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [], key: null, sep: [this.sourceToken] }]
                  });
                } else {
                  it.sep.push(this.sourceToken);
                }
              }
              this.onKeyLine = true;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (atNextItem || it.value) {
                map.items.push({ start, key: fs, sep: [] });
                this.onKeyLine = true;
              } else if (it.sep) {
                this.stack.push(fs);
              } else {
                Object.assign(it, { key: fs, sep: [] });
                this.onKeyLine = true;
              }
              return;
            }
            default: {
              const bv = this.startBlockValue(map);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                    yield* this.pop({
                      type: "error",
                      offset: this.offset,
                      message: "Unexpected block-seq-ind on same line with key",
                      source: this.source
                    });
                    return;
                  }
                } else if (atMapIndent) {
                  map.items.push({ start });
                }
                this.stack.push(bv);
                return;
              }
            }
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                seq.items.push({ start: [this.sourceToken] });
            } else
              it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              seq.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it.start, seq.indent)) {
                const prev = seq.items[seq.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  seq.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it.value || this.indent <= seq.indent)
              break;
            it.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq.indent)
              break;
            if (it.value || includesToken(it.start, "seq-item-ind"))
              seq.items.push({ start: [this.sourceToken] });
            else
              it.start.push(this.sourceToken);
            return;
        }
        if (this.indent > seq.indent) {
          const bv = this.startBlockValue(seq);
          if (bv) {
            this.stack.push(bv);
            return;
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === "flow-error-end") {
          let top;
          do {
            yield* this.pop();
            top = this.peek(1);
          } while (top?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              if (!it || it.sep)
                fc.items.push({ start: [this.sourceToken] });
              else
                it.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              if (!it || it.value)
                fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                Object.assign(it, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              if (!it || it.value)
                fc.items.push({ start: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                it.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (!it || it.value)
                fc.items.push({ start: [], key: fs, sep: [] });
              else if (it.sep)
                this.stack.push(fs);
              else
                Object.assign(it, { key: fs, sep: [] });
              return;
            }
            case "flow-map-end":
            case "flow-seq-end":
              fc.end.push(this.sourceToken);
              return;
          }
          const bv = this.startBlockValue(fc);
          if (bv)
            this.stack.push(bv);
          else {
            yield* this.pop();
            yield* this.step();
          }
        } else {
          const parent = this.peek(2);
          if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
            yield* this.pop();
            yield* this.step();
          } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            fixFlowSeqItems(fc);
            const sep3 = fc.end.splice(1, fc.end.length);
            sep3.push(this.sourceToken);
            const map = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep: sep3 }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
          } else {
            yield* this.lineEnd(fc);
          }
        }
      }
      flowScalar(type) {
        if (this.onNewLine) {
          let nl = this.source.indexOf("\n") + 1;
          while (nl !== 0) {
            this.onNewLine(this.offset + nl);
            nl = this.source.indexOf("\n", nl) + 1;
          }
        }
        return {
          type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      startBlockValue(parent) {
        switch (this.type) {
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return this.flowScalar(this.type);
          case "block-scalar-header":
            return {
              type: "block-scalar",
              offset: this.offset,
              indent: this.indent,
              props: [this.sourceToken],
              source: ""
            };
          case "flow-map-start":
          case "flow-seq-start":
            return {
              type: "flow-collection",
              offset: this.offset,
              indent: this.indent,
              start: this.sourceToken,
              items: [],
              end: []
            };
          case "seq-item-ind":
            return {
              type: "block-seq",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken] }]
            };
          case "explicit-key-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            start.push(this.sourceToken);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, explicitKey: true }]
            };
          }
          case "map-value-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, key: null, sep: [this.sourceToken] }]
            };
          }
        }
        return null;
      }
      atIndentedComment(start, indent) {
        if (this.type !== "comment")
          return false;
        if (this.indent <= indent)
          return false;
        return start.every((st) => st.type === "newline" || st.type === "space");
      }
      *documentEnd(docEnd) {
        if (this.type !== "doc-mode") {
          if (docEnd.end)
            docEnd.end.push(this.sourceToken);
          else
            docEnd.end = [this.sourceToken];
          if (this.type === "newline")
            yield* this.pop();
        }
      }
      *lineEnd(token) {
        switch (this.type) {
          case "comma":
          case "doc-start":
          case "doc-end":
          case "flow-seq-end":
          case "flow-map-end":
          case "map-value-ind":
            yield* this.pop();
            yield* this.step();
            break;
          case "newline":
            this.onKeyLine = false;
          // fallthrough
          case "space":
          case "comment":
          default:
            if (token.end)
              token.end.push(this.sourceToken);
            else
              token.end = [this.sourceToken];
            if (this.type === "newline")
              yield* this.pop();
        }
      }
    };
    exports.Parser = Parser;
  }
});

// node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "node_modules/yaml/dist/public-api.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var errors = require_errors();
    var log = require_log();
    var identity = require_identity();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    function parseOptions(options) {
      const prettyErrors = options.prettyErrors !== false;
      const lineCounter$1 = options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null;
      return { lineCounter: lineCounter$1, prettyErrors };
    }
    function parseAllDocuments(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      const docs = Array.from(composer$1.compose(parser$1.parse(source)));
      if (prettyErrors && lineCounter2)
        for (const doc of docs) {
          doc.errors.forEach(errors.prettifyError(source, lineCounter2));
          doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
        }
      if (docs.length > 0)
        return docs;
      return Object.assign([], { empty: true }, composer$1.streamInfo());
    }
    function parseDocument(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      let doc = null;
      for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      }
      if (prettyErrors && lineCounter2) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter2));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
      }
      return doc;
    }
    function parse2(src, reviver, options) {
      let _reviver = void 0;
      if (typeof reviver === "function") {
        _reviver = reviver;
      } else if (options === void 0 && reviver && typeof reviver === "object") {
        options = reviver;
      }
      const doc = parseDocument(src, options);
      if (!doc)
        return null;
      doc.warnings.forEach((warning) => log.warn(doc.options.logLevel, warning));
      if (doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        else
          doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options));
    }
    function stringify(value, replacer, options) {
      let _replacer = null;
      if (typeof replacer === "function" || Array.isArray(replacer)) {
        _replacer = replacer;
      } else if (options === void 0 && replacer) {
        options = replacer;
      }
      if (typeof options === "string")
        options = options.length;
      if (typeof options === "number") {
        const indent = Math.round(options);
        options = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
      }
      if (value === void 0) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
          return void 0;
      }
      if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
      return new Document.Document(value, _replacer, options).toString(options);
    }
    exports.parse = parse2;
    exports.parseAllDocuments = parseAllDocuments;
    exports.parseDocument = parseDocument;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/index.js
var require_dist = __commonJS({
  "node_modules/yaml/dist/index.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var Schema = require_Schema();
    var errors = require_errors();
    var Alias = require_Alias();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var cst = require_cst();
    var lexer = require_lexer();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    var publicApi = require_public_api();
    var visit = require_visit();
    exports.Composer = composer.Composer;
    exports.Document = Document.Document;
    exports.Schema = Schema.Schema;
    exports.YAMLError = errors.YAMLError;
    exports.YAMLParseError = errors.YAMLParseError;
    exports.YAMLWarning = errors.YAMLWarning;
    exports.Alias = Alias.Alias;
    exports.isAlias = identity.isAlias;
    exports.isCollection = identity.isCollection;
    exports.isDocument = identity.isDocument;
    exports.isMap = identity.isMap;
    exports.isNode = identity.isNode;
    exports.isPair = identity.isPair;
    exports.isScalar = identity.isScalar;
    exports.isSeq = identity.isSeq;
    exports.Pair = Pair.Pair;
    exports.Scalar = Scalar.Scalar;
    exports.YAMLMap = YAMLMap.YAMLMap;
    exports.YAMLSeq = YAMLSeq.YAMLSeq;
    exports.CST = cst;
    exports.Lexer = lexer.Lexer;
    exports.LineCounter = lineCounter.LineCounter;
    exports.Parser = parser.Parser;
    exports.parse = publicApi.parse;
    exports.parseAllDocuments = publicApi.parseAllDocuments;
    exports.parseDocument = publicApi.parseDocument;
    exports.stringify = publicApi.stringify;
    exports.visit = visit.visit;
    exports.visitAsync = visit.visitAsync;
  }
});

// src/errors.ts
var UserError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "UserError";
  }
};
function errorMessage(e) {
  return e instanceof Error ? e.message : String(e);
}

// src/engine/scan.ts
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { basename as basename2, dirname } from "node:path";

// src/engine/types.ts
var SEVERITIES = ["critical", "high", "medium", "low", "info"];
var SEVERITY_RANK = { critical: 4, high: 3, medium: 2, low: 1, info: 0 };
var INVENTORY_KEYS = ["operators", "lambdaLayers", "externalData"];

// src/engine/source.ts
import { open } from "node:fs/promises";
var BufferSource = class {
  constructor(buf) {
    this.buf = buf;
  }
  buf;
  get size() {
    return this.buf.length;
  }
  async read(offset, length) {
    return this.readSync(offset, length);
  }
  readSync(offset, length) {
    const start = Math.max(0, Math.min(offset, this.buf.length));
    const end = Math.max(start, Math.min(start + Math.max(0, length), this.buf.length));
    return Buffer.from(this.buf.buffer, this.buf.byteOffset + start, end - start);
  }
};
var SliceSource = class {
  constructor(parent, start, length) {
    this.parent = parent;
    this.start = start;
    this.size = Math.max(0, Math.min(length, parent.size - start));
  }
  parent;
  start;
  size;
  read(offset, length) {
    const o = Math.max(0, Math.min(offset, this.size));
    const len = Math.max(0, Math.min(length, this.size - o));
    return this.parent.read(this.start + o, len);
  }
};
var FileSource = class _FileSource {
  constructor(fh, size) {
    this.fh = fh;
    this.size = size;
  }
  fh;
  size;
  static async open(path2) {
    const fh = await open(path2, "r");
    const st = await fh.stat();
    return new _FileSource(fh, st.size);
  }
  async read(offset, length) {
    const o = Math.max(0, Math.min(offset, this.size));
    const len = Math.max(0, Math.min(length, this.size - o));
    const buf = Buffer.allocUnsafe(len);
    let got = 0;
    while (got < len) {
      const { bytesRead } = await this.fh.read(buf, got, len - got, o + got);
      if (bytesRead === 0) break;
      got += bytesRead;
    }
    return got === len ? buf : buf.subarray(0, got);
  }
  close() {
    return this.fh.close();
  }
};

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
  weightBytes: 64 * 1024 ** 2
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

// src/policy/rules/general.ts
var rules = [
  {
    id: "GEN-002",
    title: "File extension does not match its content",
    severity: "medium",
    why: "Loaders and scanners pick code paths by extension; a pickle named .safetensors or .txt is how payloads slip past tools that trust names.",
    fix: "Rename the file to match what it is, or replace it with the format its name promises.",
    references: ["https://www.reversinglabs.com/blog/rl-identifies-malware-ml-model-hosted-on-hugging-face"]
  },
  {
    id: "GEN-003",
    title: "Not analysed: content could not be parsed to the end",
    severity: "high",
    why: "A truncated, corrupted or unsupported structure was met. Loaders execute pickles sequentially, so whatever lies beyond the point where analysis stopped is unknown and may still run.",
    fix: "Regenerate the file with the framework that produced it. If the file is intentionally in an unusual form, convert it to a safe format (safetensors) before committing."
  },
  {
    id: "GEN-007",
    title: "Not analysed: a resource limit was reached",
    severity: "high",
    why: "The file needed more work than the configured limits allow (nesting, entries, decompressed size, opcodes, time). Content past the limit was not examined, so the file cannot be called clean.",
    fix: "Check whether the file is a decompression bomb or padded to exhaust scanners. If it is legitimate and large, raise the specific limit in .modelgate.yml (limits:)."
  },
  {
    id: "GEN-008",
    title: "Executable or script embedded in model data",
    severity: "high",
    why: "Executable headers (ELF, PE, Mach-O) or script shebangs inside model bytes have no place in weights; they are staged payloads for a loader to drop and run.",
    fix: "Do not use this file. Rebuild the model from trusted sources."
  },
  {
    id: "GEN-009",
    title: "Unknown format: a model-named file matches no known model format",
    severity: "low",
    why: "The file looks like a model by its name but its content is none of the formats ModelGate analyses, so nothing about its safety is known.",
    fix: "Convert the model to a supported format, or exclude the path if it is not a model."
  },
  {
    id: "GEN-010",
    title: "Symbolic link in the scanned tree",
    severity: "medium",
    why: "A symbolic link can make a tool or loader read files outside the repository (/etc/passwd, runner secrets). ModelGate never follows it.",
    fix: "Replace the link with the real file, or remove it."
  },
  {
    id: "GEN-011",
    title: "Not analysed: internal error in ModelGate",
    severity: "high",
    why: "The analyzer failed unexpectedly on this input. The file is treated as not analysed rather than clean.",
    fix: "Report the file to the ModelGate maintainers (a bug), and review the file by other means before merging."
  },
  {
    id: "GEN-012",
    title: "Not analysed: the file could not be read",
    severity: "high",
    why: "The file could not be opened or read (permissions, I/O error, vanished during the scan).",
    fix: "Make the file readable by the job, then re-run."
  },
  {
    id: "CTR-001",
    title: "Polyglot: the file is valid as two formats",
    severity: "high",
    why: "pickle.load runs the leading pickle and ignores a trailing zip, while zip-based tools see only the archive. Both views are analysed; the combination itself is a disguise.",
    fix: "Do not use this file. A legitimate model is one format."
  },
  {
    id: "CTR-002",
    title: "Zip structure anomaly (data before the first entry, after the directory, or several end records)",
    severity: "medium",
    why: "Prepended or appended data and multiple end-of-directory records make different readers see different archives.",
    fix: "Re-save the archive with the framework that produced it."
  },
  {
    id: "CTR-003",
    title: "Zip local header disagrees with the central directory",
    severity: "medium",
    why: "PyTorch (miniz) reads entries through the central directory and ignores CRCs and flag bits; scanners that follow local headers or refuse bad CRCs see something else. A known scanner-evasion trick (CVE-2025-1944, CVE-2025-10156, CVE-2025-1945).",
    fix: "Re-save the archive with the framework that produced it."
  },
  {
    id: "CTR-004",
    title: "Duplicate member names in an archive",
    severity: "high",
    why: "Readers disagree on which copy wins, so a benign copy can shadow a malicious one for a scanner but not for the loader. Every copy is analysed.",
    fix: "Re-save the archive; a legitimate model archive never repeats a name."
  },
  {
    id: "CTR-005",
    title: "Encrypted member or unsupported compression method",
    severity: "high",
    why: "The member cannot be read, so it is not analysed.",
    fix: "Store model archives unencrypted with stored or deflate compression."
  },
  {
    id: "CTR-006",
    title: "Unsafe member path or link in an archive",
    severity: "high",
    why: "Absolute paths, `..`, backslashes, NUL bytes or symlink members escape the extraction folder when a loader unpacks the archive (Keras assets, legacy torch tar, ONNX hub).",
    fix: "Rebuild the archive with plain relative member names and no links."
  },
  {
    id: "CTR-007",
    title: "Model wrapped in an extra archive or compression layer",
    severity: "medium",
    why: "Wrapping (7z, gzip, tar) hides the model from scanners that do not unpack; nullifAI used this to evade Hugging Face scanning. The content was unpacked and analysed where possible.",
    fix: "Commit the model file itself, not an archive of it."
  },
  {
    id: "CTR-008",
    title: "Decompression bomb",
    severity: "high",
    why: "The declared or observed expansion ratio is far beyond what real models compress to; such members exhaust memory or disk of tools that unpack them.",
    fix: "Do not use this file."
  },
  {
    id: "CTR-009",
    title: "Executable or script member in a model archive",
    severity: "high",
    why: "Python files, shared libraries and scripts inside a model archive are code that a loader or a user may run.",
    fix: "Remove code from model archives; ship code through reviewed source instead."
  }
];

// src/policy/rules/pickle.ts
var PICKLESCAN = "https://github.com/mmaitre314/picklescan";
var PY_PICKLE = "https://docs.python.org/3/library/pickle.html#restricting-globals";
var WEIGHTS_ONLY = "https://pytorch.org/docs/stable/notes/serialization.html#weights-only";
var SAFETENSORS_FIX = "Convert the model to safetensors (or another data-only format); if you must keep a pickle, regenerate it from code you trust.";
var rules2 = [
  {
    id: "PKL-001",
    title: "Pickle imports a dangerous callable or module",
    severity: "critical",
    why: "Unpickling imports every global the pickle names and can call it. This import is a known gadget (code execution, process, file or network access); loading the file with pickle.load or torch.load(weights_only=False) hands it to the attacker. The severity is the gadget tier: critical for code execution and import primitives, high for file/network/environment access.",
    fix: `Do not load this file. ${SAFETENSORS_FIX}`,
    references: [PY_PICKLE, PICKLESCAN, "https://github.com/trailofbits/fickling"]
  },
  {
    id: "PKL-002",
    title: "Pickle imports something outside the allow list",
    severity: "medium",
    why: "Pickle imports are default-deny: block lists have been bypassed dozens of times (picklescan advisories), so anything not on the shipped allow list of data types is reported. High when it comes from the standard library or an ML platform package (large, full of gadgets); medium for other modules (usually a project class).",
    fix: "If the import is your own trusted class, allow it for this path in .modelgate.yml (allow-imports: [{paths: [...], imports: [module.Name]}]). Otherwise convert the model to a data-only format.",
    references: [PY_PICKLE]
  },
  {
    id: "PKL-003",
    title: "Pickle import that cannot be resolved statically",
    severity: "critical",
    why: "STACK_GLOBAL takes its module and name from the stack. Here at least one is not a literal string (the result of a call, a missing memo entry, bytes): the file computes what it imports at load time, which only hides the target.",
    fix: `Do not load this file. ${SAFETENSORS_FIX}`
  },
  {
    id: "PKL-004",
    title: "Pickle imports through the copyreg extension registry (EXT1/EXT2/EXT4)",
    severity: "high",
    why: "EXT opcodes import whatever the loading process registered under the code with copyreg.add_extension. The registry is empty in a stock interpreter, so the target is unknowable statically; legitimate writers never emit EXT codes.",
    fix: `Do not load this file. ${SAFETENSORS_FIX}`,
    references: ["https://docs.python.org/3/library/copyreg.html"]
  },
  {
    id: "PKL-005",
    title: "Pickle import with a dotted attribute path",
    severity: "high",
    why: "With protocol 4+ find_class walks dotted names attribute by attribute, so `torch` + `serialization.os.system` reaches os.system through a module that imported it. Legitimate pickles name classes directly. Critical when the path goes through a blocked module or a dunder attribute.",
    fix: `Do not load this file. ${SAFETENSORS_FIX}`,
    references: ["https://github.com/trailofbits/fickling/security/advisories/GHSA-5j3x-jp52-966f"]
  },
  {
    id: "PKL-006",
    title: "Python 2 module alias remapped to a dangerous target",
    severity: "critical",
    why: "For protocols below 3 the unpickler maps Python 2 names (`__builtin__`, `commands`, `copy_reg`, `urllib2`) to their Python 3 modules, so a block list that only knows Python 3 names misses `commands.getoutput` (= subprocess.getoutput) or `__builtin__.eval`.",
    fix: `Do not load this file. ${SAFETENSORS_FIX}`,
    references: ["https://github.com/python/cpython/blob/3.11/Lib/_compat_pickle.py"]
  },
  {
    id: "PKL-010",
    title: "Pickle calls a dangerous callable while loading",
    severity: "critical",
    why: "The pickle does not only import the gadget, it calls it (REDUCE/INST/OBJ/NEWOBJ/BUILD) during loading; the literal arguments (commands, code, URLs, paths) are shown as evidence.",
    fix: `Do not load this file; treat the machine that produced it as compromised. ${SAFETENSORS_FIX}`
  },
  {
    id: "PKL-011",
    title: "Pickle hands a nested payload to a deserialiser",
    severity: "high",
    why: "Bytes or text in the pickle are passed to pickle.loads, torch.load, marshal.loads, dill.loads, joblib.load, numpy.load or torch.storage._load_from_bytes (possibly through base64/zlib): a second payload that single-pass scanners never see. The nested content is analysed as its own member; critical when it is dangerous itself.",
    fix: `Do not load this file. ${SAFETENSORS_FIX}`,
    references: ["https://github.com/mmaitre314/picklescan/security/advisories/GHSA-h3qp-7fh3-f8h4"]
  },
  {
    id: "PKL-012",
    title: "Pickle BUILD modifies a module, class or function",
    severity: "high",
    why: "BUILD sets attributes with setattr on whatever is on the stack. Applied to an imported module, class or function (or setting dunder attributes), it monkey-patches the loading process and outlives the load (e.g. replacing a function the application calls later).",
    fix: `Do not load this file. ${SAFETENSORS_FIX}`
  },
  {
    id: "PKL-013",
    title: "Pickle adds items to something that is not a list, dict or set",
    severity: "medium",
    why: "APPEND(S)/SETITEM(S)/ADDITEMS call append/__setitem__/add on any object. On a rebuilt tensor this is the CVE-2026-24747 heap-write primitive of torch.load(weights_only=True); on other objects it invokes their methods. Legitimate writers only target containers.",
    fix: `Do not load this file. ${SAFETENSORS_FIX}`,
    references: ["https://github.com/advisories/GHSA-63cw-57p8-fm3p"]
  },
  {
    id: "PKL-014",
    title: "Pickle discards the result of a call",
    severity: "medium",
    why: "A call whose result is popped right away is executed only for its side effect. Pickle writers never do this; payloads do, and decompiling scanners have lost such calls (fickling).",
    fix: `Do not load this file. ${SAFETENSORS_FIX}`
  },
  {
    id: "PKL-020",
    title: "Pickle imports from __main__",
    severity: "medium",
    why: "A `__main__` import resolves to whatever the loading script defines, so the file's behaviour depends on the application that loads it (a known way to call a helper the attacker planted in the loader). High when it is called.",
    fix: "Move the class to an importable module and re-save, or convert the model to a data-only format."
  },
  {
    id: "PKL-021",
    title: "Pickle imports a security scanner",
    severity: "critical",
    why: "Importing fickling, picklescan, modelscan or a similar tool from a model file only makes sense to switch off their runtime hooks before the real payload runs.",
    fix: "Do not load this file."
  },
  {
    id: "PKL-030",
    title: "Several pickles or trailing bytes in one stream",
    severity: "medium",
    why: "pickle.load stops at the first STOP; loaders that call it repeatedly (and scanners that do not) see different programs. Every pickle found is analysed; trailing data is sniffed as its own content.",
    fix: "Re-save the object with a single pickle.dump, or convert it to a data-only format."
  },
  {
    id: "PKL-031",
    title: "PROTO opcode repeated, misplaced or unsupported",
    severity: "medium",
    why: "Writers emit one PROTO as the first opcode. A repeated or late PROTO changes how later names are resolved (Python 2 maps, dotted names) and is a known anomaly of hand-crafted pickles; a protocol above 5 makes current Python refuse the file.",
    fix: "Regenerate the file with the framework that produced it."
  },
  {
    id: "PKL-032",
    title: "Opcode newer than the declared protocol",
    severity: "medium",
    why: "The pickler only writes opcodes of the protocol it declares; a later opcode (e.g. STACK_GLOBAL after PROTO 2) means the stream was assembled by hand.",
    fix: "Regenerate the file with the framework that produced it."
  },
  {
    id: "PKL-033",
    title: "Opcode straddles a FRAME boundary",
    severity: "medium",
    why: "An opcode or its argument crosses the end of the frame the FRAME opcode declared. pickle.loads reads straight through, the C unpickler reading a file without peek() drops the rest of the frame, and the pure-Python unpickler fails: each loader runs a different program (fickling FRAME-divergence bypass). Both readings are analysed.",
    fix: "Do not load this file; regenerate it with the framework that produced it."
  },
  {
    id: "PKL-040",
    title: "Pickle built to exhaust analysers (expansion, huge numbers)",
    severity: "medium",
    why: "Memo references far outnumbering stored values, long DUP chains or enormous decimal numbers are how pickles make scanners and decompilers blow up or give up (fickling ExpansionAttackAnalysis).",
    fix: "Regenerate the file with the framework that produced it."
  },
  {
    id: "PKL-050",
    title: "Malformed pickle (unknown opcode, bad or truncated argument, missing STOP)",
    severity: "medium",
    why: "The pickle cannot be read to the end. Loaders execute opcodes one by one, so anything before the error still runs (findings up to that point are kept); the file is not known to be safe.",
    fix: "Regenerate the file with the framework that produced it."
  },
  {
    id: "PKL-051",
    title: "Pickle stack or memo inconsistency",
    severity: "low",
    why: "Values left on the stack at STOP, unclosed MARKs or MARK objects in the memo never come from a real pickler.",
    fix: "Regenerate the file with the framework that produced it."
  },
  {
    id: "PKL-052",
    title: "Pickle stack underflow",
    severity: "medium",
    why: "An opcode pops more values than the stack (since the last MARK) holds. The real unpickler raises here; scanners that keep going in their own way can be desynchronised.",
    fix: "Regenerate the file with the framework that produced it."
  },
  {
    id: "PKL-053",
    title: "Pickle reads a memo entry that was never stored",
    severity: "medium",
    why: "GET of an undefined memo key raises in CPython; crafted files use it to crash scanners after the payload already ran (picklescan keyerror-exploit).",
    fix: "Regenerate the file with the framework that produced it."
  },
  {
    id: "PKL-060",
    title: "Suspicious string in a pickle",
    severity: "low",
    why: "A string looks like a shell command, a download, an address or an encoded blob. On its own it proves nothing; next to an import finding it tells what the payload does.",
    fix: "Check what uses the string; convert the model to a data-only format."
  },
  {
    id: "PKL-070",
    title: "Serialized content embedded in a pickle value",
    severity: "low",
    why: "A bytes value is itself a pickle, zip or .npy. It is analysed as a nested member; a loader or the application may deserialise it later.",
    fix: "Store nested data as plain arrays, or ship it as a separate, scanned file."
  },
  {
    id: "PT-001",
    title: "PyTorch checkpoint needs torch.load(weights_only=False)",
    severity: "medium",
    why: "data.pkl imports something outside torch.load(weights_only=True)'s allow list, so the checkpoint only loads with the unrestricted unpickler, which runs whatever the pickle imports. Severity is that of the import (at least medium).",
    fix: "Save a plain state_dict (tensors and containers only), or convert to safetensors.",
    references: [WEIGHTS_ONLY]
  },
  {
    id: "PT-002",
    title: "PyTorch data.pkl uses opcodes the weights-only unpickler rejects",
    severity: "medium",
    why: "torch.save writes protocol 2 with a fixed set of 34 opcodes. Other opcodes (STACK_GLOBAL, MEMOIZE, FRAME, BINBYTES\u2026) fail weights_only loading and mean the pickle was produced by something else. A PROTO other than 2 alone is low.",
    fix: "Re-save the checkpoint with torch.save, or convert it to safetensors.",
    references: [WEIGHTS_ONLY]
  },
  {
    id: "PT-013",
    title: "Tensor view outside its storage",
    severity: "high",
    why: "The literal arguments of _rebuild_tensor_v2/_v3 describe a view (offset, sizes, strides) that reaches past the storage it references, or uses negative values or mismatched ranks: an out-of-bounds read/write primitive in torch.load, including weights_only (DEF CON 34, CVE-2026-24747 class).",
    fix: "Do not load this file with torch \u2264 2.9.1. Re-save the checkpoint from a trusted source.",
    references: ["https://github.com/advisories/GHSA-63cw-57p8-fm3p"]
  },
  {
    id: "PT-014",
    title: "SETITEM/APPEND on a rebuilt tensor or storage",
    severity: "high",
    why: "Item assignment on a tensor or storage inside data.pkl is the CVE-2026-24747 heap-write primitive of the weights-only unpickler (torch \u2264 2.9.1). torch.save never writes it.",
    fix: "Do not load this file. Upgrade torch to 2.10 or later and re-save the checkpoint from a trusted source.",
    references: ["https://github.com/advisories/GHSA-63cw-57p8-fm3p"]
  },
  {
    id: "TS-008",
    title: "TorchScript pickle imports outside TorchScript's unpickler set",
    severity: "medium",
    why: "TorchScript's own unpickler accepts only a short list of globals (tensor rebuild helpers, OrderedDict, storages, __torch__ classes). Other imports mean the pickle was made by or for plain pickle (e.g. torch.load taking the pickle path) and is not a TorchScript archive's normal content.",
    fix: "Re-export the model with torch.jit.save from trusted code."
  }
];

// src/policy/rules/numpy.ts
var rules3 = [];

// src/policy/rules/joblib.ts
var JOBLIB = "https://joblib.readthedocs.io/en/stable/persistence.html";
var rules4 = [
  {
    id: "JBL-001",
    title: "joblib pickle with inline array payloads",
    severity: "info",
    why: "joblib.dump writes numpy arrays as raw bytes inside the pickle stream, right after each NumpyArrayWrapper. Scanners that disassemble the stream naively stop at the first array; ModelGate skips the arrays and analyses everything after them.",
    fix: "Nothing to do; this is inventory. A joblib file is still a pickle: loading it runs its imports.",
    references: [JOBLIB]
  },
  {
    id: "JBL-003",
    title: "joblib array wrapper cannot be resolved",
    severity: "high",
    why: "The NumpyArrayWrapper state (shape, dtype, alignment) is not literal, so the length of the raw array bytes that follow is unknown. Everything after this point was not analysed, and joblib.load would still execute it.",
    fix: "Regenerate the file with joblib.dump from trusted code, or convert the model to a data-only format (skops, ONNX, safetensors).",
    references: [JOBLIB]
  },
  {
    id: "JBL-004",
    title: "joblib object array (a nested pickle)",
    severity: "medium",
    why: "An array with dtype=object is stored as a complete nested pickle that joblib.load unpickles (CVE-2024-34997 class). It is analysed in place; object arrays hide arbitrary Python objects.",
    fix: "Store numeric arrays only, or convert the model to a data-only format.",
    references: ["https://nvd.nist.gov/vuln/detail/CVE-2024-34997"]
  },
  {
    id: "JBL-005",
    title: "Legacy joblib array wrapper loads a side file",
    severity: "high",
    why: "joblib's legacy NDArrayWrapper/ZNDArrayWrapper open `os.path.join(<folder of the pickle>, filename)` and NDArrayWrapper loads it with numpy.load(allow_pickle=True): an absolute path or `..` loads (and unpickles) any file on the machine, and side files next to the model are pickle sinks of their own. High for escaping paths, medium for plain side files.",
    fix: "Re-save the model with a current joblib (arrays inline) and do not ship side files.",
    references: ["https://github.com/joblib/joblib/blob/master/joblib/numpy_pickle_compat.py"]
  }
];

// src/policy/rules/pytorch.ts
var rules5 = [];

// src/policy/rules/torchscript.ts
var rules6 = [];

// src/policy/rules/onnx.ts
var rules7 = [
  {
    id: "ONNX-001",
    title: "External-data location escapes the model folder",
    severity: "high",
    why: "onnx.load reads tensor bytes from the file named in external_data.location. An absolute path, a drive letter, a UNC share or `..` after normalisation makes loading read (and hosting services expose) arbitrary files such as /etc/passwd or credentials (CVE-2022-25882, CVE-2024-27318).",
    fix: "Save the model again with onnx.save(..., save_as_external_data=True) so locations are plain relative names next to the model; never commit a model whose locations point elsewhere.",
    references: ["https://github.com/onnx/onnx/issues/3991", "https://nvd.nist.gov/vuln/detail/CVE-2024-27318"]
  },
  {
    id: "ONNX-002",
    title: "External-data location uses the ONNX Runtime in-memory address tag",
    severity: "critical",
    why: "A location containing `_ORT_MEM_ADDR_` makes ONNX Runtime treat `offset` as a process memory address, so the model reads arbitrary memory of the loading process.",
    fix: "Do not use this file. Models on disk never need the in-memory tag.",
    references: ["https://github.com/microsoft/onnxruntime/pull/24894"]
  },
  {
    id: "ONNX-003",
    title: "Malformed external-data entry",
    severity: "medium",
    why: "Duplicate or unknown keys, offsets and lengths that are not plain non-negative integers, or ranges beyond the referenced file make loaders disagree about which bytes a tensor is (a parser differential and a denial-of-service vector, CVE-2026-34445).",
    fix: "Re-save the model with onnx.save so each tensor has one location and integer offset/length inside the data file."
  },
  {
    id: "ONNX-004",
    title: "External-data file is a link or resolves outside the model folder",
    severity: "high",
    why: "A symbolic or hard link (or a parent folder that is a link) lets a location that looks local read a file elsewhere on the machine that loads the model (CVE-2026-27489, CVE-2026-34446, CVE-2026-34447).",
    fix: "Replace links with the real data file inside the model folder."
  },
  {
    id: "ONNX-005",
    title: "Inconsistent data location on a tensor",
    severity: "medium",
    why: "A tensor marked EXTERNAL without a location, or with both embedded data and external data, is read differently by different loaders.",
    fix: "Re-save the model with onnx.save."
  },
  {
    id: "ONNX-006",
    title: "Operator from a non-standard domain",
    severity: "medium",
    why: "Operators outside the ONNX standard domains need a custom-op library that the application registers (RegisterCustomOpsLibrary loads native code) or host-registered Python functions (onnxruntime-extensions PyOp). com.microsoft contrib ops ship with ONNX Runtime (low); Python-executing ops run host code (high).",
    fix: "Check that every custom domain is expected and that its operator library comes from a trusted source; prefer models built from standard operators."
  },
  {
    id: "ONNX-007",
    title: "Unknown operator in a standard domain, or opset newer than known",
    severity: "medium",
    why: "An op_type that no ONNX opset defines cannot be run by a stock runtime; it is either a custom kernel registered under a standard name or a malformed model. An opset above the newest known one (low) may also hide new semantics.",
    fix: "Check where the operator comes from; convert the model with a released ONNX version."
  },
  {
    id: "ONNX-008",
    title: "Model-local function call cycle or excessive nesting",
    severity: "medium",
    why: "Functions that call themselves directly or indirectly (or nest very deeply) exhaust the stack of loaders and checkers (GHSA-7w46-vvrh-m8q5).",
    fix: "Do not use this file; regenerate the model."
  },
  {
    id: "ONNX-009",
    title: "Code or encoded payload staged in a text field",
    severity: "medium",
    why: 'metadata_props, doc strings, names and string attributes are ignored by the runtime, which makes them a place to stage scripts, URLs or base64/hex-encoded executables and pickles for a companion loader (DEF CON 33, "Loading Models, Launching Shells"). Encoded code is high.',
    fix: "Remove the payload; model metadata should describe the model, not carry code."
  },
  {
    id: "ONNX-010",
    title: "Tensor size inconsistent with its shape and type",
    severity: "medium",
    why: "Data lengths that do not match dims \xD7 element size, negative or overflowing dims, and external lengths that disagree with the shape are parser-bug triggers and a way to smuggle extra bytes.",
    fix: "Re-export the model; every tensor should hold exactly dims \xD7 element size bytes."
  },
  {
    id: "ONNX-011",
    title: "Protobuf beyond ONNX limits or with unexpected structure",
    severity: "medium",
    why: "A single protobuf over 2 GiB, nesting deeper than protobuf loaders accept, or fields with unexpected wire types are read differently (or not at all) by different parsers.",
    fix: "Use external data for large models and re-save the model with onnx.save."
  }
];

// src/policy/rules/keras.ts
var rules8 = [];

// src/policy/rules/tensorflow.ts
var rules9 = [
  {
    id: "TF-001",
    title: "TensorFlow op with file, process or network side effects",
    severity: "high",
    why: "Graph ops such as WriteFile, ReadFile, MatchingFiles, PyFunc, ImmutableConst, debug ops with URLs, RPC and dataset writers touch the file system, host Python or the network when the graph runs. A model has no need for them outside its saver functions.",
    fix: "Find out why the graph contains the op. Re-export the model from source without it, or do not use the file.",
    references: ["https://github.com/protectai/modelscan"]
  },
  {
    id: "TF-002",
    title: "Side-effect op reachable at load time",
    severity: "critical",
    why: "Loading a SavedModel restores variables and runs its init op (__saved_model_init_op, main_op, legacy_init_op) and restore functions. A dangerous op reachable from them runs as soon as the model is loaded, before any inference.",
    fix: "Do not load this model. Init and restore functions of legitimate models only initialise tables and restore checkpoints."
  },
  {
    id: "TF-003",
    title: "Op not in stock TensorFlow (custom kernel)",
    severity: "medium",
    why: "An op that is not part of TensorFlow needs a kernel from a custom shared library loaded by the application (tf.load_op_library runs native code), or is a reserved internal op that has no place in a saved graph.",
    fix: "Check which library provides the op and whether it is trusted; prefer models that use stock ops only."
  },
  {
    id: "TF-004",
    title: "String constant with a path or URL",
    severity: "low",
    why: "Absolute or traversing paths and URLs (file://, grpc://, gs://, hdfs://, http://) in graph constants are what file and network ops need; alone they are a hint, next to such an op they raise its severity. Staged code in constants is reported here too.",
    fix: "Check what reads the constant. Models should not carry host paths or endpoints."
  },
  {
    id: "TF-005",
    title: "Asset path escapes the SavedModel folder",
    severity: "medium",
    why: "asset_file_def filenames are joined to the assets/ folder at load time; absolute or `..` paths make the loader read files elsewhere (vocabularies, lookup tables).",
    fix: "Re-export the SavedModel so every asset is a plain file name inside assets/."
  },
  {
    id: "TF-007",
    title: "MetaGraphs with different behaviour per tag set",
    severity: "low",
    why: "A SavedModel with several MetaGraphs runs a different graph depending on the tags the loader asks for, so the graph that was reviewed may not be the one that is served.",
    fix: "Export one MetaGraph, or review each one."
  },
  {
    id: "TF-008",
    title: "Malformed or oversized TensorFlow protobuf",
    severity: "medium",
    why: "Fields with unexpected wire types, protobufs over 2 GiB or nesting beyond protobuf limits are parsed differently by different readers.",
    fix: "Re-export the model with TensorFlow."
  },
  {
    id: "TFL-001",
    title: "TF Lite Flex (Select TF) op",
    severity: "medium",
    why: "A Flex op runs a full TensorFlow kernel through the Flex delegate. Side-effect ops (FlexWriteFile, FlexReadFile\u2026) keep their TensorFlow severity; any Flex op needs the Select TF ops runtime.",
    fix: "Convert the model with builtin ops only, or check each Flex op."
  },
  {
    id: "TFL-002",
    title: "TF Lite custom op",
    severity: "medium",
    why: "A custom op needs a kernel the application registers (native code shipped with the app); the model cannot be run, or vetted, without it.",
    fix: "Check where the custom kernel comes from; prefer builtin ops."
  },
  {
    id: "TFL-003",
    title: "TF Lite flatbuffer structure violation",
    severity: "medium",
    why: "Out-of-range operator, tensor or buffer indices, and buffer offsets beyond the file or overlapping each other, trigger interpreter bugs and hide data.",
    fix: "Re-convert the model with the TF Lite converter."
  },
  {
    id: "TFL-004",
    title: "TF Lite tensor size inconsistent with its buffer",
    severity: "medium",
    why: "A constant tensor whose shape \xD7 type size differs from its buffer length reads out of bounds or carries extra bytes.",
    fix: "Re-convert the model with the TF Lite converter."
  },
  {
    id: "TFL-005",
    title: "Code or payload in TF Lite metadata",
    severity: "low",
    why: "The description string and metadata buffers are free data that the interpreter ignores; scripts, executables, pickles or encoded code there are staged for something else to run.",
    fix: "Remove the payload from the model metadata."
  }
];

// src/policy/rules/safetensors.ts
var rules10 = [
  {
    id: "ST-001",
    title: "Invalid safetensors header",
    severity: "high",
    why: 'The header length, encoding or JSON does not follow the format (too large, beyond the file, not UTF-8, not a JSON object, wrong field types, junk after the JSON). The reference loader rejects such a file; a "safe" file that is malformed is a parser-exploit attempt or a disguise for something else.',
    fix: "Regenerate the file with the safetensors library (save_file / save_model).",
    references: ["https://github.com/huggingface/safetensors"]
  },
  {
    id: "ST-002",
    title: "Tensor offsets or sizes inconsistent",
    severity: "high",
    why: "Tensors must be laid out back to back from offset 0 with no gaps or overlaps, each exactly shape \xD7 dtype size long. Overlaps, gaps, overflowing shapes or data past the end of the file make readers disagree about the bytes and hide data between tensors.",
    fix: "Regenerate the file with the safetensors library."
  },
  {
    id: "ST-003",
    title: "Bytes after the last tensor",
    severity: "high",
    why: 'The format requires the tensors to cover the data section exactly ("prevents the creation of polyglot files"); trailing bytes are an appended payload or a second file format.',
    fix: "Regenerate the file with the safetensors library; find out what the extra bytes are."
  },
  {
    id: "ST-004",
    title: "Unknown dtype, bad shape entry or unexpected tensor field",
    severity: "medium",
    why: "Tensor entries hold exactly dtype, shape and data_offsets with a known dtype and non-negative integer dimensions; anything else is read differently (or rejected) by different loaders.",
    fix: "Regenerate the file with the safetensors library."
  },
  {
    id: "ST-005",
    title: "Duplicate keys in the safetensors header",
    severity: "medium",
    why: "JSON parsers keep different copies of a duplicated key (first, last, or error), so two loaders can see different tensors or metadata in the same file.",
    fix: "Regenerate the file; every tensor name and metadata key must be unique."
  },
  {
    id: "ST-006",
    title: "Suspicious or malformed __metadata__",
    severity: "medium",
    why: "__metadata__ must be a flat string-to-string map. Values that hold code, URLs, encoded executables or pickles, or very large values, use the header to stage payloads for other tools.",
    fix: "Keep metadata to short descriptive strings; remove the payload."
  },
  {
    id: "ST-007",
    title: "Oversized or unusually padded header",
    severity: "low",
    why: "Writers pad the header with at most a few spaces; a header much larger than its tensors need, or padded with other whitespace, has room for hidden content.",
    fix: "Regenerate the file with the safetensors library."
  }
];

// src/policy/rules/gguf.ts
var rules11 = [
  {
    id: "GGUF-001",
    title: "Malformed GGUF header or metadata",
    severity: "high",
    why: "Bad magic or version, counts and lengths that cannot fit in the file, unknown value types, booleans other than 0/1, duplicate or non-ASCII keys and nested arrays are the inputs behind GGUF parser memory-safety bugs (integer overflows fixed in ggml PR #19856).",
    fix: "Do not load the file; regenerate it with llama.cpp convert scripts or gguf-py.",
    references: ["https://github.com/ggml-org/ggml/blob/master/docs/gguf.md"]
  },
  {
    id: "GGUF-002",
    title: "Inconsistent GGUF tensor info",
    severity: "high",
    why: "Names over 64 bytes, more than 4 dimensions, unknown ggml types, size overflows, misaligned or overlapping offsets and data past the end of the file lead to out-of-bounds reads and heap overflows in loaders (CVE-2026-33298 llama.cpp, CVE-2026-7482 Ollama).",
    fix: "Do not load the file; regenerate it with llama.cpp convert scripts or gguf-py."
  },
  {
    id: "GGUF-003",
    title: "Chat template with Jinja sandbox-escape primitives",
    severity: "critical",
    why: "tokenizer.chat_template is rendered with Jinja by llama-cpp-python, vLLM, SGLang and others; attribute chains such as __class__/__globals__, attr() filters and Jinja globals reach Python and run commands when the template is rendered without a sandbox (CVE-2024-34359, CVE-2026-5760).",
    fix: "Do not serve this model. Replace the chat template with the upstream one for the model family.",
    references: ["https://nvd.nist.gov/vuln/detail/CVE-2024-34359"]
  },
  {
    id: "GGUF-004",
    title: "Code or payload staged in GGUF string metadata",
    severity: "medium",
    why: "String metadata (general.*, custom keys, embedded tokenizer JSON) is free text; scripts, template syntax outside the chat template, URLs in unexpected keys, and encoded executables or pickles there are staged for another tool.",
    fix: "Remove the payload from the metadata."
  },
  {
    id: "GGUF-005",
    title: "Unreferenced data in a GGUF file",
    severity: "medium",
    why: "Bytes after the last tensor, or gaps between tensors larger than the alignment padding, belong to no tensor: a place to carry an appended payload or a second file.",
    fix: "Regenerate the file; find out what the extra bytes are."
  },
  {
    id: "GGUF-006",
    title: "Chat template in tokenizer_config.json with Jinja sandbox-escape primitives",
    severity: "critical",
    why: "Hugging Face tokenizer configs ship the chat template that transformers, vLLM and TGI render with Jinja; the same sandbox-escape patterns as in GGUF templates run code when rendered unsandboxed.",
    fix: "Do not serve the model with this tokenizer config; restore the upstream chat template."
  }
];

// src/policy/rules/integrity.ts
var rules12 = [];

// src/policy/rules/steg.ts
var rules13 = [
  {
    id: "STEG-001",
    title: "Low mantissa bits of a tensor are not random",
    severity: "medium",
    why: "In trained float weights the lowest mantissa byte is practically uniform. Structure there (low entropy, biased bits) is what plaintext or executable payloads written into the low bits look like (LSB steganography, StegoNet/EvilModel).",
    fix: "Compare the tensor with the same tensor from a trusted source of the model; if they differ, do not use this file.",
    references: ["https://arxiv.org/abs/2310.01969"]
  },
  {
    id: "STEG-002",
    title: "Precision provenance broken: an upcast tensor carries extra low bits",
    severity: "high",
    why: "Weights converted from bf16/fp16 to float32 have their low 16 (13) mantissa bits exactly zero. Non-zero low bits confined to one region of such a tensor (or one full-precision tensor among upcast ones) is where a payload was written. Legitimate causes exist (rows trained later in fp32, such as added tokens) and are worth confirming.",
    fix: "Confirm how the tensor was produced. Re-export the model from its trusted original in one precision."
  },
  {
    id: "STEG-003",
    title: "Payload decoded from the low bits of a tensor",
    severity: "high",
    why: "Reading the low bits (or low bytes) of the tensor values in order yields an executable header, an archive, a pickle or code-like text: a staged payload that a loader script can extract and run. Plain text there is reported at medium.",
    fix: "Do not use this file. Obtain the model from a trusted source and compare checksums."
  },
  {
    id: "STEG-004",
    title: "NaN or infinite values in weights",
    severity: "low",
    why: "NaN or infinite weights break inference and are unusual in a released model; they can also come from tampering with exponent bytes.",
    fix: "Check the training or conversion run that produced the tensor."
  },
  {
    id: "STEG-010",
    title: "Weight statistics covered part of the tensors",
    severity: "info",
    why: "Tensor values are examined within a per-file byte budget; the remaining tensors were not looked at for hidden payloads.",
    fix: "Raise limits.weightBytes in .modelgate.yml to examine more of each file."
  },
  {
    id: "WPOI-001",
    title: "Tensor statistics far from its peers",
    severity: "low",
    why: "A tensor whose spread differs by orders of magnitude from the tensors of the same role in other layers can be a planted or corrupted layer. Trained models also have legitimate outliers, so this is for review only.",
    fix: "Compare with the base or upstream version of the model."
  }
];

// src/policy/rules/secrets.ts
var rules14 = [
  {
    id: "SEC-001",
    title: "Credential embedded in a model file",
    severity: "high",
    why: "A key, token or password with a well-known format sits in the model (pickle strings, metadata, configs or code). Anyone who downloads the model can use it; model repositories are copied widely and keep history.",
    fix: "Revoke the credential now, then remove it from the model and from the repository history (history audits find old copies). Only a redacted prefix is shown here."
  }
];

// src/policy/catalogue.ts
var CATALOGUE_SECTIONS = [
  { title: "General and containers", rules },
  { title: "Pickle", rules: rules2 },
  { title: "NumPy", rules: rules3 },
  { title: "joblib", rules: rules4 },
  { title: "PyTorch", rules: rules5 },
  { title: "TorchScript", rules: rules6 },
  { title: "ONNX", rules: rules7 },
  { title: "Keras", rules: rules8 },
  { title: "TensorFlow", rules: rules9 },
  { title: "safetensors", rules: rules10 },
  { title: "GGUF", rules: rules11 },
  { title: "Integrity", rules: rules12 },
  { title: "Weights", rules: rules13 },
  { title: "Secrets", rules: rules14 }
];
var RULES = (() => {
  const m = /* @__PURE__ */ new Map();
  for (const s of CATALOGUE_SECTIONS)
    for (const r2 of s.rules) {
      if (m.has(r2.id)) throw new Error(`duplicate rule id ${r2.id}`);
      m.set(r2.id, r2);
    }
  return m;
})();
function getRule(id) {
  const r2 = RULES.get(id);
  if (!r2) throw new Error(`unknown rule id ${id} (add it to src/policy/rules/)`);
  return r2;
}

// src/engine/context.ts
var FileRun = class {
  constructor(path2, limits, dispatch2) {
    this.path = path2;
    this.limits = limits;
    this.dispatch = dispatch2;
    this.deadline = Date.now() + limits.maxFileMillis;
  }
  path;
  limits;
  dispatch;
  findings = [];
  imports = /* @__PURE__ */ new Set();
  format;
  decompressedBytes = 0;
  seen = /* @__PURE__ */ new Set();
  deadline;
  /** Free-form facts analyzers leave for later stages (integrity, diffing). */
  facts = {};
  /** Tensors the format analyzers found; the weights stage examines their values afterwards. */
  tensors = [];
  /** Files next to the top-level file on disk (ONNX external data); absent for blobs and archive members. */
  neighbours;
  add(f) {
    const key = `${f.ruleId}\0${f.severity}\0${f.member ?? ""}\0${f.offset ?? ""}\0${f.message}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.findings.push(f);
  }
};
var AnalysisContext = class _AnalysisContext {
  constructor(run, member, depth, name) {
    this.run = run;
    this.member = member;
    this.depth = depth;
    this.name = name;
  }
  run;
  member;
  depth;
  name;
  get limits() {
    return this.run.limits;
  }
  /** Records a finding. Severity defaults to the rule's catalogue severity. */
  report(ruleId, message, opts = {}) {
    const rule = getRule(ruleId);
    const f = { ruleId, severity: opts.severity ?? rule.severity, message };
    const member = opts.member ?? this.member;
    if (member !== void 0) f.member = member;
    if (opts.offset !== void 0) f.offset = opts.offset;
    if (opts.evidence !== void 0) f.evidence = opts.evidence;
    this.run.add(f);
  }
  /** Fail closed: part of the content was not analysed. */
  notAnalysed(message, offset) {
    this.report("GEN-003", `Not analysed: ${message}`, { offset });
  }
  addImport(name) {
    this.run.imports.add(name);
  }
  /** Sets the file's reported format; only the top level decides it. */
  setFormat(format) {
    if (this.member === void 0) this.run.format = format;
  }
  /** The member path a child named `name` gets. Nested containers are separated by `!/`. */
  childPath(name, nested = false) {
    if (this.member === void 0) return name;
    return nested ? `${this.member}!/${name}` : `${this.member}/${name}`;
  }
  /**
   * A context for a member of the current container. `nested` = the member lives in a new container
   * layer (a zip inside a zip, bytes inside a pickle), as opposed to a sibling path in the same archive.
   */
  child(name, nested = true) {
    return new _AnalysisContext(this.run, this.childPath(name, nested), this.depth + 1, name);
  }
  /** Sniffs and analyses a member exactly as a top-level file (every member is recognised by content). */
  async analyzeMember(name, src, opts = {}, nested = true) {
    const child = this.child(name, nested);
    if (child.depth > this.limits.maxDepth) {
      child.report("GEN-007", `Not analysed: nesting deeper than ${this.limits.maxDepth} levels`);
      return { formats: [] };
    }
    return this.run.dispatch(src, child, opts);
  }
  /** Throws LimitExceeded when the per-file time budget is spent. Call it in long loops. */
  checkDeadline(offset) {
    if (Date.now() > this.run.deadline)
      throw new LimitExceeded("maxFileMillis", `time limit of ${this.limits.maxFileMillis} ms reached`, offset);
  }
  /** Accounts decompressed output against the per-file budget. */
  chargeDecompressed(bytes) {
    this.run.decompressedBytes += bytes;
    if (this.run.decompressedBytes > this.limits.maxDecompressedBytes)
      throw new LimitExceeded(
        "maxDecompressedBytes",
        `more than ${this.limits.maxDecompressedBytes} bytes decompressed from one file`
      );
  }
};

// src/engine/registry.ts
var SNIFF_BYTES = 64 * 1024;

// src/engine/extensions.ts
import { extname, basename } from "node:path";
var EXPECTED = {
  ".pkl": ["pickle", "joblib", "compressed", "pytorch-legacy"],
  ".pickle": ["pickle", "joblib", "compressed"],
  ".dill": ["pickle"],
  ".joblib": ["joblib", "pickle", "compressed"],
  ".pt": ["pytorch-zip", "pytorch-legacy", "pytorch-tar", "torchscript", "pickle", "zip"],
  ".pth": ["pytorch-zip", "pytorch-legacy", "pytorch-tar", "torchscript", "pickle", "zip"],
  ".ckpt": ["pytorch-zip", "pytorch-legacy", "pytorch-tar", "torchscript", "pickle", "zip"],
  ".npy": ["numpy"],
  ".npz": ["npz", "zip"],
  ".safetensors": ["safetensors"],
  ".onnx": ["onnx"],
  ".gguf": ["gguf"],
  ".h5": ["keras-h5", "hdf5"],
  ".hdf5": ["keras-h5", "hdf5"],
  ".keras": ["keras", "zip"],
  ".tflite": ["tflite"],
  ".txt": [],
  ".json": ["hf-tokenizer-config"],
  ".md": [],
  ".csv": [],
  ".yaml": [],
  ".yml": [],
  ".png": [],
  ".jpg": []
};
var MODEL_EXTENSIONS = /* @__PURE__ */ new Set([
  ".pkl",
  ".pickle",
  ".dill",
  ".joblib",
  ".pt",
  ".pth",
  ".ckpt",
  ".bin",
  ".npy",
  ".npz",
  ".safetensors",
  ".onnx",
  ".gguf",
  ".ggml",
  ".h5",
  ".hdf5",
  ".keras",
  ".pb",
  ".tflite",
  ".mar",
  ".model",
  ".pdparams",
  ".msgpack",
  ".mlmodel",
  ".jit",
  ".torchscript",
  ".sav",
  ".lite",
  ".weights",
  ".ptl"
]);
function looksLikeModel(path2) {
  const name = basename(path2).toLowerCase();
  if (MODEL_EXTENSIONS.has(extname(name))) return true;
  return /^(pytorch_model|model|tf_model|flax_model|saved_model)([-.]|$)/.test(name);
}
function extensionMismatch(name, formats) {
  const ext2 = extname(name).toLowerCase();
  const expected = EXPECTED[ext2];
  if (expected === void 0 || formats.length === 0 || formats.includes("lfs-pointer")) return void 0;
  if (formats.some((f) => expected.includes(f))) return void 0;
  return expected;
}

// src/engine/magic.ts
var ZIP_LOCAL = Buffer.from("PK", "latin1");
var ZIP_EMPTY = Buffer.from("PK", "latin1");
var ZIP_EOCD = ZIP_EMPTY;
var NUMPY_MAGIC = Buffer.from("\x93NUMPY", "latin1");
var HDF5_MAGIC = Buffer.from([137, 72, 68, 70, 13, 10, 26, 10]);
var GGUF_MAGIC = Buffer.from("GGUF", "latin1");
var SEVENZ_MAGIC = Buffer.from([55, 122, 188, 175, 39, 28]);
var GZIP_MAGIC = Buffer.from([31, 139]);
var XZ_MAGIC = Buffer.from([253, 55, 122, 88, 90, 0]);
var LZ4_MAGIC = Buffer.from([4, 34, 77, 24]);
var PYTORCH1_MAGIC = Buffer.from("PYTORCH1", "latin1");
var TORCH_LEGACY_MAGIC = Buffer.from([
  128,
  2,
  138,
  10,
  108,
  252,
  156,
  70,
  249,
  32,
  106,
  168,
  80,
  25,
  46
]);
var LFS_POINTER_PREFIX = Buffer.from("version https://git-lfs.github.com/spec/v1\n", "latin1");
function startsWith(buf, magic, at = 0) {
  return buf.length >= at + magic.length && buf.compare(magic, 0, magic.length, at, at + magic.length) === 0;
}
function isTarHeader(head) {
  return head.length >= 262 && head.toString("latin1", 257, 262) === "ustar";
}
function lastEocd(tail) {
  return tail.lastIndexOf(ZIP_EOCD);
}

// src/analyzers/lfs/index.ts
var analyzer = {
  id: "lfs-pointer",
  detect: (v) => startsWith(v.head, LFS_POINTER_PREFIX),
  async analyze(_src, ctx) {
    ctx.notAnalysed("the lfs-pointer analyzer is not implemented yet");
  }
};

// src/analyzers/zip/index.ts
var analyzer2 = {
  id: "zip",
  detect: (v) => startsWith(v.head, ZIP_LOCAL) || startsWith(v.head, ZIP_EMPTY) || lastEocd(v.tail) >= 0,
  async analyze(_src, ctx) {
    ctx.notAnalysed("the zip analyzer is not implemented yet");
  }
};

// src/analyzers/tar/index.ts
var analyzer3 = {
  id: "tar",
  detect: (v) => isTarHeader(v.head),
  async analyze(_src, ctx) {
    ctx.notAnalysed("the tar analyzer is not implemented yet");
  }
};

// src/analyzers/compressed/index.ts
var analyzer4 = {
  id: "compressed",
  detect: (v) => startsWith(v.head, GZIP_MAGIC) || startsWith(v.head, XZ_MAGIC) || startsWith(v.head, LZ4_MAGIC) || startsWith(v.head, SEVENZ_MAGIC) || v.head.toString("latin1", 0, 3) === "BZh",
  async analyze(_src, ctx) {
    ctx.notAnalysed("the decompression analyzer is not implemented yet");
  }
};

// src/analyzers/numpy/index.ts
var analyzer5 = {
  id: "numpy",
  detect: (v) => startsWith(v.head, NUMPY_MAGIC),
  async analyze(_src, ctx) {
    ctx.notAnalysed("the numpy analyzer is not implemented yet");
  }
};

// src/analyzers/pytorch/legacy.ts
var analyzer6 = {
  id: "pytorch-legacy",
  detect: (v) => startsWith(v.head, TORCH_LEGACY_MAGIC),
  async analyze(_src, ctx) {
    ctx.notAnalysed("the pytorch-legacy analyzer is not implemented yet");
  }
};

// src/analyzers/common/json.ts
var JsonNumber = class {
  constructor(text) {
    this.text = text;
  }
  text;
  get isInteger() {
    return /^-?\d+$/.test(this.text);
  }
  /** The exact integer value, or undefined when the number has a fraction or exponent. */
  toBigInt() {
    return this.isInteger ? BigInt(this.text) : void 0;
  }
  toNumber() {
    return Number(this.text);
  }
};
var JsonObject = class {
  map = /* @__PURE__ */ new Map();
  /** Keys seen more than once in this object. */
  duplicates = [];
  get(k) {
    return this.map.get(k);
  }
};
var JsonError = class extends Error {
  constructor(message, pos) {
    super(`${message} at character ${pos}`);
    this.pos = pos;
    this.name = "JsonError";
  }
  pos;
};
var WS = /* @__PURE__ */ new Set([32, 9, 10, 13]);
function isJsonWhitespace(c) {
  return WS.has(c);
}
function parseJsonValue(text, opts = {}, start = 0) {
  const maxDepth = opts.maxDepth ?? 128;
  const duplicates = [];
  let i2 = start;
  const ws = () => {
    while (i2 < text.length && WS.has(text.charCodeAt(i2))) i2++;
  };
  const fail = (msg) => {
    throw new JsonError(msg, i2);
  };
  const str = () => {
    i2++;
    let out = "";
    let runStart = i2;
    for (; ; ) {
      if (i2 >= text.length) fail("unterminated string");
      const c = text.charCodeAt(i2);
      if (c === 34) {
        out += text.slice(runStart, i2);
        i2++;
        return out;
      }
      if (c < 32) fail("control character in string");
      if (c >= 55296 && c <= 57343) {
        const hi = c <= 56319;
        const next = text.charCodeAt(i2 + 1);
        if (!hi || !(next >= 56320 && next <= 57343)) fail("lone surrogate in string");
        i2 += 2;
        continue;
      }
      if (c === 92) {
        out += text.slice(runStart, i2);
        i2++;
        const e = text[i2];
        switch (e) {
          case '"':
          case "\\":
          case "/":
            out += e;
            i2++;
            break;
          case "b":
            out += "\b";
            i2++;
            break;
          case "f":
            out += "\f";
            i2++;
            break;
          case "n":
            out += "\n";
            i2++;
            break;
          case "r":
            out += "\r";
            i2++;
            break;
          case "t":
            out += "	";
            i2++;
            break;
          case "u": {
            const hex = text.slice(i2 + 1, i2 + 5);
            if (!/^[0-9a-fA-F]{4}$/.test(hex)) fail("bad \\u escape");
            const code = parseInt(hex, 16);
            i2 += 5;
            if (code >= 55296 && code <= 56319) {
              const lo = text.slice(i2, i2 + 6);
              if (!/^\\u[dD][c-fC-F][0-9a-fA-F]{2}$/.test(lo)) fail("lone leading surrogate in \\u escape");
              out += String.fromCharCode(code, parseInt(lo.slice(2), 16));
              i2 += 6;
            } else if (code >= 56320 && code <= 57343) {
              fail("lone trailing surrogate in \\u escape");
            } else out += String.fromCharCode(code);
            break;
          }
          default:
            fail("invalid escape");
        }
        runStart = i2;
        continue;
      }
      i2++;
    }
  };
  const num = () => {
    const m = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(i2, i2 + 512));
    if (!m || m[0] === "-" || m[0] === "") fail("invalid number");
    const after = text.charCodeAt(i2 + m[0].length);
    if (after >= 48 && after <= 57) fail("invalid number (leading zero)");
    i2 += m[0].length;
    return new JsonNumber(m[0]);
  };
  const value = (depth, path2) => {
    ws();
    if (i2 >= text.length) fail("unexpected end of input");
    const c = text[i2];
    if (c === "{") {
      if (depth >= maxDepth) fail(`nesting deeper than ${maxDepth}`);
      i2++;
      const obj = new JsonObject();
      ws();
      if (text[i2] === "}") {
        i2++;
        return obj;
      }
      for (; ; ) {
        ws();
        if (text[i2] !== '"') fail("expected a string key");
        const k = str();
        ws();
        if (text[i2] !== ":") fail("expected ':'");
        i2++;
        const v2 = value(depth + 1, `${path2}.${k}`);
        if (obj.map.has(k)) {
          obj.duplicates.push(k);
          duplicates.push({ path: path2, key: k });
          obj.map.delete(k);
        }
        obj.map.set(k, v2);
        ws();
        if (text[i2] === ",") {
          i2++;
          continue;
        }
        if (text[i2] === "}") {
          i2++;
          return obj;
        }
        fail("expected ',' or '}'");
      }
    }
    if (c === "[") {
      if (depth >= maxDepth) fail(`nesting deeper than ${maxDepth}`);
      i2++;
      const arr = [];
      ws();
      if (text[i2] === "]") {
        i2++;
        return arr;
      }
      for (; ; ) {
        arr.push(value(depth + 1, `${path2}[${arr.length}]`));
        ws();
        if (text[i2] === ",") {
          i2++;
          continue;
        }
        if (text[i2] === "]") {
          i2++;
          return arr;
        }
        fail("expected ',' or ']'");
      }
    }
    if (c === '"') return str();
    if (text.startsWith("true", i2)) {
      i2 += 4;
      return true;
    }
    if (text.startsWith("false", i2)) {
      i2 += 5;
      return false;
    }
    if (text.startsWith("null", i2)) {
      i2 += 4;
      return null;
    }
    if (c === "-" || c >= "0" && c <= "9") return num();
    return fail(`unexpected character ${JSON.stringify(c)}`);
  };
  const v = value(0, "$");
  return { value: v, end: i2, duplicates };
}
function parseJson(text, opts = {}) {
  const r2 = parseJsonValue(text, opts);
  let i2 = r2.end;
  while (i2 < text.length && WS.has(text.charCodeAt(i2))) i2++;
  if (i2 < text.length) throw new JsonError("trailing characters after the JSON value", i2);
  return r2;
}
function toPlain(v) {
  if (v instanceof JsonNumber) return v.toNumber();
  if (v instanceof JsonObject) {
    const o = {};
    for (const [k, x2] of v.map)
      Object.defineProperty(o, k, { value: toPlain(x2), enumerable: true, writable: true, configurable: true });
    return o;
  }
  if (Array.isArray(v)) return v.map(toPlain);
  return v;
}

// node_modules/fflate/esm/index.mjs
import { createRequire } from "module";
var require2 = createRequire("/");
var _a;
var Worker;
var isMarkedAsUntransferable;
try {
  _a = require2("worker_threads"), Worker = _a.Worker, isMarkedAsUntransferable = _a.isMarkedAsUntransferable;
} catch (e) {
}
var u8 = Uint8Array;
var u16 = Uint16Array;
var i32 = Int32Array;
var fleb = new u8([
  0,
  0,
  0,
  0,
  0,
  0,
  0,
  0,
  1,
  1,
  1,
  1,
  2,
  2,
  2,
  2,
  3,
  3,
  3,
  3,
  4,
  4,
  4,
  4,
  5,
  5,
  5,
  5,
  0,
  /* unused */
  0,
  0,
  /* impossible */
  0
]);
var fdeb = new u8([
  0,
  0,
  0,
  0,
  1,
  1,
  2,
  2,
  3,
  3,
  4,
  4,
  5,
  5,
  6,
  6,
  7,
  7,
  8,
  8,
  9,
  9,
  10,
  10,
  11,
  11,
  12,
  12,
  13,
  13,
  /* unused */
  0,
  0
]);
var clim = new u8([16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]);
var freb = function(eb, start) {
  var b = new u16(31);
  for (var i2 = 0; i2 < 31; ++i2) {
    b[i2] = start += 1 << eb[i2 - 1];
  }
  var r2 = new i32(b[30]);
  for (var i2 = 1; i2 < 30; ++i2) {
    for (var j = b[i2]; j < b[i2 + 1]; ++j) {
      r2[j] = j - b[i2] << 5 | i2;
    }
  }
  return { b, r: r2 };
};
var _a = freb(fleb, 2);
var fl = _a.b;
var revfl = _a.r;
fl[28] = 258, revfl[258] = 28;
var _b = freb(fdeb, 0);
var fd = _b.b;
var revfd = _b.r;
var rev = new u16(32768);
for (i = 0; i < 32768; ++i) {
  x = (i & 43690) >> 1 | (i & 21845) << 1;
  x = (x & 52428) >> 2 | (x & 13107) << 2;
  x = (x & 61680) >> 4 | (x & 3855) << 4;
  rev[i] = ((x & 65280) >> 8 | (x & 255) << 8) >> 1;
}
var x;
var i;
var hMap = (function(cd, mb, r2) {
  var s = cd.length;
  var i2 = 0;
  var l = new u16(mb);
  for (; i2 < s; ++i2) {
    if (cd[i2])
      ++l[cd[i2] - 1];
  }
  var le = new u16(mb);
  for (i2 = 1; i2 < mb; ++i2) {
    le[i2] = le[i2 - 1] + l[i2 - 1] << 1;
  }
  var co;
  if (r2) {
    co = new u16(1 << mb);
    var rvb = 15 - mb;
    for (i2 = 0; i2 < s; ++i2) {
      if (cd[i2]) {
        var sv = i2 << 4 | cd[i2];
        var r_1 = mb - cd[i2];
        var v = le[cd[i2] - 1]++ << r_1;
        for (var m = v | (1 << r_1) - 1; v <= m; ++v) {
          co[rev[v] >> rvb] = sv;
        }
      }
    }
  } else {
    co = new u16(s);
    for (i2 = 0; i2 < s; ++i2) {
      if (cd[i2]) {
        co[i2] = rev[le[cd[i2] - 1]++] >> 15 - cd[i2];
      }
    }
  }
  return co;
});
var flt = new u8(288);
for (i = 0; i < 144; ++i)
  flt[i] = 8;
var i;
for (i = 144; i < 256; ++i)
  flt[i] = 9;
var i;
for (i = 256; i < 280; ++i)
  flt[i] = 7;
var i;
for (i = 280; i < 288; ++i)
  flt[i] = 8;
var i;
var fdt = new u8(32);
for (i = 0; i < 32; ++i)
  fdt[i] = 5;
var i;
var flrm = /* @__PURE__ */ hMap(flt, 9, 1);
var fdrm = /* @__PURE__ */ hMap(fdt, 5, 1);
var max = function(a) {
  var m = a[0];
  for (var i2 = 1; i2 < a.length; ++i2) {
    if (a[i2] > m)
      m = a[i2];
  }
  return m;
};
var bits = function(d, p, m) {
  var o = p / 8 | 0;
  return (d[o] | d[o + 1] << 8) >> (p & 7) & m;
};
var bits16 = function(d, p) {
  var o = p / 8 | 0;
  return (d[o] | d[o + 1] << 8 | d[o + 2] << 16) >> (p & 7);
};
var shft = function(p) {
  return (p + 7) / 8 | 0;
};
var slc = function(v, s, e) {
  if (s == null || s < 0)
    s = 0;
  if (e == null || e > v.length)
    e = v.length;
  return new u8(v.subarray(s, e));
};
var ec = [
  "unexpected EOF",
  "invalid block type",
  "invalid length/literal",
  "invalid distance",
  "stream finished",
  "no stream handler",
  ,
  // determined by compression function
  "no callback",
  "invalid UTF-8 data",
  "extra field too long",
  "date not in range 1980-2099",
  "filename too long",
  "stream finishing",
  "invalid zip data"
  // determined by unknown compression method
];
var err = function(ind, msg, nt) {
  var e = new Error(msg || ec[ind]);
  e.code = ind;
  if (Error.captureStackTrace)
    Error.captureStackTrace(e, err);
  if (!nt)
    throw e;
  return e;
};
var inflt = function(dat, st, buf, dict) {
  var sl = dat.length, dl = dict ? dict.length : 0;
  if (!sl || st.f && !st.l)
    return buf || new u8(0);
  var noBuf = !buf;
  var resize = noBuf || st.i != 2;
  var noSt = st.i;
  if (noBuf)
    buf = new u8(sl * 3);
  var cbuf = function(l2) {
    var bl = buf.length;
    if (l2 > bl) {
      var nbuf = new u8(Math.max(bl * 2, l2));
      nbuf.set(buf);
      buf = nbuf;
    }
  };
  var final = st.f || 0, pos = st.p || 0, bt = st.b || 0, lm = st.l, dm = st.d, lbt = st.m, dbt = st.n;
  var tbts = sl * 8;
  do {
    if (!lm) {
      final = bits(dat, pos, 1);
      var type = bits(dat, pos + 1, 3);
      pos += 3;
      if (!type) {
        var s = shft(pos) + 4, l = dat[s - 4] | dat[s - 3] << 8, t = s + l;
        if (t > sl) {
          if (noSt)
            err(0);
          break;
        }
        if (resize)
          cbuf(bt + l);
        buf.set(dat.subarray(s, t), bt);
        st.b = bt += l, st.p = pos = t * 8, st.f = final;
        continue;
      } else if (type == 1)
        lm = flrm, dm = fdrm, lbt = 9, dbt = 5;
      else if (type == 2) {
        var hLit = bits(dat, pos, 31) + 257, hcLen = bits(dat, pos + 10, 15) + 4;
        var tl = hLit + bits(dat, pos + 5, 31) + 1;
        pos += 14;
        var ldt = new u8(tl);
        var clt = new u8(19);
        for (var i2 = 0; i2 < hcLen; ++i2) {
          clt[clim[i2]] = bits(dat, pos + i2 * 3, 7);
        }
        pos += hcLen * 3;
        var clb = max(clt), clbmsk = (1 << clb) - 1;
        var clm = hMap(clt, clb, 1);
        for (var i2 = 0; i2 < tl; ) {
          var r2 = clm[bits(dat, pos, clbmsk)];
          pos += r2 & 15;
          var s = r2 >> 4;
          if (s < 16) {
            ldt[i2++] = s;
          } else {
            var c = 0, n = 0;
            if (s == 16)
              n = 3 + bits(dat, pos, 3), pos += 2, c = ldt[i2 - 1];
            else if (s == 17)
              n = 3 + bits(dat, pos, 7), pos += 3;
            else if (s == 18)
              n = 11 + bits(dat, pos, 127), pos += 7;
            while (n--)
              ldt[i2++] = c;
          }
        }
        var lt = ldt.subarray(0, hLit), dt = ldt.subarray(hLit);
        lbt = max(lt);
        dbt = max(dt);
        lm = hMap(lt, lbt, 1);
        dm = hMap(dt, dbt, 1);
      } else
        err(1);
      if (pos > tbts) {
        if (noSt)
          err(0);
        break;
      }
    }
    if (resize)
      cbuf(bt + 131072);
    var lms = (1 << lbt) - 1, dms = (1 << dbt) - 1;
    var lpos = pos;
    for (; ; lpos = pos) {
      var c = lm[bits16(dat, pos) & lms], sym = c >> 4;
      pos += c & 15;
      if (pos > tbts) {
        if (noSt)
          err(0);
        break;
      }
      if (!c)
        err(2);
      if (sym < 256)
        buf[bt++] = sym;
      else if (sym == 256) {
        lpos = pos, lm = null;
        break;
      } else {
        var add = sym - 254;
        if (sym > 264) {
          var i2 = sym - 257, b = fleb[i2];
          add = bits(dat, pos, (1 << b) - 1) + fl[i2];
          pos += b;
        }
        var d = dm[bits16(dat, pos) & dms], dsym = d >> 4;
        if (!d)
          err(3);
        pos += d & 15;
        var dt = fd[dsym];
        if (dsym > 3) {
          var b = fdeb[dsym];
          dt += bits16(dat, pos) & (1 << b) - 1, pos += b;
        }
        if (pos > tbts) {
          if (noSt)
            err(0);
          break;
        }
        if (resize)
          cbuf(bt + 131072);
        var end = bt + add;
        if (bt < dt) {
          var shift = dl - dt, dend = Math.min(dt, end);
          if (shift + bt < 0)
            err(3);
          for (; bt < dend; ++bt)
            buf[bt] = dict[shift + bt];
        }
        for (; bt < end; ++bt)
          buf[bt] = buf[bt - dt];
      }
    }
    st.l = lm, st.p = lpos, st.b = bt, st.f = final;
    if (lm)
      final = 1, st.m = lbt, st.d = dm, st.n = dbt;
  } while (!final);
  return bt != buf.length && noBuf ? slc(buf, 0, bt) : buf.subarray(0, bt);
};
var et = /* @__PURE__ */ new u8(0);
var gzs = function(d) {
  if (d[0] != 31 || d[1] != 139 || d[2] != 8)
    err(6, "invalid gzip data");
  var flg = d[3];
  var st = 10;
  if (flg & 4)
    st += (d[10] | d[11] << 8) + 2;
  for (var zs = (flg >> 3 & 1) + (flg >> 4 & 1); zs > 0; zs -= !d[st++])
    ;
  return st + (flg & 2);
};
var gzl = function(d) {
  var l = d.length;
  return (d[l - 4] | d[l - 3] << 8 | d[l - 2] << 16 | d[l - 1] << 24) >>> 0;
};
function inflateSync(data, opts) {
  return inflt(data, { i: 2 }, opts && opts.out, opts && opts.dictionary);
}
function gunzipSync(data, opts) {
  var st = gzs(data);
  if (st + 8 > data.length)
    err(6, "invalid gzip data");
  return inflt(data.subarray(st, -8), { i: 2 }, opts && opts.out || new u8(gzl(data)), opts && opts.dictionary);
}
var td = typeof TextDecoder != "undefined" && /* @__PURE__ */ new TextDecoder();
var tds = 0;
try {
  td.decode(et, { stream: true });
  tds = 1;
} catch (e) {
}

// src/analyzers/common/sniff.ts
var SNIFF_MAX = 1 << 20;
var SCRIPT_PATTERNS = [
  [/\/dev\/(?:tcp|udp)\/[\w.-]+\/\d+/, "reverse shell (/dev/tcp)"],
  [/\b(?:ba|z|da)?sh\s+-[ci]\b/, "shell invocation"],
  [/\/bin\/(?:ba|z|da)?sh\b/, "shell path"],
  [/\bn(?:c|cat)\b[^\n]{0,60}\s-[ec]\s/, "netcat with -e"],
  [/\bmkfifo\b[^\n]{0,80}\b(?:nc|sh)\b/, "fifo reverse shell"],
  [/\b(?:curl|wget)\b[^\n|;]{0,200}\|\s*(?:sudo\s+)?(?:ba|z)?sh\b/, "download piped to a shell"],
  [/\bpowershell(?:\.exe)?\b[^\n]{0,60}\s-(?:e|enc|encodedcommand|c|command|nop|w)\b/i, "PowerShell command"],
  [/\b(?:Invoke-Expression|IEX\s*\(|DownloadString\s*\()/i, "PowerShell download/execute"],
  [/\brm\s+-rf\s+[/~]/, "recursive delete"],
  [/\bchmod\s+(?:\+x|[0-7]*7[0-7]*)\s/, "chmod executable"],
  [/\b__import__\s*\(/, "Python __import__"],
  [
    /\bimport\s+(?:os|subprocess|socket|pty|ctypes|marshal|pickle|shutil|sys|base64|importlib|runpy|requests|urllib)\b/,
    "Python import"
  ],
  [/\bfrom\s+(?:os|subprocess|socket|pty|ctypes|marshal|pickle|importlib|runpy)\s+import\b/, "Python import"],
  [/\bos\.(?:system|popen|exec[lv]p?e?|spawn[lv]p?e?|fork|remove|unlink)\s*\(/, "os command call"],
  [/\bsubprocess\.(?:run|call|check_call|check_output|Popen|getoutput)\s*\(/, "subprocess call"],
  [/(?<![.\w])(?:eval|exec|execfile|compile)\s*\(/, "eval/exec call"],
  [/\bpty\.spawn\s*\(/, "pty.spawn"],
  [/\bsocket\.socket\s*\(/, "socket creation"],
  [/\b(?:marshal|pickle|dill|cloudpickle)\.loads?\s*\(/, "deserialisation call"],
  [/\brequire\s*\(\s*['"]child_process['"]\s*\)/, "Node child_process"],
  [/<script\b/i, "HTML script tag"],
  [/^#!\s*\/\S+/m, "shebang"]
];
var URL_RE = /\b(?:https?|ftp|file|gs|s3|hdfs|grpc|ws|wss):\/\/[^\s'"<>]{2,200}/i;
function findScript(text) {
  for (const [re, what] of SCRIPT_PATTERNS) if (re.test(text)) return what;
  return void 0;
}
function binaryKind(b) {
  if (b.length >= 4 && b[0] === 127 && b[1] === 69 && b[2] === 76 && b[3] === 70)
    return { kind: "executable", detail: "ELF executable" };
  if (b.length >= 64 && b[0] === 77 && b[1] === 90) {
    const pe = b[60] | b[61] << 8 | b[62] << 16;
    if (pe + 4 <= b.length && b[pe] === 80 && b[pe + 1] === 69 && b[pe + 2] === 0 && b[pe + 3] === 0)
      return { kind: "executable", detail: "PE (Windows) executable" };
  }
  if (b.length >= 2 && b[0] === 77 && b[1] === 90 && Buffer.from(b.subarray(0, 512)).includes("This program"))
    return { kind: "executable", detail: "DOS/PE executable" };
  if (b.length >= 4) {
    const m = (b[0] << 24 | b[1] << 16 | b[2] << 8 | b[3]) >>> 0;
    if ([4277009102, 4277009103, 3472551422, 3489328638, 3405691582].includes(m) && b.length > 32)
      return { kind: "executable", detail: "Mach-O executable" };
  }
  if (b.length >= 3 && b[0] === 128 && b[1] >= 2 && b[1] <= 5 && b[b.length - 1] === 46)
    return { kind: "pickle", detail: `pickle (protocol ${b[1]})` };
  if (b.length >= 4 && b[0] === 80 && b[1] === 75 && b[2] === 3 && b[3] === 4)
    return { kind: "zip", detail: "zip archive" };
  return void 0;
}
function excerpt(s, at = 0) {
  const t = s.slice(Math.max(0, at), Math.max(0, at) + 80).replace(/[\u0000-\u001f\u007f]/g, " ");
  return t.length < s.length - at ? `${t}\u2026` : t;
}
function printableRatio(b) {
  if (b.length === 0) return 0;
  let ok = 0;
  for (const c of b) if (c >= 32 && c < 127 || c === 10 || c === 13 || c === 9 || c >= 194) ok++;
  return ok / b.length;
}
function maybeInflate(b) {
  try {
    if (b.length > 2 && b[0] === 31 && b[1] === 139) return gunzipSync(b);
    if (b.length > 2 && b[0] === 120 && (b[0] * 256 + b[1]) % 31 === 0) return inflateSync(b);
  } catch {
    return void 0;
  }
  return void 0;
}
function classifyDecoded(b, how) {
  const inflated = maybeInflate(b);
  if (inflated && inflated.length <= 8 * SNIFF_MAX) {
    const inner = classifyDecoded(inflated, `${how} + compressed`);
    if (inner) return inner;
  }
  const bin = binaryKind(b);
  if (bin?.kind === "executable")
    return {
      kind: "encoded-executable",
      severity: "high",
      detail: `${how} text decodes to a ${bin.detail}`,
      evidence: ""
    };
  if (bin?.kind === "pickle")
    return { kind: "encoded-pickle", severity: "high", detail: `${how} text decodes to a ${bin.detail}`, evidence: "" };
  if (printableRatio(b) > 0.9) {
    const text = Buffer.from(b).toString("utf8");
    const what = findScript(text);
    if (what)
      return {
        kind: "encoded-script",
        severity: "high",
        detail: `${how} text decodes to code (${what}): ${excerpt(text)}`,
        evidence: ""
      };
  }
  return void 0;
}
var B64_RUN = /[A-Za-z0-9+/_-]{48,}={0,2}/g;
var HEX_RUN = /(?:[0-9a-fA-F]{2}){40,}/g;
function decodeBase64(s) {
  const norm = s.replace(/-/g, "+").replace(/_/g, "/");
  if (norm.replace(/=+$/, "").length % 4 === 1) return void 0;
  return Buffer.from(norm, "base64");
}
function sniffText(value, opts = {}) {
  const hits = [];
  const long = opts.longThreshold ?? SNIFF_MAX;
  const total = Math.max(value.length, opts.totalLength ?? 0);
  if (total > long)
    hits.push({
      kind: "long",
      severity: "medium",
      detail: `very long value (${total} bytes)`,
      evidence: excerpt(value)
    });
  const text = value.length > SNIFF_MAX ? value.slice(0, SNIFF_MAX) : value;
  const raw = Buffer.from(text, "latin1");
  const bin = binaryKind(raw);
  if (bin && bin.kind !== "zip")
    hits.push({ kind: bin.kind, severity: "high", detail: `raw ${bin.detail} bytes`, evidence: excerpt(text) });
  const script = opts.scripts === false ? void 0 : findScript(text);
  if (script) hits.push({ kind: "script", severity: "medium", detail: `code (${script})`, evidence: excerpt(text) });
  let encodedFound = false;
  for (const re of [B64_RUN, HEX_RUN]) {
    re.lastIndex = 0;
    let n = 0;
    for (let m = re.exec(text); m && n < 64; m = re.exec(text), n++) {
      const run = m[0];
      const decoded = re === HEX_RUN ? Buffer.from(run, "hex") : decodeBase64(run);
      if (!decoded) continue;
      const hit = classifyDecoded(decoded, re === HEX_RUN ? "hex" : "base64");
      if (hit) {
        hit.evidence = excerpt(run);
        hits.push(hit);
        encodedFound = true;
        break;
      }
      if (run.length >= 64 * 1024 && !encodedFound) {
        hits.push({
          kind: "encoded-blob",
          severity: "low",
          detail: `opaque ${re === HEX_RUN ? "hex" : "base64"} blob of ${run.length} characters`,
          evidence: excerpt(run)
        });
        encodedFound = true;
      }
    }
    if (encodedFound) break;
  }
  if (!opts.allowUrls) {
    const u = URL_RE.exec(text);
    if (u) hits.push({ kind: "url", severity: "low", detail: `URL ${excerpt(u[0])}`, evidence: excerpt(u[0]) });
  }
  const rank = { critical: 4, high: 3, medium: 2, low: 1, info: 0 };
  return hits.sort((a, b) => rank[b.severity] - rank[a.severity]);
}
function sniffBytes(b) {
  const bin = binaryKind(b);
  if (bin && bin.kind !== "zip") return [{ kind: bin.kind, severity: "high", detail: bin.detail, evidence: "" }];
  if (printableRatio(b.subarray(0, SNIFF_MAX)) > 0.9)
    return sniffText(Buffer.from(b.subarray(0, SNIFF_MAX)).toString("utf8"));
  return [];
}

// src/analyzers/secrets/patterns.ts
var SECRET_PATTERNS = [
  { kind: "AWS access key id", re: /\b(?:AKIA|ASIA|AGPA|AIDA|AROA|ANPA|ANVA|AIPA)[0-9A-Z]{16}\b/g, minEntropy: 3 },
  {
    kind: "AWS secret access key",
    re: /aws.{0,20}?(?:secret|key).{0,20}?['"=:\s]([A-Za-z0-9/+]{40})(?![A-Za-z0-9/+])/gi,
    minEntropy: 4
  },
  { kind: "GitHub token", re: /\b(?:ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{36,255}\b/g, minEntropy: 3.5 },
  { kind: "GitHub fine-grained token", re: /\bgithub_pat_[A-Za-z0-9_]{60,255}\b/g, minEntropy: 3.5 },
  { kind: "GitLab token", re: /\bglpat-[A-Za-z0-9_-]{20,}\b/g, minEntropy: 3.5 },
  { kind: "Hugging Face token", re: /\bhf_[A-Za-z0-9]{30,}\b/g, minEntropy: 3.5 },
  { kind: "OpenAI API key", re: /\bsk-(?:proj-|svcacct-|admin-)?[A-Za-z0-9_-]{20,}T3BlbkFJ[A-Za-z0-9_-]{20,}\b/g },
  { kind: "OpenAI-style API key", re: /\bsk-(?:proj-|svcacct-)[A-Za-z0-9_-]{40,}\b/g, minEntropy: 4 },
  { kind: "Anthropic API key", re: /\bsk-ant-(?:api|admin)\d{2}-[A-Za-z0-9_-]{80,}\b/g, minEntropy: 4 },
  { kind: "Slack token", re: /\bxox[abposr]-[0-9A-Za-z-]{10,}\b/g, minEntropy: 3 },
  { kind: "Slack webhook", re: /https:\/\/hooks\.slack\.com\/services\/T[A-Z0-9]+\/B[A-Z0-9]+\/[A-Za-z0-9]{20,}/g },
  { kind: "Google API key", re: /\bAIza[0-9A-Za-z_-]{35}\b/g, minEntropy: 3.5 },
  { kind: "Stripe secret key", re: /\b(?:sk|rk)_live_[0-9A-Za-z]{24,}\b/g, minEntropy: 3.5 },
  {
    kind: "private key",
    re: /-----BEGIN (?:RSA |EC |DSA |OPENSSH |ENCRYPTED |PGP )?PRIVATE KEY(?: BLOCK)?-----/g
  },
  {
    kind: "password in URL",
    re: /\b[a-z][a-z0-9+.-]{1,15}:\/\/[^\s:/@'"]{1,64}:([^\s:/@'"]{6,128})@[a-z0-9.-]+/gi,
    minEntropy: 2.5
  }
];

// src/analyzers/secrets/index.ts
var WINDOW = 1 << 20;
function entropy(s) {
  const counts = /* @__PURE__ */ new Map();
  for (const ch of s) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let h = 0;
  for (const n of counts.values()) {
    const p = n / s.length;
    h -= p * Math.log2(p);
  }
  return h;
}
function redact(secret) {
  const keep = secret.startsWith("-----BEGIN") ? secret.length : Math.min(6, Math.max(2, Math.floor(secret.length / 6)));
  return secret.length <= keep ? secret : `${secret.slice(0, keep)}\u2026(${secret.length} chars)`;
}
function findSecrets(text) {
  const hits = [];
  for (let start = 0; start < text.length; start += WINDOW - 512) {
    const chunk = text.slice(start, start + WINDOW);
    for (const p of SECRET_PATTERNS) {
      p.re.lastIndex = 0;
      for (let m = p.re.exec(chunk); m; m = p.re.exec(chunk)) {
        const token = m[1] ?? m[0];
        if (p.minEntropy !== void 0 && entropy(token) < p.minEntropy) continue;
        const secret = p.kind === "password in URL" ? token : m[0];
        hits.push({ kind: p.kind, redacted: redact(secret), index: start + m.index });
      }
    }
    if (start + WINDOW >= text.length) break;
  }
  const seen = /* @__PURE__ */ new Set();
  return hits.filter((h) => {
    const k = `${h.kind}\0${h.index}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
function reportSecrets(ctx, text, where, offset) {
  if (text.length < 16) return;
  for (const h of findSecrets(text))
    ctx.report("SEC-001", `${h.kind} embedded in ${where}: ${h.redacted}`, {
      offset,
      evidence: `${h.kind}: ${h.redacted}`
    });
}

// src/analyzers/common/declare.ts
function declareTensor(ctx, name, dtype, shape, bytes) {
  const ref = { name, dtype, shape, bytes };
  if (ctx.member !== void 0) ref.member = ctx.member;
  ctx.run.tensors.push(ref);
}

// src/analyzers/weights/tensor.ts
var DTYPE_SIZE = {
  f64: 8,
  f32: 4,
  f16: 2,
  bf16: 2,
  i64: 8,
  i32: 4,
  i16: 2,
  i8: 1,
  u8: 1,
  bool: 1,
  other: 1
};
function dtypeFrom(name) {
  const n = name.toLowerCase();
  if (["f32", "float32", "<f4", "floatstorage", "float", "gguf:0"].includes(n)) return "f32";
  if (["f16", "float16", "<f2", "halfstorage", "half", "gguf:1"].includes(n)) return "f16";
  if (["bf16", "bfloat16", "bfloat16storage"].includes(n)) return "bf16";
  if (["f64", "float64", "<f8", "doublestorage", "double"].includes(n)) return "f64";
  if (["i64", "int64", "<i8", "longstorage"].includes(n)) return "i64";
  if (["i32", "int32", "<i4", "intstorage"].includes(n)) return "i32";
  if (["i16", "int16", "<i2", "shortstorage"].includes(n)) return "i16";
  if (["i8", "int8", "|i1", "charstorage"].includes(n)) return "i8";
  if (["u8", "uint8", "|u1", "bytestorage"].includes(n)) return "u8";
  if (["bool", "|b1", "boolstorage"].includes(n)) return "bool";
  return "other";
}

// src/analyzers/safetensors/index.ts
var MAX_HEADER = 1e8;
var U64_MAX = (1n << 64n) - 1n;
var DTYPE_BITS = {
  BOOL: 8,
  F4: 4,
  F6_E2M3: 6,
  F6_E3M2: 6,
  U8: 8,
  I8: 8,
  F8_E5M2: 8,
  F8_E4M3: 8,
  F8_E8M0: 8,
  F8_E4M3FNUZ: 8,
  F8_E5M2FNUZ: 8,
  I16: 16,
  U16: 16,
  F16: 16,
  BF16: 16,
  I32: 32,
  U32: 32,
  F32: 32,
  C64: 64,
  F64: 64,
  I64: 64,
  U64: 64
};
var TENSOR_FIELDS = /* @__PURE__ */ new Set(["dtype", "shape", "data_offsets"]);
var METADATA_VALUE_MAX = 1 << 20;
var METADATA_TOTAL_MAX = 16 << 20;
function invalid(ctx, message, offset) {
  ctx.report("ST-001", `Invalid safetensors file: ${message}`, offset !== void 0 ? { offset } : {});
}
function u64(v) {
  if (!(v instanceof JsonNumber)) return void 0;
  const b = v.toBigInt();
  return b !== void 0 && b >= 0n && b <= U64_MAX ? b : void 0;
}
function checkMetadata(ctx, meta) {
  if (!(meta instanceof JsonObject)) {
    ctx.report(
      "ST-006",
      "__metadata__ is not an object (must be a flat string-to-string map; the reference loader rejects it)"
    );
    return;
  }
  let total = 0;
  for (const [k, v] of meta.map) {
    if (typeof v !== "string") {
      ctx.report(
        "ST-006",
        `__metadata__[${JSON.stringify(k.slice(0, 60))}] is not a string (the reference loader rejects it)`,
        {
          evidence: k.slice(0, 60)
        }
      );
      continue;
    }
    total += k.length + v.length;
    const where = `__metadata__[${JSON.stringify(k.slice(0, 60))}]`;
    if (v.length > METADATA_VALUE_MAX)
      ctx.report("ST-006", `${where} is very large (${v.length} characters)`, { evidence: v.slice(0, 60) });
    const hits = /^data:image\/(?:png|jpeg|webp|gif);base64,/.test(v) ? [] : sniffText(v);
    for (const h of hits.slice(0, 2))
      ctx.report("ST-006", `${where}: ${h.detail}`, {
        severity: h.severity,
        ...h.evidence ? { evidence: h.evidence } : {}
      });
    for (const h of sniffText(k).slice(0, 1))
      ctx.report("ST-006", `__metadata__ key: ${h.detail}`, { severity: h.severity });
    reportSecrets(ctx, v, where);
  }
  if (total > METADATA_TOTAL_MAX) ctx.report("ST-006", `__metadata__ holds ${total} characters (very large)`);
}
function tensorEntry(ctx, name, v) {
  const where = `tensor ${JSON.stringify(name.slice(0, 100))}`;
  if (!(v instanceof JsonObject)) {
    invalid(ctx, `${where} is not an object`);
    return void 0;
  }
  for (const k of v.map.keys())
    if (!TENSOR_FIELDS.has(k))
      ctx.report("ST-004", `${where} has an unexpected field ${JSON.stringify(k.slice(0, 60))}`, {
        evidence: k.slice(0, 60)
      });
  const dtype = v.get("dtype");
  const shape = v.get("shape");
  const offsets = v.get("data_offsets");
  if (typeof dtype !== "string" || !Array.isArray(shape) || !Array.isArray(offsets)) {
    invalid(ctx, `${where} needs a string dtype, a shape list and a data_offsets pair`);
    return void 0;
  }
  const begin = u64(offsets[0]);
  const end = u64(offsets[1]);
  if (offsets.length !== 2 || begin === void 0 || end === void 0) {
    ctx.report("ST-002", `${where}: data_offsets must be two non-negative integers (u64)`, {
      evidence: offsets.map((o) => o instanceof JsonNumber ? o.text : JSON.stringify(o)).join(",")
    });
    return void 0;
  }
  const entry = { name, dtype, shape: [], begin, end };
  const bits2 = DTYPE_BITS[dtype];
  if (bits2 === void 0)
    ctx.report("ST-004", `${where} has unknown dtype ${JSON.stringify(dtype.slice(0, 40))}`, {
      evidence: dtype.slice(0, 40)
    });
  let numel = 1n;
  let shapeOk = true;
  for (const d of shape) {
    const n = u64(d);
    if (n === void 0) {
      shapeOk = false;
      ctx.report("ST-004", `${where} has a shape entry that is not a non-negative integer`, {
        evidence: d instanceof JsonNumber ? d.text : JSON.stringify(d).slice(0, 40)
      });
      break;
    }
    numel *= n;
    entry.shape.push(Number(n));
  }
  if (!shapeOk || bits2 === void 0) return entry;
  if (numel > U64_MAX) {
    entry.error = `shape ${fmtShape(shape)} overflows (more than 2^64 elements)`;
    return entry;
  }
  const nbits = numel * BigInt(bits2);
  if (nbits > U64_MAX) entry.error = `shape ${fmtShape(shape)} \xD7 ${bits2} bits overflows`;
  else if (nbits % 8n !== 0n) entry.error = `${numel} \xD7 ${bits2}-bit elements do not fill whole bytes (misaligned slice)`;
  else entry.size = nbits / 8n;
  return entry;
}
function fmtShape(shape) {
  return `[${shape.slice(0, 8).map((d) => d instanceof JsonNumber ? d.text : "?").join(", ")}${shape.length > 8 ? ", \u2026" : ""}]`;
}
async function analyze(src, ctx) {
  if (src.size < 8) return invalid(ctx, `file is ${src.size} bytes, shorter than the 8-byte header length`);
  const n = (await src.read(0, 8)).readBigUInt64LE(0);
  if (n > BigInt(MAX_HEADER)) return invalid(ctx, `header length ${n} exceeds the 100 MB limit`, 0);
  if (n > BigInt(src.size - 8))
    return invalid(ctx, `header length ${n} runs past the end of the file (${src.size - 8} bytes follow it)`, 0);
  const len = Number(n);
  if (len > ctx.limits.maxHeaderBytes)
    throw new LimitExceeded("maxHeaderBytes", `safetensors header of ${len} bytes exceeds the header limit`, 0);
  const raw = await src.read(8, len);
  let text;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(raw);
  } catch {
    return invalid(ctx, "header is not valid UTF-8", 8);
  }
  if (!text.startsWith("{")) return invalid(ctx, 'header does not start with "{"', 8);
  let parsed;
  try {
    parsed = parseJsonValue(text, { maxDepth: 128 });
  } catch (e) {
    if (e instanceof JsonError) return invalid(ctx, `header is not valid JSON (${e.message})`, 8 + e.pos);
    throw e;
  }
  let spaces = 0;
  let otherWs = 0;
  for (let i2 = parsed.end; i2 < text.length; i2++) {
    const c = text.charCodeAt(i2);
    if (c === 32) spaces++;
    else if (isJsonWhitespace(c)) otherWs++;
    else return invalid(ctx, `non-whitespace bytes after the header JSON (at header byte ${i2})`, 8 + i2);
  }
  if (otherWs > 0) ctx.report("ST-007", `header is padded with ${otherWs} whitespace characters other than spaces`);
  else if (spaces > 64) ctx.report("ST-007", `header is padded with ${spaces} spaces (writers use at most 7)`);
  if (parsed.duplicates.length)
    ctx.report(
      "ST-005",
      `duplicate keys in the header: ${parsed.duplicates.slice(0, 5).map((d) => `${d.path}.${d.key}`).join(", ")}${parsed.duplicates.length > 5 ? ` (+${parsed.duplicates.length - 5})` : ""}`,
      { evidence: parsed.duplicates[0].key.slice(0, 60) }
    );
  const top = parsed.value;
  if (top.map.size > ctx.limits.maxEntries)
    throw new LimitExceeded("maxEntries", `${top.map.size} header entries exceed the entry limit`, 8);
  const tensors = [];
  let structural = false;
  for (const [name, v] of top.map) {
    ctx.checkDeadline();
    if (name === "__metadata__") {
      checkMetadata(ctx, v);
      continue;
    }
    const e = tensorEntry(ctx, name, v);
    if (e) tensors.push(e);
    else structural = true;
  }
  if (structural) return;
  if (len > 1 << 20 && len / (tensors.length + 1) > 64 * 1024)
    ctx.report("ST-007", `header is ${len} bytes for ${tensors.length} tensors (far more than their descriptions need)`);
  tensors.sort(
    (a, b) => a.begin !== b.begin ? a.begin < b.begin ? -1 : 1 : a.end < b.end ? -1 : a.end > b.end ? 1 : 0
  );
  let start = 0n;
  for (const t of tensors) {
    const where = `tensor ${JSON.stringify(t.name.slice(0, 100))}`;
    if (t.begin !== start || t.end < t.begin) {
      const what = t.end < t.begin ? `ends (${t.end}) before it begins (${t.begin})` : t.begin < start ? `begins at ${t.begin}, overlapping the previous tensor (ends at ${start})` : `begins at ${t.begin}, leaving a gap after ${start}`;
      ctx.report("ST-002", `${where} ${what}`, { evidence: t.name.slice(0, 60) });
      return;
    }
    if (t.error) {
      ctx.report("ST-002", `${where}: ${t.error}`, { evidence: t.name.slice(0, 60) });
      return;
    }
    if (t.size !== void 0 && t.end - t.begin !== t.size) {
      ctx.report("ST-002", `${where} spans ${t.end - t.begin} bytes but its shape and dtype need ${t.size}`, {
        evidence: t.name.slice(0, 60)
      });
      return;
    }
    start = t.end;
  }
  const dataEnd = 8n + n + start;
  const size = BigInt(src.size);
  if (dataEnd > size)
    ctx.report("ST-002", `tensor data ends at byte ${dataEnd} but the file has ${size} (truncated)`, {
      offset: src.size
    });
  else {
    if (dataEnd < size)
      ctx.report("ST-003", `${size - dataEnd} bytes follow the last tensor (the data section must end the file)`, {
        offset: Number(dataEnd)
      });
    const base = 8 + len;
    for (const t of tensors)
      if (t.size !== void 0)
        declareTensor(
          ctx,
          t.name,
          dtypeFrom(t.dtype),
          t.shape,
          new SliceSource(src, base + Number(t.begin), Number(t.size))
        );
  }
}
var analyzer7 = {
  id: "safetensors",
  detect(v) {
    if (v.head.length < 10 || v.head[8] !== 123) return false;
    const n = v.head.readBigUInt64LE(0);
    if (n < 2n || n >= 1n << 40n) return false;
    let i2 = 9;
    while (i2 < v.head.length && isJsonWhitespace(v.head[i2])) i2++;
    return i2 < v.head.length && (v.head[i2] === 34 || v.head[i2] === 125);
  },
  async analyze(src, ctx) {
    ctx.setFormat("safetensors");
    await analyze(src, ctx);
  }
};

// src/engine/stream.ts
var DEFAULT_CHUNK = 1 << 20;
var StreamReader = class {
  constructor(src, start = 0, chunk = DEFAULT_CHUNK) {
    this.src = src;
    this.chunk = chunk;
    this.bufStart = start;
    this.pos = start;
  }
  src;
  chunk;
  buf = Buffer.alloc(0);
  /** Absolute offset of buf[0] in the source. */
  bufStart;
  /** Absolute read position. */
  pos;
  get size() {
    return this.src.size;
  }
  /** Bytes left in the source from the current position. */
  remaining() {
    return Math.max(0, this.src.size - this.pos);
  }
  /** The buffered window (valid from `windowStart`), for hot loops that index bytes directly between ensure() calls. */
  get window() {
    return this.buf;
  }
  /** Absolute offset of window[0]. */
  get windowStart() {
    return this.bufStart;
  }
  /** Bytes of the window available from pos without I/O. */
  available() {
    return this.bufStart + this.buf.length - this.pos;
  }
  /** Makes `n` bytes available (n should be modest: it is held in memory). False when the source ends first. */
  async ensure(n) {
    if (this.available() >= n) return true;
    const want = Math.max(n, this.chunk);
    const keepFrom = this.pos - this.bufStart;
    const kept = keepFrom >= 0 && keepFrom < this.buf.length ? this.buf.subarray(keepFrom) : Buffer.alloc(0);
    const readFrom = this.pos + kept.length;
    const more = await this.src.read(readFrom, want - kept.length);
    this.buf = kept.length ? Buffer.concat([kept, more]) : Buffer.from(more);
    this.bufStart = this.pos;
    return this.buf.length >= n;
  }
  at() {
    return this.pos - this.bufStart;
  }
  u8() {
    const v = this.buf[this.at()];
    this.pos += 1;
    return v;
  }
  u16() {
    const v = this.buf.readUInt16LE(this.at());
    this.pos += 2;
    return v;
  }
  u32() {
    const v = this.buf.readUInt32LE(this.at());
    this.pos += 4;
    return v;
  }
  i32() {
    const v = this.buf.readInt32LE(this.at());
    this.pos += 4;
    return v;
  }
  u64() {
    const v = this.buf.readBigUInt64LE(this.at());
    this.pos += 8;
    return v;
  }
  f64be() {
    const v = this.buf.readDoubleBE(this.at());
    this.pos += 8;
    return v;
  }
  /** A view of the next n bytes (call ensure(n) first). */
  bytes(n) {
    const a = this.at();
    const v = this.buf.subarray(a, a + n);
    this.pos += n;
    return v;
  }
  peek(n) {
    const a = this.at();
    return this.buf.subarray(a, a + n);
  }
  /** Skips n bytes without reading them (may be far beyond the window). */
  skip(n) {
    this.pos += n;
  }
  seek(abs) {
    this.pos = abs;
  }
  /**
   * Reads up to and including '\n', at most maxLen bytes. Returns the line without '\n',
   * or null when no newline occurs within maxLen bytes or before the end.
   */
  async readLine(maxLen) {
    let scanned = 0;
    for (; ; ) {
      const avail = this.available();
      const a = this.at();
      const idx = this.buf.indexOf(10, a + scanned);
      if (idx >= 0 && idx < a + avail && idx - a <= maxLen) {
        const line = this.buf.subarray(a, idx);
        this.pos += idx - a + 1;
        return line;
      }
      scanned = avail;
      if (avail > maxLen || this.remaining() <= avail) return null;
      await this.ensure(Math.min(avail + this.chunk, maxLen + 1));
    }
  }
};

// src/analyzers/common/capped.ts
var CappedReporter = class {
  constructor(ctx, cap = 20) {
    this.ctx = ctx;
    this.cap = cap;
  }
  ctx;
  cap;
  counts = /* @__PURE__ */ new Map();
  report(ruleId, message, opts = {}) {
    const key = `${ruleId}\0${opts.severity ?? ""}`;
    const n = (this.counts.get(key) ?? 0) + 1;
    this.counts.set(key, n);
    if (n <= this.cap) this.ctx.report(ruleId, message, opts);
  }
  /** Adds one summary finding per rule whose findings were capped. Call once at the end. */
  flush() {
    for (const [key, n] of this.counts) {
      if (n <= this.cap) continue;
      const [ruleId, severity] = key.split("\0");
      this.ctx.report(ruleId, `\u2026 and ${n - this.cap} more findings of this kind (not listed)`, {
        ...severity ? { severity } : {}
      });
    }
  }
};

// src/analyzers/gguf/chat-template.ts
var PATTERNS = [
  [
    /__(?:class|mro|subclasses|globals|builtins|import|init|base|bases|getattribute|dict|code|func|self|reduce|reduce_ex|loader|spec)__/,
    "critical",
    "Python dunder attribute access"
  ],
  [/_TemplateReference__context/, "critical", "template context escape"],
  [/\|\s*attr\b/, "critical", "attr() filter (attribute access by string)"],
  [/(?<![\w.])attr\s*\(/, "critical", "attr() call"],
  [/\.\s*(?:popen|system|spawn\w*|exec[lv]\w*|check_output|getoutput)\s*\(/, "critical", "process execution call"],
  [/\b(?:os|subprocess|sys|builtins|importlib|socket|shutil|pty|posix)\.[A-Za-z_]/, "critical", "Python module access"],
  [/(?<![\w.])(?:eval|exec|compile|__import__|getattr|setattr|open)\s*\(/, "critical", "eval/exec/getattr/open call"],
  [/\b(?:request|config|self)\.[A-Za-z_]/, "critical", "Flask/Jinja global object access"],
  [/\\x5f|\\u005f|\\137|\\N\{LOW LINE\}/i, "critical", "escaped underscore (obfuscated dunder)"],
  [
    /\b(?:cycler|joiner|lipsum|url_for|get_flashed_messages)\b/,
    "high",
    "Jinja global that exposes __init__.__globals__"
  ],
  [/['"]_['"]\s*(?:~|\+|\*)|(?:~|\+)\s*['"]_/, "high", "string concatenation building an underscore name"],
  [/\[\s*['"]_/, "high", "subscript with an underscore-prefixed name"],
  [/\{%-?\s*(?:import|include|extends|from)\b/, "medium", "template loads another template"]
];
function templateHits(template) {
  const hits = [];
  for (const [re, severity, what] of PATTERNS) {
    const m = re.exec(template);
    if (!m) continue;
    const at = Math.max(0, m.index - 20);
    hits.push({ severity, what, evidence: template.slice(at, at + 80).replace(/\s+/g, " ") });
  }
  const rank = { critical: 4, high: 3, medium: 2, low: 1, info: 0 };
  return hits.sort((a, b) => rank[b.severity] - rank[a.severity]);
}

// src/analyzers/gguf/index.ts
var GGML_DTYPE = {
  0: "f32",
  1: "f16",
  30: "bf16",
  28: "f64",
  24: "i8",
  25: "i16",
  26: "i32",
  27: "i64"
};
var T = {
  U8: 0,
  I8: 1,
  U16: 2,
  I16: 3,
  U32: 4,
  I32: 5,
  F32: 6,
  BOOL: 7,
  STRING: 8,
  ARRAY: 9,
  U64: 10,
  I64: 11,
  F64: 12
};
var FIXED_SIZE = { 0: 1, 1: 1, 2: 2, 3: 2, 4: 4, 5: 4, 6: 4, 7: 1, 10: 8, 11: 8, 12: 8 };
var TYPE_NAMES = [
  "UINT8",
  "INT8",
  "UINT16",
  "INT16",
  "UINT32",
  "INT32",
  "FLOAT32",
  "BOOL",
  "STRING",
  "ARRAY",
  "UINT64",
  "INT64",
  "FLOAT64"
];
var GGML_TYPES = {
  0: [1, 4, "F32"],
  1: [1, 2, "F16"],
  2: [32, 18, "Q4_0"],
  3: [32, 20, "Q4_1"],
  6: [32, 22, "Q5_0"],
  7: [32, 24, "Q5_1"],
  8: [32, 34, "Q8_0"],
  9: [32, 36, "Q8_1"],
  10: [256, 84, "Q2_K"],
  11: [256, 110, "Q3_K"],
  12: [256, 144, "Q4_K"],
  13: [256, 176, "Q5_K"],
  14: [256, 210, "Q6_K"],
  15: [256, 292, "Q8_K"],
  16: [256, 66, "IQ2_XXS"],
  17: [256, 74, "IQ2_XS"],
  18: [256, 98, "IQ3_XXS"],
  19: [256, 50, "IQ1_S"],
  20: [32, 18, "IQ4_NL"],
  21: [256, 110, "IQ3_S"],
  22: [256, 82, "IQ2_S"],
  23: [256, 136, "IQ4_XS"],
  24: [1, 1, "I8"],
  25: [1, 2, "I16"],
  26: [1, 4, "I32"],
  27: [1, 8, "I64"],
  28: [1, 8, "F64"],
  29: [256, 56, "IQ1_M"],
  30: [1, 2, "BF16"],
  34: [256, 54, "TQ1_0"],
  35: [256, 66, "TQ2_0"],
  39: [32, 17, "MXFP4"]
};
var MAX_KEY = 65535;
var MAX_TENSOR_NAME = 63;
var MAX_DIMS = 4;
var INT64_MAX = (1n << 63n) - 1n;
var MIN_KV = (wide) => (wide ? 8 : 4) + 1 + 4 + 1;
var MIN_TENSOR_INFO = (wide) => (wide ? 8 : 4) + 1 + 4 + 4 + 8;
var TEMPLATE_KEY = /^tokenizer\.chat_template(?:\.|$)/;
var URL_OK_KEY = /(?:^|\.)(?:url|urls|link|links|repo_url|source|homepage|license)(?:\.|$)|^general\.(?:source|base_model|dataset)/;
var VOCAB_KEY = /^tokenizer\.(?:ggml\.|huggingface\.json|rwkv\.)/;
var GgufReader = class {
  constructor(src, ctx, wide) {
    this.ctx = ctx;
    this.wide = wide;
    this.r = new StreamReader(src, 0);
  }
  ctx;
  wide;
  r;
  get pos() {
    return this.r.pos;
  }
  remaining() {
    return this.r.remaining();
  }
  async need(n, what) {
    if (!await this.r.ensure(n)) throw new ParseError(`truncated ${what}`, this.r.pos);
  }
  async u32(what) {
    await this.need(4, what);
    return this.r.u32();
  }
  async u64(what) {
    await this.need(8, what);
    return this.r.u64();
  }
  /** A count or length: u64 (v2+) or u32 (v1). */
  async len(what) {
    return this.wide ? this.u64(what) : BigInt(await this.u32(what));
  }
  skip(n) {
    this.r.skip(n);
  }
};
async function analyzeGguf(src, ctx, out) {
  const head = await src.read(0, 24);
  if (head.length < 8) throw new ParseError("truncated GGUF header", 0);
  const version = head.readUInt32LE(4);
  if (version < 1 || version > 3) {
    out.report("GGUF-001", `unsupported GGUF version ${version} (known: 1, 2, 3); not analysed further`, { offset: 4 });
    return;
  }
  const wide = version >= 2;
  const g = new GgufReader(src, ctx, wide);
  g.skip(8);
  const tensorCount = await g.len("tensor count");
  const kvCount = await g.len("metadata count");
  const room = BigInt(g.remaining());
  if (kvCount * BigInt(MIN_KV(wide)) > room || tensorCount * BigInt(MIN_TENSOR_INFO(wide)) > room) {
    out.report(
      "GGUF-001",
      `header declares ${tensorCount} tensors and ${kvCount} metadata entries, more than the ${room} remaining bytes can hold; not analysed further`,
      { offset: 8 }
    );
    return;
  }
  const entries = BigInt(ctx.limits.maxEntries);
  if (kvCount > entries || tensorCount > entries)
    throw new LimitExceeded(
      "maxEntries",
      `${kvCount} metadata entries and ${tensorCount} tensors exceed the entry limit`,
      8
    );
  const keys = /* @__PURE__ */ new Set();
  let alignment = 32;
  for (let i2 = 0n; i2 < kvCount; i2++) {
    ctx.checkDeadline(g.pos);
    const at = g.pos;
    const key = await readString(g, out, "metadata key", MAX_KEY);
    if (key === void 0) return;
    if (!/^[\x20-\x7e]+$/.test(key))
      out.report("GGUF-001", `metadata key ${JSON.stringify(key.slice(0, 80))} is empty or not printable ASCII`, {
        offset: at
      });
    if (keys.has(key))
      out.report("GGUF-001", `duplicate metadata key ${JSON.stringify(key.slice(0, 80))}`, { offset: at });
    keys.add(key);
    const type = await g.u32(`type of ${key}`);
    const value = await readValue(g, out, type, key, 0);
    if (value === STOP) return;
    if (key === "general.alignment") {
      if (type !== T.U32 || typeof value !== "number" || value === 0 || (value & value - 1) !== 0 || value % 8 !== 0)
        out.report(
          "GGUF-002",
          `general.alignment ${String(value)} is not a non-zero power of two and a multiple of 8`,
          {
            offset: at
          }
        );
      else alignment = value;
    }
  }
  const tensors = [];
  const names = /* @__PURE__ */ new Set();
  for (let i2 = 0n; i2 < tensorCount; i2++) {
    ctx.checkDeadline(g.pos);
    const at = g.pos;
    const name = await readString(g, out, "tensor name", 1 << 16);
    if (name === void 0) return;
    const where = `tensor ${JSON.stringify(name.slice(0, 80))}`;
    if (Buffer.byteLength(name) > MAX_TENSOR_NAME)
      out.report("GGUF-002", `${where}: name is ${Buffer.byteLength(name)} bytes (GGML_MAX_NAME is 64 with the NUL)`, {
        offset: at
      });
    if (names.has(name)) out.report("GGUF-002", `${where}: duplicate tensor name`, { offset: at });
    names.add(name);
    const nDims = await g.u32(`${where} dimension count`);
    if (nDims > 64) {
      out.report("GGUF-002", `${where}: ${nDims} dimensions; not analysed further`, { offset: at });
      return;
    }
    if (nDims > MAX_DIMS) out.report("GGUF-002", `${where}: ${nDims} dimensions (GGML_MAX_DIMS is 4)`, { offset: at });
    const dims = [];
    for (let d = 0; d < nDims; d++) dims.push(await g.len(`${where} dimension`));
    const type = await g.u32(`${where} type`);
    const offset = await g.u64(`${where} offset`);
    const t = { name, at, offset, type, shape: dims.map(Number).reverse() };
    tensors.push(t);
    const traits = GGML_TYPES[type];
    if (!traits) {
      out.report("GGUF-002", `${where}: unknown ggml type ${type}`, { offset: at, evidence: String(type) });
      continue;
    }
    let numel = 1n;
    let overflow = false;
    for (const d of dims) {
      numel *= d;
      if (numel > INT64_MAX) overflow = true;
    }
    if (overflow) {
      out.report("GGUF-002", `${where}: dims [${dims.join(", ")}] overflow int64`, { offset: at });
      continue;
    }
    const [blck, size2, tname] = traits;
    if (dims.length && dims[0] % BigInt(blck) !== 0n) {
      out.report(
        "GGUF-002",
        `${where}: first dimension ${dims[0]} is not a multiple of the ${tname} block size ${blck}`,
        {
          offset: at
        }
      );
      continue;
    }
    t.bytes = numel / BigInt(blck) * BigInt(size2);
    if (offset % BigInt(alignment) !== 0n)
      out.report("GGUF-002", `${where}: offset ${offset} is not aligned to ${alignment}`, { offset: at });
  }
  const align = BigInt(alignment);
  const dataStart = (BigInt(g.pos) + align - 1n) / align * align;
  const size = BigInt(src.size);
  const dataSize = size > dataStart ? size - dataStart : 0n;
  const placed = tensors.filter((t) => t.bytes !== void 0).sort((a, b) => a.offset < b.offset ? -1 : a.offset > b.offset ? 1 : 0);
  let end = 0n;
  let beyond = false;
  for (const t of placed) {
    const where = `tensor ${JSON.stringify(t.name.slice(0, 80))}`;
    const tEnd = t.offset + t.bytes;
    if (tEnd > dataSize) {
      beyond = true;
      out.report(
        "GGUF-002",
        `${where}: data ${t.offset}\u2026${tEnd} runs past the end of the file (data section has ${dataSize} bytes)`,
        {
          offset: t.at
        }
      );
      continue;
    }
    if (t.offset < end) out.report("GGUF-002", `${where}: data overlaps the previous tensor`, { offset: t.at });
    else if (t.offset - end >= align && end > 0n)
      out.report("GGUF-005", `${t.offset - end} unreferenced bytes before ${where}`, {
        offset: Number(dataStart + end)
      });
    const dtype = GGML_DTYPE[t.type];
    if (dtype && t.offset >= end)
      declareTensor(ctx, t.name, dtype, t.shape, new SliceSource(src, Number(dataStart + t.offset), Number(t.bytes)));
    if (tEnd > end) end = tEnd;
  }
  const paddedEnd = (end + align - 1n) / align * align;
  if (!beyond && dataSize > paddedEnd)
    out.report("GGUF-005", `${dataSize - paddedEnd} bytes follow the last tensor's data (not part of any tensor)`, {
      offset: Number(dataStart + paddedEnd)
    });
}
var STOP = /* @__PURE__ */ Symbol("stop");
async function readString(g, out, what, max3) {
  const at = g.pos;
  const n = await g.len(`${what} length`);
  if (n > BigInt(g.remaining())) {
    out.report("GGUF-001", `${what} at ${at} declares ${n} bytes, beyond the end of the file`, { offset: at });
    throw new ParseError(`${what} length runs past the end of the file`, at);
  }
  if (n > BigInt(max3)) {
    out.report("GGUF-001", `${what} at ${at} is ${n} bytes (limit ${max3}); not analysed further`, { offset: at });
    return void 0;
  }
  const len = Number(n);
  const keep = Math.min(len, SNIFF_MAX);
  await g.need(keep, what);
  const s = g.r.bytes(keep).toString("utf8");
  g.skip(len - keep);
  return s;
}
async function readValue(g, out, type, key, depth) {
  const at = g.pos;
  const fixed = FIXED_SIZE[type];
  if (fixed !== void 0) {
    await g.need(fixed, `value of ${key}`);
    const b = g.r.bytes(fixed);
    if (type === T.BOOL && b[0] > 1)
      out.report("GGUF-001", `${key}: BOOL value ${b[0]} (must be 0 or 1)`, { offset: at });
    if (type === T.U32) return b.readUInt32LE(0);
    if (type === T.U64) return b.readBigUInt64LE(0);
    return null;
  }
  if (type === T.STRING) return readStringValue(g, out, key);
  if (type === T.ARRAY) {
    if (depth >= 1)
      out.report("GGUF-001", `${key}: nested array (not supported by llama.cpp; parsers disagree)`, { offset: at });
    if (depth >= g.ctx.limits.maxNesting)
      throw new LimitExceeded("maxNesting", `${key}: arrays nested deeper than ${g.ctx.limits.maxNesting} levels`, at);
    const elem = await g.u32(`${key} element type`);
    const count = await g.len(`${key} element count`);
    const min = FIXED_SIZE[elem] ?? (g.wide ? 8 : 4) + (elem === T.ARRAY ? 4 : 0);
    if (elem > 12) {
      out.report("GGUF-001", `${key}: unknown array element type ${elem}; not analysed further`, { offset: at });
      return STOP;
    }
    if (count * BigInt(min) > BigInt(g.remaining())) {
      out.report(
        "GGUF-001",
        `${key}: array of ${count} ${TYPE_NAMES[elem]} cannot fit in the remaining ${g.remaining()} bytes`,
        {
          offset: at
        }
      );
      throw new ParseError(`array ${key} runs past the end of the file`, at);
    }
    if (FIXED_SIZE[elem] !== void 0 && elem !== T.BOOL) {
      g.skip(Number(count) * FIXED_SIZE[elem]);
      return null;
    }
    for (let i2 = 0n; i2 < count; i2++) {
      if ((i2 & 0xfffn) === 0n) g.ctx.checkDeadline(g.pos);
      if (elem === T.STRING) {
        const s = await readString(g, out, `${key}[${i2}]`, Number.MAX_SAFE_INTEGER);
        if (s === void 0) return STOP;
        if (!VOCAB_KEY.test(key) && i2 < 64n) sniffValue(g.ctx, out, `${key}[${i2}]`, s, g.pos);
      } else if (await readValue(g, out, elem, key, depth + 1) === STOP) return STOP;
    }
    return null;
  }
  out.report("GGUF-001", `${key}: unknown value type ${type}; not analysed further`, { offset: at });
  return STOP;
}
async function readStringValue(g, out, key) {
  const at = g.pos;
  const n = await g.len(`${key} length`);
  if (n > BigInt(g.remaining())) {
    out.report("GGUF-001", `${key}: string of ${n} bytes runs past the end of the file`, { offset: at });
    throw new ParseError(`string ${key} runs past the end of the file`, at);
  }
  const len = Number(n);
  const keep = Math.min(len, SNIFF_MAX);
  await g.need(keep, key);
  const value = g.r.bytes(keep).toString("utf8");
  g.skip(len - keep);
  const valueAt = at + (g.wide ? 8 : 4);
  if (TEMPLATE_KEY.test(key)) {
    for (const h of templateHits(value).slice(0, 3))
      out.report("GGUF-003", `${key}: ${h.what}`, { severity: h.severity, offset: valueAt, evidence: h.evidence });
    if (len > keep)
      out.report("GGUF-004", `${key} is ${len} bytes; only the first ${keep} were checked`, { offset: valueAt });
  } else sniffValue(g.ctx, out, key, value, valueAt, len);
  return value;
}
function sniffValue(ctx, out, key, value, at, total = value.length) {
  const vocab = VOCAB_KEY.test(key);
  for (const h of sniffText(value, { allowUrls: URL_OK_KEY.test(key), totalLength: total, scripts: !vocab }).slice(
    0,
    2
  ))
    out.report("GGUF-004", `${key}: ${h.detail}`, {
      severity: h.severity,
      offset: at,
      ...h.evidence ? { evidence: h.evidence } : {}
    });
  if (!vocab && /\{\{|\{%/.test(value))
    out.report("GGUF-004", `${key}: Jinja template syntax outside the chat template`, {
      offset: at,
      evidence: value.slice(0, 80)
    });
  if (!vocab) reportSecrets(ctx, value, key, at);
}
var analyzer8 = {
  id: "gguf",
  detect: (v) => startsWith(v.head, GGUF_MAGIC),
  async analyze(src, ctx) {
    ctx.setFormat("gguf");
    const out = new CappedReporter(ctx);
    try {
      await analyzeGguf(src, ctx, out);
    } finally {
      out.flush();
    }
  }
};

// src/analyzers/gguf/tokenizer-config.ts
var KEY = Buffer.from('"chat_template"');
var analyzer9 = {
  id: "hf-tokenizer-config",
  detect(v) {
    let i2 = 0;
    if (v.head[0] === 239 && v.head[1] === 187 && v.head[2] === 191) i2 = 3;
    while (i2 < v.head.length && /\s/.test(String.fromCharCode(v.head[i2]))) i2++;
    if (v.head[i2] !== 123) return false;
    return v.head.includes(KEY) || v.tail.includes(KEY) || v.name === "tokenizer_config.json";
  },
  async analyze(src, ctx) {
    ctx.setFormat("hf-tokenizer-config");
    if (src.size > ctx.limits.maxHeaderBytes)
      throw new LimitExceeded("maxHeaderBytes", `tokenizer config of ${src.size} bytes exceeds the header limit`);
    let text = (await src.read(0, src.size)).toString("utf8");
    if (text.charCodeAt(0) === 65279) text = text.slice(1);
    let root;
    try {
      root = parseJson(text, { maxDepth: ctx.limits.maxNesting }).value;
    } catch (e) {
      if (e instanceof JsonError) return ctx.notAnalysed(`tokenizer config is not valid JSON (${e.message})`);
      throw e;
    }
    if (!(root instanceof JsonObject)) return;
    const ct = root.get("chat_template");
    const templates = [];
    if (typeof ct === "string") templates.push(["chat_template", ct]);
    else if (Array.isArray(ct)) {
      for (const item of ct)
        if (item instanceof JsonObject) {
          const name = item.get("name");
          const t = item.get("template");
          if (typeof t === "string") templates.push([`chat_template[${typeof name === "string" ? name : "?"}]`, t]);
        }
    }
    for (const [where, t] of templates)
      for (const h of templateHits(t).slice(0, 3))
        ctx.report("GGUF-006", `${where}: ${h.what}`, { severity: h.severity, evidence: h.evidence });
  }
};

// src/analyzers/keras/h5.ts
var analyzer10 = {
  id: "keras-h5",
  detect: (v) => startsWith(v.head, HDF5_MAGIC),
  async analyze(_src, ctx) {
    ctx.notAnalysed("the keras-h5 analyzer is not implemented yet");
  }
};

// src/analyzers/tensorflow/dangerous-ops.ts
var r = (severity, cls, why, pathInput) => pathInput === void 0 ? { severity, cls, why } : { severity, cls, why, pathInput };
var READERS = [
  "WholeFileReader",
  "TextLineReader",
  "FixedLengthRecordReader",
  "TFRecordReader",
  "LMDBReader",
  "IdentityReader"
];
var READ_DATASETS = [
  "TextLineDataset",
  "TFRecordDataset",
  "TFRecordDatasetV2",
  "FixedLengthRecordDataset",
  "FixedLengthRecordDatasetV2",
  "CSVDataset",
  "CSVDatasetV2",
  "ExperimentalCSVDataset",
  "LMDBDataset",
  "ExperimentalLMDBDataset",
  "LoadDataset",
  "SnapshotDataset",
  "SnapshotDatasetV2",
  "SnapshotDatasetReader",
  "SnapshotChunkDataset",
  "ListSnapshotChunksDataset",
  "CacheDataset",
  "CacheDatasetV2"
];
var WRITE_DATASETS = [
  "DatasetToTFRecord",
  "ExperimentalDatasetToTFRecord",
  "SaveDataset",
  "SaveDatasetV2",
  "DistributedSave"
];
var SAVER = [
  "Save",
  "SaveV2",
  "SaveSlices",
  "Restore",
  "RestoreV2",
  "RestoreSlice",
  "MergeV2Checkpoints",
  "ShardedFilename",
  "ShardedFilespec"
];
var SUMMARY_WRITES = [
  "WriteSummary",
  "WriteScalarSummary",
  "WriteHistogramSummary",
  "WriteImageSummary",
  "WriteAudioSummary",
  "WriteGraphSummary",
  "WriteRawProtoSummary",
  "ImportEvent",
  "FlushSummaryWriter",
  "CloseSummaryWriter",
  "SummaryWriter"
];
var RPC = [
  "RpcServer",
  "RpcClient",
  "RpcCall",
  "RpcServerStart",
  "RpcServerRegister",
  "RpcCheckStatus",
  "RpcGetValue",
  "Rpc",
  "TryRpc"
];
var DANGEROUS_TF_OPS = new Map([
  ["WriteFile", r("critical", "file-write", "writes arbitrary bytes to an arbitrary path", 0)],
  ["ReadFile", r("high", "file-read", "reads an arbitrary file into the graph (exfiltration through outputs)", 0)],
  ["MatchingFiles", r("high", "file-read", "enumerates the file system by glob pattern", 0)],
  ["MatchingFilesDataset", r("high", "file-read", "enumerates the file system by glob pattern", 0)],
  ["ExperimentalMatchingFilesDataset", r("high", "file-read", "enumerates the file system by glob pattern", 0)],
  ["PyFunc", r("high", "python", "calls a Python function registered in the loading process")],
  ["PyFuncStateless", r("high", "python", "calls a Python function registered in the loading process")],
  ["EagerPyFunc", r("high", "python", "calls a Python function registered in the loading process")],
  ["ImmutableConst", r("high", "memmap", "memory-maps a file named by memory_region_name")],
  ["DebugIdentity", r("medium", "debug", "streams tensors to debug_urls (file:// or grpc://)")],
  ["DebugIdentityV2", r("medium", "debug", "streams tensors to debug_urls (file:// or grpc://)")],
  ["DebugIdentityV3", r("medium", "debug", "streams tensors to debug_urls (file:// or grpc://)")],
  ["DebugNanCount", r("medium", "debug", "streams tensor statistics to debug_urls")],
  ["DebugNumericSummary", r("medium", "debug", "streams tensor statistics to debug_urls")],
  ["DebugNumericSummaryV2", r("low", "debug", "debugger instrumentation op")],
  ...SAVER.map((op) => [op, r("high", "saver", "reads or writes checkpoint files by path", 0)]),
  ...READERS.flatMap((op) => [
    [op, r("medium", "file-read", "reads files named by the graph")],
    [`${op}V2`, r("medium", "file-read", "reads files named by the graph")]
  ]),
  ...READ_DATASETS.map((op) => [op, r("medium", "file-read", "reads files named by the graph", 0)]),
  ...WRITE_DATASETS.map((op) => [
    op,
    r("high", "file-write", "writes a dataset to a path named by the graph", 1)
  ]),
  ["SqlDataset", r("medium", "network", "queries a database named by the graph")],
  ["ExperimentalSqlDataset", r("medium", "network", "queries a database named by the graph")],
  ["InitializeTableFromTextFile", r("info", "vocab", "reads a vocabulary file (normal with assets/)", 1)],
  ["InitializeTableFromTextFileV2", r("info", "vocab", "reads a vocabulary file (normal with assets/)", 1)],
  ["GenerateVocabRemapping", r("medium", "file-read", "reads vocabulary files by path", 0)],
  ["LoadAndRemapMatrix", r("medium", "file-read", "reads a checkpoint by path", 0)],
  ["CreateSummaryFileWriter", r("medium", "file-write", "writes event files to a log directory", 1)],
  ["CreateSummaryDbWriter", r("medium", "file-write", "writes summaries to a database")],
  ...SUMMARY_WRITES.map((op) => [op, r("low", "log", "writes summaries through a summary writer")]),
  ...RPC.map((op) => [op, r("high", "network", "makes or serves RPC calls from the graph")]),
  ["DataServiceDataset", r("medium", "network", "reads from a tf.data service at an address in the graph")],
  ["DataServiceDatasetV2", r("medium", "network", "reads from a tf.data service at an address in the graph")],
  ["DataServiceDatasetV3", r("medium", "network", "reads from a tf.data service at an address in the graph")],
  ["DataServiceDatasetV4", r("medium", "network", "reads from a tf.data service at an address in the graph")],
  ["RegisterDataset", r("medium", "network", "registers a dataset with a tf.data service")],
  ["RegisterDatasetV2", r("medium", "network", "registers a dataset with a tf.data service")],
  ["FileSystemSetConfiguration", r("medium", "other", "changes file-system configuration of the process")],
  ["Print", r("low", "log", "prints tensors to the process log")],
  ["PrintV2", r("low", "log", "prints tensors (output_stream may name a file)")],
  ["Abort", r("low", "other", "aborts the loading process")],
  ["DecodeProtoV2", r("info", "other", "descriptor_source may name a descriptor file")],
  ["EncodeProto", r("info", "other", "descriptor_source may name a descriptor file")]
]);
var TFLITE_BUILTIN_CUSTOM_OPS = /* @__PURE__ */ new Set([
  "TFLite_Detection_PostProcess",
  "Mfcc",
  "AudioSpectrogram",
  "MaxPoolingWithArgmax2D",
  "MaxUnpooling2D",
  "Convolution2DTransposeBias",
  "NumericVerify",
  "Atan2",
  "Sign",
  "MultinomialV2",
  "RandomStandardNormal",
  "RandomUniform"
]);

// src/analyzers/tensorflow/stock-ops.ts
var STOCK_TF_OPS = new Set(
  `
Abort Abs AccumulateNV2 AccumulatorApplyGradient AccumulatorNumAccumulated AccumulatorSetGlobalStep
AccumulatorTakeGradient Acos Acosh Add AddManySparseToTensorsMap AddN AddSparseToTensorsMap AddV2 AdjustContrast
AdjustContrastv2 AdjustHue AdjustSaturation All AllCandidateSampler AllToAll Angle AnonymousHashTable
AnonymousIterator AnonymousIteratorV2 AnonymousIteratorV3 AnonymousMemoryCache AnonymousMultiDeviceIterator
AnonymousMultiDeviceIteratorV3 AnonymousMutableDenseHashTable AnonymousMutableHashTable
AnonymousMutableHashTableOfTensors AnonymousRandomSeedGenerator AnonymousSeedGenerator Any ApplyAdaMax
ApplyAdadelta ApplyAdagrad ApplyAdagradDA ApplyAdagradV2 ApplyAdam ApplyAddSign ApplyCenteredRMSProp ApplyFtrl
ApplyFtrlV2 ApplyGradientDescent ApplyMomentum ApplyPowerSign ApplyProximalAdagrad ApplyProximalGradientDescent
ApplyRMSProp ApproxTopK ApproximateEqual ArgMax ArgMin AsString Asin Asinh Assert AssertCardinalityDataset
AssertNextDataset AssertPrevDataset Assign AssignAdd AssignAddVariableOp AssignSub AssignSubVariableOp
AssignVariableOp AssignVariableXlaConcatND Atan Atan2 Atanh AudioSpectrogram AudioSummary AudioSummaryV2
AutoShardDataset AvgPool AvgPool3D AvgPool3DGrad AvgPoolGrad BandedTriangularSolve Barrier BarrierClose
BarrierIncompleteSize BarrierInsertMany BarrierReadySize BarrierTakeMany Batch BatchCholesky BatchCholeskyGrad
BatchDataset BatchDatasetV2 BatchFFT BatchFFT2D BatchFFT3D BatchFunction BatchIFFT BatchIFFT2D BatchIFFT3D
BatchMatMul BatchMatMulV2 BatchMatMulV3 BatchMatrixBandPart BatchMatrixDeterminant BatchMatrixDiag
BatchMatrixDiagPart BatchMatrixInverse BatchMatrixSetDiag BatchMatrixSolve BatchMatrixSolveLs
BatchMatrixTriangularSolve BatchNormWithGlobalNormalization BatchNormWithGlobalNormalizationGrad
BatchSelfAdjointEig BatchSelfAdjointEigV2 BatchSvd BatchToSpace BatchToSpaceND BesselI0 BesselI0e BesselI1
BesselI1e BesselJ0 BesselJ1 BesselK0 BesselK0e BesselK1 BesselK1e BesselY0 BesselY1 Betainc BiasAdd BiasAddGrad
BiasAddV1 Bincount Bitcast BitwiseAnd BitwiseOr BitwiseXor BlockLSTM BlockLSTMGrad BlockLSTMGradV2 BlockLSTMV2
BoostedTreesAggregateStats BoostedTreesBucketize BoostedTreesCalculateBestFeatureSplit
BoostedTreesCalculateBestFeatureSplitV2 BoostedTreesCalculateBestGainsPerFeature BoostedTreesCenterBias
BoostedTreesCreateEnsemble BoostedTreesCreateQuantileStreamResource BoostedTreesDeserializeEnsemble
BoostedTreesEnsembleResourceHandleOp BoostedTreesExampleDebugOutputs BoostedTreesFlushQuantileSummaries
BoostedTreesGetEnsembleStates BoostedTreesMakeQuantileSummaries BoostedTreesMakeStatsSummary BoostedTreesPredict
BoostedTreesQuantileStreamResourceAddSummaries BoostedTreesQuantileStreamResourceDeserialize
BoostedTreesQuantileStreamResourceFlush BoostedTreesQuantileStreamResourceGetBucketBoundaries
BoostedTreesQuantileStreamResourceHandleOp BoostedTreesSerializeEnsemble BoostedTreesSparseAggregateStats
BoostedTreesSparseCalculateBestFeatureSplit BoostedTreesTrainingPredict BoostedTreesUpdateEnsemble
BoostedTreesUpdateEnsembleV2 BroadcastArgs BroadcastGradientArgs BroadcastTo Bucketize BytesProducedStatsDataset
CSRSparseMatrixComponents CSRSparseMatrixToDense CSRSparseMatrixToSparseTensor CSVDataset CSVDatasetV2
CTCBeamSearchDecoder CTCGreedyDecoder CTCLoss CTCLossV2 CacheDataset CacheDatasetV2 Case Cast Ceil CheckNumerics
CheckNumericsV2 CheckPinned Cholesky CholeskyGrad ChooseFastestBranchDataset ChooseFastestDataset ClipByValue
CloseSummaryWriter CollectiveAllToAllV2 CollectiveAllToAllV3 CollectiveAssignGroupV2 CollectiveBcastRecv
CollectiveBcastRecvV2 CollectiveBcastSend CollectiveBcastSendV2 CollectiveGather CollectiveGatherV2
CollectiveInitializeCommunicator CollectivePermute CollectiveReduce CollectiveReduceScatterV2 CollectiveReduceV2
CollectiveReduceV3 CombinedNonMaxSuppression Complex ComplexAbs CompositeTensorVariantFromComponents
CompositeTensorVariantToComponents CompressElement ComputeAccidentalHits ComputeBatchSize Concat ConcatOffset
ConcatV2 ConcatenateDataset ConditionalAccumulator ConfigureDistributedTPU ConfigureTPUEmbedding Conj
ConjugateTranspose Const ConsumeMutexLock ControlTrigger Conv Conv2D Conv2DBackpropFilter Conv2DBackpropFilterV2
Conv2DBackpropInput Conv2DBackpropInputV2 Conv3D Conv3DBackpropFilter Conv3DBackpropFilterV2 Conv3DBackpropInput
Conv3DBackpropInputV2 ConvertToCooTensor ConvertToListOfSparseCoreCooTensors
ConvertToSparseCoreCsrWrappedCooTensor Copy CopyHost Cos Cosh CountUpTo CreateSummaryDbWriter
CreateSummaryFileWriter CropAndResize CropAndResizeGradBoxes CropAndResizeGradImage Cross CrossReplicaSum CudnnRNN
CudnnRNNBackprop CudnnRNNBackpropV2 CudnnRNNBackpropV3 CudnnRNNCanonicalToParams CudnnRNNCanonicalToParamsV2
CudnnRNNParamsSize CudnnRNNParamsToCanonical CudnnRNNParamsToCanonicalV2 CudnnRNNV2 CudnnRNNV3 Cumprod Cumsum
CumulativeLogsumexp DataFormatDimMap DataFormatVecPermute DataServiceDataset DataServiceDatasetV2
DataServiceDatasetV3 DataServiceDatasetV4 DatasetCardinality DatasetFingerprint DatasetFromGraph DatasetToGraph
DatasetToGraphV2 DatasetToSingleElement DatasetToTFRecord Dawsn DebugGradientIdentity DebugGradientRefIdentity
DebugIdentity DebugIdentityV2 DebugIdentityV3 DebugNanCount DebugNumericSummary DebugNumericSummaryV2
DecodeAndCropJpeg DecodeBase64 DecodeBmp DecodeCSV DecodeCompressed DecodeGif DecodeImage DecodeJSONExample
DecodeJpeg DecodeJxl DecodePaddedRaw DecodePng DecodeProtoV2 DecodeRaw DecodeWav DecodeWebP DeepCopy
DeleteIterator DeleteMemoryCache DeleteMultiDeviceIterator DeleteRandomSeedGenerator DeleteSeedGenerator
DeleteSessionTensor DenseBincount DenseCountSparseOutput DenseToCSRSparseMatrix DenseToDenseSetOperation
DenseToSparseBatchDataset DenseToSparseSetOperation DepthToSpace DepthwiseConv2dNative
DepthwiseConv2dNativeBackpropFilter DepthwiseConv2dNativeBackpropInput Dequantize DeserializeIterator
DeserializeManySparse DeserializeSparse DestroyResourceOp DestroyTemporaryVariable DeviceIndex Diag DiagPart
Digamma Dilation2D Dilation2DBackpropFilter Dilation2DBackpropInput DirectedInterleaveDataset DisableCopyOnRead
DistributedSave Div DivNoNan DrawBoundingBoxes DrawBoundingBoxesV2 Dropout DropoutGrad DummyIterationCounter
DummyMemoryCache DummySeedGenerator DynamicEnqueueTPUEmbeddingArbitraryTensorBatch
DynamicEnqueueTPUEmbeddingRaggedTensorBatch DynamicPartition DynamicStitch EagerPyFunc EditDistance Eig Einsum Elu
EluGrad Empty EmptyTensorList EmptyTensorMap EncodeBase64 EncodeJpeg EncodeJpegVariableQuality EncodePng
EncodeProto EncodeWav EnqueueTPUEmbeddingArbitraryTensorBatch EnqueueTPUEmbeddingIntegerBatch
EnqueueTPUEmbeddingRaggedTensorBatch EnqueueTPUEmbeddingSparseBatch EnqueueTPUEmbeddingSparseTensorBatch
EnsureShape Enter Equal Erf Erfc Erfinv EuclideanNorm Exit Exp ExpandDims ExperimentalAssertNextDataset
ExperimentalAutoShardDataset ExperimentalBytesProducedStatsDataset ExperimentalCSVDataset
ExperimentalChooseFastestDataset ExperimentalDatasetCardinality ExperimentalDatasetToTFRecord
ExperimentalDenseToSparseBatchDataset ExperimentalDirectedInterleaveDataset ExperimentalGroupByReducerDataset
ExperimentalGroupByWindowDataset ExperimentalIgnoreErrorsDataset ExperimentalIteratorGetDevice
ExperimentalLMDBDataset ExperimentalLatencyStatsDataset ExperimentalMapAndBatchDataset ExperimentalMapDataset
ExperimentalMatchingFilesDataset ExperimentalMaxIntraOpParallelismDataset ExperimentalNonSerializableDataset
ExperimentalParallelInterleaveDataset ExperimentalParseExampleDataset ExperimentalPrivateThreadPoolDataset
ExperimentalRandomDataset ExperimentalRebatchDataset ExperimentalScanDataset ExperimentalSetStatsAggregatorDataset
ExperimentalSleepDataset ExperimentalSlidingWindowDataset ExperimentalSqlDataset ExperimentalStatsAggregatorHandle
ExperimentalStatsAggregatorSummary ExperimentalTakeWhileDataset ExperimentalThreadPoolDataset
ExperimentalThreadPoolHandle ExperimentalUnbatchDataset ExperimentalUniqueDataset Expint Expm1 ExtractGlimpse
ExtractGlimpseV2 ExtractImagePatches ExtractJpegShape ExtractVolumePatches FFT FFT2D FFT3D FFTND FIFOQueue
FIFOQueueV2 Fact FakeParam FakeQuantWithMinMaxArgs FakeQuantWithMinMaxArgsGradient FakeQuantWithMinMaxVars
FakeQuantWithMinMaxVarsGradient FakeQuantWithMinMaxVarsPerChannel FakeQuantWithMinMaxVarsPerChannelGradient
FakeQueue FileSystemSetConfiguration Fill FilterByLastComponentDataset FilterDataset FinalizeDataset Fingerprint
FixedLengthRecordDataset FixedLengthRecordDatasetV2 FixedLengthRecordReader FixedLengthRecordReaderV2
FixedUnigramCandidateSampler FlatMapDataset Floor FloorDiv FloorMod FlushSummaryWriter For FractionalAvgPool
FractionalAvgPoolGrad FractionalMaxPool FractionalMaxPoolGrad FresnelCos FresnelSin FusedBatchNorm
FusedBatchNormGrad FusedBatchNormGradV2 FusedBatchNormGradV3 FusedBatchNormV2 FusedBatchNormV3 FusedPadConv2D
FusedResizeAndPadConv2D GRUBlockCell GRUBlockCellGrad Gather GatherNd GatherV2 Gelu GeluGrad
GenerateBoundingBoxProposals GenerateVocabRemapping GeneratorDataset GetElementAtIndex
GetMinibatchSplitsWithPhysicalReplica GetMinibatchesInCsrWithPhysicalReplica GetOptions GetSessionHandle
GetSessionHandleV2 GetSessionTensor GetStatsFromListOfSparseCoreCooTensors GlobalIterId GlobalShuffleDataset
Greater GreaterEqual GroupByReducerDataset GroupByWindowDataset GuaranteeConst HSVToRGB HashTable HashTableV2
HistogramFixedWidth HistogramSummary IFFT IFFT2D IFFT3D IFFTND IRFFT IRFFT2D IRFFT3D IRFFTND Identity IdentityN
IdentityReader IdentityReaderV2 If Igamma IgammaGradA Igammac IgnoreErrorsDataset Imag ImageProjectiveTransformV2
ImageProjectiveTransformV3 ImageSummary ImmutableConst ImportEvent InTopK InTopKV2 IndexFlatMapDataset
InfeedDequeue InfeedDequeueTuple InfeedEnqueue InfeedEnqueuePrelinearizedBuffer InfeedEnqueueTuple InitializeTable
InitializeTableFromDataset InitializeTableFromTextFile InitializeTableFromTextFileV2 InitializeTableV2 InplaceAdd
InplaceSub InplaceUpdate InterleaveDataset Inv InvGrad Invert InvertPermutation IsBoostedTreesEnsembleInitialized
IsBoostedTreesQuantileStreamResourceInitialized IsFinite IsInf IsNan IsTPUEmbeddingInitialized
IsVariableInitialized IsotonicRegression Iterator IteratorFromStringHandle IteratorFromStringHandleV2
IteratorGetDevice IteratorGetModelProto IteratorGetNext IteratorGetNextAsOptional IteratorGetNextSync
IteratorToStringHandle IteratorV2 KMC2ChainInitialization KmeansPlusPlusInitialization L2Loss LMDBDataset
LMDBReader LRN LRNGrad LSTMBlockCell LSTMBlockCellGrad LatencyStatsDataset LeakyRelu LeakyReluGrad
LearnedUnigramCandidateSampler LeftShift LegacyParallelInterleaveDatasetV2 Less LessEqual Lgamma LinSpace
ListDataset ListDiff ListSnapshotChunksDataset LoadAndRemapMatrix LoadDataset LoadTPUEmbeddingADAMParameters
LoadTPUEmbeddingAdadeltaParameters LoadTPUEmbeddingAdagradMomentumParameters LoadTPUEmbeddingAdagradParameters
LoadTPUEmbeddingCenteredRMSPropParameters LoadTPUEmbeddingFTRLParameters
LoadTPUEmbeddingFrequencyEstimatorParameters LoadTPUEmbeddingMDLAdagradLightParameters
LoadTPUEmbeddingMomentumParameters LoadTPUEmbeddingProximalAdagradParameters
LoadTPUEmbeddingProximalYogiParameters LoadTPUEmbeddingRMSPropParameters
LoadTPUEmbeddingStochasticGradientDescentParameters Log Log1p LogMatrixDeterminant LogSoftmax
LogUniformCandidateSampler LogicalAnd LogicalNot LogicalOr LookupTableExport LookupTableExportV2 LookupTableFind
LookupTableFindV2 LookupTableImport LookupTableImportV2 LookupTableInsert LookupTableInsertV2 LookupTableRemoveV2
LookupTableSize LookupTableSizeV2 LoopCond LowerBound Lu MakeIterator MapAndBatchDataset MapClear MapDataset
MapDefun MapIncompleteSize MapPeek MapSize MapStage MapUnstage MapUnstageNoKey MatMul MatchingFiles
MatchingFilesDataset MatrixBandPart MatrixDeterminant MatrixDiag MatrixDiagPart MatrixDiagPartV2 MatrixDiagPartV3
MatrixDiagV2 MatrixDiagV3 MatrixExponential MatrixInverse MatrixLogarithm MatrixSetDiag MatrixSetDiagV2
MatrixSetDiagV3 MatrixSolve MatrixSolveLs MatrixSquareRoot MatrixTriangularSolve Max MaxIntraOpParallelismDataset
MaxPool MaxPool3D MaxPool3DGrad MaxPool3DGradGrad MaxPoolGrad MaxPoolGradGrad MaxPoolGradGradV2
MaxPoolGradGradWithArgmax MaxPoolGradV2 MaxPoolGradWithArgmax MaxPoolV2 MaxPoolWithArgmax Maximum Mean Merge
MergeSummary MergeV2Checkpoints Mfcc Min Minimum MirrorPad MirrorPadGrad Mod ModelDataset Mul MulNoNan
MultiDeviceIterator MultiDeviceIteratorFromStringHandle MultiDeviceIteratorGetNextFromShard
MultiDeviceIteratorInit MultiDeviceIteratorToStringHandle Multinomial MutableDenseHashTable
MutableDenseHashTableV2 MutableHashTable MutableHashTableOfTensors MutableHashTableOfTensorsV2 MutableHashTableV2
MutexLock MutexV2 NcclAllReduce NcclBroadcast NcclReduce Ndtri NearestNeighbors Neg NextAfter NextIteration NoOp
NonDeterministicInts NonMaxSuppression NonMaxSuppressionV2 NonMaxSuppressionV3 NonMaxSuppressionV4
NonMaxSuppressionV5 NonMaxSuppressionWithOverlaps NonSerializableDataset NotEqual NthElement OneHot
OneShotIterator OnesLike OptimizeDataset OptimizeDatasetV2 OptionalFromValue OptionalGetValue OptionalHasValue
OptionalNone OptionsDataset OrderedMapClear OrderedMapIncompleteSize OrderedMapPeek OrderedMapSize OrderedMapStage
OrderedMapUnstage OrderedMapUnstageNoKey OutfeedDequeue OutfeedDequeueTuple OutfeedDequeueTupleV2 OutfeedDequeueV2
OutfeedEnqueue OutfeedEnqueueTuple Pack Pad PadV2 PaddedBatchDataset PaddedBatchDatasetV2 PaddingFIFOQueue
PaddingFIFOQueueV2 ParallelBatchDataset ParallelConcat ParallelDynamicStitch ParallelFilterDataset
ParallelInterleaveDataset ParallelInterleaveDatasetV2 ParallelInterleaveDatasetV3 ParallelInterleaveDatasetV4
ParallelMapDataset ParallelMapDatasetV2 ParameterizedTruncatedNormal ParseExample ParseExampleDataset
ParseExampleDatasetV2 ParseExampleV2 ParseSequenceExample ParseSequenceExampleV2 ParseSingleExample
ParseSingleSequenceExample ParseTensor PartitionedCall Placeholder PlaceholderV2 PlaceholderWithDefault Polygamma
PopulationCount Pow PrefetchDataset Prelinearize PrelinearizeTuple PreventGradient Print PrintV2 PriorityQueue
PriorityQueueV2 PrivateThreadPoolDataset Prod PyFunc PyFuncStateless Qr QuantizeAndDequantize
QuantizeAndDequantizeV2 QuantizeAndDequantizeV3 QuantizeAndDequantizeV4 QuantizeAndDequantizeV4Grad
QuantizeDownAndShrinkRange QuantizeV2 QuantizedAdd QuantizedAvgPool QuantizedBatchNormWithGlobalNormalization
QuantizedBiasAdd QuantizedConcat QuantizedConv2D QuantizedConv2DAndRelu QuantizedConv2DAndReluAndRequantize
QuantizedConv2DAndRequantize QuantizedConv2DPerChannel QuantizedConv2DWithBias QuantizedConv2DWithBiasAndRelu
QuantizedConv2DWithBiasAndReluAndRequantize QuantizedConv2DWithBiasAndRequantize
QuantizedConv2DWithBiasSignedSumAndReluAndRequantize QuantizedConv2DWithBiasSumAndRelu
QuantizedConv2DWithBiasSumAndReluAndRequantize QuantizedDepthwiseConv2D QuantizedDepthwiseConv2DWithBias
QuantizedDepthwiseConv2DWithBiasAndRelu QuantizedDepthwiseConv2DWithBiasAndReluAndRequantize QuantizedInstanceNorm
QuantizedMatMul QuantizedMatMulWithBias QuantizedMatMulWithBiasAndDequantize QuantizedMatMulWithBiasAndRelu
QuantizedMatMulWithBiasAndReluAndRequantize QuantizedMatMulWithBiasAndRequantize QuantizedMaxPool QuantizedMul
QuantizedRelu QuantizedRelu6 QuantizedReluX QuantizedReshape QuantizedResizeBilinear QueueClose QueueCloseV2
QueueDequeue QueueDequeueMany QueueDequeueManyV2 QueueDequeueUpTo QueueDequeueUpToV2 QueueDequeueV2 QueueEnqueue
QueueEnqueueMany QueueEnqueueManyV2 QueueEnqueueV2 QueueIsClosed QueueIsClosedV2 QueueSize QueueSizeV2 RFFT RFFT2D
RFFT3D RFFTND RGBToHSV RaggedBincount RaggedCountSparseOutput RaggedCross RaggedFillEmptyRows
RaggedFillEmptyRowsGrad RaggedGather RaggedRange RaggedTensorFromVariant RaggedTensorToSparse RaggedTensorToTensor
RaggedTensorToVariant RaggedTensorToVariantGradient RandomCrop RandomDataset RandomDatasetV2 RandomGamma
RandomGammaGrad RandomIndexShuffle RandomPoisson RandomPoissonV2 RandomShuffle RandomShuffleQueue
RandomShuffleQueueV2 RandomStandardNormal RandomUniform RandomUniformInt Range RangeDataset Rank ReadFile
ReadVariableOp ReadVariableXlaSplitND ReaderNumRecordsProduced ReaderNumRecordsProducedV2
ReaderNumWorkUnitsCompleted ReaderNumWorkUnitsCompletedV2 ReaderRead ReaderReadUpTo ReaderReadUpToV2 ReaderReadV2
ReaderReset ReaderResetV2 ReaderRestoreState ReaderRestoreStateV2 ReaderSerializeState ReaderSerializeStateV2 Real
RealDiv RebatchDataset RebatchDatasetV2 Reciprocal ReciprocalGrad RecordInput Recv RecvTPUEmbeddingActivations
ReduceDataset ReduceJoin RefEnter RefExit RefIdentity RefMerge RefNextIteration RefSelect RefSwitch RegexFullMatch
RegexReplace RegisterDataset RegisterDatasetV2 Relu Relu6 Relu6Grad ReluGrad RemoteCall RepeatDataset
RequantizationRange RequantizationRangePerChannel Requantize RequantizePerChannel Reshape ResizeArea ResizeBicubic
ResizeBicubicGrad ResizeBilinear ResizeBilinearGrad ResizeNearestNeighbor ResizeNearestNeighborGrad
ResourceAccumulatorApplyGradient ResourceAccumulatorNumAccumulated ResourceAccumulatorSetGlobalStep
ResourceAccumulatorTakeGradient ResourceApplyAdaMax ResourceApplyAdadelta ResourceApplyAdagrad
ResourceApplyAdagradDA ResourceApplyAdagradV2 ResourceApplyAdam ResourceApplyAdamWithAmsgrad ResourceApplyAddSign
ResourceApplyCenteredRMSProp ResourceApplyFtrl ResourceApplyFtrlV2 ResourceApplyGradientDescent
ResourceApplyKerasMomentum ResourceApplyMomentum ResourceApplyPowerSign ResourceApplyProximalAdagrad
ResourceApplyProximalGradientDescent ResourceApplyRMSProp ResourceConditionalAccumulator ResourceCountUpTo
ResourceGather ResourceGatherNd ResourceScatterAdd ResourceScatterDiv ResourceScatterMax ResourceScatterMin
ResourceScatterMul ResourceScatterNdAdd ResourceScatterNdMax ResourceScatterNdMin ResourceScatterNdSub
ResourceScatterNdUpdate ResourceScatterSub ResourceScatterUpdate ResourceSparseApplyAdadelta
ResourceSparseApplyAdagrad ResourceSparseApplyAdagradDA ResourceSparseApplyAdagradV2
ResourceSparseApplyCenteredRMSProp ResourceSparseApplyFtrl ResourceSparseApplyFtrlV2
ResourceSparseApplyKerasMomentum ResourceSparseApplyMomentum ResourceSparseApplyProximalAdagrad
ResourceSparseApplyProximalGradientDescent ResourceSparseApplyRMSProp ResourceStridedSliceAssign Restore
RestoreSlice RestoreV2 RetrieveTPUEmbeddingADAMParameters RetrieveTPUEmbeddingAdadeltaParameters
RetrieveTPUEmbeddingAdagradMomentumParameters RetrieveTPUEmbeddingAdagradParameters
RetrieveTPUEmbeddingCenteredRMSPropParameters RetrieveTPUEmbeddingFTRLParameters
RetrieveTPUEmbeddingFrequencyEstimatorParameters RetrieveTPUEmbeddingMDLAdagradLightParameters
RetrieveTPUEmbeddingMomentumParameters RetrieveTPUEmbeddingProximalAdagradParameters
RetrieveTPUEmbeddingProximalYogiParameters RetrieveTPUEmbeddingRMSPropParameters
RetrieveTPUEmbeddingStochasticGradientDescentParameters Reverse ReverseSequence ReverseV2 RewriteDataset
RightShift Rint RngReadAndSkip RngSkip Roll Round Rsqrt RsqrtGrad SampleDistortedBoundingBox
SampleDistortedBoundingBoxV2 SamplingDataset Save SaveDataset SaveDatasetV2 SaveSlices SaveV2 ScalarSummary
ScaleAndTranslate ScaleAndTranslateGrad ScanDataset ScatterAdd ScatterDiv ScatterMax ScatterMin ScatterMul
ScatterNd ScatterNdAdd ScatterNdMax ScatterNdMin ScatterNdNonAliasingAdd ScatterNdSub ScatterNdUpdate ScatterSub
ScatterUpdate SdcaFprint SdcaOptimizer SdcaOptimizerV2 SdcaShrinkL1 SegmentMax SegmentMaxV2 SegmentMean SegmentMin
SegmentMinV2 SegmentProd SegmentProdV2 SegmentSum SegmentSumV2 Select SelectV2 SelfAdjointEig SelfAdjointEigV2
Selu SeluGrad Send SendTPUEmbeddingGradients SerializeIterator SerializeManySparse SerializeSparse SerializeTensor
SetSize SetStatsAggregatorDataset Shape ShapeN ShardDataset ShardedFilename ShardedFilespec
ShuffleAndRepeatDataset ShuffleAndRepeatDatasetV2 ShuffleDataset ShuffleDatasetV2 ShuffleDatasetV3
ShutdownDistributedTPU Sigmoid SigmoidGrad Sign Sin Sinh Size SkipDataset SleepDataset Slice SlidingWindowDataset
Snapshot SnapshotChunkDataset SnapshotDataset SnapshotDatasetReader SnapshotDatasetV2 SnapshotNestedDatasetReader
SobolSample Softmax SoftmaxCrossEntropyWithLogits Softplus SoftplusGrad Softsign SoftsignGrad
SortListOfSparseCoreCooTensors SpaceToBatch SpaceToBatchND SpaceToDepth SparseAccumulatorApplyGradient
SparseAccumulatorTakeGradient SparseAdd SparseAddGrad SparseApplyAdadelta SparseApplyAdagrad SparseApplyAdagradDA
SparseApplyAdagradV2 SparseApplyCenteredRMSProp SparseApplyFtrl SparseApplyFtrlV2 SparseApplyMomentum
SparseApplyProximalAdagrad SparseApplyProximalGradientDescent SparseApplyRMSProp SparseBincount SparseConcat
SparseConditionalAccumulator SparseCountSparseOutput SparseCross SparseCrossHashed SparseCrossV2
SparseDenseCwiseAdd SparseDenseCwiseDiv SparseDenseCwiseMul SparseFillEmptyRows SparseFillEmptyRowsGrad
SparseMatMul SparseMatrixAdd SparseMatrixMatMul SparseMatrixMul SparseMatrixNNZ SparseMatrixOrderingAMD
SparseMatrixSoftmax SparseMatrixSoftmaxGrad SparseMatrixSparseCholesky SparseMatrixSparseMatMul
SparseMatrixTranspose SparseMatrixZeros SparseReduceMax SparseReduceMaxSparse SparseReduceSum
SparseReduceSumSparse SparseReorder SparseReshape SparseSegmentMean SparseSegmentMeanGrad SparseSegmentMeanGradV2
SparseSegmentMeanWithNumSegments SparseSegmentSqrtN SparseSegmentSqrtNGrad SparseSegmentSqrtNGradV2
SparseSegmentSqrtNWithNumSegments SparseSegmentSum SparseSegmentSumGrad SparseSegmentSumGradV2
SparseSegmentSumWithNumSegments SparseSlice SparseSliceGrad SparseSoftmax SparseSoftmaxCrossEntropyWithLogits
SparseSparseMaximum SparseSparseMinimum SparseSplit SparseTensorDenseAdd SparseTensorDenseMatMul
SparseTensorSliceDataset SparseTensorToCSRSparseMatrix SparseToDense SparseToSparseSetOperation Spence Split
SplitV SqlDataset Sqrt SqrtGrad Square SquaredDifference Squeeze Stack StackClose StackCloseV2 StackPop StackPopV2
StackPush StackPushV2 StackV2 Stage StageClear StagePeek StageSize StatefulPartitionedCall StatefulRandomBinomial
StatefulStandardNormal StatefulStandardNormalV2 StatefulTruncatedNormal StatefulUniform StatefulUniformFullInt
StatefulUniformInt StatelessCase StatelessIf StatelessMultinomial StatelessParameterizedTruncatedNormal
StatelessRandomBinomial StatelessRandomGammaV2 StatelessRandomGammaV3 StatelessRandomGetAlg
StatelessRandomGetKeyCounter StatelessRandomGetKeyCounterAlg StatelessRandomNormal StatelessRandomNormalV2
StatelessRandomPoisson StatelessRandomUniform StatelessRandomUniformFullInt StatelessRandomUniformFullIntV2
StatelessRandomUniformInt StatelessRandomUniformIntV2 StatelessRandomUniformV2 StatelessSampleDistortedBoundingBox
StatelessShuffle StatelessTruncatedNormal StatelessTruncatedNormalV2 StatelessWhile StaticRegexFullMatch
StaticRegexReplace StatsAggregatorHandle StatsAggregatorHandleV2 StatsAggregatorSetSummaryWriter
StatsAggregatorSummary StopGradient StoreMinibatchStatisticsInFdo StridedSlice StridedSliceAssign StridedSliceGrad
StringFormat StringJoin StringLength StringLower StringNGrams StringSplit StringSplitV2 StringStrip
StringToHashBucket StringToHashBucketFast StringToHashBucketStrong StringToNumber StringUpper Sub Substr Sum
SummaryWriter Svd Switch SymbolicGradient SyncDevice TFRecordDataset TFRecordDatasetV2 TFRecordReader
TFRecordReaderV2 TPUAnnotateTensorsWithDynamicShape TPUCompilationResult TPUCopyWithDynamicShape TPUDummyInput
TPUEmbeddingActivations TPUOrdinalSelector TPUPartitionedCall TPUPartitionedInput TPUPartitionedInputV2
TPUPartitionedOutput TPUPartitionedOutputV2 TPUReplicateMetadata TPUReplicatedInput TPUReplicatedOutput
TakeDataset TakeManySparseFromTensorsMap TakeWhileDataset Tan Tanh TanhGrad TemporaryVariable TensorArray
TensorArrayClose TensorArrayCloseV2 TensorArrayCloseV3 TensorArrayConcat TensorArrayConcatV2 TensorArrayConcatV3
TensorArrayGather TensorArrayGatherV2 TensorArrayGatherV3 TensorArrayGrad TensorArrayGradV2 TensorArrayGradV3
TensorArrayGradWithShape TensorArrayPack TensorArrayRead TensorArrayReadV2 TensorArrayReadV3 TensorArrayScatter
TensorArrayScatterV2 TensorArrayScatterV3 TensorArraySize TensorArraySizeV2 TensorArraySizeV3 TensorArraySplit
TensorArraySplitV2 TensorArraySplitV3 TensorArrayUnpack TensorArrayV2 TensorArrayV3 TensorArrayWrite
TensorArrayWriteV2 TensorArrayWriteV3 TensorDataset TensorListConcat TensorListConcatLists TensorListConcatV2
TensorListElementShape TensorListFromTensor TensorListGather TensorListGetItem TensorListLength TensorListPopBack
TensorListPushBack TensorListPushBackBatch TensorListReserve TensorListResize TensorListScatter
TensorListScatterIntoExistingList TensorListScatterV2 TensorListSetItem TensorListSplit TensorListStack
TensorMapErase TensorMapHasKey TensorMapInsert TensorMapLookup TensorMapSize TensorMapStackKeys TensorScatterAdd
TensorScatterMax TensorScatterMin TensorScatterSub TensorScatterUpdate TensorSliceDataset TensorStridedSliceUpdate
TensorSummary TensorSummaryV2 TextLineDataset TextLineReader TextLineReaderV2 ThreadPoolDataset ThreadPoolHandle
ThreadUnsafeUnigramCandidateSampler Tile TileGrad Timestamp ToBool TopK TopKV2 Transpose TridiagonalMatMul
TridiagonalSolve TruncateDiv TruncateMod TruncatedNormal Unbatch UnbatchDataset UnbatchGrad UncompressElement
UnicodeDecode UnicodeDecodeWithOffsets UnicodeEncode UnicodeScript UnicodeTranscode UniformCandidateSampler
UniformDequantize UniformQuantize UniformQuantizedAdd UniformQuantizedClipByValue UniformQuantizedConvolution
UniformQuantizedConvolutionHybrid UniformQuantizedDot UniformQuantizedDotHybrid UniformRequantize Unique
UniqueDataset UniqueV2 UniqueWithCounts UniqueWithCountsV2 Unpack UnravelIndex UnsortedSegmentJoin
UnsortedSegmentMax UnsortedSegmentMin UnsortedSegmentProd UnsortedSegmentSum Unstage UnwrapDatasetVariant
UpperBound VarHandleOp VarIsInitializedOp Variable VariableShape VariableV2 WeightedFlatMapDataset Where While
WholeFileReader WholeFileReaderV2 WindowDataset WindowOp WorkerHeartbeat WrapDatasetVariant WriteAudioSummary
WriteFile WriteGraphSummary WriteHistogramSummary WriteImageSummary WriteRawProtoSummary WriteScalarSummary
WriteSummary Xdivy XlaAllReduce XlaBroadcastHelper XlaCallModule XlaClusterOutput XlaConcatND XlaConv XlaConvV2
XlaCustomCall XlaCustomCallV2 XlaDequantize XlaDot XlaDotV2 XlaDynamicSlice XlaDynamicUpdateSlice XlaEinsum
XlaGather XlaHostCompute XlaIf XlaKeyValueSort XlaLaunch XlaOptimizationBarrier XlaPad XlaRecv XlaRecvFromHost
XlaReduce XlaReducePrecision XlaReduceScatter XlaReduceWindow XlaRemoveDynamicDimensionSize XlaReplicaId
XlaRngBitGenerator XlaScatter XlaSelectAndScatter XlaSelfAdjointEig XlaSend XlaSendToHost XlaSetBound
XlaSetDynamicDimensionSize XlaSharding XlaSort XlaSparseCoreAdagrad XlaSparseCoreAdagradMomentum XlaSparseCoreAdam
XlaSparseCoreFtrl XlaSparseCoreSgd XlaSparseDenseMatmul
XlaSparseDenseMatmulCustomCombinerOnTcGradWithAdagradAndCsrInput
XlaSparseDenseMatmulCustomCombinerOnTcGradWithAdagradMomentumAndCsrInput
XlaSparseDenseMatmulCustomCombinerOnTcGradWithAdamAndCsrInput
XlaSparseDenseMatmulCustomCombinerOnTcGradWithCsrInput
XlaSparseDenseMatmulCustomCombinerOnTcGradWithFtrlAndCsrInput
XlaSparseDenseMatmulCustomCombinerOnTcGradWithSgdAndCsrInput XlaSparseDenseMatmulCustomCombinerOnTcWithCsrInput
XlaSparseDenseMatmulGradWithAdagradAndCsrInput XlaSparseDenseMatmulGradWithAdagradAndStaticBufferSize
XlaSparseDenseMatmulGradWithAdagradMomentumAndCsrInput
XlaSparseDenseMatmulGradWithAdagradMomentumAndStaticBufferSize XlaSparseDenseMatmulGradWithAdamAndCsrInput
XlaSparseDenseMatmulGradWithAdamAndStaticBufferSize XlaSparseDenseMatmulGradWithCsrInput
XlaSparseDenseMatmulGradWithFtrlAndCsrInput XlaSparseDenseMatmulGradWithFtrlAndStaticBufferSize
XlaSparseDenseMatmulGradWithSgdAndCsrInput XlaSparseDenseMatmulGradWithSgdAndStaticBufferSize
XlaSparseDenseMatmulPositionalWeightedGradWithAdagradAndCsrInput
XlaSparseDenseMatmulPositionalWeightedWithCsrInput XlaSparseDenseMatmulWithCsrInput
XlaSparseDenseMatmulWithStaticBufferSize XlaSplitND XlaSpmdFullToShardShape XlaSpmdShardToFullShape XlaSvd
XlaVariadicReduce XlaVariadicReduceV2 XlaVariadicSort XlaWhile Xlog1py Xlogy ZerosLike Zeta ZipDataset
`.split(/\s+/).filter(Boolean)
);

// src/analyzers/tensorflow/flatbuffer.ts
var PAGE = 1 << 16;
var MAX_PAGES = 256;
var FbFile = class {
  constructor(src) {
    this.src = src;
  }
  src;
  pages = /* @__PURE__ */ new Map();
  get size() {
    return this.src.size;
  }
  check(off, n, what) {
    if (!Number.isSafeInteger(off) || off < 0 || n < 0 || off + n > this.src.size)
      throw new ParseError(`${what} at ${off} (+${n}) lies outside the file (${this.src.size} bytes)`, off);
  }
  async page(i2) {
    let p = this.pages.get(i2);
    if (p) {
      this.pages.delete(i2);
      this.pages.set(i2, p);
      return p;
    }
    p = Buffer.from(await this.src.read(i2 * PAGE, PAGE));
    this.pages.set(i2, p);
    if (this.pages.size > MAX_PAGES) this.pages.delete(this.pages.keys().next().value);
    return p;
  }
  /** n bytes at off (n ≤ one page). */
  async bytes(off, n, what = "field") {
    this.check(off, n, what);
    const i2 = Math.floor(off / PAGE);
    const o = off - i2 * PAGE;
    const p = await this.page(i2);
    if (o + n <= p.length) return p.subarray(o, o + n);
    if (n > PAGE) return Buffer.from(await this.src.read(off, n));
    return Buffer.concat([p.subarray(o), (await this.page(i2 + 1)).subarray(0, n - (p.length - o))]);
  }
  async u8(off) {
    return (await this.bytes(off, 1))[0];
  }
  async i8(off) {
    return (await this.bytes(off, 1)).readInt8(0);
  }
  async u16(off) {
    return (await this.bytes(off, 2)).readUInt16LE(0);
  }
  async i32(off) {
    return (await this.bytes(off, 4)).readInt32LE(0);
  }
  async u32(off) {
    return (await this.bytes(off, 4)).readUInt32LE(0);
  }
  async u64(off) {
    return (await this.bytes(off, 8)).readBigUInt64LE(0);
  }
  async table(pos, what) {
    const soff = await this.i32(pos);
    const vt = pos - soff;
    this.check(vt, 4, `vtable of ${what}`);
    const vtLen = await this.u16(vt);
    const objLen = await this.u16(vt + 2);
    if (vtLen < 4 || vtLen % 2 !== 0) throw new ParseError(`vtable of ${what} has an invalid size ${vtLen}`, vt);
    this.check(vt, vtLen, `vtable of ${what}`);
    this.check(pos, Math.max(objLen, 4), what);
    return new FbTable(this, pos, vt, vtLen, what);
  }
};
var FbTable = class {
  constructor(fb, pos, vt, vtLen, what) {
    this.fb = fb;
    this.pos = pos;
    this.vt = vt;
    this.vtLen = vtLen;
    this.what = what;
  }
  fb;
  pos;
  vt;
  vtLen;
  what;
  /** Absolute offset of field `slot`, or 0 when absent. */
  async field(slot) {
    const e = 4 + 2 * slot;
    if (e + 2 > this.vtLen) return 0;
    const o = await this.fb.u16(this.vt + e);
    return o === 0 ? 0 : this.pos + o;
  }
  async u32(slot, dflt = 0) {
    const f = await this.field(slot);
    return f ? this.fb.u32(f) : dflt;
  }
  async i32(slot, dflt = 0) {
    const f = await this.field(slot);
    return f ? this.fb.i32(f) : dflt;
  }
  async i8(slot, dflt = 0) {
    const f = await this.field(slot);
    return f ? this.fb.i8(f) : dflt;
  }
  async u64(slot, dflt = 0n) {
    const f = await this.field(slot);
    return f ? this.fb.u64(f) : dflt;
  }
  /** Follows the uoffset stored in a reference field. */
  async ref(slot) {
    const f = await this.field(slot);
    if (!f) return 0;
    return f + await this.fb.u32(f);
  }
  async table(slot, what) {
    const p = await this.ref(slot);
    return p ? this.fb.table(p, what) : void 0;
  }
  /** A vector of elements of `elemSize` bytes; the whole extent is checked against the file. */
  async vector(slot, elemSize, what) {
    const p = await this.ref(slot);
    if (!p) return void 0;
    const length = await this.fb.u32(p);
    this.fb.check(p + 4, length * elemSize, `vector ${what} of ${length} elements`);
    return { start: p + 4, length };
  }
  async string(slot, max3, what) {
    const v = await this.vector(slot, 1, what);
    if (!v) return void 0;
    const n = Math.min(v.length, max3);
    const b = n <= 1 << 16 ? await this.fb.bytes(v.start, n, what) : Buffer.from(await this.fb.src.read(v.start, n));
    return { value: b.toString("utf8"), length: v.length };
  }
};
async function tableAt(fb, v, i2, what) {
  const slot = v.start + 4 * i2;
  return fb.table(slot + await fb.u32(slot), what);
}

// src/analyzers/protobuf/wire.ts
var VARINT = 0;
var I64 = 1;
var LEN = 2;
var I32 = 5;
var WIRE_NAMES = ["varint", "fixed64", "length-delimited", "start-group", "end-group", "fixed32", "6", "7"];
function wireName(wt) {
  return WIRE_NAMES[wt] ?? String(wt);
}
function varNum(buf, pos, end) {
  let v = 0;
  let mul = 1;
  for (let i2 = 0; i2 < 10; i2++) {
    if (pos + i2 >= end) return void 0;
    const b = buf[pos + i2];
    v += (b & 127) * mul;
    if (b < 128) return [v, pos + i2 + 1];
    mul *= 128;
  }
  return void 0;
}
function varBig(buf, pos, end) {
  let small = 0;
  for (let i2 = 0; i2 < 4; i2++) {
    if (pos + i2 >= end) return void 0;
    const b = buf[pos + i2];
    small |= (b & 127) << 7 * i2;
    if (b < 128) return [BigInt(small >>> 0), pos + i2 + 1];
  }
  let v = 0n;
  for (let i2 = 0; i2 < 10; i2++) {
    if (pos + i2 >= end) return void 0;
    const b = buf[pos + i2];
    v |= BigInt(b & 127) << BigInt(7 * i2);
    if (b < 128) return [BigInt.asUintN(64, v), pos + i2 + 1];
  }
  return void 0;
}
var CHUNK = 1 << 20;
var HEAD_NEEDED = 20;
var ProtoReader = class _ProtoReader {
  constructor(src, start, end, depth, opts, win) {
    this.src = src;
    this.start = start;
    this.end = end;
    this.depth = depth;
    this.opts = opts;
    this.pos = start;
    this.win = win ?? { buf: Buffer.alloc(0), start };
    if (depth > opts.maxDepth)
      throw new LimitExceeded("maxNesting", `protobuf messages nested deeper than ${opts.maxDepth} levels`, start);
  }
  src;
  start;
  end;
  depth;
  opts;
  pos;
  win;
  static root(src, opts, start = 0, end = src.size) {
    return new _ProtoReader(src, start, end, 0, opts);
  }
  get done() {
    return this.pos >= this.end;
  }
  /** Makes [pos, pos+n) available in the window (n clipped to the message end). */
  async ensure(pos, n) {
    const want = Math.min(n, this.end - pos);
    const w = this.win;
    if (pos >= w.start && pos + want <= w.start + w.buf.length) return;
    const len = Math.min(Math.max(want, CHUNK), this.end - pos);
    const buf = await this.src.read(pos, len);
    this.win = { buf: Buffer.from(buf.buffer, buf.byteOffset, buf.length), start: pos };
  }
  /** Next field, or null at the end of the message. Throws ParseError on malformed or truncated input. */
  async next() {
    if (this.pos >= this.end) return null;
    const at = this.pos;
    this.opts.tick?.(at);
    await this.ensure(at, HEAD_NEEDED);
    const { buf, start: ws } = this.win;
    const wend = Math.min(buf.length, this.end - ws);
    const tag = varNum(buf, at - ws, wend);
    if (!tag) throw new ParseError(this.truncatedOr("field tag"), at);
    const [t, afterTag] = tag;
    const no = Math.floor(t / 8);
    const wt = t % 8;
    if (no === 0 || no > 536870911) throw new ParseError(`invalid protobuf field number ${no}`, at);
    let p = afterTag;
    const f = { no, wt, at, value: 0n, start: 0, len: 0 };
    switch (wt) {
      case VARINT: {
        const v = varBig(buf, p, wend);
        if (!v) throw new ParseError(this.truncatedOr(`varint of field ${no}`), at);
        f.value = v[0];
        p = v[1];
        break;
      }
      case I64:
        if (p + 8 > wend) throw new ParseError(this.truncatedOr(`fixed64 field ${no}`), at);
        f.value = buf.readBigUInt64LE(p);
        p += 8;
        break;
      case I32:
        if (p + 4 > wend) throw new ParseError(this.truncatedOr(`fixed32 field ${no}`), at);
        f.value = BigInt(buf.readUInt32LE(p));
        p += 4;
        break;
      case LEN: {
        const l = varNum(buf, p, wend);
        if (!l) throw new ParseError(this.truncatedOr(`length of field ${no}`), at);
        p = l[1];
        f.start = ws + p;
        f.len = l[0];
        if (f.start + f.len > this.end) {
          const what = this.end >= this.src.size ? "the end of the file (truncated?)" : "its enclosing message";
          throw new ParseError(`field ${no} declares ${f.len} bytes, beyond ${what}`, at);
        }
        this.pos = f.start + f.len;
        return f;
      }
      default:
        throw new ParseError(`unsupported protobuf wire type ${wireName(wt)} (field ${no})`, at);
    }
    this.pos = ws + p;
    return f;
  }
  truncatedOr(what) {
    return this.end >= this.src.size ? `truncated ${what}` : `malformed ${what}`;
  }
  /** The payload of a LEN field, at most `max` bytes (a shorter view when the field is longer). */
  async bytes(f, max3 = f.len) {
    const n = Math.min(f.len, max3);
    const w = this.win;
    if (f.start >= w.start && f.start + n <= w.start + w.buf.length) {
      const o = f.start - w.start;
      return w.buf.subarray(o, o + n);
    }
    return Buffer.from(await this.src.read(f.start, n));
  }
  async string(f, max3 = f.len) {
    return (await this.bytes(f, max3)).toString("utf8");
  }
  /** A reader for the message stored in LEN field `f`. */
  sub(f) {
    return new _ProtoReader(this.src, f.start, f.start + f.len, this.depth + 1, this.opts, this.win);
  }
  /** Repeated varint values of a field that may be packed (LEN) or not (VARINT). At most `max` values. */
  async varints(f, max3) {
    if (f.wt === VARINT) return [f.value];
    if (f.wt !== LEN) return [];
    const buf = await this.bytes(f, Math.min(f.len, max3 * 10));
    const out = [];
    let p = 0;
    while (p < buf.length && out.length < max3) {
      const v = varBig(buf, p, buf.length);
      if (!v) throw new ParseError(`malformed packed varints in field ${f.no}`, f.start + p);
      out.push(v[0]);
      p = v[1];
    }
    return out;
  }
};
async function countPackedVarints(r2, f) {
  if (f.wt === VARINT) return 1;
  let n = 0;
  const STEP = 1 << 16;
  for (let off = 0; off < f.len; off += STEP) {
    const chunk = await r2.src.read(f.start + off, Math.min(STEP, f.len - off));
    for (const b of chunk) if (b < 128) n++;
  }
  return n;
}

// src/analyzers/tensorflow/proto.ts
var MAX_STRINGS_PER_NODE = 256;
var MAX_STRING_READ = 64 * 1024;
var T_NODE = { 1: LEN, 2: LEN, 3: LEN, 4: LEN, 5: LEN, 6: LEN, 7: LEN, 8: LEN };
var T_GRAPH = { 1: LEN, 2: LEN, 3: VARINT, 4: LEN, 5: LEN };
var T_META = { 1: LEN, 2: LEN, 3: LEN, 4: LEN, 5: LEN, 6: LEN, 7: LEN };
var TfWalker = class {
  constructor(hooks) {
    this.hooks = hooks;
  }
  hooks;
  ok(f, table2, msg) {
    const want = table2[f.no];
    if (want === void 0 || want === f.wt) return true;
    this.hooks.wrongWire(msg, f, want);
    return false;
  }
  async savedModel(r2) {
    const metaGraphs = [];
    let schema;
    for (let f = await r2.next(); f; f = await r2.next()) {
      if (f.no === 1 && f.wt === VARINT) schema = f.value;
      else if (f.no === 2 && f.wt === LEN) metaGraphs.push(await this.metaGraph(r2.sub(f), metaGraphs.length, f.at));
      else if (f.no === 1 || f.no === 2) this.hooks.wrongWire("SavedModel", f, f.no === 1 ? VARINT : LEN);
    }
    return { ...schema !== void 0 ? { schema } : {}, metaGraphs };
  }
  async metaGraph(r2, index, at) {
    const mg = {
      index,
      tags: [],
      graph: { nodes: [], functions: [], gradients: [] },
      initTargets: [],
      assets: [],
      userObjects: [],
      at
    };
    for (let f = await r2.next(); f; f = await r2.next()) {
      if (!this.ok(f, T_META, "MetaGraphDef")) continue;
      switch (f.no) {
        case 1: {
          const s = r2.sub(f);
          for (let g = await s.next(); g; g = await s.next())
            if (g.no === 4 && g.wt === LEN) mg.tags.push(await s.string(g, 256));
          break;
        }
        case 2:
          await this.graphDef(r2.sub(f), mg.graph);
          break;
        case 3: {
          const s = r2.sub(f);
          for (let g = await s.next(); g; g = await s.next()) {
            if (g.wt !== LEN) continue;
            if (g.no === 3) mg.saverRestoreOp = await s.string(g, 4096);
            else if (g.no === 2) mg.saverSaveTensor = await s.string(g, 4096);
          }
          break;
        }
        case 4:
          await this.collection(r2.sub(f), mg);
          break;
        case 5:
          await this.signature(r2.sub(f), mg);
          break;
        case 6: {
          const s = r2.sub(f);
          for (let g = await s.next(); g; g = await s.next())
            if (g.no === 2 && g.wt === LEN) mg.assets.push({ filename: await s.string(g, 4096), at: f.at });
          break;
        }
        case 7:
          await this.objectGraph(r2.sub(f), mg);
          break;
      }
    }
    return mg;
  }
  /** collection_def map entry: main_op / legacy_init_op / table_initializer node lists run at load. */
  async collection(r2, mg) {
    let key = "";
    let value;
    for (let f = await r2.next(); f; f = await r2.next()) {
      if (f.no === 1 && f.wt === LEN) key = await r2.string(f, 256);
      else if (f.no === 2 && f.wt === LEN) value = f;
    }
    const LOAD_KEYS = /* @__PURE__ */ new Set([
      "saved_model_main_op",
      "legacy_init_op",
      "table_initializer",
      "init_op",
      "local_init_op"
    ]);
    if (!value || !LOAD_KEYS.has(key)) return;
    const c = r2.sub(value);
    for (let f = await c.next(); f; f = await c.next()) {
      if (f.no !== 1 || f.wt !== LEN) continue;
      const nl = c.sub(f);
      for (let g = await nl.next(); g; g = await nl.next())
        if (g.no === 1 && g.wt === LEN)
          mg.initTargets.push({ name: await nl.string(g, 4096), via: `collection ${key}` });
    }
  }
  /** signature_def map entry; __saved_model_init_op names the init op in its outputs. */
  async signature(r2, mg) {
    let key = "";
    let value;
    for (let f = await r2.next(); f; f = await r2.next()) {
      if (f.no === 1 && f.wt === LEN) key = await r2.string(f, 256);
      else if (f.no === 2 && f.wt === LEN) value = f;
    }
    if (!value || key !== "__saved_model_init_op") return;
    const s = r2.sub(value);
    for (let f = await s.next(); f; f = await s.next()) {
      if (f.no !== 2 || f.wt !== LEN) continue;
      const e = s.sub(f);
      for (let g = await e.next(); g; g = await e.next()) {
        if (g.no !== 2 || g.wt !== LEN) continue;
        const ti = e.sub(g);
        for (let h = await ti.next(); h; h = await ti.next())
          if (h.no === 1 && h.wt === LEN)
            mg.initTargets.push({ name: await ti.string(h, 4096), via: "__saved_model_init_op" });
      }
    }
  }
  /** SavedObjectGraph: user objects carry Keras metadata JSON in older tf.keras SavedModels. */
  async objectGraph(r2, mg) {
    for (let f = await r2.next(); f; f = await r2.next()) {
      if (f.no !== 1 || f.wt !== LEN) continue;
      const obj = r2.sub(f);
      for (let g = await obj.next(); g; g = await obj.next()) {
        if (g.no !== 4 || g.wt !== LEN) continue;
        const uo = obj.sub(g);
        let identifier = "";
        let metadata = "";
        for (let h = await uo.next(); h; h = await uo.next()) {
          if (h.wt !== LEN) continue;
          if (h.no === 1) identifier = await uo.string(h, 1024);
          else if (h.no === 3) metadata = await uo.string(h, SNIFF_MAX);
        }
        if (metadata) mg.userObjects.push({ identifier, metadata, at: g.at });
      }
    }
  }
  async graphDef(r2, g) {
    for (let f = await r2.next(); f; f = await r2.next()) {
      if (!this.ok(f, T_GRAPH, "GraphDef")) continue;
      if (f.no === 1) g.nodes.push(await this.node(r2.sub(f), f.at));
      else if (f.no === 2) await this.library(r2.sub(f), g);
    }
  }
  async library(r2, g) {
    for (let f = await r2.next(); f; f = await r2.next()) {
      if (f.wt !== LEN) continue;
      if (f.no === 1) g.functions.push(await this.functionDef(r2.sub(f), f.at));
      else if (f.no === 2) {
        const s = r2.sub(f);
        let fn = "";
        let grad = "";
        for (let h = await s.next(); h; h = await s.next()) {
          if (h.wt !== LEN) continue;
          if (h.no === 1) fn = await s.string(h, 1024);
          else if (h.no === 2) grad = await s.string(h, 1024);
        }
        g.gradients.push([fn, grad]);
      }
    }
  }
  async functionDef(r2, at) {
    const fn = { name: "", nodes: [], at };
    for (let f = await r2.next(); f; f = await r2.next()) {
      if (f.wt !== LEN) continue;
      if (f.no === 1) {
        const sig = r2.sub(f);
        for (let g = await sig.next(); g; g = await sig.next())
          if (g.no === 1 && g.wt === LEN) fn.name = await sig.string(g, 1024);
      } else if (f.no === 3) fn.nodes.push(await this.node(r2.sub(f), f.at));
    }
    return fn;
  }
  async node(r2, at) {
    const n = { name: "", op: "", inputs: [], funcs: [], strings: [], at };
    for (let f = await r2.next(); f; f = await r2.next()) {
      if (!this.ok(f, T_NODE, "NodeDef")) continue;
      switch (f.no) {
        case 1:
          n.name = await r2.string(f, 4096);
          break;
        case 2:
          n.op = await r2.string(f, 1024);
          break;
        case 3:
          if (n.inputs.length < 1e5) n.inputs.push(await r2.string(f, 4096));
          break;
        case 5: {
          const e = r2.sub(f);
          let key = "";
          let value;
          for (let g = await e.next(); g; g = await e.next()) {
            if (g.no === 1 && g.wt === LEN) key = await e.string(g, 256);
            else if (g.no === 2 && g.wt === LEN) value = g;
          }
          if (value) await this.attrValue(e.sub(value), key, n);
          break;
        }
      }
    }
    return n;
  }
  async str(r2, f, attr, n) {
    if (n.strings.length >= MAX_STRINGS_PER_NODE) return;
    n.strings.push({ value: await r2.string(f, MAX_STRING_READ), attr, at: f.at, len: f.len });
  }
  /** AttrValue: 1 list, 2 s, 8 tensor, 10 func (NameAttrList). */
  async attrValue(r2, key, n) {
    for (let f = await r2.next(); f; f = await r2.next()) {
      if (f.wt !== LEN) continue;
      switch (f.no) {
        case 2:
          await this.str(r2, f, key, n);
          break;
        case 8:
          await this.tensor(r2.sub(f), key, n);
          break;
        case 10:
          await this.nameAttrList(r2.sub(f), n);
          break;
        case 1: {
          const l = r2.sub(f);
          for (let g = await l.next(); g; g = await l.next()) {
            if (g.wt !== LEN) continue;
            if (g.no === 2) await this.str(l, g, key, n);
            else if (g.no === 8) await this.tensor(l.sub(g), key, n);
            else if (g.no === 9) await this.nameAttrList(l.sub(g), n);
          }
          break;
        }
      }
    }
  }
  async nameAttrList(r2, n) {
    for (let f = await r2.next(); f; f = await r2.next()) {
      if (f.wt !== LEN) continue;
      if (f.no === 1) n.funcs.push(await r2.string(f, 1024));
      else if (f.no === 2) {
        const e = r2.sub(f);
        let key = "";
        for (let g = await e.next(); g; g = await e.next()) {
          if (g.no === 1 && g.wt === LEN) key = await e.string(g, 256);
          else if (g.no === 2 && g.wt === LEN) await this.attrValue(e.sub(g), key, n);
        }
      }
    }
  }
  /** TensorProto: only string_val (8) is kept; tensor_content (4) and numeric values are skipped. */
  async tensor(r2, key, n) {
    for (let f = await r2.next(); f; f = await r2.next())
      if (f.no === 8 && f.wt === LEN) await this.str(r2, f, `${key} tensor`, n);
  }
};
function inputNode(input) {
  const s = input.startsWith("^") ? input.slice(1) : input;
  const i2 = s.indexOf(":");
  return i2 < 0 ? s : s.slice(0, i2);
}

// src/analyzers/tensorflow/flex.ts
var FBT_STRING = 5;
var FBT_VECTOR = 10;
var FBT_BLOB = 25;
function uint(b, pos, width) {
  if (pos < 0 || pos + width > b.length) return void 0;
  switch (width) {
    case 1:
      return b.readUInt8(pos);
    case 2:
      return b.readUInt16LE(pos);
    case 4:
      return b.readUInt32LE(pos);
    case 8: {
      const v = b.readBigUInt64LE(pos);
      return v > BigInt(Number.MAX_SAFE_INTEGER) ? void 0 : Number(v);
    }
  }
  return void 0;
}
function flexStrings(b) {
  if (b.length < 3) return void 0;
  const rootWidth = b[b.length - 1];
  const packed = b[b.length - 2];
  if (![1, 2, 4, 8].includes(rootWidth) || packed >> 2 !== FBT_VECTOR) return void 0;
  const width = 1 << (packed & 3);
  const rootPos = b.length - 2 - rootWidth;
  const rel = uint(b, rootPos, rootWidth);
  if (rel === void 0) return void 0;
  const vec = rootPos - rel;
  const len = uint(b, vec - width, width);
  if (len === void 0 || len > 64 || vec + len * width + len > b.length) return void 0;
  const out = [];
  for (let i2 = 0; i2 < len; i2++) {
    const t = b[vec + len * width + i2];
    if (t >> 2 !== FBT_STRING && t >> 2 !== FBT_BLOB) continue;
    const elem = vec + i2 * width;
    const off = uint(b, elem, width);
    if (off === void 0) return void 0;
    const start = elem - off;
    const sizeWidth = 1 << (t & 3);
    const size = uint(b, start - sizeWidth, sizeWidth);
    if (size === void 0 || start < 0 || start + size > b.length) return void 0;
    out.push(b.subarray(start, start + size));
  }
  return out;
}
async function flexNodeDef(customOptions, maxDepth) {
  const parts = flexStrings(customOptions);
  if (!parts || parts.length < 2) return void 0;
  const src = new BufferSource(parts[1]);
  try {
    return await new TfWalker({ wrongWire: () => void 0 }).node(ProtoReader.root(src, { maxDepth }), 0);
  } catch {
    return void 0;
  }
}

// src/analyzers/tensorflow/tflite.ts
var TFL_DTYPE = {
  0: "f32",
  1: "f16",
  2: "i32",
  3: "u8",
  4: "i64",
  6: "bool",
  7: "i16",
  9: "i8",
  10: "f64",
  18: "bf16"
};
var CUSTOM = 32;
var FLEX_PREFIX = "Flex";
var TYPE_BITS = {
  0: 32,
  1: 16,
  2: 32,
  3: 8,
  4: 64,
  6: 8,
  7: 16,
  8: 64,
  9: 8,
  10: 64,
  11: 128,
  12: 64,
  15: 32,
  16: 16,
  17: 4,
  18: 16
};
var RANK = { info: 0, low: 1, medium: 2, high: 3, critical: 4 };
async function analyzeTflite(fb, ctx, out) {
  const root = await fb.u32(0);
  const model = await fb.table(root, "Model");
  const desc = await model.string(3, SNIFF_MAX, "description");
  if (desc) payloadText(ctx, out, desc.value, "model description", root, desc.length);
  const opcodesV = await model.vector(1, 4, "operator_codes");
  if ((opcodesV?.length ?? 0) > ctx.limits.maxEntries)
    throw new LimitExceeded("maxEntries", `${opcodesV.length} operator codes exceed the entry limit`, opcodesV.start);
  const opcodes = [];
  for (let i2 = 0; opcodesV && i2 < opcodesV.length; i2++) {
    ctx.checkDeadline();
    const t = await tableAt(fb, opcodesV, i2, `operator_codes[${i2}]`);
    const dep = await t.i8(0);
    const builtin = await t.i32(3);
    const code = Math.max(dep, builtin);
    const custom = code === CUSTOM ? (await t.string(1, 1024, "custom_code"))?.value : void 0;
    opcodes.push(custom !== void 0 ? { code, custom } : { code });
    if (code === CUSTOM) customOp(out, custom ?? "", i2, t.pos);
  }
  const buffersV = await model.vector(4, 4, "buffers");
  const nBuffers = buffersV?.length ?? 0;
  const bufferLen = /* @__PURE__ */ new Map();
  const bufferAt = /* @__PURE__ */ new Map();
  const external = [];
  for (let i2 = 0; buffersV && i2 < buffersV.length; i2++) {
    ctx.checkDeadline();
    const b = await tableAt(fb, buffersV, i2, `buffers[${i2}]`);
    const data = await b.vector(0, 1, `buffers[${i2}].data`);
    const off = await b.u64(1);
    const size = await b.u64(2);
    if (data && data.length) {
      bufferLen.set(i2, BigInt(data.length));
      bufferAt.set(i2, data.start);
    }
    if (off > 1n) {
      bufferLen.set(i2, size);
      if (off + size > BigInt(fb.size))
        out.report("TFL-003", `buffers[${i2}] claims bytes ${off}\u2026${off + size} beyond the file (${fb.size} bytes)`, {
          offset: b.pos
        });
      else external.push({ i: i2, off, size });
    }
  }
  external.sort((a, b) => a.off < b.off ? -1 : a.off > b.off ? 1 : 0);
  for (let k = 1; k < external.length; k++) {
    const prev = external[k - 1];
    const cur = external[k];
    if (cur.off < prev.off + prev.size)
      out.report("TFL-003", `buffers[${prev.i}] and buffers[${cur.i}] overlap in the file`, { offset: Number(cur.off) });
  }
  const subgraphsV = await model.vector(2, 4, "subgraphs");
  for (let s = 0; subgraphsV && s < subgraphsV.length; s++) {
    const sg = await tableAt(fb, subgraphsV, s, `subgraphs[${s}]`);
    await subgraph(fb, ctx, out, sg, s, opcodes, nBuffers, bufferLen, bufferAt);
  }
  const metaV = await model.vector(6, 4, "metadata");
  for (let i2 = 0; metaV && i2 < metaV.length; i2++) {
    const m = await tableAt(fb, metaV, i2, `metadata[${i2}]`);
    const name = (await m.string(0, 1024, "metadata name"))?.value ?? "";
    const bi = await m.u32(1);
    if (bi >= nBuffers) {
      out.report("TFL-003", `metadata ${JSON.stringify(name)} names buffer ${bi} of ${nBuffers}`, { offset: m.pos });
      continue;
    }
    const b = await tableAt(fb, buffersV, bi, `buffers[${bi}]`);
    const data = await b.vector(0, 1, `buffers[${bi}].data`);
    if (!data || data.length === 0) continue;
    const n = Math.min(data.length, SNIFF_MAX);
    const bytes = Buffer.from(await fb.src.read(data.start, n));
    const hits = sniffBytes(bytes);
    const textHits = hits.length ? hits : sniffText(printableRuns(bytes));
    for (const h of textHits.slice(0, 2))
      out.report("TFL-005", `metadata ${JSON.stringify(name)}: ${h.detail}`, {
        severity: RANK[h.severity] >= RANK.medium ? h.severity : "low",
        offset: data.start,
        ...h.evidence ? { evidence: h.evidence } : {}
      });
    reportSecrets(ctx, printableRuns(bytes), `metadata ${name}`, data.start);
  }
}
function printableRuns(b) {
  return (b.toString("latin1").match(/[\x20-\x7e\t\n\r]{8,}/g) ?? []).join("\n");
}
function payloadText(ctx, out, text, where, offset, total) {
  for (const h of sniffText(text, { totalLength: total }).slice(0, 2))
    out.report("TFL-005", `${where}: ${h.detail}`, {
      severity: h.severity,
      offset,
      ...h.evidence ? { evidence: h.evidence } : {}
    });
  reportSecrets(ctx, text, where, offset);
}
function customOp(out, custom, i2, at) {
  const shown = JSON.stringify(custom.slice(0, 100));
  if (custom.startsWith(FLEX_PREFIX)) {
    const tfOp = custom.slice(FLEX_PREFIX.length);
    const risk = DANGEROUS_TF_OPS.get(tfOp);
    let severity = "medium";
    let why = "runs a TensorFlow kernel through the Flex delegate";
    if (risk && RANK[risk.severity] > RANK.medium) {
      severity = risk.severity;
      why = `TensorFlow ${tfOp} ${risk.why}`;
    } else if (!STOCK_TF_OPS.has(tfOp)) why = `${tfOp} is not a stock TensorFlow op (needs a custom kernel)`;
    out.report("TFL-001", `operator_codes[${i2}]: Flex op ${shown}: ${why}`, {
      severity,
      offset: at,
      evidence: custom.slice(0, 100)
    });
    return;
  }
  if (TFLITE_BUILTIN_CUSTOM_OPS.has(custom)) {
    out.report("TFL-002", `operator_codes[${i2}]: custom op ${shown} ships with the TF Lite runtime`, {
      severity: "low",
      offset: at,
      evidence: custom
    });
    return;
  }
  out.report("TFL-002", `operator_codes[${i2}]: custom op ${shown} needs an application-registered kernel`, {
    offset: at,
    evidence: custom.slice(0, 100)
  });
}
async function subgraph(fb, ctx, out, sg, s, opcodes, nBuffers, bufferLen, bufferAt) {
  const tensorsV = await sg.vector(0, 4, `subgraphs[${s}].tensors`);
  const nTensors = tensorsV?.length ?? 0;
  for (let t = 0; tensorsV && t < tensorsV.length; t++) {
    ctx.checkDeadline();
    const tensor = await tableAt(fb, tensorsV, t, `tensor ${t}`);
    const bi = await tensor.u32(2);
    const where = `subgraphs[${s}].tensors[${t}]`;
    if (bi >= nBuffers && nBuffers > 0) {
      out.report("TFL-003", `${where} names buffer ${bi} of ${nBuffers}`, { offset: tensor.pos });
      continue;
    }
    const len = bufferLen.get(bi);
    if (bi === 0 || len === void 0) continue;
    const type = await tensor.i8(1);
    const bits2 = TYPE_BITS[type];
    if (bits2 === void 0) continue;
    const shapeV = await tensor.vector(0, 4, `${where}.shape`);
    let numel = 1n;
    let bad = false;
    for (let d = 0; shapeV && d < shapeV.length && d < 64; d++) {
      const dim = await fb.i32(shapeV.start + 4 * d);
      if (dim < 0) bad = true;
      numel *= BigInt(Math.max(dim, 0));
    }
    const want = (numel * BigInt(bits2) + 7n) / 8n;
    if (bad || want !== len)
      out.report(
        "TFL-004",
        `${where}: shape \xD7 type size needs ${bad ? "a non-negative shape" : `${want} bytes`} but buffer ${bi} holds ${len}`,
        { offset: tensor.pos }
      );
    else if (TFL_DTYPE[type] && bufferAt.has(bi)) {
      const name = (await tensor.string(3, 1024, `${where}.name`))?.value ?? where;
      const shape = [];
      for (let d = 0; shapeV && d < shapeV.length && d < 64; d++) shape.push(await fb.i32(shapeV.start + 4 * d));
      declareTensor(ctx, name, TFL_DTYPE[type], shape, new SliceSource(fb.src, bufferAt.get(bi), Number(len)));
    }
  }
  const opsV = await sg.vector(3, 4, `subgraphs[${s}].operators`);
  for (let o = 0; opsV && o < opsV.length; o++) {
    ctx.checkDeadline();
    const op = await tableAt(fb, opsV, o, `operator ${o}`);
    const idx = await op.u32(0);
    const where = `subgraphs[${s}].operators[${o}]`;
    if (idx >= opcodes.length)
      out.report("TFL-003", `${where} uses opcode_index ${idx} of ${opcodes.length}`, { offset: op.pos });
    else await checkFlexNodeDef(fb, ctx, out, op, opcodes[idx], where);
    for (const [slot, what] of [
      [1, "inputs"],
      [2, "outputs"]
    ]) {
      const v = await op.vector(slot, 4, `${where}.${what}`);
      for (let k = 0; v && k < v.length && k < 4096; k++) {
        const ti = await fb.i32(v.start + 4 * k);
        if (ti < -1 || ti >= nTensors) {
          out.report("TFL-003", `${where} ${what}[${k}] names tensor ${ti} of ${nTensors}`, { offset: op.pos });
          break;
        }
      }
    }
  }
}
async function checkFlexNodeDef(fb, ctx, out, op, code, where) {
  if (!code.custom?.startsWith(FLEX_PREFIX) || code.checked) return;
  code.checked = true;
  const opts = await op.vector(5, 1, `${where}.custom_options`);
  if (!opts || opts.length === 0 || opts.length > 1 << 20) return;
  const node = await flexNodeDef(Buffer.from(await fb.src.read(opts.start, opts.length)), ctx.limits.maxNesting);
  if (!node) {
    out.report(
      "TFL-001",
      `${where}: Flex op ${JSON.stringify(code.custom)} has custom options that are not a readable NodeDef`,
      {
        offset: opts.start
      }
    );
    return;
  }
  const label = code.custom.slice(FLEX_PREFIX.length);
  if (node.op === label) return;
  const risk = DANGEROUS_TF_OPS.get(node.op);
  const severity = risk && RANK[risk.severity] > RANK.high ? risk.severity : "high";
  out.report(
    "TFL-001",
    `${where}: Flex op labelled ${JSON.stringify(code.custom)} carries a NodeDef for ${JSON.stringify(node.op.slice(0, 100))}${risk ? `, which ${risk.why}` : ""}`,
    { severity, offset: opts.start, evidence: node.op.slice(0, 100) }
  );
}
var analyzer11 = {
  id: "tflite",
  detect: (v) => v.head.length >= 8 && v.head.toString("latin1", 4, 8) === "TFL3" && v.head.readUInt32LE(0) < v.size,
  async analyze(src, ctx) {
    ctx.setFormat("tflite");
    const out = new CappedReporter(ctx);
    try {
      await analyzeTflite(new FbFile(src), ctx, out);
    } finally {
      out.flush();
    }
  }
};

// src/analyzers/protobuf/shape.ts
function scanPrefix(buf, s, e, table2, maxFields = 64) {
  const out = [];
  const done = (mismatch = false) => ({ fields: out, mismatch });
  let p = s;
  while (p < e && out.length < maxFields) {
    const t = varNum(buf, p, e);
    if (!t) return done();
    const no = Math.floor(t[0] / 8);
    const wt = t[0] % 8;
    if (table2[no] !== wt) return done(true);
    p = t[1];
    if (wt === VARINT) {
      const v = varBig(buf, p, e);
      if (!v) return done();
      out.push({ no, wt, start: p, len: v[1] - p, value: v[0] });
      p = v[1];
    } else if (wt === LEN) {
      const l = varNum(buf, p, e);
      if (!l) return done();
      out.push({ no, wt, start: l[1], len: l[0] });
      p = l[1] + l[0];
    } else if (wt === I64 || wt === I32) {
      const n = wt === I64 ? 8 : 4;
      out.push({ no, wt, start: p, len: n });
      p += n;
    } else return done(true);
  }
  return done();
}
function readPrefix(buf, s, e, table2, maxFields = 64) {
  const r2 = scanPrefix(buf, s, e, table2, maxFields);
  return r2.mismatch ? void 0 : r2.fields;
}
function prefixMatches(buf, s, e, table2, maxFields = 32) {
  return readPrefix(buf, s, e, table2, maxFields) !== void 0;
}
function startsLike(buf, s, e, table2) {
  const r2 = scanPrefix(buf, s, e, table2, 32);
  return r2.fields.length > 0 || !r2.mismatch && e <= s + 1;
}

// src/analyzers/onnx/detect.ts
var MODEL_FIELDS = {
  1: VARINT,
  2: LEN,
  3: LEN,
  4: LEN,
  5: VARINT,
  6: LEN,
  7: LEN,
  8: LEN,
  14: LEN,
  20: LEN,
  25: LEN,
  26: LEN
};
var GRAPH_FIELDS = {
  1: LEN,
  2: LEN,
  5: LEN,
  10: LEN,
  11: LEN,
  12: LEN,
  13: LEN,
  14: LEN,
  15: LEN,
  16: LEN
};
var OPSET_FIELDS = { 1: LEN, 2: VARINT };
var MAX_TOP_FIELDS = 4096;
async function looksLikeOnnx(view) {
  const { head, size, src } = view;
  if (size < 8) return false;
  let pos = 0;
  let ir = false;
  let graph = false;
  let opset = false;
  for (let n = 0; pos < size && n < MAX_TOP_FIELDS; n++) {
    const buf = pos + 24 <= head.length ? head.subarray(pos) : Buffer.from(await src.read(pos, 24));
    const t = varNum(buf, 0, buf.length);
    if (!t) return false;
    const no = Math.floor(t[0] / 8);
    const wt = t[0] % 8;
    if (MODEL_FIELDS[no] !== wt) return ir && graph;
    if (wt === VARINT) {
      const v = varBig(buf, t[1], buf.length);
      if (!v) return false;
      if (no === 1) {
        if (v[0] < 1n || v[0] > 64n) return false;
        ir = true;
      }
      pos += v[1];
      continue;
    }
    const l = varNum(buf, t[1], buf.length);
    if (!l) return false;
    const start = pos + l[1];
    const len = l[0];
    if (no === 7 || no === 8) {
      const table2 = no === 7 ? GRAPH_FIELDS : OPSET_FIELDS;
      const end = Math.min(start + len, head.length);
      if (start < head.length && len > 0 && !startsLike(head, start, end, table2)) return false;
      if (no === 7) graph = true;
      else opset = true;
    }
    if (start + len > size) return ir && (graph || opset);
    pos = start + len;
  }
  return ir && (graph || opset);
}

// src/analyzers/common/paths.ts
function escapeProblem(loc) {
  if (loc === "") return "empty path";
  if (/[\u0000-\u001f\u007f]/.test(loc)) return "NUL or control character in path";
  if (/^[\\/]{2}/.test(loc)) return "UNC / network path";
  if (/^[\\/]/.test(loc)) return "absolute path";
  if (/^[A-Za-z]:/.test(loc)) return "drive-letter path";
  if (/^[A-Za-z][A-Za-z0-9+.-]*:\/\//.test(loc)) return "URL instead of a relative path";
  const stack = [];
  for (const part of loc.split(/[\\/]/)) {
    if (part === "" || part === ".") continue;
    if (part === "..") {
      if (stack.length === 0) return "`..` climbs out of the base folder";
      stack.pop();
    } else stack.push(part);
  }
  if (stack.length === 0) return "names the base folder itself";
  return void 0;
}
function normaliseRelative(loc) {
  const stack = [];
  for (const part of loc.split(/[\\/]/)) {
    if (part === "" || part === ".") continue;
    if (part === "..") stack.pop();
    else stack.push(part);
  }
  return stack.join("/");
}
var URL_SCHEME = /^(?:file|grpc|grpcs|gs|hdfs|s3|https?|ftp|ram):\/\//i;
function hostPathKind(s) {
  if (s.length < 3 || s.length > 4096) return void 0;
  if (URL_SCHEME.test(s)) return "a URL";
  if (/^\/(?:etc|root|home|tmp|var|usr|bin|sbin|proc|dev|sys|opt|mnt|Users|private)(?:\/|$)/.test(s))
    return "an absolute path";
  if (/^~\//.test(s)) return "a home-relative path";
  if (/^[A-Za-z]:[\\/]/.test(s) || /^\\\\[^\\]/.test(s)) return "a Windows path";
  if (/(?:^|[\\/])\.\.[\\/]/.test(s)) return "a path with `..`";
  return void 0;
}

// src/analyzers/onnx/external.ts
var ALLOWED_KEYS = /* @__PURE__ */ new Set(["location", "offset", "length", "checksum", "basepath"]);
var ExternalDataChecker = class {
  constructor(ctx, out) {
    this.ctx = ctx;
    this.out = out;
  }
  ctx;
  out;
  stats = /* @__PURE__ */ new Map();
  reportedFiles = /* @__PURE__ */ new Set();
  async check(entries, info) {
    const { where, offset } = info;
    const counts = /* @__PURE__ */ new Map();
    for (const e of entries) counts.set(e.key, (counts.get(e.key) ?? 0) + 1);
    for (const [k, n] of counts) {
      if (n > 1)
        this.out.report(
          "ONNX-003",
          `${where}: external_data key "${k}" appears ${n} times (loaders disagree on which wins)`,
          {
            offset,
            evidence: k
          }
        );
      if (!ALLOWED_KEYS.has(k))
        this.out.report("ONNX-003", `${where}: unknown external_data key "${k.slice(0, 80)}"`, {
          offset,
          evidence: k.slice(0, 80)
        });
    }
    const locs = entries.filter((e) => e.key === "location").map((e) => e.value);
    if (info.dataLocation === 1 && locs.length === 0)
      this.out.report("ONNX-005", `${where}: data_location is EXTERNAL but no location is given`, { offset });
    if (entries.length > 0 && info.dataLocation !== 1)
      this.out.report(
        "ONNX-005",
        `${where}: external_data present but data_location is not EXTERNAL (loaders disagree whether it is used)`,
        {
          offset
        }
      );
    if (entries.length > 0 && info.embedded)
      this.out.report("ONNX-005", `${where}: tensor has both embedded data and external_data`, { offset });
    const ints2 = /* @__PURE__ */ new Map();
    for (const e of entries) {
      if (e.key !== "offset" && e.key !== "length") continue;
      if (!/^\d{1,19}$/.test(e.value)) {
        this.out.report(
          "ONNX-003",
          `${where}: external_data ${e.key} "${e.value.slice(0, 40)}" is not a non-negative integer`,
          {
            offset,
            evidence: `${e.key}=${e.value.slice(0, 40)}`
          }
        );
        continue;
      }
      ints2.set(e.key, BigInt(e.value));
    }
    const len = ints2.get("length");
    if (len !== void 0 && info.expectedBytes !== void 0 && len !== info.expectedBytes)
      this.out.report(
        "ONNX-010",
        `${where}: external length ${len} but the shape and type need ${info.expectedBytes} bytes`,
        { offset }
      );
    for (const loc of locs) {
      const shown = JSON.stringify(loc.slice(0, 200));
      if (loc.includes("_ORT_MEM_ADDR_")) {
        this.out.report(
          "ONNX-002",
          `${where}: external_data location ${shown} uses ONNX Runtime's in-memory address tag`,
          {
            offset,
            evidence: loc.slice(0, 120)
          }
        );
        continue;
      }
      const problem = escapeProblem(loc);
      if (problem) {
        this.out.report("ONNX-001", `${where}: external_data location ${shown}: ${problem}`, {
          offset,
          evidence: loc.slice(0, 120)
        });
        continue;
      }
      await this.checkFile(normaliseRelative(loc), ints2.get("offset"), len, info);
    }
  }
  /** The referenced file, when the model is a file on disk (not an archive member or a git blob). */
  async checkFile(rel, off, len, info) {
    const neighbours = this.ctx.run.neighbours;
    if (!neighbours || this.ctx.member !== void 0) return;
    let p = this.stats.get(rel);
    if (!p) {
      p = neighbours.stat(rel);
      this.stats.set(rel, p);
    }
    const st = await p;
    const { where, offset } = info;
    const first = !this.reportedFiles.has(rel);
    this.reportedFiles.add(rel);
    if (st.isSymlink || !st.insideRoot || (st.hardLinks ?? 1) > 1) {
      if (first) {
        const why = st.isSymlink ? "is a symbolic link" : !st.insideRoot ? "resolves outside the model folder (a parent folder is a link)" : `is a hard link (${st.hardLinks} links)`;
        this.out.report("ONNX-004", `${where}: external data file ${JSON.stringify(rel)} ${why}`, {
          offset,
          evidence: rel
        });
      }
      return;
    }
    if (!st.exists) {
      if (first)
        this.out.report(
          "ONNX-003",
          `${where}: external data file ${JSON.stringify(rel)} is not next to the model (not analysed)`,
          {
            offset,
            severity: "low",
            evidence: rel
          }
        );
      return;
    }
    if (st.isFile === false) {
      if (first)
        this.out.report("ONNX-003", `${where}: external data ${JSON.stringify(rel)} is not a regular file`, {
          offset,
          evidence: rel
        });
      return;
    }
    const size = BigInt(st.size ?? 0);
    const o = off ?? 0n;
    if (o > size || len !== void 0 && o + len > size) {
      this.out.report(
        "ONNX-003",
        `${where}: external range offset ${o}${len !== void 0 ? ` + length ${len}` : ""} lies beyond ${JSON.stringify(rel)} (${size} bytes)`,
        { offset, evidence: rel }
      );
      return;
    }
    if (len === void 0 && info.expectedBytes !== void 0 && size - o !== info.expectedBytes)
      this.out.report(
        "ONNX-010",
        `${where}: ${size - o} bytes from offset ${o} of ${JSON.stringify(rel)}, but the shape and type need ${info.expectedBytes}`,
        { offset }
      );
  }
};

// src/analyzers/onnx/walk.ts
var ONNX_DTYPE = {
  1: "f32",
  2: "u8",
  3: "i8",
  5: "i16",
  6: "i32",
  7: "i64",
  9: "bool",
  10: "f16",
  11: "f64",
  16: "bf16"
};
var ELEM_BITS = {
  1: 32,
  2: 8,
  3: 8,
  4: 16,
  5: 16,
  6: 32,
  7: 64,
  9: 8,
  10: 16,
  11: 64,
  12: 32,
  13: 64,
  14: 64,
  15: 128,
  16: 16,
  17: 8,
  18: 8,
  19: 8,
  20: 8,
  21: 4,
  22: 4,
  23: 4,
  24: 8,
  25: 2,
  26: 2
};
var PROTOBUF_RECURSION_LIMIT = 100;
function nodeKey(domain, op, overload) {
  return `${domain}\0${op}\0${overload}`;
}
function normDomain(d) {
  return d === "ai.onnx" ? "" : d;
}
var T_MODEL = {
  1: VARINT,
  2: LEN,
  3: LEN,
  4: LEN,
  5: VARINT,
  6: LEN,
  7: LEN,
  8: LEN,
  14: LEN,
  20: LEN,
  25: LEN,
  26: LEN
};
var T_GRAPH2 = { 1: LEN, 2: LEN, 5: LEN, 10: LEN, 11: LEN, 12: LEN, 13: LEN, 14: LEN, 15: LEN, 16: LEN };
var T_NODE2 = { 1: LEN, 2: LEN, 3: LEN, 4: LEN, 5: LEN, 6: LEN, 7: LEN, 8: LEN, 9: LEN, 10: LEN };
var T_ATTR = {
  1: LEN,
  2: I32,
  3: VARINT,
  4: LEN,
  5: LEN,
  6: LEN,
  7: I32,
  8: VARINT,
  9: LEN,
  10: LEN,
  11: LEN,
  13: LEN,
  14: LEN,
  15: LEN,
  20: VARINT,
  21: LEN,
  22: LEN,
  23: LEN
};
var T_FUNC = {
  1: LEN,
  4: LEN,
  5: LEN,
  6: LEN,
  7: LEN,
  8: LEN,
  9: LEN,
  10: LEN,
  11: LEN,
  12: LEN,
  13: LEN,
  14: LEN
};
var OnnxWalker = class {
  constructor(ctx) {
    this.ctx = ctx;
    this.out = new CappedReporter(ctx);
    this.external = new ExternalDataChecker(ctx, this.out);
  }
  ctx;
  facts = { opsets: /* @__PURE__ */ new Map(), nodes: /* @__PURE__ */ new Map(), functions: /* @__PURE__ */ new Map(), opsetOffsets: /* @__PURE__ */ new Map() };
  out;
  external;
  wrongWire = /* @__PURE__ */ new Set();
  deepReported = false;
  ticks = 0;
  tick = (offset) => {
    if ((++this.ticks & 65535) === 0) this.ctx.checkDeadline(offset);
  };
  /** True when the field has the wire type the schema declares; otherwise reports once and returns false. */
  wire(f, table2, msg) {
    const want = table2[f.no];
    if (want === void 0 || want === f.wt) return true;
    if (f.wt === LEN && (want === VARINT || want === I32 || want === I64)) return true;
    const key = `${msg}.${f.no}`;
    if (!this.wrongWire.has(key)) {
      this.wrongWire.add(key);
      this.out.report(
        "ONNX-011",
        `${msg} field ${f.no} has wire type ${wireName(f.wt)} instead of ${wireName(want)}; protobuf parsers skip it as an unknown field`,
        { offset: f.at }
      );
    }
    return false;
  }
  sub(r2, f) {
    const s = r2.sub(f);
    if (s.depth > PROTOBUF_RECURSION_LIMIT && !this.deepReported) {
      this.deepReported = true;
      this.out.report(
        "ONNX-011",
        `protobuf messages nested ${s.depth} levels deep (protobuf loaders stop at ${PROTOBUF_RECURSION_LIMIT})`,
        { offset: f.at }
      );
    }
    return s;
  }
  /** Reads a text field (bounded) and sniffs it for staged payloads and credentials. */
  async text(r2, f, where) {
    const s = await r2.string(f, SNIFF_MAX);
    this.sniff(s, where, f.at, f.len);
    return s;
  }
  sniff(value, where, offset, totalLength = value.length) {
    if (value.length === 0) return;
    for (const h of sniffText(value, { totalLength }).slice(0, 2))
      this.payload(where, h.detail, h.severity, offset, h.evidence);
    reportSecrets(this.ctx, value, where, offset);
  }
  payload(where, detail, severity, offset, evidence) {
    this.out.report("ONNX-009", `${where}: ${detail}`, { severity, offset, ...evidence ? { evidence } : {} });
  }
  async name(r2, f, max3 = 4096) {
    return r2.string(f, max3);
  }
  async model(r2) {
    let graphs = 0;
    let fns = 0;
    let training = 0;
    let entries = 0;
    for (let f = await r2.next(); f; f = await r2.next()) {
      if (!this.wire(f, T_MODEL, "ModelProto")) continue;
      if ((f.no === 8 || f.no === 14 || f.no === 25) && ++entries > this.ctx.limits.maxEntries)
        throw new LimitExceeded(
          "maxEntries",
          `more than ${this.ctx.limits.maxEntries} opsets, metadata entries and functions`,
          f.at
        );
      switch (f.no) {
        case 1:
          this.facts.irVersion = f.value;
          break;
        case 2:
          await this.text(r2, f, "producer_name");
          break;
        case 3:
          await this.text(r2, f, "producer_version");
          break;
        case 4:
          await this.text(r2, f, "domain");
          break;
        case 6:
          await this.text(r2, f, "doc_string");
          break;
        case 7:
          await this.graph(this.sub(r2, f), graphs++ === 0 ? "graph" : `graph#${graphs}`);
          break;
        case 8: {
          const { domain, version } = await this.opset(this.sub(r2, f));
          this.facts.opsets.set(domain, version);
          this.facts.opsetOffsets.set(domain, f.at);
          break;
        }
        case 14:
          await this.entry(this.sub(r2, f), "metadata_props");
          break;
        case 20:
          await this.trainingInfo(this.sub(r2, f), `training_info[${training++}]`);
          break;
        case 25:
          await this.func(this.sub(r2, f), `functions[${fns++}]`, f.at);
          break;
      }
    }
  }
  async opset(r2) {
    let domain = "";
    let version = 0;
    for (let f = await r2.next(); f; f = await r2.next()) {
      if (f.no === 1 && f.wt === LEN) domain = await this.name(r2, f);
      else if (f.no === 2 && f.wt === VARINT) version = Number(BigInt.asIntN(64, f.value));
    }
    return { domain: normDomain(domain), version };
  }
  /** StringStringEntryProto: 1 key, 2 value. */
  async entry(r2, where) {
    let key = "";
    let value = "";
    let valueField;
    for (let f = await r2.next(); f; f = await r2.next()) {
      if (f.wt !== LEN) continue;
      if (f.no === 1) key = await r2.string(f, 4096);
      else if (f.no === 2) {
        value = await r2.string(f, SNIFF_MAX);
        valueField = f;
      }
    }
    const label = `${where}[${JSON.stringify(key.slice(0, 60))}]`;
    if (key) this.sniff(key, `${where} key`, r2.start);
    if (valueField) this.sniff(value, label, valueField.at, valueField.len);
    return { key, value };
  }
  async trainingInfo(r2, where) {
    for (let f = await r2.next(); f; f = await r2.next()) {
      if (f.wt !== LEN) continue;
      if (f.no === 1) await this.graph(this.sub(r2, f), `${where}/initialization`);
      else if (f.no === 2) await this.graph(this.sub(r2, f), `${where}/algorithm`);
    }
  }
  async graph(r2, where, fn) {
    let nodes = 0;
    let inits = 0;
    let sparse = 0;
    for (let f = await r2.next(); f; f = await r2.next()) {
      if (!this.wire(f, T_GRAPH2, "GraphProto")) continue;
      switch (f.no) {
        case 1:
          await this.node(this.sub(r2, f), `${where}/node[${nodes++}]`, f.at, fn);
          break;
        case 5:
          await this.tensor(this.sub(r2, f), `${where}/initializer[${inits++}]`, f.at);
          break;
        case 15:
          await this.sparseTensor(this.sub(r2, f), `${where}/sparse_initializer[${sparse++}]`);
          break;
        case 10:
          await this.text(r2, f, `${where} doc_string`);
          break;
        case 16:
          await this.entry(this.sub(r2, f), `${where} metadata_props`);
          break;
        case 11:
        case 12:
        case 13:
          await this.valueInfo(this.sub(r2, f), where);
          break;
      }
    }
  }
  /** ValueInfoProto: 3 doc_string, 4 metadata_props are free text. */
  async valueInfo(r2, where) {
    for (let f = await r2.next(); f; f = await r2.next()) {
      if (f.wt !== LEN) continue;
      if (f.no === 3) await this.text(r2, f, `${where} value_info doc_string`);
      else if (f.no === 4) await this.entry(this.sub(r2, f), `${where} value_info metadata_props`);
    }
  }
  async node(r2, where, at, fn) {
    let op = "";
    let domain = "";
    let overload = "";
    const attrs = [];
    for (let f = await r2.next(); f; f = await r2.next()) {
      if (!this.wire(f, T_NODE2, "NodeProto")) continue;
      switch (f.no) {
        case 4:
          op = await this.name(r2, f);
          break;
        case 7:
          domain = normDomain(await this.name(r2, f));
          break;
        case 8:
          overload = await this.name(r2, f);
          break;
        case 3:
          await this.text(r2, f, `${where} name`);
          break;
        case 6:
          await this.text(r2, f, `${where} doc_string`);
          break;
        case 9:
          await this.entry(this.sub(r2, f), `${where} metadata_props`);
          break;
        case 5:
          attrs.push(this.sub(r2, f));
          break;
      }
    }
    const label = `${where}(${op || "?"})`;
    for (const sub of attrs) await this.attribute(sub, label, fn);
    const key = nodeKey(domain, op, overload);
    const seen = this.facts.nodes.get(key);
    if (seen) seen.count++;
    else this.facts.nodes.set(key, { domain, op, overload, count: 1, where: label, offset: at });
    fn?.calls.add(key);
  }
  async attribute(r2, where, fn) {
    let name = "";
    let tensors = 0;
    let graphs = 0;
    let strings = 0;
    const pending = [];
    for (let f = await r2.next(); f; f = await r2.next()) {
      if (!this.wire(f, T_ATTR, "AttributeProto")) continue;
      if (f.no === 1) name = await this.name(r2, f, 256);
      else pending.push(f);
    }
    const here = `${where}.${name || "?"}`;
    for (const f of pending) {
      switch (f.no) {
        case 4: {
          const b = await r2.bytes(f, SNIFF_MAX);
          const hits = sniffBytes(b);
          for (const h of hits.slice(0, 2)) this.payload(here, h.detail, h.severity, f.at, h.evidence);
          if (hits.length === 0 && f.len > SNIFF_MAX) this.sniff("", here, f.at, f.len);
          reportSecrets(this.ctx, b.toString("latin1"), here, f.at);
          break;
        }
        case 9: {
          const s = await r2.string(f, SNIFF_MAX);
          this.sniff(s, `${here}[${strings++}]`, f.at, f.len);
          break;
        }
        case 13:
          await this.text(r2, f, `${here} doc_string`);
          break;
        case 5:
          await this.tensor(this.sub(r2, f), `${here}`, f.at);
          break;
        case 10:
          await this.tensor(this.sub(r2, f), `${here}[${tensors++}]`, f.at);
          break;
        case 22:
          await this.sparseTensor(this.sub(r2, f), here);
          break;
        case 23:
          await this.sparseTensor(this.sub(r2, f), `${here}[${tensors++}]`);
          break;
        case 6:
          await this.graph(this.sub(r2, f), here, fn);
          break;
        case 11:
          await this.graph(this.sub(r2, f), `${here}[${graphs++}]`, fn);
          break;
      }
    }
  }
  async sparseTensor(r2, where) {
    for (let f = await r2.next(); f; f = await r2.next()) {
      if (f.wt !== LEN) continue;
      if (f.no === 1) await this.tensor(this.sub(r2, f), `${where}.values`, f.at);
      else if (f.no === 2) await this.tensor(this.sub(r2, f), `${where}.indices`, f.at);
    }
  }
  async tensor(r2, where, at) {
    const dims = [];
    let dimCount = 0;
    let dataType = 0;
    let name = "";
    let rawLen;
    let rawStart = 0;
    let rawFields = 0;
    let dataLocation = 0;
    const typed = /* @__PURE__ */ new Map();
    const ext2 = [];
    let strings = 0;
    for (let f = await r2.next(); f; f = await r2.next()) {
      switch (f.no) {
        case 1:
          if (f.wt === VARINT || f.wt === LEN) {
            const vs = await r2.varints(f, 1024);
            dimCount += f.wt === VARINT ? 1 : await countPackedVarints(r2, f);
            for (const v of vs) if (dims.length < 1024) dims.push(BigInt.asIntN(64, v));
          }
          break;
        case 2:
          if (f.wt === VARINT) dataType = Number(f.value & 0xffffn);
          break;
        case 8:
          if (f.wt === LEN) {
            name = await r2.string(f, 1024);
            this.sniff(name, `${where} name`, f.at, f.len);
          }
          break;
        case 9:
          if (f.wt === LEN) {
            rawLen = (rawLen ?? 0) + f.len;
            rawStart = f.start;
            rawFields++;
          }
          break;
        case 4:
        case 10:
          typed.set(f.no, (typed.get(f.no) ?? 0) + (f.wt === LEN ? f.len / (f.no === 4 ? 4 : 8) : 1));
          break;
        case 5:
        case 7:
        case 11:
          typed.set(f.no, (typed.get(f.no) ?? 0) + await countPackedVarints(r2, f));
          break;
        case 6:
          if (f.wt === LEN) {
            typed.set(6, (typed.get(6) ?? 0) + 1);
            if (strings++ < 256) {
              const b = await r2.bytes(f, SNIFF_MAX);
              for (const h of sniffBytes(b).slice(0, 2))
                this.payload(`${where} string_data`, h.detail, h.severity, f.at, h.evidence);
            }
          }
          break;
        case 12:
          if (f.wt === LEN) await this.text(r2, f, `${where} doc_string`);
          break;
        case 13:
          if (f.wt === LEN) {
            const e = await this.kv(this.sub(r2, f));
            ext2.push(e);
          }
          break;
        case 14:
          if (f.wt === VARINT) dataLocation = Number(f.value & 0xffn);
          break;
        case 16:
          if (f.wt === LEN) await this.entry(this.sub(r2, f), `${where} metadata_props`);
          break;
      }
    }
    const label = name ? `${where} "${name.slice(0, 80)}"` : where;
    const expected = this.sizes(label, at, dims, dimCount, dataType);
    const embedded = rawLen !== void 0 || typed.size > 0;
    if (ext2.length > 0 || dataLocation === 1) {
      await this.external.check(ext2, {
        where: label,
        offset: at,
        dataLocation,
        embedded,
        ...expected !== void 0 ? { expectedBytes: expected.bytes } : {}
      });
      return;
    }
    if (rawLen !== void 0 && typed.size > 0)
      this.out.report("ONNX-005", `${label}: both raw_data and typed data fields are present`, { offset: at });
    if (!expected) return;
    if (rawLen !== void 0) {
      if (BigInt(rawLen) !== expected.bytes)
        this.out.report(
          "ONNX-010",
          `${label}: raw_data holds ${rawLen} bytes but dims ${fmtDims(dims)} \xD7 ${expected.bits} bits need ${expected.bytes}`,
          { offset: at }
        );
      else if (rawFields === 1 && ONNX_DTYPE[dataType] && typed.size === 0)
        declareTensor(
          this.ctx,
          name || label,
          ONNX_DTYPE[dataType],
          dims.map(Number),
          new SliceSource(r2.src, rawStart, rawLen)
        );
      return;
    }
    const want = typedCount(dataType, expected.numel);
    if (want && typed.has(want.field) && BigInt(Math.round(typed.get(want.field))) !== want.count)
      this.out.report(
        "ONNX-010",
        `${label}: ${Math.round(typed.get(want.field))} typed values but dims ${fmtDims(dims)} need ${want.count}`,
        { offset: at }
      );
  }
  /** Element count and byte size from dims and type; reports negative or overflowing dims. */
  sizes(label, at, dims, dimCount, dataType) {
    if (dimCount > dims.length) {
      this.out.report("ONNX-010", `${label}: ${dimCount} dimensions (absurd rank)`, { offset: at });
      return void 0;
    }
    let numel = 1n;
    for (const d of dims) {
      if (d < 0n) {
        this.out.report("ONNX-010", `${label}: negative dimension in ${fmtDims(dims)}`, { offset: at });
        return void 0;
      }
      numel *= d;
    }
    if (numel > 1n << 62n) {
      this.out.report("ONNX-010", `${label}: dims ${fmtDims(dims)} overflow (more than 2^62 elements)`, { offset: at });
      return void 0;
    }
    const bits2 = ELEM_BITS[dataType];
    if (bits2 === void 0) return void 0;
    return { numel, bits: bits2, bytes: (numel * BigInt(bits2) + 7n) / 8n };
  }
  async kv(r2) {
    let key = "";
    let value = "";
    for (let f = await r2.next(); f; f = await r2.next()) {
      if (f.wt !== LEN) continue;
      if (f.no === 1) key = await r2.string(f, 1024);
      else if (f.no === 2) value = await r2.string(f, 4096);
    }
    return { key, value };
  }
  async func(r2, where, at) {
    let name = "";
    let domain = "";
    let overload = "";
    const opsets = /* @__PURE__ */ new Map();
    const bodies = [];
    const attrProtos = [];
    for (let f = await r2.next(); f; f = await r2.next()) {
      if (!this.wire(f, T_FUNC, "FunctionProto")) continue;
      switch (f.no) {
        case 1:
          name = await this.name(r2, f);
          break;
        case 10:
          domain = normDomain(await this.name(r2, f));
          break;
        case 13:
          overload = await this.name(r2, f);
          break;
        case 8:
          await this.text(r2, f, `${where} doc_string`);
          break;
        case 9: {
          const o = await this.opset(this.sub(r2, f));
          opsets.set(o.domain, o.version);
          break;
        }
        case 14:
          await this.entry(this.sub(r2, f), `${where} metadata_props`);
          break;
        case 7:
          bodies.push(f);
          break;
        case 11:
          attrProtos.push(f);
          break;
      }
    }
    const key = nodeKey(domain, name, overload);
    const label = `${where}(${domain ? `${domain}.` : ""}${name})`;
    const info = { key, name, domain, where: label, offset: at, calls: /* @__PURE__ */ new Set(), opsets };
    if (!this.facts.functions.has(key)) this.facts.functions.set(key, info);
    let i2 = 0;
    for (const f of bodies) await this.node(this.sub(r2, f), `${label}/node[${i2++}]`, f.at, info);
    for (const f of attrProtos) await this.attribute(this.sub(r2, f), `${label} default`, info);
  }
};
function fmtDims(d) {
  return `[${d.slice(0, 8).join(", ")}${d.length > 8 ? ", \u2026" : ""}]`;
}
function typedCount(dataType, numel) {
  switch (dataType) {
    case 1:
      return { field: 4, count: numel };
    case 14:
      return { field: 4, count: numel * 2n };
    case 11:
      return { field: 10, count: numel };
    case 15:
      return { field: 10, count: numel * 2n };
    case 7:
      return { field: 7, count: numel };
    case 12:
    case 13:
      return { field: 11, count: numel };
    case 2:
    case 3:
    case 4:
    case 5:
    case 6:
    case 9:
    case 10:
    case 16:
    case 17:
    case 18:
    case 19:
    case 20:
    case 24:
      return { field: 5, count: numel };
    case 21:
    case 22:
    case 23:
      return { field: 5, count: (numel + 1n) / 2n };
    case 8:
      return { field: 6, count: numel };
    default:
      return void 0;
  }
}

// src/analyzers/onnx/ops.ts
var STANDARD_OPS = {
  "": [
    "Abs",
    "Acos",
    "Acosh",
    "Add",
    "AffineGrid",
    "And",
    "ArgMax",
    "ArgMin",
    "Asin",
    "Asinh",
    "Atan",
    "Atanh",
    "Attention",
    "AveragePool",
    "BatchNormalization",
    "Bernoulli",
    "BitCast",
    "BitShift",
    "BitwiseAnd",
    "BitwiseNot",
    "BitwiseOr",
    "BitwiseXor",
    "BlackmanWindow",
    "Cast",
    "CastLike",
    "Ceil",
    "Celu",
    "CenterCropPad",
    "Clip",
    "Col2Im",
    "Compress",
    "Concat",
    "ConcatFromSequence",
    "Constant",
    "ConstantOfShape",
    "Conv",
    "ConvInteger",
    "ConvTranspose",
    "Cos",
    "Cosh",
    "CumProd",
    "CumSum",
    "DFT",
    "DeformConv",
    "DepthToSpace",
    "DequantizeLinear",
    "Det",
    "Div",
    "Dropout",
    "DynamicQuantizeLinear",
    "Einsum",
    "Elu",
    "Equal",
    "Erf",
    "Exp",
    "Expand",
    "EyeLike",
    "Flatten",
    "Floor",
    "GRU",
    "Gather",
    "GatherElements",
    "GatherND",
    "Gelu",
    "Gemm",
    "GlobalAveragePool",
    "GlobalLpPool",
    "GlobalMaxPool",
    "Greater",
    "GreaterOrEqual",
    "GridSample",
    "GroupNormalization",
    "HammingWindow",
    "HannWindow",
    "HardSigmoid",
    "HardSwish",
    "Hardmax",
    "Identity",
    "If",
    "ImageDecoder",
    "InstanceNormalization",
    "IsInf",
    "IsNaN",
    "LRN",
    "LSTM",
    "LayerNormalization",
    "LeakyRelu",
    "Less",
    "LessOrEqual",
    "Log",
    "LogSoftmax",
    "Loop",
    "LpNormalization",
    "LpPool",
    "MatMul",
    "MatMulInteger",
    "Max",
    "MaxPool",
    "MaxRoiPool",
    "MaxUnpool",
    "Mean",
    "MeanVarianceNormalization",
    "MelWeightMatrix",
    "Min",
    "Mish",
    "Mod",
    "Mul",
    "Multinomial",
    "Neg",
    "NegativeLogLikelihoodLoss",
    "NonMaxSuppression",
    "NonZero",
    "Not",
    "OneHot",
    "Optional",
    "OptionalGetElement",
    "OptionalHasElement",
    "Or",
    "PRelu",
    "Pad",
    "Pow",
    "QLinearConv",
    "QLinearMatMul",
    "QuantizeLinear",
    "RMSNormalization",
    "RNN",
    "RandomNormal",
    "RandomNormalLike",
    "RandomUniform",
    "RandomUniformLike",
    "Range",
    "Reciprocal",
    "ReduceL1",
    "ReduceL2",
    "ReduceLogSum",
    "ReduceLogSumExp",
    "ReduceMax",
    "ReduceMean",
    "ReduceMin",
    "ReduceProd",
    "ReduceSum",
    "ReduceSumSquare",
    "RegexFullMatch",
    "Relu",
    "Reshape",
    "Resize",
    "ReverseSequence",
    "RoiAlign",
    "RotaryEmbedding",
    "Round",
    "STFT",
    "Scan",
    "Scatter",
    "ScatterElements",
    "ScatterND",
    "Selu",
    "SequenceAt",
    "SequenceConstruct",
    "SequenceEmpty",
    "SequenceErase",
    "SequenceInsert",
    "SequenceLength",
    "SequenceMap",
    "Shape",
    "Shrink",
    "Sigmoid",
    "Sign",
    "Sin",
    "Sinh",
    "Size",
    "Slice",
    "Softmax",
    "SoftmaxCrossEntropyLoss",
    "Softplus",
    "Softsign",
    "SpaceToDepth",
    "Split",
    "SplitToSequence",
    "Sqrt",
    "Squeeze",
    "StringConcat",
    "StringNormalizer",
    "StringSplit",
    "Sub",
    "Sum",
    "Swish",
    "Tan",
    "Tanh",
    "TensorScatter",
    "TfIdfVectorizer",
    "ThresholdedRelu",
    "Tile",
    "TopK",
    "Transpose",
    "Trilu",
    "Unique",
    "Unsqueeze",
    "Upsample",
    "Where",
    "Xor"
  ],
  "ai.onnx.ml": [
    "ArrayFeatureExtractor",
    "Binarizer",
    "CastMap",
    "CategoryMapper",
    "DictVectorizer",
    "FeatureVectorizer",
    "Imputer",
    "LabelEncoder",
    "LinearClassifier",
    "LinearRegressor",
    "Normalizer",
    "OneHotEncoder",
    "SVMClassifier",
    "SVMRegressor",
    "Scaler",
    "TreeEnsemble",
    "TreeEnsembleClassifier",
    "TreeEnsembleRegressor",
    "ZipMap"
  ],
  "ai.onnx.preview": [],
  "ai.onnx.preview.training": ["Adagrad", "Adam", "Gradient", "Momentum"],
  "ai.onnx.training": []
};
var MAX_OPSET = {
  "": 28,
  "ai.onnx": 28,
  "ai.onnx.ml": 5,
  "ai.onnx.preview": 1,
  "ai.onnx.preview.training": 1,
  "ai.onnx.training": 1
};

// src/analyzers/onnx/index.ts
var MAX_PROTOBUF = 2147483647;
var MAX_CALL_DEPTH = 32;
var STANDARD_DOMAINS = /* @__PURE__ */ new Set(["", "ai.onnx.ml", "ai.onnx.training", "ai.onnx.preview", "ai.onnx.preview.training"]);
var ORT_BUILTIN = /* @__PURE__ */ new Set([
  "com.microsoft",
  "com.microsoft.nchwc",
  "com.microsoft.dml",
  "com.microsoft.mlfeaturizers"
]);
var PYTHON_OP = /python|^py(?:op|func|_?call)/i;
var STANDARD_OP_SETS = new Map(Object.entries(STANDARD_OPS).map(([d, ops]) => [d, new Set(ops)]));
function domainSeverity(domain) {
  return ORT_BUILTIN.has(domain) ? "low" : "medium";
}
function checkModel(w, facts) {
  const out = w.out;
  const local = facts.functions;
  const imports = new Map(facts.opsets);
  for (const fn of local.values()) for (const [d, v] of fn.opsets) if (!imports.has(d)) imports.set(d, v);
  for (const [domain, version] of imports) {
    const max3 = MAX_OPSET[domain];
    if (max3 !== void 0 && version > max3)
      out.report(
        "ONNX-007",
        `opset_import ${domain || "ai.onnx"} version ${version} is newer than the newest known (${max3})`,
        {
          severity: "low",
          offset: facts.opsetOffsets.get(domain),
          evidence: `${domain || "ai.onnx"}:${version}`
        }
      );
  }
  const customByDomain = /* @__PURE__ */ new Map();
  const functionOnlyDomains = /* @__PURE__ */ new Set();
  for (const fn of local.values()) functionOnlyDomains.add(fn.domain);
  for (const ref of facts.nodes.values()) {
    const isLocal = local.has(nodeKey(ref.domain, ref.op, ref.overload));
    if (PYTHON_OP.test(ref.op))
      out.report(
        "ONNX-006",
        `${ref.where}: operator ${ref.domain ? `${ref.domain}.` : ""}${ref.op} calls into host Python (${ref.count}\xD7)`,
        { severity: "high", offset: ref.offset, evidence: `${ref.domain}:${ref.op}` }
      );
    if (isLocal) continue;
    if (STANDARD_DOMAINS.has(ref.domain)) {
      const known = STANDARD_OP_SETS.get(ref.domain);
      if (known && !known.has(ref.op))
        out.report(
          "ONNX-007",
          `${ref.where}: ${ref.op} is not an operator of ${ref.domain || "ai.onnx"} (${ref.count}\xD7)`,
          { offset: ref.offset, evidence: `${ref.domain || "ai.onnx"}:${ref.op}` }
        );
      continue;
    }
    functionOnlyDomains.delete(ref.domain);
    const c = customByDomain.get(ref.domain);
    if (c) c.ops.add(ref.op);
    else customByDomain.set(ref.domain, { ops: /* @__PURE__ */ new Set([ref.op]), where: ref.where, offset: ref.offset });
  }
  for (const [domain, c] of customByDomain) {
    const ops = [...c.ops].sort();
    const what = ORT_BUILTIN.has(domain) ? "ONNX Runtime contrib operators" : domain === "ai.onnx.contrib" ? "onnxruntime-extensions operators (host-registered, possibly Python)" : "a custom-operator library the application must load (native code)";
    out.report(
      "ONNX-006",
      `domain ${JSON.stringify(domain)} needs ${what}: ${ops.slice(0, 10).join(", ")}${ops.length > 10 ? ` (+${ops.length - 10})` : ""} (first at ${c.where})`,
      { severity: domainSeverity(domain), offset: c.offset, evidence: `${domain}:${ops.slice(0, 5).join(",")}` }
    );
  }
  const state = /* @__PURE__ */ new Map();
  const depthOf = /* @__PURE__ */ new Map();
  const reported = /* @__PURE__ */ new Set();
  const visit = (key, path2) => {
    const st = state.get(key);
    if (st === 1) {
      const cycle = [...path2.slice(path2.indexOf(key)), key].map((k) => local.get(k).name);
      const id = [...cycle].sort().join(">");
      if (!reported.has(id)) {
        reported.add(id);
        out.report("ONNX-008", `model-local functions call each other in a cycle: ${cycle.join(" \u2192 ")}`, {
          offset: local.get(key).offset,
          evidence: cycle.join(">")
        });
      }
      return 0;
    }
    if (st === 2) return depthOf.get(key);
    state.set(key, 1);
    let d = 0;
    for (const callee of local.get(key).calls) if (local.has(callee)) d = Math.max(d, visit(callee, [...path2, key]));
    state.set(key, 2);
    depthOf.set(key, d + 1);
    return d + 1;
  };
  for (const key of local.keys()) {
    const d = visit(key, []);
    if (d > MAX_CALL_DEPTH) {
      out.report("ONNX-008", `function ${local.get(key).name} nests ${d} levels of function calls`, {
        offset: local.get(key).offset
      });
      break;
    }
  }
}
var analyzer12 = {
  id: "onnx",
  detect: (view) => looksLikeOnnx(view),
  async analyze(src, ctx) {
    ctx.setFormat("onnx");
    const w = new OnnxWalker(ctx);
    if (src.size > MAX_PROTOBUF)
      w.out.report("ONNX-011", `the model is ${src.size} bytes, over the 2 GiB limit of a single protobuf`, {});
    try {
      await w.model(ProtoReader.root(src, { maxDepth: ctx.limits.maxNesting, tick: w.tick }));
    } finally {
      checkModel(w, w.facts);
      w.out.flush();
    }
  }
};

// src/analyzers/keras/config.ts
function walkKerasConfig(_config, ctx, where) {
  ctx.notAnalysed(`Keras configuration in ${where}: the Keras analyzer is not implemented yet`);
}

// src/analyzers/tensorflow/detect.ts
var SAVED_MODEL = { 1: VARINT, 2: LEN };
var META_GRAPH = { 1: LEN, 2: LEN, 3: LEN, 4: LEN, 5: LEN, 6: LEN, 7: LEN };
var META_INFO = { 1: LEN, 2: LEN, 3: LEN, 4: LEN, 5: LEN, 6: LEN, 7: VARINT, 8: LEN };
var GRAPH_DEF = { 1: LEN, 2: LEN, 3: VARINT, 4: LEN, 5: LEN };
var NODE_DEF = { 1: LEN, 2: LEN, 3: LEN, 4: LEN, 5: LEN, 6: LEN, 7: LEN, 8: LEN };
var KERAS_META = { 1: LEN };
var KERAS_OBJECT = { 2: VARINT, 3: LEN, 4: LEN, 5: LEN, 6: LEN };
var FINGERPRINT = { 1: VARINT, 2: VARINT, 3: VARINT, 4: VARINT, 5: VARINT, 6: LEN };
var OP_NAME = /^[A-Za-z_][A-Za-z0-9_>]*$/;
var MAX_TOP_FIELDS2 = 4096;
async function walkTop(view, table2, visit) {
  const { head, size, src } = view;
  let pos = 0;
  for (let n = 0; pos < size && n < MAX_TOP_FIELDS2; n++) {
    const buf = pos + 24 <= head.length ? head.subarray(pos) : Buffer.from(await src.read(pos, 24));
    const t = varNum(buf, 0, buf.length);
    if (!t) return "mismatch";
    const no = Math.floor(t[0] / 8);
    const wt = t[0] % 8;
    if (table2[no] !== wt) return "mismatch";
    if (wt === VARINT) {
      const v = varBig(buf, t[1], buf.length);
      if (!v) return "mismatch";
      if (!visit({ no, wt, start: pos + t[1], len: v[1] - t[1], value: v[0] })) return "ok";
      pos += v[1];
      continue;
    }
    const l = varNum(buf, t[1], buf.length);
    if (!l) return "mismatch";
    const start = pos + l[1];
    if (!visit({ no, wt, start, len: l[0] })) return "ok";
    if (start + l[0] > size) return "truncated";
    pos = start + l[0];
  }
  return "ok";
}
function clip(view, f) {
  return Math.min(f.start + f.len, view.head.length);
}
async function looksLikeSavedModel(view) {
  if (view.size < 4) return false;
  let meta = false;
  let bad = false;
  const res = await walkTop(view, SAVED_MODEL, (f) => {
    if (f.no === 1 && (f.value ?? 0n) > 16n) bad = true;
    if (f.no === 2 && !meta) {
      meta = true;
      if (f.start < view.head.length) {
        const { fields } = scanPrefix(view.head, f.start, clip(view, f), META_GRAPH);
        if (fields.length === 0 && f.len > 0) bad = true;
        const info = fields.find((x2) => x2.no === 1);
        if (info && info.start < view.head.length && info.len > 0) {
          if (!startsLike(view.head, info.start, Math.min(info.start + info.len, view.head.length), META_INFO))
            bad = true;
        }
      }
    }
    return !bad;
  });
  return !bad && meta && res !== "mismatch";
}
function printable(b) {
  for (const c of b) if (c < 32 || c > 126) return false;
  return true;
}
async function looksLikeGraphDef(view) {
  if (view.size < 4) return false;
  const { head } = view;
  let firstNode;
  let nodes = 0;
  const res = await walkTop(view, GRAPH_DEF, (f) => {
    if (f.no !== 1) return true;
    nodes++;
    if (firstNode !== void 0 || f.start >= head.length) return true;
    const fields = readPrefix(head, f.start, clip(view, f), NODE_DEF);
    const name = fields?.find((x2) => x2.no === 1);
    const op = fields?.find((x2) => x2.no === 2);
    firstNode = !!name && !!op && name.len > 0 && op.len > 0 && op.start + op.len <= head.length && name.start + name.len <= head.length && OP_NAME.test(head.toString("latin1", op.start, op.start + op.len)) && printable(head.subarray(name.start, name.start + name.len));
    return firstNode;
  });
  if (res === "mismatch") return false;
  return nodes > 0 && firstNode === true;
}
async function looksLikeKerasMetadata(view) {
  const { head } = view;
  if (view.size < 8) return false;
  let verdict;
  const res = await walkTop(view, KERAS_META, (f) => {
    if (f.start >= head.length) return false;
    const fields = readPrefix(head, f.start, clip(view, f), KERAS_OBJECT);
    const id = fields?.find((x2) => x2.no === 4);
    verdict = !!id && id.start + id.len <= head.length && head.toString("latin1", id.start, id.start + id.len).startsWith("_tf_keras");
    return false;
  });
  return res !== "mismatch" && verdict === true;
}
async function looksLikeFingerprint(view) {
  if (view.size < 16 || view.size > 512) return false;
  let hashes = 0;
  let ok = true;
  const res = await walkTop(view, FINGERPRINT, (f) => {
    if (f.wt === VARINT && (f.value ?? 0n) >= 1n << 32n) hashes++;
    if (f.no === 6 && !prefixMatches(view.head, f.start, clip(view, f), { 1: VARINT, 2: VARINT, 3: VARINT })) ok = false;
    return ok;
  });
  return ok && res === "ok" && hashes >= 3;
}

// src/analyzers/tensorflow/graph.ts
var RAISE = {
  info: "info",
  low: "medium",
  medium: "high",
  high: "critical",
  critical: "critical"
};
var RANK2 = { info: 0, low: 1, medium: 2, high: 3, critical: 4 };
var maxSev = (a, b) => RANK2[a] >= RANK2[b] ? a : b;
var SAVER_FN = /_traced_save|_traced_restore|(?:^|_)save_fn(?:_|$)|(?:^|_)restore_fn(?:_|$)/;
var RESTORE_FN = /_traced_restore|(?:^|_)restore_fn(?:_|$)/;
var SAVER_SCOPE = /^save(?:_\d+)?\//;
function analyzeTfGraph(ctx, out, g, gc) {
  const fns = /* @__PURE__ */ new Map();
  for (const f of g.functions)
    if (!fns.has(f.name))
      fns.set(f.name, {
        kind: "function",
        name: f.name,
        nodes: f.nodes,
        byName: new Map(f.nodes.map((n) => [n.name, n]))
      });
  const graph = {
    kind: "graph",
    name: gc.label,
    nodes: g.nodes,
    byName: new Map(g.nodes.map((n) => [n.name, n]))
  };
  const callees = (n) => {
    const c = n.funcs.filter((f) => fns.has(f));
    if (fns.has(n.op)) c.push(n.op);
    return c;
  };
  const closure = (roots, fnRoots) => {
    const nodes = /* @__PURE__ */ new Map();
    const reached = /* @__PURE__ */ new Map();
    const fnQueue = [...fnRoots];
    const queue = roots.map(([n, via]) => [inputNode(n), via]);
    while (queue.length) {
      const [name, via] = queue.pop();
      if (nodes.has(name)) continue;
      const n = graph.byName.get(name);
      if (!n) continue;
      nodes.set(name, via);
      for (const i2 of n.inputs) queue.push([inputNode(i2), via]);
      for (const f of callees(n)) fnQueue.push([f, via]);
    }
    while (fnQueue.length) {
      const [f, via] = fnQueue.pop();
      if (reached.has(f)) continue;
      reached.set(f, via);
      for (const n of fns.get(f).nodes) for (const c of callees(n)) fnQueue.push([c, via]);
    }
    return { nodes, fns: reached };
  };
  const restoreFns = gc.savedModel ? [...fns.keys()].filter((f) => RESTORE_FN.test(f)).map((f) => [f, `restore function ${f}`]) : [];
  const load = closure(
    gc.loadRoots.map((r2) => [r2.name, r2.via]),
    restoreFns
  );
  const saver = closure(
    gc.saverRoots.map((r2) => [r2, "saver"]),
    [...fns.keys()].filter((f) => SAVER_FN.test(f)).map((f) => [f, "saver"])
  );
  const unknown = /* @__PURE__ */ new Map();
  const infos = /* @__PURE__ */ new Map();
  const ops = [];
  const visit = (c) => {
    for (const n of c.nodes) {
      ctx.checkDeadline(n.at);
      ops.push(n.op);
      const where = c.kind === "graph" ? `${gc.label} node ${JSON.stringify(n.name)}` : `${gc.label === "graph" ? "" : `${gc.label} `}function ${c.name} node ${JSON.stringify(n.name)}`;
      checkStrings(ctx, out, n, where);
      if (fns.has(n.op)) continue;
      const risk = DANGEROUS_TF_OPS.get(n.op);
      if (!risk) {
        if (!STOCK_TF_OPS.has(n.op)) {
          const u = unknown.get(n.op);
          if (u) u.count++;
          else unknown.set(n.op, { count: 1, where, at: n.at });
        }
        continue;
      }
      const inSaver = c.kind === "function" ? saver.fns.has(c.name) : saver.nodes.has(n.name) || SAVER_SCOPE.test(n.name);
      const atLoad = c.kind === "function" ? load.fns.has(c.name) : load.nodes.has(n.name);
      const { severity, notes } = assess(n, risk, c, inSaver);
      if (severity === "info") {
        const key = `${n.op}\0${risk.why}`;
        const i2 = infos.get(key);
        if (i2) i2.count++;
        else infos.set(key, { count: 1, where, at: n.at, why: inSaver ? `${risk.why}, inside the saver` : risk.why });
        continue;
      }
      const detail = `${n.op} ${risk.why}${notes.length ? ` (${notes.join("; ")})` : ""}`;
      if (atLoad) {
        const root = (c.kind === "function" ? load.fns.get(c.name) : load.nodes.get(n.name)) ?? "the init op";
        out.report("TF-002", `${where}: ${detail}; runs when the model is loaded (reachable from ${root})`, {
          severity: RAISE[severity],
          offset: n.at,
          evidence: n.op
        });
      } else out.report("TF-001", `${where}: ${detail}`, { severity, offset: n.at, evidence: n.op });
    }
  };
  visit(graph);
  for (const c of fns.values()) visit(c);
  for (const [op, u] of unknown) {
    const internal = op.startsWith("_");
    out.report(
      "TF-003",
      `${u.where}: op ${JSON.stringify(op)} is ${internal ? "a reserved internal op" : "not a stock TensorFlow op (needs a custom kernel library)"}${u.count > 1 ? ` (${u.count}\xD7)` : ""}`,
      { offset: u.at, evidence: op.slice(0, 100) }
    );
  }
  for (const [key, i2] of infos)
    out.report("TF-001", `${i2.where}: ${key.split("\0")[0]} ${i2.why}${i2.count > 1 ? ` (${i2.count}\xD7)` : ""}`, {
      severity: "info",
      offset: i2.at,
      evidence: key.split("\0")[0]
    });
  return ops.sort().join(",");
}
function assess(n, risk, c, inSaver) {
  let severity = risk.severity;
  const notes = [];
  const attr = (name) => n.strings.filter((s) => s.attr === name).map((s) => s.value);
  if (risk.cls === "saver") severity = inSaver ? "info" : "high";
  if (risk.cls === "debug") {
    const urls = attr("debug_urls").filter(Boolean);
    if (urls.length) {
      severity = "high";
      notes.push(`debug_urls ${urls.slice(0, 3).join(", ")}`);
    }
  }
  if (n.op === "ImmutableConst") notes.push(`memory_region_name ${JSON.stringify(attr("memory_region_name")[0] ?? "")}`);
  if (n.op === "PrintV2") {
    const stream = attr("output_stream")[0] ?? "";
    if (stream.startsWith("file://")) {
      severity = "medium";
      notes.push(`writes to ${stream}`);
    }
  }
  if (n.op === "DecodeProtoV2" || n.op === "EncodeProto") {
    const src = attr("descriptor_source")[0] ?? "local://";
    if (src !== "local://" && !src.startsWith("bytes://")) {
      severity = "medium";
      notes.push(`descriptor_source ${JSON.stringify(src)}`);
    }
  }
  if (risk.pathInput !== void 0) {
    const input = n.inputs[risk.pathInput];
    const src = input !== void 0 ? c.byName.get(inputNode(input)) : void 0;
    const path2 = src?.op === "Const" ? src.strings.find((s) => s.attr === "value tensor")?.value : void 0;
    if (path2 !== void 0) {
      const kind = hostPathKind(path2);
      notes.push(`path constant ${JSON.stringify(path2.slice(0, 120))}${kind ? ` (${kind})` : ""}`);
      if (kind) severity = maxSev(severity, "high");
    }
  }
  return { severity, notes };
}
function checkStrings(ctx, out, n, where) {
  for (const s of n.strings) {
    if (s.value.length === 0) continue;
    const kind = hostPathKind(s.value);
    if (kind)
      out.report("TF-004", `${where}: ${s.attr} is ${kind}: ${JSON.stringify(s.value.slice(0, 160))}`, {
        offset: s.at,
        evidence: s.value.slice(0, 120)
      });
    for (const h of sniffText(s.value, { allowUrls: true, totalLength: s.len }).slice(0, 1))
      out.report("TF-004", `${where}: ${s.attr}: ${h.detail}`, {
        severity: h.severity,
        offset: s.at,
        evidence: h.evidence
      });
    reportSecrets(ctx, s.value, `${where} ${s.attr}`, s.at);
  }
}

// src/analyzers/tensorflow/savedmodel.ts
var MAX_PROTOBUF2 = 2147483647;
function tfReporter(ctx) {
  const out = new CappedReporter(ctx);
  const seen = /* @__PURE__ */ new Set();
  const walker = new TfWalker({
    wrongWire(msg, f, want) {
      const key = `${msg}.${f.no}`;
      if (seen.has(key)) return;
      seen.add(key);
      out.report(
        "TF-008",
        `${msg} field ${f.no} has wire type ${wireName(f.wt)} instead of ${wireName(want)}; TensorFlow skips it as unknown`,
        { offset: f.at }
      );
    }
  });
  return { out, walker };
}
function readerFor(src, ctx) {
  let ticks = 0;
  return ProtoReader.root(src, {
    maxDepth: ctx.limits.maxNesting,
    tick: (off) => {
      if ((++ticks & 65535) === 0) ctx.checkDeadline(off);
    }
  });
}
function kerasJson(ctx, text, where, offset) {
  let parsed;
  try {
    parsed = parseJson(text, { maxDepth: ctx.limits.maxNesting });
  } catch (e) {
    const msg = e instanceof JsonError ? e.message : String(e);
    ctx.notAnalysed(`Keras metadata in ${where} is not valid JSON (${msg})`, offset);
    return;
  }
  walkKerasConfig(toPlain(parsed.value), ctx, where);
}
async function analyzeSavedModel(src, ctx) {
  const { out, walker } = tfReporter(ctx);
  try {
    if (src.size > MAX_PROTOBUF2)
      out.report("TF-008", `saved_model.pb is ${src.size} bytes, over the 2 GiB protobuf limit`);
    const sm = await walker.savedModel(readerFor(src, ctx));
    const signatures = [];
    for (const mg of sm.metaGraphs) {
      const label = sm.metaGraphs.length > 1 ? `meta_graph[${mg.index}]` : "graph";
      signatures.push(
        analyzeTfGraph(ctx, out, mg.graph, {
          label,
          loadRoots: mg.initTargets,
          saverRoots: [mg.saverRestoreOp, mg.saverSaveTensor].filter((x2) => !!x2),
          savedModel: true
        })
      );
      for (const a of mg.assets) {
        const problem = escapeProblem(a.filename);
        if (problem) {
          out.report("TF-005", `asset_file_def filename ${JSON.stringify(a.filename.slice(0, 200))}: ${problem}`, {
            offset: a.at,
            evidence: a.filename.slice(0, 120)
          });
          continue;
        }
        const nb = ctx.run.neighbours;
        if (nb && ctx.member === void 0) {
          const st = await nb.stat(`assets/${normaliseRelative(a.filename)}`);
          if (st.isSymlink || st.exists && !st.insideRoot)
            out.report(
              "TF-005",
              `asset ${JSON.stringify(a.filename)} is a link or resolves outside the SavedModel folder`,
              {
                offset: a.at,
                evidence: a.filename
              }
            );
          else if (!st.exists)
            out.report("TF-005", `asset ${JSON.stringify(a.filename)} is not in assets/ next to saved_model.pb`, {
              severity: "low",
              offset: a.at,
              evidence: a.filename
            });
        }
      }
      for (const uo of mg.userObjects)
        if (uo.identifier.startsWith("_tf_keras"))
          kerasJson(ctx, uo.metadata, `SavedModel object ${uo.identifier}`, uo.at);
    }
    if (new Set(signatures).size > 1) {
      const tags = sm.metaGraphs.map((m) => `[${m.tags.join(",")}]`).join(" vs ");
      out.report("TF-007", `the SavedModel's MetaGraphs use different ops per tag set (${tags})`);
    }
  } finally {
    out.flush();
  }
}
async function analyzeKerasMetadata(src, ctx) {
  const r2 = readerFor(src, ctx);
  let i2 = 0;
  for (let f = await r2.next(); f; f = await r2.next()) {
    if (f.no !== 1 || f.wt !== LEN) continue;
    const o = r2.sub(f);
    let path2 = "";
    let id = "";
    let meta;
    for (let g = await o.next(); g; g = await o.next()) {
      if (g.wt !== LEN) continue;
      if (g.no === 3) path2 = await o.string(g, 1024);
      else if (g.no === 4) id = await o.string(g, 1024);
      else if (g.no === 5) meta = g;
    }
    i2++;
    if (!meta || !id.startsWith("_tf_keras")) continue;
    if (meta.len > ctx.limits.maxHeaderBytes) {
      ctx.report("GEN-007", `Not analysed: Keras metadata of ${path2 || id} is ${meta.len} bytes`, { offset: meta.at });
      continue;
    }
    kerasJson(ctx, (await o.bytes(meta)).toString("utf8"), `keras_metadata.pb ${path2 || `node ${i2 - 1}`}`, meta.at);
  }
}
var kinds = /* @__PURE__ */ new WeakMap();
var analyzer13 = {
  id: "savedmodel",
  async detect(view) {
    const kind = await looksLikeSavedModel(view) ? "savedmodel" : await looksLikeKerasMetadata(view) ? "keras-metadata" : await looksLikeFingerprint(view) ? "fingerprint" : void 0;
    if (kind) kinds.set(view.src, kind);
    return kind !== void 0;
  },
  async analyze(src, ctx) {
    ctx.setFormat("savedmodel");
    const kind = kinds.get(src) ?? "savedmodel";
    if (kind === "keras-metadata") return analyzeKerasMetadata(src, ctx);
    if (kind === "fingerprint") return;
    return analyzeSavedModel(src, ctx);
  }
};

// src/analyzers/tensorflow/graphdef.ts
var analyzer14 = {
  id: "tf-graphdef",
  detect: (view) => looksLikeGraphDef(view),
  async analyze(src, ctx) {
    ctx.setFormat("tf-graphdef");
    const { out, walker } = tfReporter(ctx);
    const g = { nodes: [], functions: [], gradients: [] };
    try {
      if (src.size > MAX_PROTOBUF2)
        out.report("TF-008", `the GraphDef is ${src.size} bytes, over the 2 GiB protobuf limit`);
      await walker.graphDef(readerFor(src, ctx), g);
    } finally {
      analyzeTfGraph(ctx, out, g, { label: "graph", loadRoots: [], saverRoots: [], savedModel: false });
      out.flush();
    }
  }
};

// src/policy/data/allow.ts
var TORCH_DTYPES = [
  "float64",
  "float32",
  "float16",
  "bfloat16",
  "int64",
  "int32",
  "int16",
  "int8",
  "uint8",
  "uint16",
  "uint32",
  "uint64",
  "bool",
  "complex128",
  "complex64",
  "complex32",
  "qint8",
  "quint8",
  "qint32",
  "quint4x2",
  "quint2x4",
  "float8_e5m2",
  "float8_e4m3fn",
  "float8_e5m2fnuz",
  "float8_e4m3fnuz",
  "float8_e8m0fnu",
  "float4_e2m1fn_x2",
  "bits8",
  "bits16",
  "bits1x8",
  "bits2x4",
  "bits4x2",
  ...[1, 2, 3, 4, 5, 6, 7].flatMap((n) => [`uint${n}`, `int${n}`])
];
var TENSOR_TYPES = ["Double", "Float", "Half", "BFloat16", "Long", "Int", "Short", "Char", "Byte", "Bool"];
var STORAGE_TYPES = [
  ...TENSOR_TYPES,
  "ComplexDouble",
  "ComplexFloat",
  "QInt8",
  "QInt32",
  "QUInt8",
  "QUInt4x2",
  "QUInt2x4"
];
var QSCHEMES = [
  "per_tensor_affine",
  "per_tensor_symmetric",
  "per_channel_affine",
  "per_channel_symmetric",
  "per_channel_affine_float_qparams"
];
var REBUILD = [
  "_rebuild_parameter",
  "_rebuild_parameter_with_state",
  "_rebuild_qtensor",
  "_rebuild_tensor",
  "_rebuild_tensor_v2",
  "_rebuild_tensor_v3",
  "_rebuild_sparse_tensor",
  "_rebuild_sparse_csr_tensor",
  "_rebuild_meta_tensor_no_storage",
  "_rebuild_wrapper_subclass",
  "_rebuild_device_tensor_from_numpy",
  "_rebuild_device_tensor_from_cpu_tensor",
  "_rebuild_nested_tensor"
].map((f) => `torch._utils.${f}`);
var TORCH_WEIGHTS_ONLY = /* @__PURE__ */ new Set([
  "collections.OrderedDict",
  "collections.Counter",
  "torch.nn.parameter.Parameter",
  "torch.serialization._get_layout",
  "torch.Size",
  "torch.Tensor",
  "torch.device",
  "_codecs.encode",
  "builtins.bytearray",
  "builtins.set",
  "builtins.complex",
  ...TORCH_DTYPES.map((d) => `torch.${d}`),
  ...TENSOR_TYPES.flatMap((t) => [
    `torch.${t}Tensor`,
    `torch.cuda.${t}Tensor`,
    ...t === "Bool" ? [] : [`torch.sparse.${t}Tensor`, `torch.cuda.sparse.${t}Tensor`]
  ]),
  ...STORAGE_TYPES.flatMap((t) => [`torch.${t}Storage`, `torch.cuda.${t}Storage`]),
  "torch.storage.TypedStorage",
  "torch.storage.UntypedStorage",
  ...QSCHEMES.map((q) => `torch.${q}`),
  ...REBUILD,
  "torch._tensor._rebuild_from_type_v2"
]);
var TORCH_REBUILD_FUNCTIONS = /* @__PURE__ */ new Set([...REBUILD, "torch._tensor._rebuild_from_type_v2"]);
var TORCHSCRIPT_GLOBALS = /* @__PURE__ */ new Set([
  "__main__.TensorID",
  "__main__.IntList",
  "torch.jit._pickle.build_tensor_from_id",
  "torch.jit._pickle.restore_type_tag",
  "torch.jit._pickle.build_intlist",
  "torch.jit._pickle.build_tensorlist",
  "torch.jit._pickle.build_doublelist",
  "torch.jit._pickle.build_boollist",
  "torch._utils._rebuild_tensor_v2",
  "torch._utils._rebuild_qtensor",
  "builtins.complex",
  "collections.OrderedDict",
  "torch.device",
  ...STORAGE_TYPES.map((t) => `torch.${t}Storage`),
  ...QSCHEMES.map((q) => `torch.${q}`)
]);
var TORCHSCRIPT_PREFIXES = ["__torch__."];
var NUMPY = [
  // arrays, scalars, dtypes (numpy 1.x `numpy.core`, 2.x `numpy._core`)
  ...["numpy.core", "numpy._core"].flatMap((c) => [
    `${c}.multiarray._reconstruct`,
    `${c}.multiarray.scalar`,
    `${c}.numeric._frombuffer`
  ]),
  "numpy.ndarray",
  "numpy.dtype",
  "numpy.ma.core._mareconstruct",
  "numpy.ma.core.MaskedArray",
  "numpy.matrixlib.defmatrix.matrix",
  // random generators (§2.5c)
  "numpy.random._pickle.__randomstate_ctor",
  "numpy.random._pickle.__bit_generator_ctor",
  "numpy.random._pickle.__generator_ctor",
  "numpy.random._mt19937.MT19937",
  "numpy.random._pcg64.PCG64",
  "numpy.random._pcg64.PCG64DXSM",
  "numpy.random._philox.Philox",
  "numpy.random._sfc64.SFC64",
  "numpy.random.mtrand.RandomState",
  "numpy.random._generator.Generator",
  "numpy.random.bit_generator.SeedSequence",
  "numpy.random.bit_generator.__pyx_unpickle_SeedSequence"
];
var STDLIB_DATA = [
  "collections.OrderedDict",
  "collections.defaultdict",
  "collections.Counter",
  "collections.deque",
  "collections.UserDict",
  "collections.UserList",
  "collections.UserString",
  ...[
    "set",
    "frozenset",
    "complex",
    "bytearray",
    "bytes",
    "bool",
    "slice",
    "range",
    "int",
    "float",
    "str",
    "list",
    "tuple",
    "dict",
    "object",
    "Ellipsis",
    "NotImplemented"
  ].map((n) => `builtins.${n}`),
  "copyreg._reconstructor",
  "_codecs.encode",
  "decimal.Decimal",
  "fractions.Fraction",
  "uuid.UUID",
  "types.SimpleNamespace",
  "pathlib.Path",
  "pathlib.PosixPath",
  "pathlib.WindowsPath",
  "pathlib.PurePath",
  "pathlib.PurePosixPath",
  "pathlib.PureWindowsPath",
  "argparse.Namespace",
  "_io.BytesIO",
  "io.BytesIO"
];
var SKLEARN_JOBLIB_SCIPY = [
  "joblib.numpy_pickle.NumpyArrayWrapper",
  "joblib.numpy_pickle.NDArrayWrapper",
  "joblib.numpy_pickle.ZNDArrayWrapper",
  "joblib.numpy_pickle_compat.NDArrayWrapper",
  "joblib.numpy_pickle_compat.ZNDArrayWrapper",
  "sklearn.externals.joblib.numpy_pickle.NumpyArrayWrapper",
  ...["csr", "csc", "coo", "lil", "dok", "bsr", "dia"].flatMap((f) => [
    `scipy.sparse._${f}.${f}_matrix`,
    `scipy.sparse._${f}.${f}_array`,
    `scipy.sparse.${f}.${f}_matrix`
  ])
];
var HF_TRAINING = [
  "transformers.training_args.TrainingArguments",
  "transformers.training_args.OptimizerNames",
  "transformers.training_args_seq2seq.Seq2SeqTrainingArguments",
  "transformers.trainer_utils.IntervalStrategy",
  "transformers.trainer_utils.SchedulerType",
  "transformers.trainer_utils.HubStrategy",
  "transformers.trainer_utils.EvaluationStrategy",
  "transformers.trainer_utils.FSDPOption",
  "transformers.trainer_utils.SaveStrategy",
  "transformers.trainer_utils.ShardedDDPOption",
  "transformers.debug_utils.DebugOption",
  "accelerate.state.PartialState",
  "accelerate.utils.dataclasses.DistributedType",
  "accelerate.utils.dataclasses.DeepSpeedPlugin"
];
var GENERIC_ALLOW = /* @__PURE__ */ new Set([
  ...TORCH_WEIGHTS_ONLY,
  ...NUMPY,
  ...STDLIB_DATA,
  ...SKLEARN_JOBLIB_SCIPY,
  ...HF_TRAINING
]);
var GENERIC_ALLOW_MODULES = /* @__PURE__ */ new Set(["datetime"]);
var CLASS_PACKAGES = ["sklearn"];
var PYX_UNPICKLE_ROOTS = ["sklearn", "numpy", "scipy"];

// src/analyzers/pickle/opcodes.ts
var T2 = [
  ["(", 40, "MARK", 0, 0 /* None */],
  [".", 46, "STOP", 0, 0 /* None */],
  ["0", 48, "POP", 0, 0 /* None */],
  ["1", 49, "POP_MARK", 1, 0 /* None */],
  ["2", 50, "DUP", 0, 0 /* None */],
  ["F", 70, "FLOAT", 0, 7 /* Line */],
  ["I", 73, "INT", 0, 7 /* Line */],
  ["J", 74, "BININT", 1, 4 /* I4 */],
  ["K", 75, "BININT1", 1, 1 /* U1 */],
  ["L", 76, "LONG", 0, 7 /* Line */],
  ["M", 77, "BININT2", 1, 2 /* U2 */],
  ["N", 78, "NONE", 0, 0 /* None */],
  ["P", 80, "PERSID", 0, 7 /* Line */],
  ["Q", 81, "BINPERSID", 1, 0 /* None */],
  ["R", 82, "REDUCE", 0, 0 /* None */],
  ["S", 83, "STRING", 0, 7 /* Line */],
  ["T", 84, "BINSTRING", 1, 10 /* CountedI4 */],
  ["U", 85, "SHORT_BINSTRING", 1, 9 /* Counted1 */],
  ["V", 86, "UNICODE", 0, 7 /* Line */],
  ["X", 88, "BINUNICODE", 1, 11 /* Counted4 */],
  ["a", 97, "APPEND", 0, 0 /* None */],
  ["b", 98, "BUILD", 0, 0 /* None */],
  ["c", 99, "GLOBAL", 0, 8 /* Line2 */],
  ["d", 100, "DICT", 0, 0 /* None */],
  ["}", 125, "EMPTY_DICT", 1, 0 /* None */],
  ["e", 101, "APPENDS", 1, 0 /* None */],
  ["g", 103, "GET", 0, 7 /* Line */],
  ["h", 104, "BINGET", 1, 1 /* U1 */],
  ["i", 105, "INST", 0, 8 /* Line2 */],
  ["j", 106, "LONG_BINGET", 1, 3 /* U4 */],
  ["l", 108, "LIST", 0, 0 /* None */],
  ["]", 93, "EMPTY_LIST", 1, 0 /* None */],
  ["o", 111, "OBJ", 1, 0 /* None */],
  ["p", 112, "PUT", 0, 7 /* Line */],
  ["q", 113, "BINPUT", 1, 1 /* U1 */],
  ["r", 114, "LONG_BINPUT", 1, 3 /* U4 */],
  ["s", 115, "SETITEM", 0, 0 /* None */],
  ["t", 116, "TUPLE", 0, 0 /* None */],
  [")", 41, "EMPTY_TUPLE", 1, 0 /* None */],
  ["u", 117, "SETITEMS", 1, 0 /* None */],
  ["G", 71, "BINFLOAT", 1, 6 /* F8 */],
  ["", 128, "PROTO", 2, 1 /* U1 */],
  ["", 129, "NEWOBJ", 2, 0 /* None */],
  ["", 130, "EXT1", 2, 1 /* U1 */],
  ["", 131, "EXT2", 2, 2 /* U2 */],
  ["", 132, "EXT4", 2, 4 /* I4 */],
  ["", 133, "TUPLE1", 2, 0 /* None */],
  ["", 134, "TUPLE2", 2, 0 /* None */],
  ["", 135, "TUPLE3", 2, 0 /* None */],
  ["", 136, "NEWTRUE", 2, 0 /* None */],
  ["", 137, "NEWFALSE", 2, 0 /* None */],
  ["", 138, "LONG1", 2, 9 /* Counted1 */],
  ["", 139, "LONG4", 2, 10 /* CountedI4 */],
  ["B", 66, "BINBYTES", 3, 11 /* Counted4 */],
  ["C", 67, "SHORT_BINBYTES", 3, 9 /* Counted1 */],
  ["", 140, "SHORT_BINUNICODE", 4, 9 /* Counted1 */],
  ["", 141, "BINUNICODE8", 4, 12 /* Counted8 */],
  ["", 142, "BINBYTES8", 4, 12 /* Counted8 */],
  ["", 143, "EMPTY_SET", 4, 0 /* None */],
  ["", 144, "ADDITEMS", 4, 0 /* None */],
  ["", 145, "FROZENSET", 4, 0 /* None */],
  ["", 146, "NEWOBJ_EX", 4, 0 /* None */],
  ["", 147, "STACK_GLOBAL", 4, 0 /* None */],
  ["", 148, "MEMOIZE", 4, 0 /* None */],
  ["", 149, "FRAME", 4, 5 /* U8 */],
  ["", 150, "BYTEARRAY8", 5, 12 /* Counted8 */],
  ["", 151, "NEXT_BUFFER", 5, 0 /* None */],
  ["", 152, "READONLY_BUFFER", 5, 0 /* None */]
];
var OPS = (() => {
  const a = new Array(256).fill(void 0);
  for (const [, code, name, proto, arg] of T2) a[code] = { code, name, proto, arg };
  return a;
})();
var OPCODE_COUNT = T2.length;
function opName(code) {
  return OPS[code]?.name ?? `0x${code.toString(16).padStart(2, "0")}`;
}
var WEIGHTS_ONLY_OPS = new Set(
  [
    "APPEND",
    "APPENDS",
    "BINFLOAT",
    "BINGET",
    "BININT",
    "BININT1",
    "BININT2",
    "BINPERSID",
    "BINPUT",
    "BINUNICODE",
    "BUILD",
    "EMPTY_DICT",
    "EMPTY_LIST",
    "EMPTY_SET",
    "EMPTY_TUPLE",
    "GLOBAL",
    "LONG1",
    "LONG_BINGET",
    "LONG_BINPUT",
    "MARK",
    "NEWFALSE",
    "NEWOBJ",
    "NEWTRUE",
    "NONE",
    "PROTO",
    "REDUCE",
    "SETITEM",
    "SETITEMS",
    "SHORT_BINSTRING",
    "STOP",
    "TUPLE",
    "TUPLE1",
    "TUPLE2",
    "TUPLE3"
  ].map((n) => T2.find((t) => t[2] === n)[1])
);

// src/analyzers/pickle/values.ts
var K_FLOAT = 1;
var K_BYTES = 2;
var K_STRREF = 3;
var K_TUPLE = 4;
var K_LIST = 5;
var K_DICT = 6;
var K_SET = 7;
var K_FROZENSET = 8;
var K_GLOBAL = 9;
var K_CALL = 10;
var K_PERSID = 11;
var K_OPAQUE = 12;
var KEEP_ITEMS = 64;
var FloatVal = class {
  k = K_FLOAT;
};
var FLOAT = new FloatVal();
var BytesVal = class {
  constructor(offset, length, mutable) {
    this.offset = offset;
    this.length = length;
    this.mutable = mutable;
  }
  offset;
  length;
  mutable;
  k = K_BYTES;
  /** Already handed to the nested-content analysis. */
  analysed = false;
};
var StrRef = class {
  constructor(offset, length, encoding) {
    this.offset = offset;
    this.length = length;
    this.encoding = encoding;
  }
  offset;
  length;
  encoding;
  k = K_STRREF;
};
var TupleVal = class {
  /** `n` is the true length; items holds the first KEEP_ITEMS (n = -1: length unknown, items dropped). */
  constructor(items, n) {
    this.items = items;
    this.n = n;
  }
  items;
  n;
  k = K_TUPLE;
};
var OPAQUE_TUPLE = new TupleVal([], -1);
var EMPTY_TUPLE = new TupleVal([], 0);
var ContainerVal = class {
  constructor(k) {
    this.k = k;
  }
  k;
  n = 0;
  items = [];
  add(v) {
    if (this.items.length < KEEP_ITEMS) this.items.push(v);
    this.n++;
  }
  addPair(key, v) {
    if (this.items.length < KEEP_ITEMS * 2) this.items.push(key, v);
    this.n++;
  }
  /** Literal-keyed lookup in a dict's kept items. */
  get(key) {
    for (let i2 = this.items.length - 2; i2 >= 0; i2 -= 2) if (this.items[i2] === key) return this.items[i2 + 1];
    return void 0;
  }
};
var GlobalVal = class {
  constructor(name, module, verdict, offset) {
    this.name = name;
    this.module = module;
    this.verdict = verdict;
    this.offset = offset;
  }
  name;
  module;
  verdict;
  offset;
  k = K_GLOBAL;
};
var F_DUP = 1;
var F_MEMO = 2;
var CallVal = class {
  constructor(op, callee, args, offset, kwargs) {
    this.op = op;
    this.callee = callee;
    this.args = args;
    this.offset = offset;
    this.kwargs = kwargs;
  }
  op;
  callee;
  args;
  offset;
  kwargs;
  k = K_CALL;
  flags = 0;
  /** Items added by SETITEM(S)/APPEND(S) (dict-like objects such as OrderedDict). */
  items;
  /** What BUILD gave it. */
  state;
};
var PersVal = class {
  constructor(pid, offset) {
    this.pid = pid;
    this.offset = offset;
  }
  pid;
  offset;
  k = K_PERSID;
};
var OpaqueVal = class {
  constructor(what) {
    this.what = what;
  }
  what;
  k = K_OPAQUE;
};
var UNKNOWN = new OpaqueVal("unknown");
var BIG_INT = new OpaqueVal("int");
var BUFFER = new OpaqueVal("out-of-band buffer");
function kindOf(v) {
  return typeof v === "object" && v !== null ? v.k : 0;
}
function classOf(v) {
  if (kindOf(v) !== K_CALL) return void 0;
  const c = v;
  if (kindOf(c.callee) !== K_GLOBAL) return void 0;
  const g = c.callee;
  if (g.name === "copyreg._reconstructor" && kindOf(c.args) === K_TUPLE) {
    const first = c.args.items[0];
    return first !== void 0 && kindOf(first) === K_GLOBAL ? first : void 0;
  }
  return g;
}
function calleeName(c) {
  return kindOf(c.callee) === K_GLOBAL ? c.callee.name : void 0;
}
function seqItems(v) {
  const k = kindOf(v);
  if (k === K_TUPLE) return v.n >= 0 ? v.items : void 0;
  if (k === K_LIST) return v.items;
  return void 0;
}
function toLiteral(v, depth = 0) {
  if (v === null || typeof v !== "object") return v;
  if (depth > 6) return { unknown: "nested too deep" };
  switch (v.k) {
    case K_FLOAT:
      return { unknown: "float" };
    case K_BYTES:
      return { bytes: v.length, offset: v.offset };
    case K_STRREF:
      return { unknown: `str of ${v.length} bytes` };
    case K_TUPLE: {
      const t = v;
      return t.n < 0 ? { unknown: "tuple" } : t.items.map((x2) => toLiteral(x2, depth + 1));
    }
    case K_LIST:
    case K_SET:
    case K_FROZENSET:
      return v.items.map((x2) => toLiteral(x2, depth + 1));
    case K_DICT: {
      const it = v.items;
      const pairs = [];
      for (let i2 = 0; i2 + 1 < it.length; i2 += 2)
        pairs.push([toLiteral(it[i2], depth + 1), toLiteral(it[i2 + 1], depth + 1)]);
      return { dict: pairs };
    }
    case K_GLOBAL:
      return { global: v.name };
    case K_CALL: {
      const c = v;
      return { call: calleeName(c) ?? "<computed>", args: toLiteral(c.args, depth + 1) };
    }
    case K_PERSID:
      return { persid: toLiteral(v.pid, depth + 1) };
    default:
      return { unknown: v.what ?? "value" };
  }
}
function reprStr(s, max3) {
  const body = s.length > max3 ? `${s.slice(0, max3)}\u2026` : s;
  return `'${body.replace(/\\/g, "\\\\").replace(/'/g, "\\'").replace(/\n/g, "\\n").replace(/\r/g, "\\r")}'`;
}
function render(v, budget = 200, depth = 0) {
  let s;
  if (v === null) s = "None";
  else if (typeof v === "boolean") s = v ? "True" : "False";
  else if (typeof v === "number" || typeof v === "bigint") s = String(v);
  else if (typeof v === "string") s = reprStr(v, 160);
  else if (depth > 4) s = "\u2026";
  else
    switch (v.k) {
      case K_FLOAT:
        s = "<float>";
        break;
      case K_BYTES:
        s = `<${v.length} bytes>`;
        break;
      case K_STRREF:
        s = `<str of ${v.length} bytes>`;
        break;
      case K_TUPLE: {
        const t = v;
        if (t.n < 0) s = "(\u2026)";
        else {
          const inner = t.items.map((x2) => render(x2, budget, depth + 1));
          s = `(${inner.join(", ")}${t.n === 1 ? "," : ""}${t.n > t.items.length ? ", \u2026" : ""})`;
        }
        break;
      }
      case K_LIST:
      case K_SET:
      case K_FROZENSET: {
        const c = v;
        const inner = c.items.map((x2) => render(x2, budget, depth + 1)).join(", ");
        const more = c.n > c.items.length ? ", \u2026" : "";
        s = v.k === K_LIST ? `[${inner}${more}]` : `{${inner}${more}}`;
        break;
      }
      case K_DICT: {
        const it = v.items;
        const parts = [];
        for (let i2 = 0; i2 + 1 < it.length; i2 += 2)
          parts.push(`${render(it[i2], budget, depth + 1)}: ${render(it[i2 + 1], budget, depth + 1)}`);
        s = `{${parts.join(", ")}}`;
        break;
      }
      case K_GLOBAL:
        s = v.name;
        break;
      case K_CALL: {
        const c = v;
        s = `${render(c.callee, budget, depth + 1)}${renderArgs(c.args, budget, depth + 1)}`;
        break;
      }
      case K_PERSID:
        s = `persistent_load(${render(v.pid, budget, depth + 1)})`;
        break;
      default:
        s = `<${v.what ?? "value"}>`;
    }
  return s.length > budget ? `${s.slice(0, budget)}\u2026` : s;
}
function renderArgs(args, budget = 200, depth = 0) {
  if (kindOf(args) === K_TUPLE && args.n >= 0) {
    const t = args;
    return `(${t.items.map((x2) => render(x2, budget, depth)).join(", ")}${t.n > t.items.length ? ", \u2026" : ""})`;
  }
  return `(*${render(args, budget, depth)})`;
}

// src/analyzers/pickle/memo.ts
var IN_MAP = 1;
var NONE = 2;
var TRUE = 3;
var FALSE = 4;
var FLT = 5;
var DULL_TUPLE = 6;
var EMPTY = 7;
var DENSE_MAX = 1 << 27;
var SOFT_KEEP = 1 << 16;
function plainTuple(t) {
  if (t.n < 0) return true;
  const items = t.items;
  for (let i2 = 0; i2 < items.length; i2++) {
    const v = items[i2];
    if (!(v === null || typeof v === "number" || typeof v === "boolean" || v === FLOAT)) return false;
  }
  return true;
}
var Memo = class _Memo {
  constructor(maxKept) {
    this.maxKept = maxKept;
  }
  maxKept;
  kinds = new Uint8Array(1024);
  objs = /* @__PURE__ */ new Map();
  /** Number of distinct keys (MEMOIZE stores at this index). */
  size = 0;
  /** Keys stored outside the dense range (rare: only crafted pickles use huge memo keys). */
  sparse = 0;
  has(key) {
    if (key < this.kinds.length && this.kinds[key] !== 0) return true;
    return (this.sparse > 0 || key >= this.kinds.length) && this.objs.has(key);
  }
  /** The stored value, or undefined when the key was never stored. */
  get(key) {
    if (key < this.kinds.length) {
      switch (this.kinds[key]) {
        case 0:
          break;
        case IN_MAP:
          return this.objs.get(key);
        case NONE:
          return null;
        case TRUE:
          return true;
        case FALSE:
          return false;
        case FLT:
          return FLOAT;
        case DULL_TUPLE:
          return OPAQUE_TUPLE;
        case EMPTY:
          return EMPTY_TUPLE;
      }
    }
    return this.objs.get(key);
  }
  set(key, v, offset) {
    const kinds2 = this.kinds;
    if (key >= kinds2.length && !(key < DENSE_MAX && key < kinds2.length * 2 + 65536)) {
      if (!this.objs.has(key)) {
        this.sparse++;
        this.size++;
      }
      this.keep(key, v, offset);
      return;
    }
    if (key >= kinds2.length) this.grow(key);
    const prev = this.kinds[key];
    if (prev === 0 && !(this.sparse > 0 && this.objs.has(key))) this.size++;
    let code = IN_MAP;
    if (v === null) code = NONE;
    else if (v === true) code = TRUE;
    else if (v === false) code = FALSE;
    else if (typeof v === "object") {
      if (v.k === K_FLOAT) code = FLT;
      else if (v === EMPTY_TUPLE) code = EMPTY;
      else if (v.k === K_TUPLE && this.objs.size >= SOFT_KEEP && plainTuple(v)) code = DULL_TUPLE;
    }
    if (code === IN_MAP) this.keep(key, v, offset);
    else if (prev === IN_MAP || this.sparse > 0) this.objs.delete(key);
    this.kinds[key] = code;
  }
  grow(key) {
    let n = this.kinds.length;
    while (n <= key) n *= 2;
    const k = new Uint8Array(Math.min(n, DENSE_MAX));
    k.set(this.kinds);
    this.kinds = k;
  }
  keep(key, v, offset) {
    if (!this.objs.has(key) && this.objs.size >= this.maxKept)
      throw new LimitExceeded("maxMemo", `more than ${this.maxKept} pickle memo entries`, offset);
    this.objs.set(key, v);
  }
  clone() {
    const m = new _Memo(this.maxKept);
    m.kinds = this.kinds.slice();
    m.objs = new Map(this.objs);
    m.size = this.size;
    m.sparse = this.sparse;
    return m;
  }
};

// src/analyzers/pickle/cut-source.ts
var CutSource = class {
  constructor(parent, cut, resume) {
    this.parent = parent;
    this.cut = cut;
    this.resume = resume;
    this.size = parent.size - (resume - cut);
  }
  parent;
  cut;
  resume;
  size;
  /** Offset in the parent of virtual offset `o`. */
  toParent(o) {
    return o < this.cut ? o : o + (this.resume - this.cut);
  }
  async read(offset, length) {
    const o = Math.max(0, Math.min(offset, this.size));
    const len = Math.max(0, Math.min(length, this.size - o));
    if (o + len <= this.cut) return this.parent.read(o, len);
    if (o >= this.cut) return this.parent.read(o + this.resume - this.cut, len);
    const a = Buffer.from(await this.parent.read(o, this.cut - o));
    const b = await this.parent.read(this.resume, len - a.length);
    return Buffer.concat([a, b]);
  }
};

// src/policy/data/compat-pickle.ts
var NAME_MAPPING = /* @__PURE__ */ new Map([
  ["UserDict IterableUserDict", ["collections", "UserDict"]],
  ["UserDict UserDict", ["collections", "UserDict"]],
  ["UserList UserList", ["collections", "UserList"]],
  ["UserString UserString", ["collections", "UserString"]],
  ["__builtin__ basestring", ["builtins", "str"]],
  ["__builtin__ intern", ["sys", "intern"]],
  ["__builtin__ long", ["builtins", "int"]],
  ["__builtin__ reduce", ["functools", "reduce"]],
  ["__builtin__ unichr", ["builtins", "chr"]],
  ["__builtin__ unicode", ["builtins", "str"]],
  ["__builtin__ xrange", ["builtins", "range"]],
  ["_multiprocessing Connection", ["multiprocessing.connection", "Connection"]],
  ["_socket fromfd", ["socket", "fromfd"]],
  ["exceptions ArithmeticError", ["builtins", "ArithmeticError"]],
  ["exceptions AssertionError", ["builtins", "AssertionError"]],
  ["exceptions AttributeError", ["builtins", "AttributeError"]],
  ["exceptions BaseException", ["builtins", "BaseException"]],
  ["exceptions BufferError", ["builtins", "BufferError"]],
  ["exceptions BytesWarning", ["builtins", "BytesWarning"]],
  ["exceptions DeprecationWarning", ["builtins", "DeprecationWarning"]],
  ["exceptions EOFError", ["builtins", "EOFError"]],
  ["exceptions EnvironmentError", ["builtins", "EnvironmentError"]],
  ["exceptions Exception", ["builtins", "Exception"]],
  ["exceptions FloatingPointError", ["builtins", "FloatingPointError"]],
  ["exceptions FutureWarning", ["builtins", "FutureWarning"]],
  ["exceptions GeneratorExit", ["builtins", "GeneratorExit"]],
  ["exceptions IOError", ["builtins", "IOError"]],
  ["exceptions ImportError", ["builtins", "ImportError"]],
  ["exceptions ImportWarning", ["builtins", "ImportWarning"]],
  ["exceptions IndentationError", ["builtins", "IndentationError"]],
  ["exceptions IndexError", ["builtins", "IndexError"]],
  ["exceptions KeyError", ["builtins", "KeyError"]],
  ["exceptions KeyboardInterrupt", ["builtins", "KeyboardInterrupt"]],
  ["exceptions LookupError", ["builtins", "LookupError"]],
  ["exceptions MemoryError", ["builtins", "MemoryError"]],
  ["exceptions NameError", ["builtins", "NameError"]],
  ["exceptions NotImplementedError", ["builtins", "NotImplementedError"]],
  ["exceptions OSError", ["builtins", "OSError"]],
  ["exceptions OverflowError", ["builtins", "OverflowError"]],
  ["exceptions PendingDeprecationWarning", ["builtins", "PendingDeprecationWarning"]],
  ["exceptions ReferenceError", ["builtins", "ReferenceError"]],
  ["exceptions RuntimeError", ["builtins", "RuntimeError"]],
  ["exceptions RuntimeWarning", ["builtins", "RuntimeWarning"]],
  ["exceptions StandardError", ["builtins", "Exception"]],
  ["exceptions StopIteration", ["builtins", "StopIteration"]],
  ["exceptions SyntaxError", ["builtins", "SyntaxError"]],
  ["exceptions SyntaxWarning", ["builtins", "SyntaxWarning"]],
  ["exceptions SystemError", ["builtins", "SystemError"]],
  ["exceptions SystemExit", ["builtins", "SystemExit"]],
  ["exceptions TabError", ["builtins", "TabError"]],
  ["exceptions TypeError", ["builtins", "TypeError"]],
  ["exceptions UnboundLocalError", ["builtins", "UnboundLocalError"]],
  ["exceptions UnicodeDecodeError", ["builtins", "UnicodeDecodeError"]],
  ["exceptions UnicodeEncodeError", ["builtins", "UnicodeEncodeError"]],
  ["exceptions UnicodeError", ["builtins", "UnicodeError"]],
  ["exceptions UnicodeTranslateError", ["builtins", "UnicodeTranslateError"]],
  ["exceptions UnicodeWarning", ["builtins", "UnicodeWarning"]],
  ["exceptions UserWarning", ["builtins", "UserWarning"]],
  ["exceptions ValueError", ["builtins", "ValueError"]],
  ["exceptions Warning", ["builtins", "Warning"]],
  ["exceptions ZeroDivisionError", ["builtins", "ZeroDivisionError"]],
  ["itertools ifilter", ["builtins", "filter"]],
  ["itertools ifilterfalse", ["itertools", "filterfalse"]],
  ["itertools imap", ["builtins", "map"]],
  ["itertools izip", ["builtins", "zip"]],
  ["itertools izip_longest", ["itertools", "zip_longest"]],
  ["multiprocessing AuthenticationError", ["multiprocessing.context", "AuthenticationError"]],
  ["multiprocessing BufferTooShort", ["multiprocessing.context", "BufferTooShort"]],
  ["multiprocessing ProcessError", ["multiprocessing.context", "ProcessError"]],
  ["multiprocessing TimeoutError", ["multiprocessing.context", "TimeoutError"]],
  ["multiprocessing.forking Popen", ["multiprocessing.popen_fork", "Popen"]],
  ["multiprocessing.process Process", ["multiprocessing.context", "Process"]],
  ["socket _socketobject", ["socket", "SocketType"]],
  ["urllib ContentTooShortError", ["urllib.error", "ContentTooShortError"]],
  ["urllib getproxies", ["urllib.request", "getproxies"]],
  ["urllib pathname2url", ["urllib.request", "pathname2url"]],
  ["urllib quote", ["urllib.parse", "quote"]],
  ["urllib quote_plus", ["urllib.parse", "quote_plus"]],
  ["urllib unquote", ["urllib.parse", "unquote"]],
  ["urllib unquote_plus", ["urllib.parse", "unquote_plus"]],
  ["urllib url2pathname", ["urllib.request", "url2pathname"]],
  ["urllib urlcleanup", ["urllib.request", "urlcleanup"]],
  ["urllib urlencode", ["urllib.parse", "urlencode"]],
  ["urllib urlopen", ["urllib.request", "urlopen"]],
  ["urllib urlretrieve", ["urllib.request", "urlretrieve"]],
  ["urllib2 HTTPError", ["urllib.error", "HTTPError"]],
  ["urllib2 URLError", ["urllib.error", "URLError"]],
  ["whichdb whichdb", ["dbm", "whichdb"]]
]);
var IMPORT_MAPPING = /* @__PURE__ */ new Map([
  ["BaseHTTPServer", "http.server"],
  ["CGIHTTPServer", "http.server"],
  ["ConfigParser", "configparser"],
  ["Cookie", "http.cookies"],
  ["Dialog", "tkinter.dialog"],
  ["DocXMLRPCServer", "xmlrpc.server"],
  ["FileDialog", "tkinter.filedialog"],
  ["HTMLParser", "html.parser"],
  ["Queue", "queue"],
  ["ScrolledText", "tkinter.scrolledtext"],
  ["SimpleDialog", "tkinter.simpledialog"],
  ["SimpleHTTPServer", "http.server"],
  ["SimpleXMLRPCServer", "xmlrpc.server"],
  ["SocketServer", "socketserver"],
  ["StringIO", "io"],
  ["Tix", "tkinter.tix"],
  ["Tkconstants", "tkinter.constants"],
  ["Tkdnd", "tkinter.dnd"],
  ["Tkinter", "tkinter"],
  ["UserDict", "collections"],
  ["UserList", "collections"],
  ["UserString", "collections"],
  ["__builtin__", "builtins"],
  ["_abcoll", "collections.abc"],
  ["_elementtree", "xml.etree.ElementTree"],
  ["_winreg", "winreg"],
  ["anydbm", "dbm"],
  ["cPickle", "pickle"],
  ["cStringIO", "io"],
  ["commands", "subprocess"],
  ["cookielib", "http.cookiejar"],
  ["copy_reg", "copyreg"],
  ["dbhash", "dbm.bsd"],
  ["dbm", "dbm.ndbm"],
  ["dumbdbm", "dbm.dumb"],
  ["dummy_thread", "_dummy_thread"],
  ["gdbm", "dbm.gnu"],
  ["htmlentitydefs", "html.entities"],
  ["httplib", "http.client"],
  ["markupbase", "_markupbase"],
  ["repr", "reprlib"],
  ["robotparser", "urllib.robotparser"],
  ["test.test_support", "test.support"],
  ["thread", "_thread"],
  ["tkColorChooser", "tkinter.colorchooser"],
  ["tkCommonDialog", "tkinter.commondialog"],
  ["tkFileDialog", "tkinter.filedialog"],
  ["tkFont", "tkinter.font"],
  ["tkMessageBox", "tkinter.messagebox"],
  ["tkSimpleDialog", "tkinter.simpledialog"],
  ["ttk", "tkinter.ttk"],
  ["urllib2", "urllib.request"],
  ["urlparse", "urllib.parse"],
  ["whichdb", "dbm"],
  ["xmlrpclib", "xmlrpc.client"]
]);

// src/policy/data/stdlib-modules.ts
var STDLIB_MODULES = /* @__PURE__ */ new Set([
  "__future__",
  "_abc",
  "_aix_support",
  "_ast",
  "_asyncio",
  "_bisect",
  "_blake2",
  "_bootsubprocess",
  "_bz2",
  "_codecs",
  "_codecs_cn",
  "_codecs_hk",
  "_codecs_iso2022",
  "_codecs_jp",
  "_codecs_kr",
  "_codecs_tw",
  "_collections",
  "_collections_abc",
  "_compat_pickle",
  "_compression",
  "_contextvars",
  "_crypt",
  "_csv",
  "_ctypes",
  "_curses",
  "_curses_panel",
  "_datetime",
  "_dbm",
  "_decimal",
  "_elementtree",
  "_frozen_importlib",
  "_frozen_importlib_external",
  "_functools",
  "_gdbm",
  "_hashlib",
  "_heapq",
  "_imp",
  "_io",
  "_json",
  "_locale",
  "_lsprof",
  "_lzma",
  "_markupbase",
  "_md5",
  "_msi",
  "_multibytecodec",
  "_multiprocessing",
  "_opcode",
  "_operator",
  "_osx_support",
  "_overlapped",
  "_pickle",
  "_posixshmem",
  "_posixsubprocess",
  "_py_abc",
  "_pydecimal",
  "_pyio",
  "_queue",
  "_random",
  "_scproxy",
  "_sha1",
  "_sha256",
  "_sha3",
  "_sha512",
  "_signal",
  "_sitebuiltins",
  "_socket",
  "_sqlite3",
  "_sre",
  "_ssl",
  "_stat",
  "_statistics",
  "_string",
  "_strptime",
  "_struct",
  "_symtable",
  "_thread",
  "_threading_local",
  "_tkinter",
  "_tokenize",
  "_tracemalloc",
  "_typing",
  "_uuid",
  "_warnings",
  "_weakref",
  "_weakrefset",
  "_winapi",
  "_zoneinfo",
  "abc",
  "aifc",
  "antigravity",
  "argparse",
  "array",
  "ast",
  "asynchat",
  "asyncio",
  "asyncore",
  "atexit",
  "audioop",
  "base64",
  "bdb",
  "binascii",
  "bisect",
  "builtins",
  "bz2",
  "cProfile",
  "calendar",
  "cgi",
  "cgitb",
  "chunk",
  "cmath",
  "cmd",
  "code",
  "codecs",
  "codeop",
  "collections",
  "colorsys",
  "compileall",
  "concurrent",
  "configparser",
  "contextlib",
  "contextvars",
  "copy",
  "copyreg",
  "crypt",
  "csv",
  "ctypes",
  "curses",
  "dataclasses",
  "datetime",
  "dbm",
  "decimal",
  "difflib",
  "dis",
  "distutils",
  "doctest",
  "email",
  "encodings",
  "ensurepip",
  "enum",
  "errno",
  "faulthandler",
  "fcntl",
  "filecmp",
  "fileinput",
  "fnmatch",
  "fractions",
  "ftplib",
  "functools",
  "gc",
  "genericpath",
  "getopt",
  "getpass",
  "gettext",
  "glob",
  "graphlib",
  "grp",
  "gzip",
  "hashlib",
  "heapq",
  "hmac",
  "html",
  "http",
  "idlelib",
  "imaplib",
  "imghdr",
  "imp",
  "importlib",
  "inspect",
  "io",
  "ipaddress",
  "itertools",
  "json",
  "keyword",
  "lib2to3",
  "linecache",
  "locale",
  "logging",
  "lzma",
  "mailbox",
  "mailcap",
  "marshal",
  "math",
  "mimetypes",
  "mmap",
  "modulefinder",
  "msilib",
  "msvcrt",
  "multiprocessing",
  "netrc",
  "nis",
  "nntplib",
  "nt",
  "ntpath",
  "nturl2path",
  "numbers",
  "opcode",
  "operator",
  "optparse",
  "os",
  "ossaudiodev",
  "pathlib",
  "pdb",
  "pickle",
  "pickletools",
  "pipes",
  "pkgutil",
  "platform",
  "plistlib",
  "poplib",
  "posix",
  "posixpath",
  "pprint",
  "profile",
  "pstats",
  "pty",
  "pwd",
  "py_compile",
  "pyclbr",
  "pydoc",
  "pydoc_data",
  "pyexpat",
  "queue",
  "quopri",
  "random",
  "re",
  "readline",
  "reprlib",
  "resource",
  "rlcompleter",
  "runpy",
  "sched",
  "secrets",
  "select",
  "selectors",
  "shelve",
  "shlex",
  "shutil",
  "signal",
  "site",
  "smtpd",
  "smtplib",
  "sndhdr",
  "socket",
  "socketserver",
  "spwd",
  "sqlite3",
  "sre_compile",
  "sre_constants",
  "sre_parse",
  "ssl",
  "stat",
  "statistics",
  "string",
  "stringprep",
  "struct",
  "subprocess",
  "sunau",
  "symtable",
  "sys",
  "sysconfig",
  "syslog",
  "tabnanny",
  "tarfile",
  "telnetlib",
  "tempfile",
  "termios",
  "textwrap",
  "this",
  "threading",
  "time",
  "timeit",
  "tkinter",
  "token",
  "tokenize",
  "tomllib",
  "trace",
  "traceback",
  "tracemalloc",
  "tty",
  "turtle",
  "turtledemo",
  "types",
  "typing",
  "unicodedata",
  "unittest",
  "urllib",
  "uu",
  "uuid",
  "venv",
  "warnings",
  "wave",
  "weakref",
  "webbrowser",
  "winreg",
  "winsound",
  "wsgiref",
  "xdrlib",
  "xml",
  "xmlrpc",
  "zipapp",
  "zipfile",
  "zipimport",
  "zlib",
  "zoneinfo"
]);

// src/policy/data/deny.ts
var EXEC = "code execution";
var IMPORT = "imports arbitrary objects";
var NESTED = "deserialises nested data (a second, unchecked payload)";
var PROC = "runs processes";
var FILES = "file system access";
var NET = "network access";
var ENV = "process/environment control";
var table = [
  // --- CRITICAL: code execution and universal import primitives ---
  [
    "critical",
    EXEC,
    [
      ...[
        "eval",
        "exec",
        "execfile",
        "compile",
        "__import__",
        "open",
        "getattr",
        "setattr",
        "delattr",
        "breakpoint",
        "apply",
        "globals",
        "locals",
        "vars",
        "input",
        "raw_input",
        "reload",
        "file"
      ].flatMap((n) => [`builtins.${n}`, `__builtin__.${n}`]),
      "__builtins__",
      "code",
      "codeop",
      "runpy",
      ...[
        "CodeType",
        "FunctionType",
        "LambdaType",
        "MethodType",
        "BuiltinFunctionType",
        "BuiltinMethodType",
        "ModuleType",
        "CellType",
        "FrameType",
        "TracebackType",
        "GeneratorType",
        "CoroutineType",
        "new_class",
        "prepare_class",
        "resolve_bases",
        "coroutine",
        "DynamicClassAttribute"
      ].map((n) => `types.${n}`),
      "cProfile",
      "profile",
      "_lsprof",
      "timeit",
      "trace",
      "pdb",
      "bdb",
      "doctest",
      "idlelib",
      "lib2to3",
      "operator",
      "_operator",
      "functools",
      "asyncio",
      "_interpreters",
      "_xxsubinterpreters",
      "_xxinterpchannels",
      "site",
      "test.support",
      "_pyrepl",
      "numpy.testing._private.utils.runstring",
      "numpy.f2py",
      "numpy.distutils",
      "numpy.ctypeslib",
      "torch.hub",
      "torch.jit",
      "torch.compile",
      "torch._dynamo",
      "torch._inductor",
      "torch.fx.experimental.symbolic_shapes.ShapeEnv.evaluate_guards_expression",
      "torch.utils.collect_env",
      "torch.utils.bottleneck",
      "torch.utils._config_module.ConfigModule",
      "torch.utils.data.datapipes.utils.decoder.basichandlers",
      "torch.utils.cpp_extension",
      "torch.distributed.rpc",
      "torch.distributed.elastic.rendezvous.api.basichandlers",
      "torch.package",
      "torch.classes",
      "torch.multiprocessing",
      "transformers.dynamic_module_utils",
      "mlflow.projects",
      "pandas.eval",
      "pandas.core.computation.eval",
      "sympy.sympify",
      "sympy.core.sympify",
      "sympy.parsing",
      "numexpr.evaluate",
      "keras.layers.Lambda",
      "keras.layers.core.Lambda",
      "keras.src.layers.core.lambda_layer.Lambda",
      "copyreg.add_extension",
      "copyreg.remove_extension",
      "copyreg.clear_extension_cache"
    ]
  ],
  ["critical", IMPORT, ["importlib", "_frozen_importlib", "_frozen_importlib_external", "_imp", "imp", "zipimport"]],
  ["critical", IMPORT, ["pkgutil", "pydoc"]],
  [
    "critical",
    PROC,
    [
      "os",
      "posix",
      "nt",
      "subprocess",
      "_posixsubprocess",
      "pty",
      "commands",
      "popen2",
      "pexpect",
      "pipes",
      "sh",
      "plumbum",
      "_winapi",
      "multiprocessing",
      "_multiprocessing",
      "_osx_support",
      "_aix_support",
      "uuid._get_command_stdout",
      "uuid._popen",
      "imaplib.IMAP4_stream",
      "venv",
      "ensurepip",
      "pip",
      "distutils",
      "setuptools",
      "ctypes",
      "_ctypes"
    ]
  ],
  ["critical", ENV, ["sys", "marshal"]],
  [
    "critical",
    NESTED,
    [
      "pickle",
      "_pickle",
      "cPickle",
      "dill",
      "cloudpickle",
      "shelve",
      "jsonpickle",
      "joblib.load",
      "joblib.numpy_pickle.load",
      "joblib.numpy_pickle.read_array",
      "joblib.numpy_pickle.NumpyArrayWrapper.read_array",
      "joblib._pickle_load",
      "joblib.numpy_pickle._unpickle",
      "sklearn.externals.joblib.load",
      "numpy.load",
      "numpy.lib.npyio.load",
      "numpy.lib._npyio_impl.load",
      "numpy.lib.format.read_array",
      "numpy.lib._format_impl.read_array",
      "torch.load",
      "torch.serialization.load",
      "torch.serialization._load",
      "torch.serialization._legacy_load",
      "torch.storage._load_from_bytes",
      "torch._weights_only_unpickler",
      "pandas.read_pickle",
      "pandas.io.pickle.read_pickle",
      "keras.models.load_model",
      "keras.saving.load_model",
      "keras.saving.saving_api.load_model",
      "keras.src.saving.saving_api.load_model",
      "keras.src.models.model.saving_api",
      "tensorflow.keras.models.load_model",
      "yaml.load",
      "yaml.load_all",
      "yaml.unsafe_load",
      "yaml.unsafe_load_all",
      "yaml.UnsafeLoader"
    ]
  ],
  // --- HIGH: file, network and environment primitives ---
  [
    "high",
    NET,
    [
      "socket",
      "_socket",
      "ssl",
      "_ssl",
      "http",
      "httplib",
      "urllib",
      "urllib2",
      "urllib3",
      "requests",
      "aiohttp",
      "httpx",
      "webbrowser",
      "smtplib",
      "ftplib",
      "poplib",
      "imaplib",
      "telnetlib",
      "nntplib",
      "socketserver",
      "SocketServer",
      "xmlrpc",
      "xmlrpclib",
      "paramiko",
      "huggingface_hub",
      "keras.utils.get_file",
      "keras.src.utils.file_utils.get_file",
      "tensorflow.keras.utils.get_file",
      "pandas.read_csv",
      "pandas.read_table",
      "pandas.read_html",
      "pandas.read_json",
      "pandas.read_xml",
      "pandas.read_excel",
      "pandas.read_parquet",
      "pandas.read_feather",
      "pandas.read_sql",
      "pandas.read_hdf",
      "pandas.io.parsers.readers.read_csv",
      "pandas.io.parsers.readers.read_table"
    ]
  ],
  [
    "high",
    FILES,
    [
      "shutil",
      "tempfile",
      "io.FileIO",
      "_io.FileIO",
      "io.open",
      "_io.open",
      "io.open_code",
      "_io.open_code",
      "codecs.open",
      "logging",
      "tarfile",
      "zipfile",
      "zipapp",
      "sqlite3",
      "_sqlite3",
      "dbm",
      "mmap",
      "glob",
      "fileinput",
      "linecache",
      "filecmp",
      "compileall",
      "py_compile",
      "fcntl",
      "msvcrt",
      "winreg",
      "_winreg",
      "torch.save",
      "torch.serialization.save",
      "torch.from_file",
      "numpy.fromfile",
      "numpy.memmap",
      "numpy.loadtxt",
      "numpy.genfromtxt",
      "numpy.save",
      "numpy.savez",
      "numpy.savez_compressed",
      "numpy.savetxt",
      "scipy.io"
    ]
  ],
  [
    "high",
    ENV,
    [
      "platform",
      "gc",
      "signal",
      "_signal",
      "threading",
      "_thread",
      "thread",
      "concurrent",
      "atexit",
      "select",
      "selectors",
      "syslog",
      "resource",
      "sched"
    ]
  ]
];
var DENY = (() => {
  const m = /* @__PURE__ */ new Map();
  for (const [tier, what, keys] of table) for (const k of keys) if (!m.has(k)) m.set(k, { tier, what });
  return m;
})();
var BARE_NAMES = (() => {
  const m = /* @__PURE__ */ new Map();
  for (const n of [
    "eval",
    "exec",
    "execfile",
    "__import__",
    "system",
    "popen",
    "popen2",
    "popen3",
    "popen4",
    "spawnl",
    "spawnle",
    "spawnlp",
    "spawnlpe",
    "spawnv",
    "spawnve",
    "spawnvp",
    "spawnvpe",
    "execl",
    "execle",
    "execlp",
    "execlpe",
    "execv",
    "execve",
    "execvp",
    "execvpe",
    "posix_spawn",
    "posix_spawnp",
    "startfile",
    "check_output",
    "check_call",
    "getoutput",
    "getstatusoutput",
    "Popen",
    "runcode",
    "runsource",
    "run_path",
    "run_module",
    "_run_code",
    "import_module",
    "load_module",
    "exec_module"
  ])
    m.set(n, { tier: "critical", what: EXEC });
  for (const n of ["open", "urlopen", "urlretrieve", "rmtree", "unlink", "remove", "removedirs", "rmdir", "write_file"])
    m.set(n, { tier: "high", what: FILES });
  return m;
})();
var DANGEROUS_DUNDERS = /* @__PURE__ */ new Set([
  "__globals__",
  "__builtins__",
  "__builtin__",
  "__dict__",
  "__class__",
  "__subclasses__",
  "__init__",
  "__new__",
  "__call__",
  "__code__",
  "__closure__",
  "__func__",
  "__self__",
  "__getattribute__",
  "__getattr__",
  "__setattr__",
  "__delattr__",
  "__getitem__",
  "__setitem__",
  "__import__",
  "__loader__",
  "__spec__",
  "__bases__",
  "__base__",
  "__mro__",
  "__reduce__",
  "__reduce_ex__",
  "__setstate__",
  "__init_subclass__",
  "__class_getitem__",
  "__get__",
  "__set__",
  "__wrapped__",
  "__kwdefaults__",
  "__defaults__"
]);
var SCANNER_MODULES = /* @__PURE__ */ new Set([
  "fickling",
  "picklescan",
  "modelscan",
  "modelaudit",
  "model_unpickler",
  "saferpickle",
  "modelgate"
]);

// src/policy/imports.ts
var ML_PLATFORM_ROOTS = /* @__PURE__ */ new Set([
  "torch",
  "torchvision",
  "torchaudio",
  "torchtext",
  "numpy",
  "scipy",
  "sklearn",
  "pandas",
  "tensorflow",
  "keras",
  "tf_keras",
  "jax",
  "jaxlib",
  "flax",
  "optax",
  "transformers",
  "tokenizers",
  "accelerate",
  "datasets",
  "huggingface_hub",
  "safetensors",
  "diffusers",
  "peft",
  "trl",
  "sentence_transformers",
  "joblib",
  "dill",
  "cloudpickle",
  "xgboost",
  "lightgbm",
  "catboost",
  "onnx",
  "onnxruntime",
  "mlflow",
  "lightning",
  "pytorch_lightning",
  "timm",
  "ultralytics",
  "spacy",
  "gensim",
  "nltk",
  "statsmodels",
  "sympy",
  "numexpr",
  "h5py",
  "PIL",
  "cv2",
  "matplotlib",
  "skops",
  "fastai",
  "paddle",
  "mxnet",
  "triton",
  "deepspeed",
  "vllm",
  "bitsandbytes",
  "einops",
  "omegaconf",
  "hydra"
]);
var PY2_MODULES = /* @__PURE__ */ new Set([
  ...IMPORT_MAPPING.keys(),
  ...[...NAME_MAPPING.keys()].map((k) => k.split(" ")[0].split(".")[0]),
  "cPickle",
  "commands",
  "__builtin__"
]);
function isStdlibRoot(root) {
  return STDLIB_MODULES.has(root) || PY2_MODULES.has(root) || root === "builtins";
}
function normaliseImport(module, name, proto) {
  let m = module;
  let n = name;
  if (proto < 3) {
    const pair = NAME_MAPPING.get(`${module} ${name}`);
    if (pair) [m, n] = pair;
    else {
      const mapped = IMPORT_MAPPING.get(module);
      if (mapped !== void 0) m = mapped;
    }
  }
  const full = `${m}.${n}`;
  return m === module && n === name ? { module: m, name: n, full } : { module: m, name: n, full, alias: `${module}.${name}` };
}
function worse(a, b) {
  if (!a || a.kind !== "deny") return b;
  if (b.kind !== "deny") return a;
  return b.severity === "critical" && a.severity !== "critical" ? b : a;
}
function classify(full, module) {
  const comps = full.split(".");
  const modLen = module === void 0 ? Math.max(1, comps.length - 1) : module.split(".").length;
  const root = comps[0];
  if (SCANNER_MODULES.has(root))
    return { kind: "deny", severity: "critical", match: root, what: "tampers with security scanners", scanner: true };
  let hit;
  let key = "";
  for (let j = 0; j < comps.length; j++) {
    key = j === 0 ? comps[0] : `${key}.${comps[j]}`;
    const e = DENY.get(key);
    if (e) hit = worse(hit, { kind: "deny", severity: e.tier, match: key, what: e.what });
  }
  const dotted = comps.length - modLen > 1;
  if (dotted) {
    for (let i2 = modLen; i2 < comps.length; i2++) {
      let k = "";
      for (let j = i2; j < comps.length; j++) {
        k = j === i2 ? comps[i2] : `${k}.${comps[j]}`;
        const e = DENY.get(k);
        if (e) hit = worse(hit, { kind: "deny", severity: e.tier, match: k, what: `${e.what} (via a dotted path)` });
      }
    }
  }
  for (let i2 = modLen; i2 < comps.length; i2++) {
    const c = comps[i2];
    if (DANGEROUS_DUNDERS.has(c))
      hit = worse(hit, { kind: "deny", severity: "critical", match: c, what: "reaches interpreter internals" });
    if (i2 === comps.length - 1 || dotted) {
      const b = BARE_NAMES.get(c);
      if (b) hit = worse(hit, { kind: "deny", severity: b.tier, match: c, what: b.what });
    }
  }
  if (hit) return hit;
  if (GENERIC_ALLOW.has(full)) return { kind: "allowed", reason: "list" };
  const last = comps[comps.length - 1];
  if (!dotted) {
    if (modLen === 1 && GENERIC_ALLOW_MODULES.has(root)) return { kind: "allowed", reason: "module" };
    if (CLASS_PACKAGES.includes(root) && /^_*[A-Z]/.test(last)) return { kind: "allowed", reason: "class" };
    if (PYX_UNPICKLE_ROOTS.includes(root) && last.startsWith("__pyx_unpickle_"))
      return { kind: "allowed", reason: "cython" };
  }
  const severe = isStdlibRoot(root) || ML_PLATFORM_ROOTS.has(root);
  return { kind: "unknown", severity: severe ? "high" : "medium", root };
}
function weightsOnlyAllowed(full) {
  return TORCH_WEIGHTS_ONLY.has(full);
}
function torchScriptAllowed(full) {
  return TORCHSCRIPT_GLOBALS.has(full) || TORCHSCRIPT_PREFIXES.some((p) => full.startsWith(p));
}

// src/analyzers/pickle/imports.ts
function max2(a, b) {
  return SEVERITY_RANK[a] >= SEVERITY_RANK[b] ? a : b;
}
function verdictSeverity(v) {
  return v.kind === "allowed" ? void 0 : v.severity;
}
function resolveImport(module, name, proto, profile, how) {
  const n = normaliseImport(module, name, proto);
  const verdict = classify(n.full, n.module);
  const findings = [];
  const add = (rule, severity, message, evidence = n.full) => findings.push({ rule, severity, message, evidence });
  const aliasNote = n.alias ? ` (written as ${n.alias}; the unpickler maps Python 2 names below protocol 3)` : "";
  const tsOk = profile === "torchscript" && torchScriptAllowed(n.full);
  const dotted = n.name.includes(".");
  if (verdict.kind === "deny") {
    if (verdict.scanner) add("PKL-021", "critical", `Imports ${n.full} (${verdict.what}) via ${how}${aliasNote}`);
    else
      add(
        "PKL-001",
        verdict.severity,
        `Imports ${n.full} via ${how}: ${verdict.what} (deny list: ${verdict.match})${aliasNote}`
      );
    if (n.alias)
      add(
        "PKL-006",
        verdict.severity,
        `Python 2 name ${n.alias} resolves to ${n.full} (${verdict.what})`,
        `${n.alias} -> ${n.full}`
      );
  }
  if (dotted)
    add(
      "PKL-005",
      verdict.kind === "deny" && verdict.severity === "critical" ? "critical" : "high",
      `Import name ${JSON.stringify(n.name)} is a dotted attribute path from module ${n.module} (find_class walks it attribute by attribute)`
    );
  if (verdict.kind === "unknown" && !tsOk) {
    if (n.module === "__main__" || n.module.startsWith("__main__."))
      add("PKL-020", "medium", `Imports ${n.full} from the loading script (__main__) via ${how}`);
    else
      add(
        "PKL-002",
        verdict.severity,
        `Imports ${n.full} via ${how}, which is not on the allow list${verdict.severity === "high" ? ` (${verdict.root} is ${rootKind(verdict.root)})` : ""}${aliasNote}`
      );
  }
  if (profile === "torch-weights" && !weightsOnlyAllowed(n.full)) {
    const sev = max2("medium", verdictSeverity(verdict) ?? "medium");
    add("PT-001", sev, `data.pkl imports ${n.full}, which torch.load(weights_only=True) refuses`);
  }
  if (profile === "torchscript" && !tsOk)
    add("TS-008", "medium", `TorchScript pickle imports ${n.full}, outside the TorchScript unpickler's set`);
  return { ...n, verdict, findings };
}
function rootKind(root) {
  return isStdlibRoot(root) ? "part of Python's standard library" : "an ML platform package";
}

// src/analyzers/pickle/text.ts
var INT_RE = /^[+-]?(?:0[xX](?:_?[0-9a-fA-F])+|0[oO](?:_?[0-7])+|0[bB](?:_?[01])+|0+(?:_?0)*|[1-9](?:_?[0-9])*)$/;
var DEC_RE = /^[+-]?[0-9](?:_?[0-9])*$/;
function toNumber(b) {
  return b >= BigInt(Number.MIN_SAFE_INTEGER) && b <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(b) : b;
}
function parsePyInt(text, base0) {
  const s = text.trim();
  if (!(base0 ? INT_RE.test(s) : DEC_RE.test(s))) {
    if (base0 && /^[+-]?0[0-7]+$/.test(s)) {
      const neg2 = s.startsWith("-");
      const v2 = BigInt(`0o${s.replace(/^[+-]?0+/, "") || "0"}`);
      return toNumber(neg2 ? -v2 : v2);
    }
    return null;
  }
  const neg = s.startsWith("-");
  const body = s.replace(/^[+-]/, "").replace(/_/g, "");
  const v = BigInt(body);
  return toNumber(neg ? -v : v);
}
function isPyFloat(text) {
  return /^\s*[+-]?(?:(?:\d(?:_?\d)*)?\.?\d(?:_?\d)*(?:[eE][+-]?\d(?:_?\d)*)?|\d(?:_?\d)*\.|inf(?:inity)?|nan)\s*$/i.test(
    text
  );
}
function escapeDecode(b) {
  let out = "";
  for (let i2 = 0; i2 < b.length; i2++) {
    const c = b[i2];
    if (c !== 92 || i2 + 1 >= b.length) {
      if (c === 92) return null;
      out += String.fromCharCode(c);
      continue;
    }
    const e = b[++i2];
    switch (e) {
      case 10:
        break;
      case 92:
        out += "\\";
        break;
      case 39:
        out += "'";
        break;
      case 34:
        out += '"';
        break;
      case 97:
        out += "\x07";
        break;
      case 98:
        out += "\b";
        break;
      case 102:
        out += "\f";
        break;
      case 110:
        out += "\n";
        break;
      case 114:
        out += "\r";
        break;
      case 116:
        out += "	";
        break;
      case 118:
        out += "\v";
        break;
      case 120: {
        const h = b.toString("latin1", i2 + 1, i2 + 3);
        if (!/^[0-9a-fA-F]{2}$/.test(h)) return null;
        out += String.fromCharCode(parseInt(h, 16));
        i2 += 2;
        break;
      }
      default:
        if (e >= 48 && e <= 55) {
          let v = e - 48;
          let n = 1;
          while (n < 3 && i2 + 1 < b.length && b[i2 + 1] >= 48 && b[i2 + 1] <= 55) {
            v = v * 8 + (b[++i2] - 48);
            n++;
          }
          out += String.fromCharCode(v & 255);
        } else out += `\\${String.fromCharCode(e)}`;
    }
  }
  return out;
}
function rawUnicodeEscapeDecode(b) {
  let out = "";
  let i2 = 0;
  while (i2 < b.length) {
    const c = b[i2];
    if (c !== 92) {
      out += String.fromCharCode(c);
      i2++;
      continue;
    }
    let run = 0;
    while (i2 + run < b.length && b[i2 + run] === 92) run++;
    const next = b[i2 + run];
    if (run % 2 === 1 && (next === 117 || next === 85)) {
      out += "\\".repeat(run - 1);
      const len = next === 117 ? 4 : 8;
      const h = b.toString("latin1", i2 + run + 1, i2 + run + 1 + len);
      if (h.length !== len || !/^[0-9a-fA-F]+$/.test(h)) return null;
      const cp = parseInt(h, 16);
      if (cp > 1114111) return null;
      out += String.fromCodePoint(cp);
      i2 += run + 1 + len;
    } else {
      out += "\\".repeat(run);
      i2 += run;
    }
  }
  return out;
}
function utf8(b, start, end) {
  for (let i2 = start; i2 < end; i2++) if (b[i2] >= 128) return b.toString("utf8", start, end);
  return b.toString("latin1", start, end);
}

// src/analyzers/pickle/strings.ts
var PATTERNS2 = [
  [
    "shell command",
    /\b(?:curl|wget|powershell|pwsh|cmd\.exe|ncat|netcat|mkfifo|socat|whoami|Invoke-Expression|DownloadString|certutil)\b|\/bin\/(?:ba|z|da|k)?sh\b|\b(?:bash|sh|zsh)\s+-[ci]\b|\bnc\s+-[a-z]*[el]|\brm\s+-rf?\b|\bchmod\s+[+0-7]|\bbase64\s+(?:-d|--decode)\b|\bpython[0-9.]*\s+-c\b|\bperl\s+-e\b/i
  ],
  ["shell chaining", /(?:;|&&|\|\||`|\$\()\s*(?:cat|id|whoami|uname|echo|ls|curl|wget|sh|bash|nc|python|rm)\b/],
  [
    "python code",
    /\b(?:import\s+(?:os|subprocess|socket|sys)\b|__import__\s*\(|os\.(?:system|popen)\s*\(|subprocess\.|exec\s*\(|eval\s*\()/
  ],
  ["URL", /\b(?:https?|ftp|file|s3|gs):\/\/[^\s'"]{3,}/i],
  ["IP address", /\b(?:25[0-5]|2[0-4]\d|1?\d?\d)(?:\.(?:25[0-5]|2[0-4]\d|1?\d?\d)){3}(?::\d{2,5})?\b/],
  [
    "sensitive path",
    /\/etc\/(?:passwd|shadow|crontab|sudoers)|~\/\.ssh|\.bashrc|\.profile\b|authorized_keys|\/dev\/tcp\/|\bC:\\Windows\\/i
  ]
];
var BASE64 = /^(?:[A-Za-z0-9+/]{4}){50,}(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
var HEX = /^(?:[0-9a-fA-F]{2}){100,}$/;
function encodedBlob(s) {
  if (s.length < 200) return false;
  if (HEX.test(s)) return /[0-9]/.test(s) && /[a-fA-F]/.test(s);
  return BASE64.test(s) && /[0-9]/.test(s) && /[A-Z]/.test(s) && /[a-z]/.test(s);
}
function worthMatching(s) {
  if (s.length >= 200) return true;
  const c0 = s.charCodeAt(0);
  if (c0 >= 48 && c0 <= 57) return true;
  for (let i2 = 0; i2 < s.length; i2++) {
    switch (s.charCodeAt(i2)) {
      case 32:
      // space
      case 47:
      // /
      case 58:
      // :
      case 59:
      // ;
      case 124:
      // |
      case 38:
      // &
      case 96:
      // `
      case 36:
      // $
      case 40:
      // (
      case 92:
      // \
      case 126:
        return true;
    }
  }
  return /\d\.\d/.test(s) || /^(?:curl|wget|powershell|pwsh|whoami|certutil)/i.test(s);
}
function suspiciousString(s) {
  if (s.length < 7 || !worthMatching(s)) return void 0;
  for (const [what, re] of PATTERNS2) if (re.test(s)) return what;
  return encodedBlob(s) ? "encoded blob" : void 0;
}
function stringEvidence(s, max3 = 120) {
  const one = s.replace(/[\r\n\t]+/g, " ");
  return one.length > max3 ? `${one.slice(0, max3)}\u2026` : one;
}

// src/analyzers/pickle/sniff.ts
var NAME_RE = /^[A-Za-z_][A-Za-z0-9_.]*$/;
function walkPickle(buf, complete, maxOps = 4096) {
  let p = 0;
  let depth = 0;
  const marks = [];
  const memo = /* @__PURE__ */ new Set();
  let ops = 0;
  let code = false;
  const end = () => ({ status: complete ? "error" : "end", ops, code, end: p });
  const err2 = () => ({ status: "error", ops, code, end: p });
  const line = (max3) => {
    const i2 = buf.indexOf(10, p);
    if (i2 < 0 || i2 - p > max3) return i2 < 0 && buf.length - p <= max3 ? void 0 : null;
    const s = buf.toString("latin1", p, i2);
    p = i2 + 1;
    return s;
  };
  const need = (n) => {
    if (depth < n) return false;
    return true;
  };
  while (ops < maxOps) {
    if (p >= buf.length) return end();
    const op = buf[p];
    const info = OPS[op];
    if (!info) return err2();
    const at = p;
    p++;
    ops++;
    let arg = 0;
    let text;
    switch (info.arg) {
      case 0 /* None */:
        break;
      case 1 /* U1 */:
      case 2 /* U2 */:
      case 3 /* U4 */:
      case 4 /* I4 */:
      case 5 /* U8 */:
      case 6 /* F8 */: {
        const n = [0, 1, 2, 4, 4, 8, 8][info.arg];
        if (p + n > buf.length) return end();
        if (info.arg === 1 /* U1 */) arg = buf[p];
        else if (info.arg === 2 /* U2 */) arg = buf.readUInt16LE(p);
        else if (info.arg === 3 /* U4 */) arg = buf.readUInt32LE(p);
        else if (info.arg === 4 /* I4 */) arg = buf.readInt32LE(p);
        p += n;
        break;
      }
      case 7 /* Line */:
      case 8 /* Line2 */: {
        text = line(op === 76 || op === 86 || op === 83 ? 65536 : 256);
        if (text === void 0) return end();
        if (text === null) return err2();
        if (info.arg === 8 /* Line2 */) {
          const name = line(256);
          if (name === void 0) return end();
          if (name === null || !NAME_RE.test(text) || !NAME_RE.test(name)) return err2();
        }
        break;
      }
      default: {
        const lw = info.arg === 9 /* Counted1 */ ? 1 : info.arg === 12 /* Counted8 */ ? 8 : 4;
        if (p + lw > buf.length) return end();
        let len;
        if (lw === 1) len = buf[p];
        else if (lw === 4) len = info.arg === 10 /* CountedI4 */ ? buf.readInt32LE(p) : buf.readUInt32LE(p);
        else {
          const big = buf.readBigUInt64LE(p);
          len = big > BigInt(Number.MAX_SAFE_INTEGER) ? Number.MAX_SAFE_INTEGER : Number(big);
        }
        if (len < 0) return err2();
        p += lw;
        if (p + len > buf.length) {
          if (complete) return err2();
          p = buf.length;
          return end();
        }
        p += len;
      }
    }
    switch (info.name) {
      case "MARK":
        marks.push(depth);
        depth = 0;
        break;
      case "STOP":
        if (!need(1)) return err2();
        return { status: "stop", ops, code, end: p };
      case "POP":
        if (depth > 0) depth--;
        else if (marks.length) depth = marks.pop();
        else return err2();
        break;
      case "POP_MARK":
      case "TUPLE":
      case "LIST":
      case "DICT":
      case "FROZENSET":
      case "INST":
      case "OBJ":
      case "APPENDS":
      case "SETITEMS":
      case "ADDITEMS": {
        if (!marks.length) return err2();
        const items = depth;
        depth = marks.pop();
        if (info.name === "OBJ" && items < 1) return err2();
        if (info.name === "DICT" && items % 2) return err2();
        if (info.name === "SETITEMS" && items % 2) return err2();
        if (info.name === "APPENDS" || info.name === "SETITEMS" || info.name === "ADDITEMS") {
          if (depth < 1) return err2();
        } else if (info.name !== "POP_MARK") depth++;
        if (info.name === "INST" || info.name === "OBJ") code = true;
        break;
      }
      case "DUP":
        if (!need(1)) return err2();
        depth++;
        break;
      case "APPEND":
      case "REDUCE":
      case "BUILD":
      case "NEWOBJ":
      case "STACK_GLOBAL":
      case "TUPLE2":
        if (!need(2)) return err2();
        depth--;
        if (info.name !== "APPEND" && info.name !== "TUPLE2") code = true;
        break;
      case "SETITEM":
        if (!need(3)) return err2();
        depth -= 2;
        break;
      case "NEWOBJ_EX":
      case "TUPLE3":
        if (!need(3)) return err2();
        depth -= 2;
        if (info.name === "NEWOBJ_EX") code = true;
        break;
      case "TUPLE1":
      case "BINPERSID":
      case "READONLY_BUFFER":
        if (!need(1)) return err2();
        break;
      case "PUT":
      case "BINPUT":
      case "LONG_BINPUT":
      case "MEMOIZE": {
        if (!need(1)) return err2();
        let key = arg;
        if (info.name === "PUT") key = parsePyInt(text ?? "", false);
        if (info.name === "MEMOIZE") key = memo.size;
        if (key === null || typeof key === "bigint" || key < 0) return err2();
        memo.add(key);
        break;
      }
      case "GET":
      case "BINGET":
      case "LONG_BINGET": {
        let key = arg;
        if (info.name === "GET") key = parsePyInt(text ?? "", false);
        if (key === null || typeof key === "bigint" || !memo.has(key)) return err2();
        depth++;
        break;
      }
      case "INT":
      case "LONG": {
        const t = info.name === "LONG" && text?.endsWith("L") ? text.slice(0, -1) : text ?? "";
        if (parsePyInt(t, true) === null) return err2();
        depth++;
        break;
      }
      case "FLOAT":
        if (!isPyFloat(text ?? "")) return err2();
        depth++;
        break;
      case "STRING": {
        const t = text ?? "";
        if (t.length < 2 || t[0] !== t[t.length - 1] || t[0] !== "'" && t[0] !== '"') return err2();
        depth++;
        break;
      }
      case "PROTO":
        if (typeof arg !== "number" || arg > 5 || at !== 0) return err2();
        break;
      case "FRAME":
        break;
      case "EXT1":
      case "EXT2":
      case "EXT4":
        if (arg <= 0) return err2();
        code = true;
        depth++;
        break;
      case "GLOBAL":
        code = true;
        depth++;
        break;
      default:
        depth++;
    }
  }
  return { status: "end", ops, code, end: p };
}
function looksLikePickle(head, complete = false) {
  if (head.length >= 2 && head[0] === 128 && head[1] >= 2 && head[1] <= 5) return true;
  if (head.length < 2 || head[0] === 128) return false;
  const w = walkPickle(head, complete);
  if (w.status === "stop" || w.status === "end") return w.ops >= 2;
  return w.ops >= 32 && w.code;
}
function bytesLookLikePickle(head, complete) {
  if (head.length < 3) return false;
  const w = walkPickle(head, complete);
  if (head[0] === 128) return head[1] >= 2 && head[1] <= 5 && w.status !== "error";
  return w.status === "stop" && w.ops >= 3;
}

// src/analyzers/pickle/nested.ts
import { inflateSync as inflateSync2, gunzipSync as gunzipSync2 } from "node:zlib";
var NESTED_LOADERS = /* @__PURE__ */ new Set([
  "pickle.loads",
  "pickle.load",
  "pickle._loads",
  "_pickle.loads",
  "_pickle.load",
  "cPickle.loads",
  "dill.loads",
  "dill._dill.loads",
  "cloudpickle.loads",
  "marshal.loads",
  "torch.load",
  "torch.serialization.load",
  "torch.storage._load_from_bytes",
  "numpy.load",
  "numpy.lib.npyio.load",
  "joblib.load",
  "joblib.numpy_pickle.load",
  "pandas.read_pickle",
  "shelve.open"
]);
var FILE_LOADERS = /* @__PURE__ */ new Set([
  "torch.load",
  "torch.serialization.load",
  "numpy.load",
  "numpy.lib.npyio.load",
  "joblib.load",
  "joblib.numpy_pickle.load",
  "pandas.read_pickle",
  "shelve.open"
]);
var PICKLE_MAGIC = (h) => h.length >= 2 && h[0] === 128 && h[1] >= 2 && h[1] <= 5;
var PREFIXES = [
  Buffer.from("PK", "latin1"),
  Buffer.from("PK", "latin1"),
  Buffer.from("\x93NUMPY", "latin1"),
  Buffer.from([31, 139, 8]),
  Buffer.from([253, 55, 122, 88, 90, 0]),
  Buffer.from([55, 122, 188, 175, 39, 28])
];
function sniffBytes2(head) {
  if (PICKLE_MAGIC(head)) return bytesLookLikePickle(head, false) || head.length < 8;
  return PREFIXES.some((p) => head.length >= p.length && head.compare(p, 0, p.length, 0, p.length) === 0);
}
function firstArg(c) {
  return kindOf(c.args) === K_TUPLE ? c.args.items[0] : void 0;
}
async function textOf(m, v) {
  if (typeof v === "string") return v;
  if (v !== void 0 && kindOf(v) === K_STRREF) return m.strText(v);
  return void 0;
}
async function resolve(m, v, depth) {
  if (v === void 0 || depth > 6) return void 0;
  if (typeof v === "string" || kindOf(v) === K_STRREF) {
    const text = await textOf(m, v);
    return text === void 0 ? void 0 : { kind: "text", text, offset: kindOf(v) === K_STRREF ? v.offset : void 0 };
  }
  if (kindOf(v) === K_BYTES) {
    const b = v;
    b.analysed = true;
    return { kind: "slice", offset: b.offset, length: b.length, label: `bytes@${m.mapOff(b.offset)}` };
  }
  if (kindOf(v) !== K_CALL) return void 0;
  const c = v;
  const name = calleeName(c) ?? "";
  const args = kindOf(c.args) === K_TUPLE ? c.args.items : [];
  const inner = () => resolve(m, args[0], depth + 1);
  if (name === "_io.BytesIO" || name === "io.BytesIO") return inner();
  if (name === "builtins.open" || name === "io.open" || name === "_io.open") {
    const p = await textOf(m, args[0]);
    return p === void 0 ? void 0 : { kind: "path", path: p };
  }
  let codec;
  if (/^base64\.(b64decode|standard_b64decode|urlsafe_b64decode|decodebytes|decodestring)$/.test(name) || name === "binascii.a2b_base64")
    codec = name.includes("urlsafe") ? "base64url" : "base64";
  else if (name === "binascii.unhexlify" || name === "binascii.a2b_hex" || name === "builtins.bytes.fromhex")
    codec = "hex";
  else if (name === "zlib.decompress") codec = "zlib";
  else if (name === "gzip.decompress") codec = "gzip";
  else if (name === "codecs.decode" || name === "_codecs.decode")
    codec = typeof args[1] === "string" ? args[1].toLowerCase() : void 0;
  else if (name === "_codecs.encode" || name === "codecs.encode") {
    const enc = typeof args[1] === "string" ? args[1].toLowerCase().replace("_", "-") : "utf-8";
    const text = await textOf(m, args[0]);
    if (text === void 0) return void 0;
    if (enc === "latin1" || enc === "latin-1" || enc === "iso-8859-1")
      return { kind: "buffer", buf: Buffer.from(text, "latin1"), label: "encoded", offset: c.offset };
    if (enc === "utf-8" || enc === "utf8")
      return { kind: "buffer", buf: Buffer.from(text, "utf8"), label: "encoded", offset: c.offset };
    return void 0;
  }
  if (!codec) return void 0;
  const src = await inner();
  const input = await materialise(m, src);
  if (!input) return void 0;
  const buf = decode(m, input, codec);
  return buf ? { kind: "buffer", buf, label: codec, offset: c.offset } : void 0;
}
async function materialise(m, p) {
  if (!p) return void 0;
  const cap = m.ctx.limits.maxHeaderBytes;
  if (p.kind === "text") return p.text.length <= cap ? Buffer.from(p.text, "latin1") : void 0;
  if (p.kind === "buffer") return p.buf;
  if (p.kind === "slice") return p.length <= cap ? Buffer.from(await m.src.read(p.offset, p.length)) : void 0;
  return void 0;
}
function decode(m, input, codec) {
  const cap = m.ctx.limits.maxHeaderBytes;
  try {
    switch (codec) {
      case "base64":
      case "base_64":
      case "base64_codec":
        return Buffer.from(input.toString("latin1"), "base64");
      case "base64url":
        return Buffer.from(input.toString("latin1"), "base64url");
      case "hex":
      case "hex_codec":
        return Buffer.from(input.toString("latin1").replace(/\s+/g, ""), "hex");
      case "zlib":
      case "zip":
      case "zlib_codec": {
        const out = inflateSync2(input, { maxOutputLength: cap });
        m.ctx.chargeDecompressed(out.length);
        return out;
      }
      case "gzip": {
        const out = gunzipSync2(input, { maxOutputLength: cap });
        m.ctx.chargeDecompressed(out.length);
        return out;
      }
    }
  } catch {
    return void 0;
  }
  return void 0;
}
async function nestedCall(m, c, at) {
  const loader = calleeName(c);
  let arg = firstArg(c);
  if (arg === void 0 && kindOf(c.args) !== K_TUPLE) arg = void 0;
  const p = await resolve(m, arg, 0);
  if (!p) {
    m.report(
      "PKL-011",
      `${loader} is called on a value that is not a literal (payload computed at load time)`,
      at,
      "high",
      loader
    );
    return;
  }
  if (p.kind === "path" || p.kind === "text" && FILE_LOADERS.has(loader)) {
    const path3 = p.kind === "path" ? p.path : p.text;
    m.report(
      "PKL-011",
      `${loader} loads the file ${JSON.stringify(path3.slice(0, 200))} while unpickling`,
      at,
      "high",
      path3.slice(0, 200)
    );
    return;
  }
  let src;
  let name;
  if (p.kind === "slice") {
    src = new SliceSource(m.src, p.offset, p.length);
    name = p.label;
  } else {
    const buf = p.kind === "text" ? await materialise(m, p) : p.buf;
    if (!buf) {
      m.ctx.notAnalysed(`the payload handed to ${loader} is larger than limits.maxHeaderBytes`, m.mapOff(at));
      m.report("PKL-011", `${loader} deserialises a large literal payload (not analysed)`, at, "high", loader);
      return;
    }
    src = new BufferSource(buf);
    name = p.kind === "text" ? `str@${m.mapOff(p.offset ?? at)}` : `${p.label}@${m.mapOff(p.offset)}`;
  }
  const path2 = m.ctx.childPath(name, true);
  const out = await m.ctx.analyzeMember(name, src);
  let worst = 0;
  for (const f of m.ctx.run.findings)
    if (f.member === path2 || f.member?.startsWith(`${path2}!/`) || f.member?.startsWith(`${path2}/`))
      worst = Math.max(worst, SEVERITY_RANK[f.severity]);
  const bad = worst >= SEVERITY_RANK.high;
  const what = out.formats.length ? out.formats.join("/") : "unrecognised";
  m.report(
    "PKL-011",
    `${loader} deserialises a nested ${what} payload (${src.size} bytes, analysed as ${name})${bad ? " that is dangerous itself" : ""}`,
    at,
    bad ? "critical" : "high",
    `${loader}(${name})`
  );
}

// src/analyzers/pickle/joblib.ts
var NUMPY_WRAPPERS = /* @__PURE__ */ new Set([
  "joblib.numpy_pickle.NumpyArrayWrapper",
  "sklearn.externals.joblib.numpy_pickle.NumpyArrayWrapper"
]);
var LEGACY_WRAPPERS = /* @__PURE__ */ new Set([
  "joblib.numpy_pickle.NDArrayWrapper",
  "joblib.numpy_pickle.ZNDArrayWrapper",
  "joblib.numpy_pickle_compat.NDArrayWrapper",
  "joblib.numpy_pickle_compat.ZNDArrayWrapper",
  "sklearn.externals.joblib.numpy_pickle.NDArrayWrapper",
  "sklearn.externals.joblib.numpy_pickle.ZNDArrayWrapper"
]);
var JOBLIB_WRAPPERS = /* @__PURE__ */ new Set([...NUMPY_WRAPPERS, ...LEGACY_WRAPPERS]);
function int(v) {
  if (typeof v === "number" && Number.isInteger(v)) return BigInt(v);
  if (typeof v === "bigint") return v;
  return void 0;
}
function dtypeOf(v) {
  if (v === void 0 || kindOf(v) !== K_CALL) return void 0;
  const c = v;
  if (calleeName(c) !== "numpy.dtype" || kindOf(c.args) !== K_TUPLE) return void 0;
  const code = c.args.items[0];
  if (typeof code !== "string") return void 0;
  const st = c.state !== void 0 && kindOf(c.state) === K_TUPLE ? c.state.items : [];
  const flags = int(st[7]);
  const elsize = int(st[5]);
  const object = code.replace(/^[<>|=]/, "").startsWith("O") || flags !== void 0 && (flags & 1n) === 1n;
  if (elsize !== void 0 && elsize > 0n) return { itemsize: elsize, object };
  const m = /^[<>|=]?([a-zA-Z?])(\d+)$/.exec(code);
  if (!m) return object ? { itemsize: 8n, object } : void 0;
  const n = BigInt(m[2]);
  return { itemsize: m[1] === "U" ? n * 4n : n, object };
}
function stateDict(c) {
  return c.state !== void 0 && kindOf(c.state) === K_DICT ? c.state : void 0;
}
async function joblibArray(m, inst, wrapper, pos, at, frameEnd) {
  const ctx = m.ctx;
  const state = stateDict(inst);
  if (LEGACY_WRAPPERS.has(wrapper)) {
    const file = state?.get("filename");
    if (typeof file === "string") {
      const escapes = file.startsWith("/") || /^[A-Za-z]:[\\/]/.test(file) || file.startsWith("\\") || file.split(/[\\/]/).includes("..");
      m.report(
        "JBL-005",
        escapes ? `Legacy ${wrapper.split(".").pop()} loads ${JSON.stringify(file)}, outside the model's folder (numpy.load with allow_pickle=True)` : `Legacy ${wrapper.split(".").pop()} loads the side file ${JSON.stringify(file)} next to the model (numpy.load with allow_pickle=True); scan it too`,
        at,
        escapes ? "high" : "medium",
        file
      );
    } else
      m.report(
        "JBL-005",
        `Legacy ${wrapper.split(".").pop()} loads a side file whose name is not literal`,
        at,
        "high",
        wrapper
      );
    return pos;
  }
  if (ctx.member === void 0 || ctx.run.format === "compressed" || ctx.run.format === "pickle")
    ctx.run.format = "joblib";
  m.shared.arrays++;
  const unresolved = (why) => {
    m.report(
      "JBL-003",
      `NumpyArrayWrapper ${why}: the array bytes that follow cannot be skipped, so the rest of the stream was not analysed`,
      at,
      void 0,
      why
    );
    return -1;
  };
  if (frameEnd > pos) return unresolved("is not at the end of its FRAME (array position ambiguous)");
  if (!state) return unresolved("state is not a literal dict");
  const shapeV = state.get("shape");
  if (shapeV === void 0 || kindOf(shapeV) !== K_TUPLE) return unresolved("shape is not a literal tuple");
  const shapeT = shapeV;
  if (shapeT.n < 0 || shapeT.items.length !== shapeT.n) return unresolved("shape is not a literal tuple");
  let count = 1n;
  for (const d of shapeT.items) {
    const i2 = int(d);
    if (i2 === void 0 || i2 < 0n) return unresolved("shape has a non-integer or negative dimension");
    count *= i2;
  }
  const dtype = dtypeOf(state.get("dtype"));
  if (!dtype) return unresolved("dtype is not a literal numpy.dtype");
  const first = m.shared.arrays === 1;
  if (dtype.object) {
    m.report("JBL-004", `Object array of shape ${render(shapeT)} is stored as a nested pickle; analysed in place`, at);
    const nested = m.nested();
    const r2 = await nested.run(pos, true, false, false);
    m.result.arrays?.push({ offset: m.mapOff(pos), length: r2.end - pos, object: true });
    if (first) m.report("JBL-001", "joblib pickle with inline numpy arrays (parsed through)", at);
    return r2.status === "stop" ? r2.end : -1;
  }
  let p = pos;
  const align = state.get("numpy_array_alignment_bytes");
  if (align !== void 0 && align !== null) {
    if (int(align) === void 0) return unresolved("numpy_array_alignment_bytes is not an integer");
    if (p >= m.src.size) return unresolved("is followed by no padding byte");
    const pad = (await m.src.read(p, 1))[0];
    p += 1 + pad;
  }
  const nbytes = count * dtype.itemsize;
  if (BigInt(p) + nbytes > BigInt(m.src.size)) {
    m.malformed(at, `joblib array of ${nbytes} bytes is cut off by the end of the data`, String(nbytes), -1);
    return -1;
  }
  m.result.arrays?.push({ offset: m.mapOff(p), length: Number(nbytes), object: false });
  if (first) m.report("JBL-001", "joblib pickle with inline numpy arrays (parsed through)", at);
  return p + Number(nbytes);
}

// src/analyzers/pickle/torch.ts
var VIEW_REBUILDERS = /* @__PURE__ */ new Set([
  "torch._utils._rebuild_tensor",
  "torch._utils._rebuild_tensor_v2",
  "torch._utils._rebuild_tensor_v3"
]);
function int2(v) {
  if (typeof v === "number" && Number.isInteger(v)) return BigInt(v);
  if (typeof v === "bigint") return v;
  if (typeof v === "boolean") return v ? 1n : 0n;
  return void 0;
}
function ints(v) {
  if (v === void 0) return void 0;
  const items = seqItems(v);
  if (!items || kindOf(v) === K_TUPLE && v.n !== items.length) return void 0;
  const out = [];
  for (const x2 of items) {
    const i2 = int2(x2);
    if (i2 === void 0) return void 0;
    out.push(i2);
  }
  return out;
}
function storageNumel(storage) {
  if (storage === void 0 || kindOf(storage) !== K_PERSID) return void 0;
  const pid = seqItems(storage.pid);
  if (!pid || pid[0] !== "storage") return void 0;
  return int2(pid[4]);
}
function checkRebuild(m, callee, args, at) {
  if (!VIEW_REBUILDERS.has(callee) || kindOf(args) !== K_TUPLE) return;
  const [storage, offsetV, sizeV, strideV] = args.items;
  const offset = int2(offsetV);
  const size = ints(sizeV);
  const stride = ints(strideV);
  const fn = callee.slice(callee.lastIndexOf(".") + 1);
  const bad = (why) => m.report("PT-013", `${fn}: ${why}`, at, void 0, why);
  if (offset !== void 0 && offset < 0n) return bad(`negative storage offset ${offset}`);
  if (!size || !stride) return;
  if (size.length !== stride.length) return bad(`size has ${size.length} dimensions but stride has ${stride.length}`);
  if (size.some((s) => s < 0n)) return bad(`negative size (${size.join(", ")})`);
  if (stride.some((s) => s < 0n)) return bad(`negative stride (${stride.join(", ")})`);
  const numel = storageNumel(storage);
  if (numel === void 0 || offset === void 0 || size.some((s) => s === 0n)) return;
  let last = offset;
  for (let i2 = 0; i2 < size.length; i2++) last += (size[i2] - 1n) * stride[i2];
  if (last + 1n > numel)
    bad(
      `view reaches element ${last} (offset ${offset}, size (${size.join(", ")}), stride (${stride.join(", ")})) of a ${numel}-element storage`
    );
}

// src/analyzers/pickle/machine.ts
var STR_INLINE = 4096;
var LINE_CAP = 64 * 1024;
var DECODE_BUDGET = 256 * 1024 * 1024;
var DEADLINE_EVERY = 1e5;
var CHECK_EVERY = 4096;
var MAX_FORKS = 4;
var MAX_STRING_FINDINGS = 20;
var DICT_LIKE = /* @__PURE__ */ new Set([
  "collections.OrderedDict",
  "collections.defaultdict",
  "collections.Counter",
  "collections.UserDict",
  "builtins.dict"
]);
var LIST_LIKE = /* @__PURE__ */ new Set(["collections.UserList", "collections.deque", "builtins.list"]);
var TENSOR_LIKE = /* @__PURE__ */ new Set(["torch.Tensor", "torch.nn.parameter.Parameter", "torch._utils._rebuild_parameter"]);
function isStr(v) {
  return typeof v === "string";
}
var PickleMachine = class _PickleMachine {
  constructor(src, ctx, profile, shared, mapOff = (o) => o) {
    this.src = src;
    this.ctx = ctx;
    this.profile = profile;
    this.shared = shared;
    this.mapOff = mapOff;
    this.memo = new Memo(ctx.limits.maxMemo);
    this.r = new StreamReader(src, 0);
    this.torch = profile === "torch-weights";
    this.ts = profile === "torchscript";
  }
  src;
  ctx;
  profile;
  shared;
  mapOff;
  stack = [];
  marks = [];
  memo;
  proto = 0;
  protoOps = 0;
  pickleStart = 0;
  r;
  /** End of the C unpickler's current input buffer (a FRAME), 0 when none: reads straddling it diverge. */
  frameEnd = 0;
  opsLeft = DEADLINE_EVERY;
  opcodes = 0;
  gets = 0;
  puts = 0;
  dups = 0;
  seen = new Uint8Array(256);
  torch;
  ts;
  /** Whether this run's first STOP value is the analysis' firstValue. */
  primary = true;
  get result() {
    return this.shared.result;
  }
  // ---------------------------------------------------------------- reporting
  report(rule, message, at, severity, evidence) {
    this.ctx.report(rule, message, { offset: this.mapOff(at), severity, evidence });
  }
  /** Reports a rule once per analysis and key. */
  once(key, rule, message, at, severity, evidence) {
    if (this.shared.once.has(key)) return;
    this.shared.once.add(key);
    this.report(rule, message, at, severity, evidence);
  }
  // ---------------------------------------------------------------- the run
  /**
   * Runs every pickle from `start` (one when `single`). `resume`: continue the current state (a fork).
   * `primary`: this run's outcome is the analysis result (forks and nested joblib pickles are not).
   */
  async run(start, single, resume = false, primary = true) {
    let pos = start;
    const res = this.result;
    this.primary = primary;
    for (let first = true; ; first = false) {
      if (!(resume && first)) this.resetPickle(pos);
      const out = await this.exec(pos);
      const end = out.end;
      if (primary) res.end = this.mapOff(end);
      if (out.status !== "stop") {
        if (primary) res.complete = false;
        return out;
      }
      if (primary) {
        res.pickles++;
        res.complete = true;
      }
      if (single || end >= this.src.size) return out;
      const head = Buffer.from(await this.src.read(end, 64 * 1024));
      if (looksLikePickle(head, end + head.length >= this.src.size)) {
        this.report(
          "PKL-030",
          `Another pickle starts after STOP at offset ${this.mapOff(end)}; it is analysed too`,
          end
        );
        pos = end;
        continue;
      }
      const rest = this.src.size - end;
      this.report(
        "PKL-030",
        `${rest} bytes follow the pickle's STOP (ignored by pickle.load)`,
        end,
        void 0,
        `${rest} bytes`
      );
      if (head.length >= 4 && !(head[0] === 80 && head[1] === 75))
        await this.ctx.analyzeMember(`trailing@${this.mapOff(end)}`, new SliceSource(this.src, end, rest));
      return out;
    }
  }
  resetPickle(pos) {
    this.stack.length = 0;
    this.marks.length = 0;
    this.memo = new Memo(this.ctx.limits.maxMemo);
    this.proto = 0;
    this.protoOps = 0;
    this.pickleStart = pos;
    this.frameEnd = 0;
    this.gets = this.puts = this.dups = 0;
  }
  /** A copy of the machine state for a FRAME-divergence fork reading `src`. */
  fork(src, mapOff) {
    const m = new _PickleMachine(src, this.ctx, this.profile, this.shared, mapOff);
    m.stack.push(...this.stack);
    m.marks.push(...this.marks);
    m.memo = this.memo.clone();
    m.proto = this.proto;
    m.protoOps = this.protoOps;
    m.pickleStart = this.pickleStart;
    m.seen.set(this.seen);
    return m;
  }
  /** A fresh machine for a nested pickle inline in the same stream (joblib object arrays). */
  nested() {
    return new _PickleMachine(this.src, this.ctx, this.profile, this.shared, this.mapOff);
  }
  // ---------------------------------------------------------------- byte access
  window() {
    const b = this.r.window;
    const base = this.r.windowStart;
    return { b, base, lim: base + b.length };
  }
  async fill(pos, n) {
    this.r.seek(pos);
    await this.r.ensure(n);
  }
  /**
   * Finds the line starting at `pos`: returns [start, end) of its text (end = the '\n'), `long` when it is
   * longer than LINE_CAP (not kept), or null when the stream ends without a newline.
   */
  async line(pos) {
    let want = 256;
    for (; ; ) {
      let { b, base, lim } = this.window();
      if (pos < base || pos > lim) {
        await this.fill(pos, Math.min(want, this.src.size - pos));
        ({ b, base, lim } = this.window());
      }
      const i2 = b.indexOf(10, pos - base);
      if (i2 >= 0) return { end: base + i2, long: false };
      if (lim >= this.src.size) return null;
      if (lim - pos >= LINE_CAP) return this.longLine(pos);
      want = Math.min(LINE_CAP + 1, (lim - pos) * 2 + 4096);
      await this.fill(pos, want);
    }
  }
  async longLine(pos) {
    let at = pos;
    while (at < this.src.size) {
      this.ctx.checkDeadline(this.mapOff(at));
      const chunk = await this.src.read(at, 1 << 20);
      if (chunk.length === 0) break;
      const i2 = chunk.indexOf(10);
      if (i2 >= 0) return { end: at + i2, long: true };
      at += chunk.length;
    }
    return null;
  }
  async bytesAt(pos, n) {
    const { b, base, lim } = this.window();
    if (pos >= base && pos + n <= lim) return b.subarray(pos - base, pos - base + n);
    return Buffer.from(await this.src.read(pos, n));
  }
  /** Text of a str reference (for STACK_GLOBAL operands, payload decoding). Bounded by maxHeaderBytes. */
  async strText(s) {
    if (s.length > this.ctx.limits.maxHeaderBytes) return void 0;
    const raw = Buffer.from(await this.src.read(s.offset, s.length));
    return decodeStr(raw, s.encoding) ?? void 0;
  }
  // ---------------------------------------------------------------- stack helpers
  markBase() {
    return this.marks.length ? this.marks[this.marks.length - 1] : 0;
  }
  underflow(at, op) {
    this.report(
      "PKL-052",
      `${opName(op)} pops from an empty stack (the unpickler raises here)`,
      at,
      void 0,
      opName(op)
    );
  }
  pop(at, op) {
    if (this.stack.length > this.markBase()) return this.stack.pop();
    this.underflow(at, op);
    return UNKNOWN;
  }
  top(at, op) {
    if (this.stack.length > this.markBase()) return this.stack[this.stack.length - 1];
    this.underflow(at, op);
    this.stack.push(UNKNOWN);
    return UNKNOWN;
  }
  popMark(at, op) {
    if (!this.marks.length) {
      this.report("PKL-052", `${opName(op)} without a MARK (the unpickler raises here)`, at, void 0, opName(op));
      return [];
    }
    const m = this.marks.pop();
    return this.stack.splice(m);
  }
  // ---------------------------------------------------------------- the opcode loop
  /** Bytes values that look like serialised content, analysed once the pickle is done (unless a loader took them). */
  blobs = [];
  async exec(start) {
    const out = await this.steps(start);
    await this.flushBlobs();
    return out;
  }
  async flushBlobs() {
    const blobs = this.blobs;
    this.blobs = [];
    for (const [v, at] of blobs) await sniffNested(this, v, at);
  }
  async steps(start) {
    const size = this.src.size;
    const stack = this.stack;
    const maxStack = this.ctx.limits.maxStack;
    const maxOps = this.ctx.limits.maxOpcodes;
    let pos = start;
    await this.fill(pos, 64);
    let { b, base, lim } = this.window();
    let at = pos;
    let op = 0;
    const fail = (msg, evidence, rest = pos) => {
      this.malformed(at, msg, evidence, rest);
      return { status: "error", end: at };
    };
    const truncated = (what) => fail(`${what} is cut off by the end of the data`, opName(op), -1);
    const seen = this.seen;
    let ops = 0;
    let budget = 0;
    try {
      for (; ; ) {
        if (budget === 0) {
          const total = this.opcodes + ops;
          if (total >= maxOps)
            throw new LimitExceeded("maxOpcodes", `more than ${maxOps} pickle opcodes`, this.mapOff(pos));
          const depth = stack.length + this.marks.length;
          if (depth > maxStack)
            throw new LimitExceeded("maxStack", `pickle stack deeper than ${maxStack}`, this.mapOff(pos));
          this.opsLeft -= CHECK_EVERY;
          if (this.opsLeft <= 0) {
            this.opsLeft = DEADLINE_EVERY;
            this.ctx.checkDeadline(this.mapOff(pos));
          }
          budget = Math.min(CHECK_EVERY, maxOps - total, Math.max(1, maxStack - depth));
        }
        budget--;
        if (pos + 16 > lim && lim < size) {
          await this.fill(pos, 64);
          ({ b, base, lim } = this.window());
        }
        if (pos >= size) {
          this.malformed(pos, "the pickle ends without STOP", void 0, pos);
          return { status: "eof", end: pos };
        }
        at = pos;
        op = b[pos - base];
        pos++;
        ops++;
        if (seen[op] === 0) this.firstUse(op, at);
        switch (op) {
          // ------------------------------------------------ structure
          case 40:
            this.marks.push(stack.length);
            break;
          case 46: {
            const v = this.pop(at, op);
            this.finishPickle(v, at);
            return { status: "stop", end: pos };
          }
          case 48:
            if (stack.length > this.markBase()) this.discard(stack.pop(), at);
            else if (this.marks.length) this.marks.pop();
            else this.underflow(at, op);
            break;
          case 49:
            for (const v of this.popMark(at, op)) this.discard(v, at);
            break;
          case 50: {
            const v = this.top(at, op);
            if (kindOf(v) === K_CALL) v.flags |= F_DUP;
            stack.push(v);
            if (++this.dups === 101) this.report("PKL-040", "More than 100 DUP opcodes (no pickler emits DUP)", at);
            break;
          }
          // ------------------------------------------------ numbers
          case 74:
            if (pos + 4 > lim) return truncated("BININT argument");
            if (pos < this.frameEnd && pos + 4 > this.frameEnd) this.straddle(at, pos, 4);
            stack.push(b.readInt32LE(pos - base));
            pos += 4;
            break;
          case 75:
            if (pos + 1 > lim) return truncated("BININT1 argument");
            stack.push(b[pos - base]);
            pos += 1;
            break;
          case 77:
            if (pos + 2 > lim) return truncated("BININT2 argument");
            if (pos < this.frameEnd && pos + 2 > this.frameEnd) this.straddle(at, pos, 2);
            stack.push(b.readUInt16LE(pos - base));
            pos += 2;
            break;
          case 71:
            if (pos + 8 > lim) return truncated("BINFLOAT argument");
            if (pos < this.frameEnd && pos + 8 > this.frameEnd) this.straddle(at, pos, 8);
            stack.push(FLOAT);
            pos += 8;
            break;
          case 136:
            stack.push(true);
            break;
          case 137:
            stack.push(false);
            break;
          case 78:
            stack.push(null);
            break;
          case 138:
          // LONG1
          case 139: {
            const w = op === 138 ? 1 : 4;
            if (pos + w > lim) return truncated(`${opName(op)} length`);
            if (pos < this.frameEnd && pos + w > this.frameEnd) this.straddle(at, pos, w);
            const n = w === 1 ? b[pos - base] : b.readInt32LE(pos - base);
            pos += w;
            if (n < 0) return fail("LONG4 has a negative byte count");
            if (n > size - pos) return this.tooLong(at, pos, n, size);
            if (pos < this.frameEnd && pos + n > this.frameEnd) this.straddle(at, pos, n);
            if (n <= 64) {
              if (pos + n > lim) {
                await this.fill(pos, n);
                ({ b, base, lim } = this.window());
              }
              stack.push(decodeLong(b, pos - base, n));
            } else {
              stack.push(BIG_INT);
              if (n > 4096) this.once(`long@${at}`, "PKL-040", `LONG4 of ${n} bytes (a number no model needs)`, at);
            }
            pos += n;
            break;
          }
          // ------------------------------------------------ strings and bytes
          case 140:
          // SHORT_BINUNICODE
          case 88:
          // BINUNICODE
          case 141:
          // BINUNICODE8
          case 85:
          // SHORT_BINSTRING
          case 84:
          // BINSTRING
          case 67:
          // SHORT_BINBYTES
          case 66:
          // BINBYTES
          case 142:
          // BINBYTES8
          case 150: {
            const w = op === 140 || op === 85 || op === 67 ? 1 : op === 141 || op === 142 || op === 150 ? 8 : 4;
            if (pos + w > lim) return truncated(`${opName(op)} length`);
            if (pos < this.frameEnd && pos + w > this.frameEnd) this.straddle(at, pos, w);
            let n;
            if (w === 1) n = b[pos - base];
            else if (w === 4) n = op === 84 ? b.readInt32LE(pos - base) : b.readUInt32LE(pos - base);
            else {
              const big = b.readBigUInt64LE(pos - base);
              if (big > BigInt(size - pos - 8)) {
                pos += 8;
                return this.tooLong(at, pos, big, size);
              }
              n = Number(big);
            }
            pos += w;
            if (n < 0) return fail(`${opName(op)} has a negative byte count`);
            if (n > size - pos) return this.tooLong(at, pos, n, size);
            const isBytes = op === 67 || op === 66 || op === 142 || op === 150;
            if (isBytes) {
              const v = new BytesVal(pos, n, op === 150);
              stack.push(v);
              if (n >= 16) {
                const i3 = pos - base;
                const head = pos + 8 <= lim ? b.subarray(i3, i3 + 8) : await this.bytesAt(pos, 8);
                if (sniffBytes2(head)) {
                  this.blobs.push([v, at]);
                  if (this.blobs.length >= 256) {
                    await this.flushBlobs();
                    ({ b, base, lim } = this.window());
                  }
                } else if (n <= STR_INLINE && this.shared.stringFindings < MAX_STRING_FINDINGS && pos + n <= lim)
                  this.checkString(b.toString("latin1", i3, i3 + n), at);
              }
              pos += n;
              break;
            }
            if (pos < this.frameEnd && pos + n > this.frameEnd) this.straddle(at, pos, n);
            const enc = op === 85 || op === 84 ? "latin1" : "utf8";
            if (n > STR_INLINE || this.shared.decoded > DECODE_BUDGET) {
              stack.push(new StrRef(pos, n, enc));
              pos += n;
              break;
            }
            if (pos + n > lim) {
              await this.fill(pos, n);
              ({ b, base, lim } = this.window());
            }
            const i2 = pos - base;
            const s = enc === "utf8" ? utf8(b, i2, i2 + n) : b.toString("latin1", i2, i2 + n);
            this.shared.decoded += n;
            if (n >= 7 && this.shared.stringFindings < MAX_STRING_FINDINGS) this.checkString(s, at);
            stack.push(s);
            pos += n;
            break;
          }
          case 151:
            stack.push(BUFFER);
            break;
          case 152:
            this.top(at, op);
            break;
          // ------------------------------------------------ containers
          case 41:
            stack.push(EMPTY_TUPLE);
            break;
          case 133:
            stack.push(new TupleVal([this.pop(at, op)], 1));
            break;
          case 134: {
            const y = this.pop(at, op);
            const x2 = this.pop(at, op);
            stack.push(new TupleVal([x2, y], 2));
            break;
          }
          case 135: {
            const z = this.pop(at, op);
            const y = this.pop(at, op);
            const x2 = this.pop(at, op);
            stack.push(new TupleVal([x2, y, z], 3));
            break;
          }
          case 116: {
            const items = this.popMark(at, op);
            stack.push(
              items.length === 0 ? EMPTY_TUPLE : new TupleVal(items.length > KEEP_ITEMS ? items.slice(0, KEEP_ITEMS) : items, items.length)
            );
            break;
          }
          case 93:
            stack.push(new ContainerVal(K_LIST));
            break;
          case 125:
            stack.push(new ContainerVal(K_DICT));
            break;
          case 143:
            stack.push(new ContainerVal(K_SET));
            break;
          case 108:
          // LIST
          case 145: {
            const items = this.popMark(at, op);
            const c = new ContainerVal(op === 108 ? K_LIST : K_FROZENSET);
            for (const v of items) c.add(v);
            stack.push(c);
            break;
          }
          case 100: {
            const items = this.popMark(at, op);
            if (items.length % 2) this.malformed(at, "DICT with an odd number of items", void 0, -1);
            const c = new ContainerVal(K_DICT);
            for (let i2 = 0; i2 + 1 < items.length; i2 += 2) c.addPair(items[i2], items[i2 + 1]);
            stack.push(c);
            break;
          }
          case 97: {
            const v = this.pop(at, op);
            const t = this.addTarget(this.top(at, op), K_LIST, at, op);
            t?.add(v);
            break;
          }
          case 101:
          // APPENDS
          case 144: {
            const items = this.popMark(at, op);
            const t = this.addTarget(this.top(at, op), op === 101 ? K_LIST : K_SET, at, op);
            if (t) for (const v of items) t.add(v);
            break;
          }
          case 115: {
            const v = this.pop(at, op);
            const k = this.pop(at, op);
            this.addTarget(this.top(at, op), K_DICT, at, op)?.addPair(k, v);
            break;
          }
          case 117: {
            const items = this.popMark(at, op);
            if (items.length % 2) this.malformed(at, "SETITEMS with an odd number of items", void 0, -1);
            const t = this.addTarget(this.top(at, op), K_DICT, at, op);
            if (t) for (let i2 = 0; i2 + 1 < items.length; i2 += 2) t.addPair(items[i2], items[i2 + 1]);
            break;
          }
          // ------------------------------------------------ memo
          case 104:
          // BINGET
          case 106: {
            const w = op === 104 ? 1 : 4;
            if (pos + w > lim) return truncated(`${opName(op)} argument`);
            if (pos < this.frameEnd && pos + w > this.frameEnd) this.straddle(at, pos, w);
            const key = w === 1 ? b[pos - base] : b.readUInt32LE(pos - base);
            pos += w;
            this.memoGet(key, at);
            break;
          }
          case 113:
          // BINPUT
          case 114: {
            const w = op === 113 ? 1 : 4;
            if (pos + w > lim) return truncated(`${opName(op)} argument`);
            if (pos < this.frameEnd && pos + w > this.frameEnd) this.straddle(at, pos, w);
            const key = w === 1 ? b[pos - base] : b.readUInt32LE(pos - base);
            pos += w;
            this.memoPut(key, at, op);
            break;
          }
          case 148:
            this.memoPut(this.memo.size, at, op);
            break;
          // ------------------------------------------------ imports and calls
          case 147: {
            const name = this.pop(at, op);
            const module = this.pop(at, op);
            stack.push(await this.stackGlobal(module, name, at));
            ({ b, base, lim } = this.window());
            break;
          }
          case 82: {
            const args = this.pop(at, op);
            const fn = this.pop(at, op);
            stack.push(this.call("REDUCE", fn, args, at));
            break;
          }
          case 129: {
            const args = this.pop(at, op);
            const cls = this.pop(at, op);
            stack.push(this.call("NEWOBJ", cls, args, at));
            break;
          }
          case 146: {
            const kw = this.pop(at, op);
            const args = this.pop(at, op);
            const cls = this.pop(at, op);
            stack.push(this.call("NEWOBJ_EX", cls, args, at, kw));
            break;
          }
          case 111: {
            const items = this.popMark(at, op);
            if (!items.length) {
              this.underflow(at, op);
              stack.push(UNKNOWN);
              break;
            }
            const cls = items[0];
            const rest = items.slice(1);
            stack.push(this.call("OBJ", cls, new TupleVal(rest.slice(0, KEEP_ITEMS), rest.length), at));
            break;
          }
          case 98: {
            const state = this.pop(at, op);
            const inst = this.top(at, op);
            const wrapper = this.build(inst, state, at);
            if (wrapper) {
              stack.pop();
              const next = await joblibArray(this, inst, wrapper, pos, at, this.frameEnd);
              if (next < 0) return { status: "abort", end: pos };
              stack.push(new OpaqueVal("numpy array"));
              pos = next;
              await this.fill(pos, 64);
              ({ b, base, lim } = this.window());
            }
            break;
          }
          case 130:
          // EXT1
          case 131:
          // EXT2
          case 132: {
            const w = op === 130 ? 1 : op === 131 ? 2 : 4;
            if (pos + w > lim) return truncated(`${opName(op)} argument`);
            if (pos < this.frameEnd && pos + w > this.frameEnd) this.straddle(at, pos, w);
            const code = w === 1 ? b[pos - base] : w === 2 ? b.readUInt16LE(pos - base) : b.readInt32LE(pos - base);
            pos += w;
            stack.push(this.ext(code, at, op));
            break;
          }
          case 81: {
            const pid = this.pop(at, op);
            stack.push(this.persid(pid, at));
            break;
          }
          case 128: {
            if (pos + 1 > lim) return truncated("PROTO argument");
            this.protocol(b[pos - base], at);
            pos += 1;
            break;
          }
          case 149: {
            if (pos + 8 > lim) return truncated("FRAME length");
            if (pos < this.frameEnd && pos + 8 > this.frameEnd) this.straddle(at, pos, 8);
            const big = b.readBigUInt64LE(pos - base);
            pos += 8;
            if (big > BigInt(size - pos)) return this.tooLong(at, pos, big, size);
            const n = Number(big);
            if (pos < this.frameEnd) {
              this.once(
                `frame-in-frame@${at}`,
                "PKL-033",
                "FRAME begins before the previous frame ends (the pure-Python unpickler refuses this; the C unpickler continues)",
                at
              );
              if (pos + n > this.frameEnd) this.straddle(at, pos, n);
              else break;
            }
            this.frameEnd = pos + n;
            break;
          }
          // ------------------------------------------------ line-argument opcodes (protocol 0)
          case 99:
          // GLOBAL
          case 105:
          // INST
          case 80:
          // PERSID
          case 73:
          // INT
          case 76:
          // LONG
          case 70:
          // FLOAT
          case 83:
          // STRING
          case 86:
          // UNICODE
          case 103:
          // GET
          case 112: {
            const l1 = await this.line(pos);
            ({ b, base, lim } = this.window());
            if (!l1) return fail(`${opName(op)} line has no newline before the end of the data`, opName(op), -1);
            this.straddle(at, pos, l1.end + 1 - pos);
            if (op === 99 || op === 105) {
              const l2 = await this.line(l1.end + 1);
              if (!l2)
                return fail(`${opName(op)} second line has no newline before the end of the data`, opName(op), -1);
              this.straddle(at, l1.end + 1, l2.end - l1.end);
              if (l1.long || l2.long) {
                this.report("PKL-003", `${opName(op)} names a module or attribute longer than ${LINE_CAP} bytes`, at);
                pos = l2.end + 1;
                ({ b, base, lim } = this.window());
                if (op === 105) this.popMark(at, op);
                stack.push(UNKNOWN);
                break;
              }
              const mod = await this.text(pos, l1.end, op === 99 ? "utf8" : "latin1");
              const nm = await this.text(l1.end + 1, l2.end, op === 99 ? "utf8" : "latin1");
              pos = l2.end + 1;
              const g = this.importGlobal(mod, nm, at, opName(op));
              if (op === 105) {
                const items = this.popMark(at, op);
                stack.push(this.call("INST", g, new TupleVal(items.slice(0, KEEP_ITEMS), items.length), at));
              } else stack.push(g);
              ({ b, base, lim } = this.window());
              break;
            }
            const start2 = pos;
            pos = l1.end + 1;
            if (l1.long) {
              if (op === 83 || op === 86)
                stack.push(new StrRef(start2, l1.end - start2, op === 83 ? "escape" : "raw-unicode-escape"));
              else if (op === 76 || op === 73) {
                this.report(
                  "PKL-040",
                  `${opName(op)} with a ${l1.end - start2}-byte decimal number (quadratic to parse)`,
                  at
                );
                stack.push(BIG_INT);
              } else return fail(`${opName(op)} argument longer than ${LINE_CAP} bytes`);
              ({ b, base, lim } = this.window());
              break;
            }
            const raw = Buffer.from(await this.bytesAt(start2, l1.end - start2));
            ({ b, base, lim } = this.window());
            const r2 = this.lineOp(op, raw, at);
            if (r2 === false) return fail(`invalid ${opName(op)} argument`, stringEvidence(raw.toString("latin1"), 60));
            break;
          }
          default:
            pos = at;
            return fail(`unknown opcode 0x${op.toString(16).padStart(2, "0")}`, `0x${op.toString(16).padStart(2, "0")}`);
        }
        if (this.pending.length) {
          await this.flushPending(at);
          ({ b, base, lim } = this.window());
        }
      }
    } finally {
      this.opcodes += ops;
    }
  }
  /** Decodes a line's text; lines are in the window or re-read. */
  async text(start, end, enc) {
    const raw = await this.bytesAt(start, end - start);
    return enc === "utf8" ? utf8(raw, 0, raw.length) : raw.toString("latin1");
  }
  /** INT, LONG, FLOAT, STRING, UNICODE, GET, PUT, PERSID with their line. False when the argument is invalid. */
  lineOp(op, raw, at) {
    const t = raw.toString("latin1");
    switch (op) {
      case 73: {
        if (t === "00" || t === "01") {
          this.stack.push(t === "01");
          return true;
        }
        const v = parsePyInt(t, true);
        if (v === null) return false;
        this.stack.push(v);
        if (t.length > 4300) this.report("PKL-040", `INT with ${t.length} digits`, at);
        return true;
      }
      case 76: {
        const v = parsePyInt(t.endsWith("L") ? t.slice(0, -1) : t, true);
        if (v === null) return false;
        if (t.length > 4300) this.report("PKL-040", `LONG with ${t.length} digits (quadratic to parse)`, at);
        this.stack.push(v);
        return true;
      }
      case 70:
        if (!isPyFloat(t)) return false;
        this.stack.push(FLOAT);
        return true;
      case 83: {
        if (t.length < 2 || t[0] !== t[t.length - 1] || t[0] !== "'" && t[0] !== '"') return false;
        const s = escapeDecode(raw.subarray(1, raw.length - 1));
        if (s === null) return false;
        this.checkString(s, at);
        this.stack.push(s);
        return true;
      }
      case 86: {
        const s = rawUnicodeEscapeDecode(raw);
        if (s === null) return false;
        this.checkString(s, at);
        this.stack.push(s);
        return true;
      }
      case 103:
      // GET
      case 112: {
        const v = parsePyInt(t, false);
        if (v === null || typeof v === "bigint" || v < 0) return false;
        if (op === 103) this.memoGet(v, at);
        else this.memoPut(v, at, op);
        return true;
      }
      case 80: {
        this.stack.push(this.persid(t, at));
        return true;
      }
    }
    return false;
  }
  // ---------------------------------------------------------------- checks on first use of an opcode
  firstUse(op, at) {
    this.seen[op] = 1;
    const info = OPS[op];
    if (!info) return;
    if (this.torch && !WEIGHTS_ONLY_OPS.has(op))
      this.once(
        `pt002:${op}`,
        "PT-002",
        `data.pkl uses ${info.name}, which torch.load(weights_only=True) rejects`,
        at,
        "medium",
        info.name
      );
    if (this.protoOps > 0 && info.proto > this.proto)
      this.once(
        `pkl032:${op}`,
        "PKL-032",
        `${info.name} is a protocol ${info.proto} opcode in a stream that declares protocol ${this.proto}`,
        at,
        void 0,
        info.name
      );
  }
  protocol(v, at) {
    this.protoOps++;
    if (this.protoOps === 1 && this.result.proto === void 0) this.result.proto = v;
    if (v > 5)
      this.report(
        "PKL-031",
        `PROTO ${v} is above the highest protocol (5); Python refuses the file`,
        at,
        void 0,
        `PROTO ${v}`
      );
    else if (this.protoOps > 1)
      this.report("PKL-031", `PROTO repeated (now ${v}); writers emit it once`, at, void 0, `PROTO ${v}`);
    else if (at !== this.pickleStart)
      this.report("PKL-031", `PROTO ${v} is not the first opcode`, at, void 0, `PROTO ${v}`);
    if (this.torch && v !== 2 && !this.shared.once.has("pt002:proto")) {
      this.shared.once.add("pt002:proto");
      this.report("PT-002", `data.pkl declares protocol ${v}; torch.save writes protocol 2`, at, "low", `PROTO ${v}`);
    }
    this.proto = v;
  }
  // ---------------------------------------------------------------- errors
  /** A malformed stream: PKL-050 (earlier findings stay). `rest` = offset from which bytes went unread (-1: none). */
  malformed(at, message, evidence, rest) {
    this.report("PKL-050", `Malformed pickle: ${message}`, at, void 0, evidence);
    if (rest >= 0 && rest < this.src.size)
      this.ctx.report(
        "GEN-003",
        `Not analysed: ${this.src.size - rest} bytes of the pickle stream after offset ${this.mapOff(at)} (${message})`,
        {
          offset: this.mapOff(at)
        }
      );
  }
  tooLong(at, pos, n, size) {
    this.report(
      "PKL-050",
      `Malformed pickle: ${opName(this.peekOp(at))} declares ${n} bytes but only ${Math.max(0, size - pos)} are left`,
      at,
      void 0,
      String(n)
    );
    return { status: "error", end: at };
  }
  // ---------------------------------------------------------------- FRAME divergence
  /** A read of n bytes at pos (Read semantics): when it crosses the frame end, fork the C-unpickler view. */
  straddle(at, pos, n) {
    const fe = this.frameEnd;
    if (!(pos < fe && pos + n > fe)) return;
    this.frameEnd = 0;
    this.report(
      "PKL-033",
      `${opName(this.peekOp(at))} at offset ${this.mapOff(at)} reads across the end of its FRAME (offset ${this.mapOff(fe)}); loaders disagree on what follows`,
      at,
      void 0,
      opName(this.peekOp(at))
    );
    if (this.shared.forkCount >= MAX_FORKS) return;
    this.shared.forkCount++;
    const cut = new CutSource(this.src, pos, fe);
    const parentMap = this.mapOff;
    const machine = this.fork(cut, (o) => parentMap(cut.toParent(o)));
    this.shared.forks.push({ machine, start: at });
  }
  peekOp(at) {
    const { b, base, lim } = this.window();
    return at >= base && at < lim ? b[at - base] : 0;
  }
  // ---------------------------------------------------------------- memo
  memoGet(key, at) {
    this.gets++;
    const v = this.memo.get(key);
    if (v === void 0) {
      this.report(
        "PKL-053",
        `Memo GET of key ${key}, which was never stored (the unpickler raises KeyError)`,
        at,
        void 0,
        String(key)
      );
      this.stack.push(UNKNOWN);
      return;
    }
    this.stack.push(v);
  }
  memoPut(key, at, op) {
    this.puts++;
    if (this.stack.length <= this.markBase()) {
      this.underflow(at, op);
      return;
    }
    const v = this.stack[this.stack.length - 1];
    if (kindOf(v) === K_CALL) v.flags |= F_MEMO;
    this.memo.set(key, v, this.mapOff(at));
  }
  // ---------------------------------------------------------------- imports
  importGlobal(module, name, at, how) {
    return this.recordImport(resolveImport(module, name, this.proto, this.profile, how), at);
  }
  recordImport(imp, at) {
    this.ctx.addImport(imp.full);
    this.result.imports.push({ name: imp.full, offset: this.mapOff(at) });
    for (const f of imp.findings) this.report(f.rule, f.message, at, f.severity, f.evidence);
    return new GlobalVal(imp.full, imp.module, imp.verdict, this.mapOff(at));
  }
  async stackGlobal(module, name, at) {
    const m = kindOf(module) === K_STRREF ? await this.strText(module) : module;
    const n = kindOf(name) === K_STRREF ? await this.strText(name) : name;
    if (isStr(m) && isStr(n)) return this.importGlobal(m, n, at, "STACK_GLOBAL");
    const why = (v) => v === void 0 ? "an undecodable string" : isStr(v) ? JSON.stringify(v) : `not a str (${render(v, 80)})`;
    this.report(
      "PKL-003",
      `STACK_GLOBAL module ${why(m)}, name ${why(n)}: the import is computed at load time`,
      at,
      void 0,
      `${render(module, 60)} . ${render(name, 60)}`
    );
    return UNKNOWN;
  }
  ext(code, at, op) {
    const known = this.shared.ext.get(code);
    this.report(
      "PKL-004",
      `${opName(op)} ${code} imports through the copyreg extension registry${known ? ` (registered in this pickle as ${known.join(".")})` : " (unknowable statically)"}`,
      at,
      void 0,
      `${opName(op)} ${code}`
    );
    if (code <= 0) this.malformed(at, `${opName(op)} code ${code} <= 0`, void 0, -1);
    if (known) return this.importGlobal(known[0], known[1], at, opName(op));
    return new GlobalVal(
      `copyreg.extension[${code}]`,
      "copyreg",
      { kind: "unknown", severity: "high", root: "copyreg" },
      this.mapOff(at)
    );
  }
  persid(pid, at) {
    this.result.persistentIds.push({ offset: this.mapOff(at), pid: toLiteral(pid) });
    return new PersVal(pid, this.mapOff(at));
  }
  // ---------------------------------------------------------------- calls
  call(op, fn, args, at, kwargs) {
    const c = new CallVal(op, fn, args, this.mapOff(at), kwargs);
    if (kindOf(fn) !== K_GLOBAL) return c;
    const g = fn;
    const v = g.verdict;
    const rendered = `${g.name}${renderArgs(args)}`;
    if (v.kind === "deny")
      this.report("PKL-010", `Calls ${rendered} while loading (${op}; ${v.what})`, at, v.severity, rendered);
    const hasText = literalText(args);
    if (v.kind === "unknown" && hasText) {
      if (g.module === "__main__" || g.module.startsWith("__main__."))
        this.report("PKL-020", `Calls ${rendered}, defined by the loading script (__main__)`, at, "high", g.name);
      else if (v.severity === "medium")
        this.report(
          "PKL-002",
          `Calls ${rendered} with string arguments; ${g.name} is not on the allow list`,
          at,
          "high",
          g.name
        );
    }
    if (v.kind === "allowed" && v.reason === "class" && op === "REDUCE" && hasText)
      this.report(
        "PKL-002",
        `Calls ${rendered} with string arguments (estimator classes are rebuilt without arguments)`,
        at,
        "medium",
        g.name
      );
    if (NESTED_LOADERS.has(g.name) || nestedLoaderPrefix(g.name)) this.pending.push(c);
    if (TORCH_REBUILD_FUNCTIONS.has(g.name)) {
      this.result.rebuildCalls.push({ callee: g.name, args: toLiteral(args), offset: this.mapOff(at) });
      checkRebuild(this, g.name, args, at);
    }
    if (g.name === "builtins.getattr") return this.getattrCall(c, args, at);
    if (g.name === "copyreg.add_extension") {
      const a = kindOf(args) === K_TUPLE ? args.items : [];
      if (isStr(a[0]) && isStr(a[1]) && typeof a[2] === "number") this.shared.ext.set(a[2], [a[0], a[1]]);
    }
    return c;
  }
  /** `getattr(obj, 'name')` with literals resolves like an import of obj.name. */
  getattrCall(c, args, at) {
    if (kindOf(args) !== K_TUPLE) return c;
    const [obj, attr] = args.items;
    if (kindOf(obj) !== K_GLOBAL || !isStr(attr)) return c;
    const base = obj;
    const imp = resolveImport(
      base.module,
      `${base.name.slice(base.module.length + 1)}.${attr}`,
      4,
      this.profile,
      "getattr"
    );
    imp.findings = imp.findings.filter((f) => f.rule !== "PKL-005");
    return this.recordImport(imp, at);
  }
  /** Calls waiting for async work (nested payload analysis) once the current opcode is done. */
  pending = [];
  async flushPending(at) {
    const list = this.pending;
    this.pending = [];
    for (const c of list) await nestedCall(this, c, at);
  }
  // ---------------------------------------------------------------- BUILD, item targets, discards
  /** BUILD semantics; returns the joblib wrapper class name when the stream carries array bytes next. */
  build(inst, state, at) {
    const k = kindOf(inst);
    if (k === K_GLOBAL) {
      const g = inst;
      this.report(
        "PKL-012",
        `BUILD sets attributes on ${g.name} itself (monkey-patching the loading process)`,
        at,
        void 0,
        g.name
      );
      return void 0;
    }
    if (k !== K_CALL) return void 0;
    const c = inst;
    c.state = state;
    const cls = classOf(c);
    if (cls && cls.verdict.kind === "deny" && c.op !== "REDUCE")
      this.report("PKL-010", `BUILD calls ${cls.name}.__setstate__ while loading`, at, cls.verdict.severity, cls.name);
    if (kindOf(state) === K_TUPLE && state.n === 2) {
      const slot = state.items[1];
      if (kindOf(slot) === K_DICT) {
        const it = slot.items;
        for (let i2 = 0; i2 < it.length; i2 += 2) {
          const key = it[i2];
          if (isStr(key) && /^__\w+__$/.test(key)) {
            this.report("PKL-012", `BUILD slot state sets ${key} on ${cls?.name ?? "an object"}`, at, void 0, key);
            break;
          }
        }
      }
    }
    if (cls && JOBLIB_WRAPPERS.has(cls.name)) return cls.name;
    return void 0;
  }
  /** Where APPEND/SETITEM/ADDITEMS items go; reports targets that are not containers (PKL-013, PT-014). */
  addTarget(t, want, at, op) {
    const k = kindOf(t);
    if (k === want || want === K_SET && k === K_SET) return t;
    const what = opName(op);
    if (k === K_CALL) {
      const c = t;
      const callee = calleeName(c);
      const cls = classOf(c)?.name;
      const tensor = callee !== void 0 && (TORCH_REBUILD_FUNCTIONS.has(callee) || TENSOR_LIKE.has(callee)) || cls !== void 0 && TENSOR_LIKE.has(cls);
      if (tensor) {
        this.report(
          "PKL-013",
          `${what} on a tensor rebuilt by ${callee ?? cls} (item writes into tensor memory)`,
          at,
          this.torch ? "high" : "medium",
          what
        );
        if (this.torch)
          this.report(
            "PT-014",
            `${what} targets a rebuilt tensor (CVE-2026-24747 write primitive)`,
            at,
            void 0,
            what
          );
        return void 0;
      }
      const name = cls ?? callee;
      if (name !== void 0 && (want === K_DICT && DICT_LIKE.has(name) || want === K_LIST && LIST_LIKE.has(name))) {
        if (!c.items) c.items = new ContainerVal(want);
        return c.items;
      }
      return void 0;
    }
    if (k === K_PERSID) {
      this.report(
        "PKL-013",
        `${what} on a persistent-loaded object (a storage)`,
        at,
        this.torch ? "high" : "medium",
        what
      );
      if (this.torch) this.report("PT-014", `${what} targets a storage loaded by persistent id`, at, void 0, what);
      return void 0;
    }
    if (k === K_OPAQUE) return void 0;
    const desc = k === K_GLOBAL ? t.name : typeName(t);
    this.report(
      "PKL-013",
      `${what} on ${desc}, not a ${want === K_DICT ? "dict" : want === K_SET ? "set" : "list"}`,
      at,
      this.torch ? "high" : "medium",
      what
    );
    return void 0;
  }
  /** POP / POP_MARK of a value: a call result nobody keeps ran only for its side effect (PKL-014). */
  discard(v, at) {
    if (kindOf(v) !== K_CALL) return;
    const c = v;
    if (c.flags & (F_DUP | F_MEMO)) return;
    const name = calleeName(c) ?? "a computed callable";
    this.report(
      "PKL-014",
      `The result of ${name}${renderArgs(c.args, 120)} is discarded (called only for its side effect)`,
      at,
      void 0,
      name
    );
  }
  // ---------------------------------------------------------------- strings, STOP
  checkString(s, at) {
    if (this.shared.stringFindings >= MAX_STRING_FINDINGS) return;
    const what = suspiciousString(s);
    if (!what) return;
    this.shared.stringFindings++;
    this.report(
      "PKL-060",
      `Suspicious string (${what}): ${JSON.stringify(stringEvidence(s, 80))}`,
      at,
      void 0,
      stringEvidence(s)
    );
  }
  finishPickle(v, at) {
    const res = this.result;
    if (this.primary && res.pickles === 0 && res.firstValue === void 0) res.firstValue = toLiteral(v);
    if (this.stack.length > 0 || this.marks.length > 0)
      this.report(
        "PKL-051",
        `STOP leaves ${this.stack.length} value(s) and ${this.marks.length} MARK(s) behind`,
        at,
        void 0,
        `${this.stack.length}+${this.marks.length}`
      );
    for (const x2 of this.stack) this.discard(x2, at);
    const stores = this.puts;
    if (this.gets >= 1e3 && this.gets > 50 * Math.max(1, stores))
      this.report(
        "PKL-040",
        `${this.gets} memo reads for ${stores} stores (expansion structure)`,
        at,
        void 0,
        `${this.gets}/${stores}`
      );
  }
  /** Opcodes executed by this machine. */
  get executed() {
    return this.opcodes;
  }
};
function nestedLoaderPrefix(name) {
  return name.startsWith("dill.") && /\.loads?$/.test(name);
}
function literalText(args) {
  if (kindOf(args) !== K_TUPLE) return false;
  return args.items.some((x2) => isStr(x2) || kindOf(x2) === K_BYTES || kindOf(x2) === K_STRREF);
}
function typeName(v) {
  if (v === null) return "None";
  if (typeof v === "boolean") return "a bool";
  if (typeof v === "number" || typeof v === "bigint") return "an int";
  if (typeof v === "string") return "a str";
  switch (v.k) {
    case K_BYTES:
      return "bytes";
    case K_TUPLE:
      return "a tuple";
    case K_LIST:
      return "a list";
    case K_DICT:
      return "a dict";
    case K_SET:
    case K_FROZENSET:
      return "a set";
    default:
      return "a value";
  }
}
function decodeLong(b, i2, n) {
  if (n === 0) return 0;
  let v = 0n;
  for (let j = n - 1; j >= 0; j--) v = v << 8n | BigInt(b[i2 + j]);
  if (b[i2 + n - 1] & 128) v -= 1n << BigInt(8 * n);
  return v >= BigInt(Number.MIN_SAFE_INTEGER) && v <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(v) : v;
}
function decodeStr(raw, enc) {
  switch (enc) {
    case "utf8":
      return utf8(raw, 0, raw.length);
    case "latin1":
      return raw.toString("latin1");
    case "raw-unicode-escape":
      return rawUnicodeEscapeDecode(raw);
    case "escape": {
      if (raw.length < 2) return null;
      return escapeDecode(raw.subarray(1, raw.length - 1));
    }
  }
}
async function sniffNested(m, v, at) {
  if (v.analysed) return;
  v.analysed = true;
  const name = `bytes@${m.mapOff(v.offset)}`;
  const out = await m.ctx.analyzeMember(name, new SliceSource(m.src, v.offset, v.length));
  if (out.formats.length)
    m.report(
      "PKL-070",
      `A ${v.length}-byte bytes value is ${out.formats.join("/")} content (analysed as ${name})`,
      at,
      void 0,
      out.formats.join("+")
    );
}

// src/analyzers/pickle/index.ts
async function analyzePickle(src, ctx, opts = {}) {
  const start = opts.start ?? 0;
  const result = {
    imports: [],
    persistentIds: [],
    rebuildCalls: [],
    end: start,
    pickles: 0,
    complete: false,
    arrays: []
  };
  const shared = {
    result,
    once: /* @__PURE__ */ new Set(),
    forks: [],
    forkCount: 0,
    decoded: 0,
    stringFindings: 0,
    ext: /* @__PURE__ */ new Map(),
    arrays: 0
  };
  const machine = new PickleMachine(src, ctx, opts.profile ?? "generic", shared);
  let opcodes = 0;
  try {
    await machine.run(start, opts.single ?? false);
  } finally {
    opcodes += machine.executed;
  }
  while (shared.forks.length) {
    const { machine: f, start: at } = shared.forks.shift();
    await f.run(at, opts.single ?? false, true, false);
    opcodes += f.executed;
  }
  result.opcodes = opcodes;
  if (result.proto === void 0) result.proto = 0;
  return result;
}
var analyzer15 = {
  id: "pickle",
  detect: (v) => looksLikePickle(v.head, v.size <= v.head.length) && !startsWith(v.head, TORCH_LEGACY_MAGIC),
  async analyze(src, ctx, opts) {
    await analyzePickle(src, ctx, { profile: opts.profile ?? "generic" });
  }
};

// src/analyzers/index.ts
var ANALYZERS = [
  analyzer,
  analyzer2,
  analyzer3,
  analyzer4,
  analyzer5,
  analyzer6,
  analyzer7,
  analyzer8,
  analyzer9,
  analyzer10,
  analyzer11,
  analyzer12,
  analyzer13,
  analyzer14,
  analyzer15
];

// src/engine/dispatch.ts
var COMPATIBLE = /* @__PURE__ */ new Set(["pytorch-legacy+pickle", "pickle+pytorch-legacy", "zip+tflite", "tflite+zip"]);
async function makeView(src, name) {
  const head = Buffer.from(await src.read(0, SNIFF_BYTES));
  const tailStart = Math.max(head.length, src.size - SNIFF_BYTES);
  const tail = src.size > head.length ? Buffer.from(await src.read(tailStart, src.size - tailStart)) : head;
  return { head, tail, size: src.size, name, src };
}
async function detects(a, view) {
  try {
    return await a.detect(view);
  } catch {
    return false;
  }
}
async function recognise(src, name) {
  const view = await makeView(src, name);
  const matched = [];
  for (const a of ANALYZERS) if (await detects(a, view)) matched.push(a);
  return matched;
}
async function runStage(ctx, name, step) {
  try {
    await step();
  } catch (e) {
    if (e instanceof LimitExceeded) {
      ctx.report("GEN-007", `Not analysed past this point: ${e.message} (${name})`, { offset: e.offset });
    } else if (e instanceof ParseError) {
      ctx.report("GEN-003", `Not analysed past this point: ${e.message} (${name})`, { offset: e.offset });
    } else {
      const msg = e instanceof Error ? e.message : String(e);
      ctx.report("GEN-011", `Internal error in the ${name} analyzer: ${msg}`);
    }
  }
}
function runAnalyzer(a, src, ctx, opts) {
  return runStage(ctx, a.id, () => a.analyze(src, ctx, opts));
}
async function dispatch(src, ctx, opts) {
  ctx.checkDeadline();
  const matched = await recognise(src, ctx.name);
  const formats = matched.map((a) => a.id);
  if (matched.length === 0) return { formats };
  if (ctx.member === void 0 && ctx.run.format === void 0) ctx.run.format = matched[0].id;
  if (matched.length > 1 && !COMPATIBLE.has(formats.join("+"))) {
    ctx.report("CTR-001", `Content is valid as ${formats.join(" and ")}; every view is analysed`, {
      evidence: formats.join("+")
    });
  }
  const expected = extensionMismatch(ctx.name, formats);
  if (expected)
    ctx.report(
      "GEN-002",
      `Named like ${expected.length ? expected.join("/") : "a non-model file"} but the content is ${formats.join(" + ")}`,
      { evidence: formats.join("+") }
    );
  for (const a of matched) await runAnalyzer(a, src, ctx, opts);
  return { formats };
}

// src/analyzers/weights/stage.ts
import zlib from "node:zlib";

// src/analyzers/weights/stats.ts
var STREAM_PREFIX = 64 * 1024;
var FloatStats = class {
  constructor(dtype) {
    this.dtype = dtype;
    for (const k of [1, 2, 4, 8])
      this.streams.set(`${k}`, { buf: Buffer.alloc(STREAM_PREFIX), len: 0, acc: 0, accBits: 0 });
    if (dtype === "f32") this.streams.set("low3", { buf: Buffer.alloc(STREAM_PREFIX), len: 0, acc: 0, accBits: 0 });
  }
  dtype;
  n = 0;
  lowByte = new Float64Array(256);
  /** Elements whose low 16 bits (bf16 upcast) / low 13 bits (fp16 upcast) are not zero (f32 only). */
  nonzeroLow16 = 0;
  nonzeroLow13 = 0;
  firstNonzeroLow16 = -1;
  lastNonzeroLow16 = -1;
  nan = 0;
  inf = 0;
  sum = 0;
  sum2 = 0;
  sum3 = 0;
  sum4 = 0;
  maxAbs = 0;
  distinct = /* @__PURE__ */ new Set();
  /** k-LSB streams, MSB-first packing, for k = 1, 2, 4, 8, and bytes 0–2 of each element (EvilModel layout). */
  streams = /* @__PURE__ */ new Map();
  get distinctValues() {
    return this.distinct.size;
  }
  /** Appends the low `bits` bits of each element's low byte to stream `key` until its prefix is full. */
  extract(key, lows, count, bits2) {
    const s = this.streams.get(key);
    const mask = (1 << bits2) - 1;
    for (let i2 = 0; i2 < count && s.len < STREAM_PREFIX; i2++) {
      s.acc = (s.acc << bits2 | lows[i2] & mask) & 65535;
      s.accBits += bits2;
      if (s.accBits >= 8) {
        s.accBits -= 8;
        s.buf[s.len++] = s.acc >> s.accBits & 255;
      }
    }
  }
  /** Adds whole elements (chunk length must be a multiple of the element size). */
  add(chunk, elementIndex) {
    const size = this.dtype === "f32" ? 4 : 2;
    const count = Math.floor(chunk.length / size);
    const view = new DataView(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    const lows = new Uint8Array(count);
    const low3 = this.streams.get("low3");
    const hist = this.lowByte;
    const f32 = this.dtype === "f32";
    const bf = this.dtype === "bf16";
    let sum = 0;
    let sum2 = 0;
    let sum3 = 0;
    let sum4 = 0;
    let maxAbs = this.maxAbs;
    if (f32 && chunk.byteOffset % 4 === 0) {
      const fv = new Float32Array(chunk.buffer, chunk.byteOffset, count);
      const uv = new Uint32Array(chunk.buffer, chunk.byteOffset, count);
      const distinct = this.distinct;
      let nz16 = 0;
      let nz13 = 0;
      let nan = 0;
      let inf = 0;
      let first = -1;
      let last = -1;
      let collect = distinct.size <= 4096;
      for (let e = 0; e < count; e++) {
        const u = uv[e];
        const lb = u & 255;
        lows[e] = lb;
        hist[lb]++;
        if (u & 65535) {
          nz16++;
          if (first < 0) first = e;
          last = e;
        }
        if (u & 8191) nz13++;
        if (collect) {
          distinct.add(u);
          collect = distinct.size <= 4096;
        }
        const v = fv[e];
        if (v !== v) nan++;
        else if (v === Infinity || v === -Infinity) inf++;
        else {
          const a = v < 0 ? -v : v;
          if (a > maxAbs) maxAbs = a;
          const v2 = v * v;
          sum += v;
          sum2 += v2;
          sum3 += v2 * v;
          sum4 += v2 * v2;
        }
      }
      if (first >= 0) {
        if (this.firstNonzeroLow16 < 0) this.firstNonzeroLow16 = elementIndex + first;
        this.lastNonzeroLow16 = elementIndex + last;
      }
      this.nonzeroLow16 += nz16;
      this.nonzeroLow13 += nz13;
      this.nan += nan;
      this.inf += inf;
    } else
      for (let e = 0, o = 0; e < count; e++, o += size) {
        const lb = chunk[o];
        lows[e] = lb;
        hist[lb]++;
        let v;
        if (f32) {
          const b1 = chunk[o + 1];
          if (lb | b1) {
            this.nonzeroLow16++;
            if (this.firstNonzeroLow16 < 0) this.firstNonzeroLow16 = elementIndex + e;
            this.lastNonzeroLow16 = elementIndex + e;
          }
          if (lb | b1 & 31) this.nonzeroLow13++;
          v = view.getFloat32(o, true);
          if (this.distinct.size <= 4096) this.distinct.add(view.getUint32(o, true));
        } else {
          const bits2 = view.getUint16(o, true);
          v = bf ? bf16(bits2) : f16(bits2);
          if (this.distinct.size <= 4096) this.distinct.add(bits2);
        }
        if (v !== v) this.nan++;
        else if (v === Infinity || v === -Infinity) this.inf++;
        else {
          const a = v < 0 ? -v : v;
          if (a > maxAbs) maxAbs = a;
          const v2 = v * v;
          sum += v;
          sum2 += v2;
          sum3 += v2 * v;
          sum4 += v2 * v2;
        }
      }
    this.sum += sum;
    this.sum2 += sum2;
    this.sum3 += sum3;
    this.sum4 += sum4;
    this.maxAbs = maxAbs;
    this.n += count;
    this.extract("1", lows, count, 1);
    this.extract("2", lows, count, 2);
    this.extract("4", lows, count, 4);
    this.extract("8", lows, count, 8);
    if (low3 && f32)
      for (let e = 0, o = 0; e < count && low3.len + 3 <= STREAM_PREFIX; e++, o += 4) {
        low3.buf[low3.len++] = chunk[o];
        low3.buf[low3.len++] = chunk[o + 1];
        low3.buf[low3.len++] = chunk[o + 2];
      }
  }
  /** Ones ratio of each of the 8 low bits. */
  bitRatios() {
    const ones = new Array(8).fill(0);
    for (let v = 0; v < 256; v++) {
      const c = this.lowByte[v];
      if (c) {
        for (let b = 0; b < 8; b++) if (v & 1 << b) ones[b] += c;
      }
    }
    return ones.map((x2) => x2 / this.n);
  }
  lowByteEntropy() {
    let h = 0;
    for (const c of this.lowByte) if (c) h -= c / this.n * Math.log2(c / this.n);
    return h;
  }
  lowByteChi2() {
    const e = this.n / 256;
    let x2 = 0;
    for (const c of this.lowByte) x2 += (c - e) * (c - e) / e;
    return x2;
  }
  /** Largest |ones ratio − 0.5| over the 8 low bits, and which bit. */
  worstBitBias() {
    const r2 = this.bitRatios();
    let bit = 0;
    for (let b = 1; b < 8; b++) if (Math.abs(r2[b] - 0.5) > Math.abs(r2[bit] - 0.5)) bit = b;
    return { bit, ratio: r2[bit] };
  }
  moments() {
    const m = this.n - this.nan - this.inf;
    if (m === 0) return { mean: NaN, std: NaN, kurtosis: NaN };
    const mean = this.sum / m;
    const var_ = Math.max(0, this.sum2 / m - mean * mean);
    const m4 = this.sum4 / m - 4 * mean * (this.sum3 / m) + 6 * mean * mean * (this.sum2 / m) - 3 * mean ** 4;
    return { mean, std: Math.sqrt(var_), kurtosis: var_ > 0 ? m4 / (var_ * var_) - 3 : 0 };
  }
  stream(key) {
    const s = this.streams.get(key);
    return s.buf.subarray(0, s.len);
  }
};
function f16(h) {
  const s = h & 32768 ? -1 : 1;
  const e = h >> 10 & 31;
  const f = h & 1023;
  if (e === 0) return s * 2 ** -14 * (f / 1024);
  if (e === 31) return f ? NaN : s * Infinity;
  return s * 2 ** (e - 15) * (1 + f / 1024);
}
var bfBuf = new DataView(new ArrayBuffer(4));
function bf16(h) {
  bfBuf.setUint32(0, h << 16);
  return bfBuf.getFloat32(0);
}

// src/analyzers/weights/carve.ts
var SIGNATURES = [
  { kind: "ELF executable", bytes: Buffer.from("\x7FELF", "latin1"), dangerous: true },
  { kind: "zip archive", bytes: Buffer.from("PK", "latin1"), dangerous: true },
  { kind: "7z archive", bytes: Buffer.from([55, 122, 188, 175, 39, 28]), dangerous: true },
  { kind: "Mach-O executable", bytes: Buffer.from([207, 250, 237, 254]), dangerous: true },
  { kind: "script (shebang)", bytes: Buffer.from("#!/bin/", "latin1"), dangerous: true },
  { kind: "script (shebang)", bytes: Buffer.from("#!/usr/", "latin1"), dangerous: true },
  { kind: "PHP script", bytes: Buffer.from("<?php", "latin1"), dangerous: true }
];
var CODE_WORDS = /\b(import |exec\(|eval\(|system\(|subprocess|socket|__import__|powershell|bash -c|\/bin\/sh|curl |wget |def |lambda |os\.)/;
function isPrintable(b) {
  return b >= 32 && b < 127 || b === 10 || b === 13 || b === 9;
}
function carve(buf, minText = 48) {
  const out = [];
  for (const s of SIGNATURES) {
    const at = buf.indexOf(s.bytes);
    if (at >= 0) out.push({ kind: s.kind, offset: at, dangerous: s.dangerous, preview: preview(buf, at) });
  }
  for (let at = buf.indexOf("MZ"); at >= 0 && at + 64 <= buf.length; at = buf.indexOf("MZ", at + 1)) {
    const lfanew = buf.readUInt32LE(at + 60);
    if (lfanew < 4096 && at + lfanew + 4 <= buf.length && buf.toString("latin1", at + lfanew, at + lfanew + 4) === "PE\0\0") {
      out.push({ kind: "PE executable", offset: at, dangerous: true, preview: preview(buf, at) });
      break;
    }
  }
  for (let at = buf.indexOf(128); at >= 0 && at + 12 < buf.length; at = buf.indexOf(128, at + 1)) {
    const proto = buf[at + 1];
    const next = buf[at + 2];
    const global = next === 99 && /^[a-z_]{3}/.test(buf.toString("latin1", at + 3, at + 6));
    const frame = next === 149 && buf.readUInt32LE(at + 7) === 0 && buf.readUInt32LE(at + 3) > 0;
    if (proto >= 2 && proto <= 5 && (global || frame)) {
      out.push({ kind: "pickle stream", offset: at, dangerous: true, preview: preview(buf, at) });
      break;
    }
  }
  let runStart = -1;
  for (let i2 = 0; i2 <= buf.length; i2++) {
    const p = i2 < buf.length && isPrintable(buf[i2]);
    if (p && runStart < 0) runStart = i2;
    if (!p && runStart >= 0) {
      if (i2 - runStart >= minText) {
        const text = buf.toString("latin1", runStart, i2);
        if (/[a-z]{3,}/i.test(text) && / /.test(text)) {
          out.push({
            kind: CODE_WORDS.test(text) ? "code-like text" : "text",
            offset: runStart,
            dangerous: CODE_WORDS.test(text),
            preview: text.slice(0, 60)
          });
          if (out.length > 8) break;
        }
      }
      runStart = -1;
    }
  }
  return out;
}
function preview(buf, at) {
  return buf.subarray(at, at + 24).toString("latin1").replace(/[^\x20-\x7e]/g, ".");
}

// src/analyzers/weights/stage.ts
var MIN_ELEMENTS = 4096;
var LARGE_ELEMENTS = 65536;
var PER_TENSOR_BYTES = 8 * 1024 * 1024;
var CHUNK2 = 1024 * 1024;
var crc32 = zlib.crc32;
function isFloat(t) {
  return t.dtype === "f32" || t.dtype === "f16" || t.dtype === "bf16";
}
function fmt(x2) {
  return Number.isFinite(x2) ? Number(x2.toPrecision(4)).toString() : String(x2);
}
async function examineWeights(ctx, tensors, budgetBytes) {
  const summaries = [];
  const examined = [];
  let budget = budgetBytes;
  let skipped = 0;
  for (const t of tensors) {
    if (!isFloat(t) || t.bytes.size < MIN_ELEMENTS * DTYPE_SIZE[t.dtype]) continue;
    if (budget <= 0) {
      skipped++;
      continue;
    }
    ctx.checkDeadline();
    const size = DTYPE_SIZE[t.dtype];
    const limit = Math.min(t.bytes.size, PER_TENSOR_BYTES, budget);
    const s = new FloatStats(t.dtype);
    let crc = 0;
    for (let off = 0; off < limit; off += CHUNK2) {
      const len = Math.min(CHUNK2, limit - off);
      const chunk = await t.bytes.read(off, len - len % size);
      if (chunk.length === 0) break;
      s.add(chunk, off / size);
      if (crc32) crc = crc32(chunk, crc);
    }
    budget -= limit;
    examined.push({ t, s });
    const m = s.moments();
    summaries.push({
      name: t.name,
      dtype: t.dtype,
      shape: t.shape,
      elements: Math.floor(t.bytes.size / size),
      examinedElements: s.n,
      mean: m.mean,
      std: m.std,
      maxAbs: s.maxAbs,
      nonFinite: s.nan + s.inf,
      crc32: (crc >>> 0).toString(16).padStart(8, "0")
    });
    judgeTensor(ctx, t, s);
  }
  judgeAcrossTensors(ctx, examined);
  if (skipped > 0)
    ctx.report(
      "STEG-010",
      `Weight statistics covered ${examined.length} tensor(s); ${skipped} more were not examined (budget of ${budgetBytes} bytes per file)`
    );
  return summaries;
}
function judgeTensor(ctx, t, s) {
  const where = { member: t.member ?? ctx.member, evidence: t.name };
  const streams = [
    ["8", "low 8 bits"],
    ["4", "low 4 bits"],
    ["2", "low 2 bits"],
    ["1", "lowest bit"],
    ...t.dtype === "f32" ? [["low3", "low 3 bytes"]] : []
  ];
  for (const [key, label] of streams) {
    const found = carve(s.stream(key));
    const worst = found.find((c) => c.dangerous) ?? found[0];
    if (worst) {
      ctx.report(
        "STEG-003",
        `Tensor ${t.name}: the ${label} of its values decode to ${worst.kind} at byte ${worst.offset} of the extracted stream ("${worst.preview}")`,
        { ...where, severity: worst.dangerous ? "high" : "medium" }
      );
      return;
    }
  }
  const fullRange = s.distinctValues > 4096;
  const zeroLow = s.lowByte[0] / s.n;
  if (t.dtype === "f32" && fullRange) {
    for (const [count, label] of [
      [s.nonzeroLow16, "bf16"],
      [s.nonzeroLow13, "fp16"]
    ]) {
      const frac = count / s.n;
      const span = s.lastNonzeroLow16 - s.firstNonzeroLow16 + 1;
      if (frac > 1e-3 && frac < 0.7 && span > 0 && span <= 0.9 * s.n && s.nonzeroLow16 / span >= 0.5) {
        ctx.report(
          "STEG-002",
          `Tensor ${t.name}: ${fmt((1 - frac) * 100)}% of its float32 values are exactly ${label}-representable, but elements ${s.firstNonzeroLow16}\u2013${s.lastNonzeroLow16} carry low mantissa bits`,
          where
        );
        return;
      }
    }
  }
  if (fullRange && zeroLow < 0.5) {
    const ent = s.lowByteEntropy();
    const chi2 = s.lowByteChi2();
    const bias = s.worstBitBias();
    if (ent < 7.5 || chi2 > 1e3 && chi2 / s.n > 0.05 || Math.abs(bias.ratio - 0.5) > 0.05) {
      ctx.report(
        "STEG-001",
        `Tensor ${t.name}: low byte of its values is not uniform (entropy ${fmt(ent)} bits, \u03C7\xB2 ${fmt(chi2)}, bit ${bias.bit} set in ${fmt(bias.ratio * 100)}% of ${s.n} values); trained weights look random there`,
        { ...where, severity: s.n >= LARGE_ELEMENTS ? "medium" : "low" }
      );
    }
  }
  if (s.nan + s.inf > 0)
    ctx.report("STEG-004", `Tensor ${t.name}: ${s.nan} NaN and ${s.inf} infinite values among ${s.n} examined`, where);
}
function judgeAcrossTensors(ctx, examined) {
  const large = examined.filter(({ t, s }) => t.dtype === "f32" && s.n >= LARGE_ELEMENTS && s.distinctValues > 4096);
  const upcast = large.filter(({ s }) => s.nonzeroLow16 === 0);
  if (upcast.length >= 2) {
    for (const { t, s } of large)
      if (s.nonzeroLow16 / s.n > 0.5)
        ctx.report(
          "STEG-002",
          `Tensor ${t.name} has full float32 precision while ${upcast.length} other tensors in the file are exact bf16 upcasts`,
          { member: t.member ?? ctx.member, evidence: t.name, severity: "medium" }
        );
  }
  const groups = /* @__PURE__ */ new Map();
  for (const e of examined) {
    const key = `${e.t.name.replace(/\d+/g, "#")}|${e.t.shape.join("x")}`;
    groups.set(key, [...groups.get(key) ?? [], e]);
  }
  for (const members of groups.values()) {
    if (members.length < 5) continue;
    const logStd = members.map(({ s }) => Math.log(s.moments().std || 1e-30));
    const med = median(logStd);
    const mad = median(logStd.map((x2) => Math.abs(x2 - med))) || 1e-9;
    members.forEach(({ t, s }, i2) => {
      const z = 0.6745 * (logStd[i2] - med) / mad;
      if (Math.abs(z) > 8)
        ctx.report(
          "WPOI-001",
          `Tensor ${t.name}: standard deviation ${fmt(s.moments().std)} against a median of ${fmt(Math.exp(med))} among ${members.length} tensors of the same role (robust z ${fmt(z)})`,
          { member: t.member ?? ctx.member, evidence: t.name }
        );
    });
  }
}
function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

// src/policy/config.ts
var import_yaml = __toESM(require_dist(), 1);

// node_modules/balanced-match/dist/esm/index.js
var range = (a, b, str) => {
  let begs, beg, left, right = void 0, result;
  let ai = str.indexOf(a);
  let bi = str.indexOf(b, ai + 1);
  let i2 = ai;
  if (ai >= 0 && bi > 0) {
    if (a === b) {
      return [ai, bi];
    }
    begs = [];
    left = str.length;
    while (i2 >= 0 && !result) {
      if (i2 === ai) {
        begs.push(i2);
        ai = str.indexOf(a, i2 + 1);
      } else if (begs.length === 1) {
        const r2 = begs.pop();
        if (r2 !== void 0)
          result = [r2, bi];
      } else {
        beg = begs.pop();
        if (beg !== void 0 && beg < left) {
          left = beg;
          right = bi;
        }
        bi = str.indexOf(b, i2 + 1);
      }
      i2 = ai < bi && ai >= 0 ? ai : bi;
    }
    if (begs.length && right !== void 0) {
      result = [left, right];
    }
  }
  return result;
};

// node_modules/brace-expansion/dist/esm/index.js
var escSlash = "\0SLASH" + Math.random().toFixed(16) + "\0";
var escOpen = "\0OPEN" + Math.random().toFixed(16) + "\0";
var escClose = "\0CLOSE" + Math.random().toFixed(16) + "\0";
var escComma = "\0COMMA" + Math.random().toFixed(16) + "\0";
var escPeriod = "\0PERIOD" + Math.random().toFixed(16) + "\0";
var escSlashPattern = new RegExp(escSlash, "g");
var escOpenPattern = new RegExp(escOpen, "g");
var escClosePattern = new RegExp(escClose, "g");
var escCommaPattern = new RegExp(escComma, "g");
var escPeriodPattern = new RegExp(escPeriod, "g");
var slashPattern = /\\\\/g;
var openPattern = /\\{/g;
var closePattern = /\\}/g;
var commaPattern = /\\,/g;
var periodPattern = /\\\./g;
var EXPANSION_MAX = 1e5;
var EXPANSION_MAX_LENGTH = 4e6;
var EXPANSION_MAX_DEPTH = 1e3;
var EXPANSION_MAX_REWRITES = 1e3;
var EXPANSION_MAX_STEPS = 2e7;
var CALL_STEPS = 16;
function numeric(str) {
  return !isNaN(str) ? parseInt(str, 10) : str.charCodeAt(0);
}
function escapeBraces(str) {
  return str.replace(slashPattern, escSlash).replace(openPattern, escOpen).replace(closePattern, escClose).replace(commaPattern, escComma).replace(periodPattern, escPeriod);
}
function unescapeBraces(str) {
  return str.replace(escSlashPattern, "\\").replace(escOpenPattern, "{").replace(escClosePattern, "}").replace(escCommaPattern, ",").replace(escPeriodPattern, ".");
}
function pushAll(target, items) {
  for (let i2 = 0; i2 < items.length; i2++) {
    target.push(items[i2]);
  }
}
function balancedWithBudget(str, masked, budget) {
  if (budget.remaining < 0) {
    return void 0;
  }
  const r2 = range("{", "}", masked);
  const unmatched = r2 !== void 0 && masked.indexOf("{") < r2[0];
  budget.remaining -= r2 && !unmatched ? r2[1] + 1 : str.length;
  if (!r2 || budget.remaining < 0) {
    return void 0;
  }
  return {
    end: r2[1],
    pre: str.slice(0, r2[0]),
    body: str.slice(r2[0] + 1, r2[1]),
    post: str.slice(r2[1] + 1),
    unmatched
  };
}
function maskUnmatchedOpens(masked, budget) {
  budget.remaining -= masked.length;
  const open2 = [];
  for (let i2 = 0; i2 < masked.length; i2++) {
    const c = masked.charCodeAt(i2);
    if (c === 123) {
      open2.push(i2);
    } else if (c === 125 && open2.length) {
      open2.pop();
    }
  }
  let out = "";
  let last = 0;
  for (let i2 = 0; i2 < open2.length; i2++) {
    const at = open2[i2];
    out += masked.slice(last, at) + "\0";
    last = at + 1;
  }
  return out + masked.slice(last);
}
function commaSetFollows(str, budget) {
  budget.remaining -= str.length;
  if (budget.remaining < 0) {
    return false;
  }
  let close = false;
  for (let i2 = str.length - 1; i2 >= 0; i2--) {
    const c = str.charCodeAt(i2);
    if (c === 125) {
      close = true;
    } else if (c === 10 || c === 13 || c === 8232 || c === 8233) {
      close = false;
    } else if (c === 44 && close && str.charCodeAt(i2 + 1) !== 44) {
      return true;
    }
  }
  return false;
}
function parseCommaParts(str, budget) {
  const parts = [];
  let carry = "";
  for (; ; ) {
    const m = balancedWithBudget(str, str, budget);
    if (budget.remaining < 0) {
      return void 0;
    }
    if (!m) {
      const tail = str.split(",");
      tail[0] = carry + tail[0];
      pushAll(parts, tail);
      return parts;
    }
    const { pre, body, post } = m;
    const p = pre.split(",");
    p[0] = carry + p[0];
    p[p.length - 1] += "{" + body + "}";
    if (!post.length) {
      pushAll(parts, p);
      return parts;
    }
    carry = p.pop();
    pushAll(parts, p);
    str = post;
  }
}
function bound(value, fallback) {
  return value === void 0 || isNaN(value) ? fallback : value;
}
function expand(str, options = {}) {
  if (!str) {
    return [];
  }
  const max3 = bound(options.max, EXPANSION_MAX);
  const maxLength = bound(options.maxLength, EXPANSION_MAX_LENGTH);
  const maxDepth = bound(options.maxDepth, EXPANSION_MAX_DEPTH);
  const maxRewrites = bound(options.maxRewrites, EXPANSION_MAX_REWRITES);
  const maxSteps = bound(options.maxSteps, EXPANSION_MAX_STEPS);
  if (str.slice(0, 2) === "{}") {
    str = "\\{\\}" + str.slice(2);
  }
  return expand_(escapeBraces(str), max3, maxLength, maxDepth, 0, maxRewrites, { remaining: maxSteps }, true).map(unescapeBraces);
}
function embrace(str) {
  return "{" + str + "}";
}
function isPadded(el) {
  return /^-?0\d/.test(el);
}
function lte(i2, y) {
  return i2 <= y;
}
function gte(i2, y) {
  return i2 >= y;
}
function combine(acc, pre, values, max3, maxLength, dropEmpties, budget) {
  const out = [];
  let length = 0;
  let nonEmpty;
  outer: for (let a = 0; a < acc.length; a++) {
    const prefix = acc[a] + pre;
    let vs = values;
    if (dropEmpties && !prefix) {
      if (!nonEmpty)
        nonEmpty = values.filter((v) => v);
      vs = nonEmpty;
    }
    for (let v = 0; v < vs.length; v++) {
      if (out.length >= max3)
        break outer;
      const expansion = prefix + vs[v];
      if (length + expansion.length > maxLength)
        break outer;
      out.push(expansion);
      length += expansion.length;
    }
  }
  budget.remaining -= out.length;
  return out;
}
function expandSequence(body, isAlphaSequence, max3, maxLength, budget) {
  const n = body.split(/\.\./);
  const N = [];
  if (n[0] === void 0 || n[1] === void 0) {
    return N;
  }
  const x2 = numeric(n[0]);
  const y = numeric(n[1]);
  const width = Math.max(n[0].length, n[1].length);
  let incr = n.length === 3 && n[2] !== void 0 ? Math.max(Math.abs(numeric(n[2])), 1) : 1;
  let test = lte;
  const reverse = y < x2;
  if (reverse) {
    incr *= -1;
    test = gte;
  }
  const pad = n.some(isPadded);
  const cost = pad ? width : 1;
  let length = 0;
  for (let i2 = x2; test(i2, y) && N.length < max3; i2 += incr) {
    budget.remaining -= cost;
    if (budget.remaining < 0) {
      return void 0;
    }
    let c;
    if (isAlphaSequence) {
      c = String.fromCharCode(i2);
      if (c === "\\") {
        c = "";
      }
    } else {
      c = String(i2);
      if (pad) {
        const need = width - c.length;
        if (need > 0) {
          const z = new Array(need + 1).join("0");
          if (i2 < 0) {
            c = "-" + z + c.slice(1);
          } else {
            c = z + c;
          }
        }
      }
    }
    if (length + c.length > maxLength)
      break;
    N.push(c);
    length += c.length;
  }
  return N;
}
function expand_(str, max3, maxLength, maxDepth, depth, maxRewrites, budget, isTop) {
  budget.remaining -= CALL_STEPS;
  if (depth > maxDepth) {
    return [str];
  }
  let acc = [""];
  let rewrites = 0;
  let dropEmpties = false;
  let firstGroup = true;
  let masked = str;
  for (; ; ) {
    const m = balancedWithBudget(str, masked, budget);
    if (!m) {
      return combine(acc, str, [""], max3, maxLength, dropEmpties, budget);
    }
    if (m.unmatched) {
      masked = maskUnmatchedOpens(masked, budget);
    }
    const pre = m.pre;
    const literal = () => combine(acc, pre + "{" + m.body + "}" + m.post, [""], max3, maxLength, dropEmpties, budget);
    if (/\$$/.test(pre)) {
      acc = combine(acc, pre + "{" + m.body + "}", [""], max3, maxLength, dropEmpties && !m.post.length, budget);
      firstGroup = false;
      if (!m.post.length)
        break;
      str = m.post;
      masked = masked.slice(m.end + 1);
      continue;
    }
    const isNumericSequence = /^-?\d+\.\.-?\d+(?:\.\.-?\d+)?$/.test(m.body);
    const isAlphaSequence = /^[a-zA-Z]\.\.[a-zA-Z](?:\.\.-?\d+)?$/.test(m.body);
    const isSequence = isNumericSequence || isAlphaSequence;
    const isOptions = m.body.indexOf(",") >= 0;
    if (!isSequence && !isOptions) {
      if (rewrites < maxRewrites && commaSetFollows(m.post, budget)) {
        rewrites++;
        str = m.pre + "{" + m.body + escClose + m.post;
        masked = masked.slice(0, m.end) + escClose + masked.slice(m.end + 1);
        isTop = true;
        continue;
      }
      return literal();
    }
    if (firstGroup) {
      dropEmpties = isTop && !isSequence;
      firstGroup = false;
    }
    let values;
    if (isSequence) {
      values = expandSequence(m.body, isAlphaSequence, max3, maxLength, budget);
      if (!values) {
        return literal();
      }
    } else {
      let n = parseCommaParts(m.body, budget);
      if (!n) {
        return literal();
      }
      if (n.length === 1 && n[0] !== void 0) {
        n = expand_(n[0], max3, maxLength, maxDepth, depth + 1, maxRewrites, budget, false).map(embrace);
        if (budget.remaining < 0) {
          return literal();
        }
        if (n.length === 1) {
          const next2 = combine(acc, pre + n[0], [""], max3, maxLength, dropEmpties && !m.post.length, budget);
          if (budget.remaining < 0) {
            return literal();
          }
          acc = next2;
          if (!m.post.length)
            break;
          str = m.post;
          masked = masked.slice(m.end + 1);
          continue;
        }
      }
      let dropsEmpties = dropEmpties && !m.post.length && !pre;
      for (let d = 0; dropsEmpties && d < acc.length; d++) {
        if (acc[d]) {
          dropsEmpties = false;
        }
      }
      values = [];
      let valuesLength = 0;
      outer: for (let j = 0; j < n.length; j++) {
        const expanded = expand_(n[j], max3, maxLength, maxDepth, depth + 1, maxRewrites, budget, false);
        if (budget.remaining < 0) {
          return literal();
        }
        for (let k = 0; k < expanded.length; k++) {
          const v = expanded[k];
          if (dropsEmpties && !v)
            continue;
          if (values.length >= max3 || valuesLength + v.length > maxLength) {
            break outer;
          }
          values.push(v);
          valuesLength += v.length;
        }
      }
    }
    const next = combine(acc, pre, values, max3, maxLength, dropEmpties && !m.post.length, budget);
    if (budget.remaining < 0) {
      return literal();
    }
    acc = next;
    if (!m.post.length)
      break;
    str = m.post;
    masked = masked.slice(m.end + 1);
  }
  return acc;
}

// node_modules/minimatch/dist/esm/assert-valid-pattern.js
var MAX_PATTERN_LENGTH = 1024 * 64;
var assertValidPattern = (pattern) => {
  if (typeof pattern !== "string") {
    throw new TypeError("invalid pattern");
  }
  if (pattern.length > MAX_PATTERN_LENGTH) {
    throw new TypeError("pattern is too long");
  }
};

// node_modules/minimatch/dist/esm/brace-expressions.js
var posixClasses = {
  "[:alnum:]": ["\\p{L}\\p{Nl}\\p{Nd}", true],
  "[:alpha:]": ["\\p{L}\\p{Nl}", true],
  "[:ascii:]": ["\\x00-\\x7f", false],
  "[:blank:]": ["\\p{Zs}\\t", true],
  "[:cntrl:]": ["\\p{Cc}", true],
  "[:digit:]": ["\\p{Nd}", true],
  "[:graph:]": ["\\p{Z}\\p{C}", true, true],
  "[:lower:]": ["\\p{Ll}", true],
  "[:print:]": ["\\p{C}", true],
  "[:punct:]": ["\\p{P}", true],
  "[:space:]": ["\\p{Z}\\t\\r\\n\\v\\f", true],
  "[:upper:]": ["\\p{Lu}", true],
  "[:word:]": ["\\p{L}\\p{Nl}\\p{Nd}\\p{Pc}", true],
  "[:xdigit:]": ["A-Fa-f0-9", false]
};
var braceEscape = (s) => s.replace(/[[\]\\-]/g, "\\$&");
var regexpEscape = (s) => s.replace(/[-[\]{}()*+?.,\\^$|#\s]/g, "\\$&");
var rangesToString = (ranges) => ranges.join("");
var parseClass = (glob, position) => {
  const pos = position;
  if (glob.charAt(pos) !== "[") {
    throw new Error("not in a brace expression");
  }
  const ranges = [];
  const negs = [];
  let i2 = pos + 1;
  let sawStart = false;
  let uflag = false;
  let escaping = false;
  let negate = false;
  let endPos = pos;
  let rangeStart = "";
  WHILE: while (i2 < glob.length) {
    const c = glob.charAt(i2);
    if ((c === "!" || c === "^") && i2 === pos + 1) {
      negate = true;
      i2++;
      continue;
    }
    if (c === "]" && sawStart && !escaping) {
      endPos = i2 + 1;
      break;
    }
    sawStart = true;
    if (c === "\\") {
      if (!escaping) {
        escaping = true;
        i2++;
        continue;
      }
    }
    if (c === "[" && !escaping) {
      for (const [cls, [unip, u, neg]] of Object.entries(posixClasses)) {
        if (glob.startsWith(cls, i2)) {
          if (rangeStart) {
            return ["$.", false, glob.length - pos, true];
          }
          i2 += cls.length;
          if (neg)
            negs.push(unip);
          else
            ranges.push(unip);
          uflag = uflag || u;
          continue WHILE;
        }
      }
    }
    escaping = false;
    if (rangeStart) {
      if (c > rangeStart) {
        ranges.push(braceEscape(rangeStart) + "-" + braceEscape(c));
      } else if (c === rangeStart) {
        ranges.push(braceEscape(c));
      }
      rangeStart = "";
      i2++;
      continue;
    }
    if (glob.startsWith("-]", i2 + 1)) {
      ranges.push(braceEscape(c + "-"));
      i2 += 2;
      continue;
    }
    if (glob.startsWith("-", i2 + 1)) {
      rangeStart = c;
      i2 += 2;
      continue;
    }
    ranges.push(braceEscape(c));
    i2++;
  }
  if (endPos < i2) {
    return ["", false, 0, false];
  }
  if (!ranges.length && !negs.length) {
    return ["$.", false, glob.length - pos, true];
  }
  if (negs.length === 0 && ranges.length === 1 && /^\\?.$/.test(ranges[0]) && !negate) {
    const r2 = ranges[0].length === 2 ? ranges[0].slice(-1) : ranges[0];
    return [regexpEscape(r2), false, endPos - pos, false];
  }
  const sranges = "[" + (negate ? "^" : "") + rangesToString(ranges) + "]";
  const snegs = "[" + (negate ? "" : "^") + rangesToString(negs) + "]";
  const comb = ranges.length && negs.length ? "(" + sranges + "|" + snegs + ")" : ranges.length ? sranges : snegs;
  return [comb, uflag, endPos - pos, true];
};

// node_modules/minimatch/dist/esm/unescape.js
var unescape = (s, { windowsPathsNoEscape = false, magicalBraces = true } = {}) => {
  if (magicalBraces) {
    return windowsPathsNoEscape ? s.replace(/\[([^/\\])\]/g, "$1") : s.replace(/((?!\\).|^)\[([^/\\])\]/g, "$1$2").replace(/\\([^/])/g, "$1");
  }
  return windowsPathsNoEscape ? s.replace(/\[([^/\\{}])\]/g, "$1") : s.replace(/((?!\\).|^)\[([^/\\{}])\]/g, "$1$2").replace(/\\([^/{}])/g, "$1");
};

// node_modules/minimatch/dist/esm/ast.js
var _a2;
var types = /* @__PURE__ */ new Set(["!", "?", "+", "*", "@"]);
var isExtglobType = (c) => types.has(c);
var isExtglobAST = (c) => isExtglobType(c.type);
var adoptionMap = /* @__PURE__ */ new Map([
  ["!", ["@"]],
  ["?", ["?", "@"]],
  ["@", ["@"]],
  ["*", ["*", "+", "?", "@"]],
  ["+", ["+", "@"]]
]);
var adoptionWithSpaceMap = /* @__PURE__ */ new Map([
  ["!", ["?"]],
  ["@", ["?"]],
  ["+", ["?", "*"]]
]);
var adoptionAnyMap = /* @__PURE__ */ new Map([
  ["!", ["?", "@"]],
  ["?", ["?", "@"]],
  ["@", ["?", "@"]],
  ["*", ["*", "+", "?", "@"]],
  ["+", ["+", "@", "?", "*"]]
]);
var usurpMap = /* @__PURE__ */ new Map([
  ["!", /* @__PURE__ */ new Map([["!", "@"]])],
  [
    "?",
    /* @__PURE__ */ new Map([
      ["*", "*"],
      ["+", "*"]
    ])
  ],
  [
    "@",
    /* @__PURE__ */ new Map([
      ["!", "!"],
      ["?", "?"],
      ["@", "@"],
      ["*", "*"],
      ["+", "+"]
    ])
  ],
  [
    "+",
    /* @__PURE__ */ new Map([
      ["?", "*"],
      ["*", "*"]
    ])
  ]
]);
var startNoTraversal = "(?!(?:^|/)\\.\\.?(?:$|/))";
var startNoDot = "(?!\\.)";
var addPatternStart = /* @__PURE__ */ new Set(["[", "."]);
var justDots = /* @__PURE__ */ new Set(["..", "."]);
var reSpecials = new Set("().*{}+?[]^$\\!");
var regExpEscape = (s) => s.replace(/[-[\]{}()*+?.,\\^$|#\s]/g, "\\$&");
var qmark = "[^/]";
var star = qmark + "*?";
var starNoEmpty = qmark + "+?";
var ID = 0;
var AST = class {
  type;
  #root;
  #hasMagic;
  #uflag = false;
  #parts = [];
  #parent;
  #parentIndex;
  #negs;
  #filledNegs = false;
  #options;
  #toString;
  // set to true if it's an extglob with no children
  // (which really means one child of '')
  #emptyExt = false;
  id = ++ID;
  get depth() {
    return (this.#parent?.depth ?? -1) + 1;
  }
  [/* @__PURE__ */ Symbol.for("nodejs.util.inspect.custom")]() {
    return {
      "@@type": "AST",
      id: this.id,
      type: this.type,
      root: this.#root.id,
      parent: this.#parent?.id,
      depth: this.depth,
      partsLength: this.#parts.length,
      parts: this.#parts
    };
  }
  constructor(type, parent, options = {}) {
    this.type = type;
    if (type)
      this.#hasMagic = true;
    this.#parent = parent;
    this.#root = this.#parent ? this.#parent.#root : this;
    this.#options = this.#root === this ? options : this.#root.#options;
    this.#negs = this.#root === this ? [] : this.#root.#negs;
    if (type === "!" && !this.#root.#filledNegs)
      this.#negs.push(this);
    this.#parentIndex = this.#parent ? this.#parent.#parts.length : 0;
  }
  get hasMagic() {
    if (this.#hasMagic !== void 0)
      return this.#hasMagic;
    for (const p of this.#parts) {
      if (typeof p === "string")
        continue;
      if (p.type || p.hasMagic)
        return this.#hasMagic = true;
    }
    return this.#hasMagic;
  }
  // reconstructs the pattern
  toString() {
    return this.#toString !== void 0 ? this.#toString : !this.type ? this.#toString = this.#parts.map((p) => String(p)).join("") : this.#toString = this.type + "(" + this.#parts.map((p) => String(p)).join("|") + ")";
  }
  #fillNegs() {
    if (this !== this.#root)
      throw new Error("should only call on root");
    if (this.#filledNegs)
      return this;
    this.toString();
    this.#filledNegs = true;
    let n;
    while (n = this.#negs.pop()) {
      if (n.type !== "!")
        continue;
      let p = n;
      let pp = p.#parent;
      while (pp) {
        for (let i2 = p.#parentIndex + 1; !pp.type && i2 < pp.#parts.length; i2++) {
          for (const part of n.#parts) {
            if (typeof part === "string") {
              throw new Error("string part in extglob AST??");
            }
            part.copyIn(pp.#parts[i2]);
          }
        }
        p = pp;
        pp = p.#parent;
      }
    }
    return this;
  }
  push(...parts) {
    for (const p of parts) {
      if (p === "")
        continue;
      if (typeof p !== "string" && !(p instanceof _a2 && p.#parent === this)) {
        throw new Error("invalid part: " + p);
      }
      this.#parts.push(p);
    }
  }
  toJSON() {
    const ret = this.type === null ? this.#parts.slice().map((p) => typeof p === "string" ? p : p.toJSON()) : [this.type, ...this.#parts.map((p) => p.toJSON())];
    if (this.isStart() && !this.type)
      ret.unshift([]);
    if (this.isEnd() && (this === this.#root || this.#root.#filledNegs && this.#parent?.type === "!")) {
      ret.push({});
    }
    return ret;
  }
  isStart() {
    if (this.#root === this)
      return true;
    if (!this.#parent?.isStart())
      return false;
    if (this.#parentIndex === 0)
      return true;
    const p = this.#parent;
    for (let i2 = 0; i2 < this.#parentIndex; i2++) {
      const pp = p.#parts[i2];
      if (!(pp instanceof _a2 && pp.type === "!")) {
        return false;
      }
    }
    return true;
  }
  isEnd() {
    if (this.#root === this)
      return true;
    if (this.#parent?.type === "!")
      return true;
    if (!this.#parent?.isEnd())
      return false;
    if (!this.type)
      return this.#parent?.isEnd();
    const pl = this.#parent ? this.#parent.#parts.length : 0;
    return this.#parentIndex === pl - 1;
  }
  copyIn(part) {
    if (typeof part === "string")
      this.push(part);
    else
      this.push(part.clone(this));
  }
  clone(parent) {
    const c = new _a2(this.type, parent);
    for (const p of this.#parts) {
      c.copyIn(p);
    }
    return c;
  }
  static #parseAST(str, ast, pos, opt, extDepth) {
    const maxDepth = opt.maxExtglobRecursion ?? 2;
    let escaping = false;
    let inBrace = false;
    let braceStart = -1;
    let braceNeg = false;
    if (ast.type === null) {
      let i3 = pos;
      let acc2 = "";
      while (i3 < str.length) {
        const c = str.charAt(i3++);
        if (escaping || c === "\\") {
          escaping = !escaping;
          acc2 += c;
          continue;
        }
        if (inBrace) {
          if (i3 === braceStart + 1) {
            if (c === "^" || c === "!") {
              braceNeg = true;
            }
          } else if (c === "]" && !(i3 === braceStart + 2 && braceNeg)) {
            inBrace = false;
          }
          acc2 += c;
          continue;
        } else if (c === "[") {
          inBrace = true;
          braceStart = i3;
          braceNeg = false;
          acc2 += c;
          continue;
        }
        const doRecurse = !opt.noext && isExtglobType(c) && str.charAt(i3) === "(" && extDepth <= maxDepth;
        if (doRecurse) {
          ast.push(acc2);
          acc2 = "";
          const ext2 = new _a2(c, ast);
          i3 = _a2.#parseAST(str, ext2, i3, opt, extDepth + 1);
          ast.push(ext2);
          continue;
        }
        acc2 += c;
      }
      ast.push(acc2);
      return i3;
    }
    let i2 = pos + 1;
    let part = new _a2(null, ast);
    const parts = [];
    let acc = "";
    while (i2 < str.length) {
      const c = str.charAt(i2++);
      if (escaping || c === "\\") {
        escaping = !escaping;
        acc += c;
        continue;
      }
      if (inBrace) {
        if (i2 === braceStart + 1) {
          if (c === "^" || c === "!") {
            braceNeg = true;
          }
        } else if (c === "]" && !(i2 === braceStart + 2 && braceNeg)) {
          inBrace = false;
        }
        acc += c;
        continue;
      } else if (c === "[") {
        inBrace = true;
        braceStart = i2;
        braceNeg = false;
        acc += c;
        continue;
      }
      const doRecurse = !opt.noext && isExtglobType(c) && str.charAt(i2) === "(" && /* c8 ignore start - the maxDepth is sufficient here */
      (extDepth <= maxDepth || ast && ast.#canAdoptType(c));
      if (doRecurse) {
        const depthAdd = ast && ast.#canAdoptType(c) ? 0 : 1;
        part.push(acc);
        acc = "";
        const ext2 = new _a2(c, part);
        part.push(ext2);
        i2 = _a2.#parseAST(str, ext2, i2, opt, extDepth + depthAdd);
        continue;
      }
      if (c === "|") {
        part.push(acc);
        acc = "";
        parts.push(part);
        part = new _a2(null, ast);
        continue;
      }
      if (c === ")") {
        if (acc === "" && ast.#parts.length === 0) {
          ast.#emptyExt = true;
        }
        part.push(acc);
        acc = "";
        ast.push(...parts, part);
        return i2;
      }
      acc += c;
    }
    ast.type = null;
    ast.#hasMagic = void 0;
    ast.#parts = [str.substring(pos - 1)];
    return i2;
  }
  #canAdoptWithSpace(child) {
    return this.#canAdopt(child, adoptionWithSpaceMap);
  }
  #canAdopt(child, map = adoptionMap) {
    if (!child || typeof child !== "object" || child.type !== null || child.#parts.length !== 1 || this.type === null) {
      return false;
    }
    const gc = child.#parts[0];
    if (!gc || typeof gc !== "object" || gc.type === null) {
      return false;
    }
    return this.#canAdoptType(gc.type, map);
  }
  #canAdoptType(c, map = adoptionAnyMap) {
    return !!map.get(this.type)?.includes(c);
  }
  #adoptWithSpace(child, index) {
    const gc = child.#parts[0];
    const blank = new _a2(null, gc, this.options);
    blank.#parts.push("");
    gc.push(blank);
    this.#adopt(child, index);
  }
  #adopt(child, index) {
    const gc = child.#parts[0];
    this.#parts.splice(index, 1, ...gc.#parts);
    for (const p of gc.#parts) {
      if (typeof p === "object")
        p.#parent = this;
    }
    this.#toString = void 0;
  }
  #canUsurpType(c) {
    const m = usurpMap.get(this.type);
    return !!m?.has(c);
  }
  #canUsurp(child) {
    if (!child || typeof child !== "object" || child.type !== null || child.#parts.length !== 1 || this.type === null || this.#parts.length !== 1) {
      return false;
    }
    const gc = child.#parts[0];
    if (!gc || typeof gc !== "object" || gc.type === null) {
      return false;
    }
    return this.#canUsurpType(gc.type);
  }
  #usurp(child) {
    const m = usurpMap.get(this.type);
    const gc = child.#parts[0];
    const nt = m?.get(gc.type);
    if (!nt)
      return false;
    this.#parts = gc.#parts;
    for (const p of this.#parts) {
      if (typeof p === "object") {
        p.#parent = this;
      }
    }
    this.type = nt;
    this.#toString = void 0;
    this.#emptyExt = false;
  }
  static fromGlob(pattern, options = {}) {
    const ast = new _a2(null, void 0, options);
    _a2.#parseAST(pattern, ast, 0, options, 0);
    return ast;
  }
  // returns the regular expression if there's magic, or the unescaped
  // string if not.
  toMMPattern() {
    if (this !== this.#root)
      return this.#root.toMMPattern();
    const glob = this.toString();
    const [re, body, hasMagic, uflag] = this.toRegExpSource();
    const anyMagic = hasMagic || this.#hasMagic || this.#options.nocase && !this.#options.nocaseMagicOnly && glob.toUpperCase() !== glob.toLowerCase();
    if (!anyMagic) {
      return body;
    }
    const flags = (this.#options.nocase ? "i" : "") + (uflag ? "u" : "");
    return Object.assign(new RegExp(`^${re}$`, flags), {
      _src: re,
      _glob: glob
    });
  }
  get options() {
    return this.#options;
  }
  // returns the string match, the regexp source, whether there's magic
  // in the regexp (so a regular expression is required) and whether or
  // not the uflag is needed for the regular expression (for posix classes)
  // TODO: instead of injecting the start/end at this point, just return
  // the BODY of the regexp, along with the start/end portions suitable
  // for binding the start/end in either a joined full-path makeRe context
  // (where we bind to (^|/), or a standalone matchPart context (where
  // we bind to ^, and not /).  Otherwise slashes get duped!
  //
  // In part-matching mode, the start is:
  // - if not isStart: nothing
  // - if traversal possible, but not allowed: ^(?!\.\.?$)
  // - if dots allowed or not possible: ^
  // - if dots possible and not allowed: ^(?!\.)
  // end is:
  // - if not isEnd(): nothing
  // - else: $
  //
  // In full-path matching mode, we put the slash at the START of the
  // pattern, so start is:
  // - if first pattern: same as part-matching mode
  // - if not isStart(): nothing
  // - if traversal possible, but not allowed: /(?!\.\.?(?:$|/))
  // - if dots allowed or not possible: /
  // - if dots possible and not allowed: /(?!\.)
  // end is:
  // - if last pattern, same as part-matching mode
  // - else nothing
  //
  // Always put the (?:$|/) on negated tails, though, because that has to be
  // there to bind the end of the negated pattern portion, and it's easier to
  // just stick it in now rather than try to inject it later in the middle of
  // the pattern.
  //
  // We can just always return the same end, and leave it up to the caller
  // to know whether it's going to be used joined or in parts.
  // And, if the start is adjusted slightly, can do the same there:
  // - if not isStart: nothing
  // - if traversal possible, but not allowed: (?:/|^)(?!\.\.?$)
  // - if dots allowed or not possible: (?:/|^)
  // - if dots possible and not allowed: (?:/|^)(?!\.)
  //
  // But it's better to have a simpler binding without a conditional, for
  // performance, so probably better to return both start options.
  //
  // Then the caller just ignores the end if it's not the first pattern,
  // and the start always gets applied.
  //
  // But that's always going to be $ if it's the ending pattern, or nothing,
  // so the caller can just attach $ at the end of the pattern when building.
  //
  // So the todo is:
  // - better detect what kind of start is needed
  // - return both flavors of starting pattern
  // - attach $ at the end of the pattern when creating the actual RegExp
  //
  // Ah, but wait, no, that all only applies to the root when the first pattern
  // is not an extglob. If the first pattern IS an extglob, then we need all
  // that dot prevention biz to live in the extglob portions, because eg
  // +(*|.x*) can match .xy but not .yx.
  //
  // So, return the two flavors if it's #root and the first child is not an
  // AST, otherwise leave it to the child AST to handle it, and there,
  // use the (?:^|/) style of start binding.
  //
  // Even simplified further:
  // - Since the start for a join is eg /(?!\.) and the start for a part
  // is ^(?!\.), we can just prepend (?!\.) to the pattern (either root
  // or start or whatever) and prepend ^ or / at the Regexp construction.
  toRegExpSource(allowDot) {
    const dot = allowDot ?? !!this.#options.dot;
    if (this.#root === this) {
      this.#flatten();
      this.#fillNegs();
    }
    if (!isExtglobAST(this)) {
      const noEmpty = this.isStart() && this.isEnd() && !this.#parts.some((s) => typeof s !== "string");
      const src = this.#parts.map((p) => {
        const [re, _, hasMagic, uflag] = typeof p === "string" ? _a2.#parseGlob(p, this.#hasMagic, noEmpty) : p.toRegExpSource(allowDot);
        this.#hasMagic = this.#hasMagic || hasMagic;
        this.#uflag = this.#uflag || uflag;
        return re;
      }).join("");
      let start2 = "";
      if (this.isStart()) {
        if (typeof this.#parts[0] === "string") {
          const dotTravAllowed = this.#parts.length === 1 && justDots.has(this.#parts[0]);
          if (!dotTravAllowed) {
            const aps = addPatternStart;
            const needNoTrav = (
              // dots are allowed, and the pattern starts with [ or .
              dot && aps.has(src.charAt(0)) || // the pattern starts with \., and then [ or .
              src.startsWith("\\.") && aps.has(src.charAt(2)) || // the pattern starts with \.\., and then [ or .
              src.startsWith("\\.\\.") && aps.has(src.charAt(4))
            );
            const needNoDot = !dot && !allowDot && aps.has(src.charAt(0));
            start2 = needNoTrav ? startNoTraversal : needNoDot ? startNoDot : "";
          }
        }
      }
      let end = "";
      if (this.isEnd() && this.#root.#filledNegs && this.#parent?.type === "!") {
        end = "(?:$|\\/)";
      }
      const final2 = start2 + src + end;
      return [
        final2,
        unescape(src),
        this.#hasMagic = !!this.#hasMagic,
        this.#uflag
      ];
    }
    const repeated = this.type === "*" || this.type === "+";
    const start = this.type === "!" ? "(?:(?!(?:" : "(?:";
    let body = this.#partsToRegExp(dot);
    if (this.isStart() && this.isEnd() && !body && this.type !== "!") {
      const s = this.toString();
      const me = this;
      me.#parts = [s];
      me.type = null;
      me.#hasMagic = void 0;
      return [s, unescape(this.toString()), false, false];
    }
    let bodyDotAllowed = !repeated || allowDot || dot || !startNoDot ? "" : this.#partsToRegExp(true);
    if (bodyDotAllowed === body) {
      bodyDotAllowed = "";
    }
    if (bodyDotAllowed) {
      body = `(?:${body})(?:${bodyDotAllowed})*?`;
    }
    let final = "";
    if (this.type === "!" && this.#emptyExt) {
      final = (this.isStart() && !dot ? startNoDot : "") + starNoEmpty;
    } else {
      const close = this.type === "!" ? (
        // !() must match something,but !(x) can match ''
        "))" + (this.isStart() && !dot && !allowDot ? startNoDot : "") + star + ")"
      ) : this.type === "@" ? ")" : this.type === "?" ? ")?" : this.type === "+" && bodyDotAllowed ? ")" : this.type === "*" && bodyDotAllowed ? `)?` : `)${this.type}`;
      final = start + body + close;
    }
    return [
      final,
      unescape(body),
      this.#hasMagic = !!this.#hasMagic,
      this.#uflag
    ];
  }
  #flatten() {
    if (!isExtglobAST(this)) {
      for (const p of this.#parts) {
        if (typeof p === "object") {
          p.#flatten();
        }
      }
    } else {
      let iterations = 0;
      let done = false;
      do {
        done = true;
        for (let i2 = 0; i2 < this.#parts.length; i2++) {
          const c = this.#parts[i2];
          if (typeof c === "object") {
            c.#flatten();
            if (this.#canAdopt(c)) {
              done = false;
              this.#adopt(c, i2);
            } else if (this.#canAdoptWithSpace(c)) {
              done = false;
              this.#adoptWithSpace(c, i2);
            } else if (this.#canUsurp(c)) {
              done = false;
              this.#usurp(c);
            }
          }
        }
      } while (!done && ++iterations < 10);
    }
    this.#toString = void 0;
  }
  #partsToRegExp(dot) {
    return this.#parts.map((p) => {
      if (typeof p === "string") {
        throw new Error("string type in extglob ast??");
      }
      const [re, _, _hasMagic, uflag] = p.toRegExpSource(dot);
      this.#uflag = this.#uflag || uflag;
      return re;
    }).filter((p) => !(this.isStart() && this.isEnd()) || !!p).join("|");
  }
  static #parseGlob(glob, hasMagic, noEmpty = false) {
    let escaping = false;
    let re = "";
    let uflag = false;
    let inStar = false;
    for (let i2 = 0; i2 < glob.length; i2++) {
      const c = glob.charAt(i2);
      if (escaping) {
        escaping = false;
        re += (reSpecials.has(c) ? "\\" : "") + c;
        continue;
      }
      if (c === "*") {
        if (inStar)
          continue;
        inStar = true;
        re += noEmpty && /^[*]+$/.test(glob) ? starNoEmpty : star;
        hasMagic = true;
        continue;
      } else {
        inStar = false;
      }
      if (c === "\\") {
        if (i2 === glob.length - 1) {
          re += "\\\\";
        } else {
          escaping = true;
        }
        continue;
      }
      if (c === "[") {
        const [src, needUflag, consumed, magic] = parseClass(glob, i2);
        if (consumed) {
          re += src;
          uflag = uflag || needUflag;
          i2 += consumed - 1;
          hasMagic = hasMagic || magic;
          continue;
        }
      }
      if (c === "?") {
        re += qmark;
        hasMagic = true;
        continue;
      }
      re += regExpEscape(c);
    }
    return [re, unescape(glob), !!hasMagic, uflag];
  }
};
_a2 = AST;

// node_modules/minimatch/dist/esm/escape.js
var escape = (s, { windowsPathsNoEscape = false, magicalBraces = false } = {}) => {
  if (magicalBraces) {
    return windowsPathsNoEscape ? s.replace(/[?*()[\]{}]/g, "[$&]") : s.replace(/[?*()[\]\\{}]/g, "\\$&");
  }
  return windowsPathsNoEscape ? s.replace(/[?*()[\]]/g, "[$&]") : s.replace(/[?*()[\]\\]/g, "\\$&");
};

// node_modules/minimatch/dist/esm/index.js
var minimatch = (p, pattern, options = {}) => {
  assertValidPattern(pattern);
  if (!options.nocomment && pattern.charAt(0) === "#") {
    return false;
  }
  return new Minimatch(pattern, options).match(p);
};
var starDotExtRE = /^\*+([^+@!?*[(]*)$/;
var starDotExtTest = (ext2) => (f) => !f.startsWith(".") && f.endsWith(ext2);
var starDotExtTestDot = (ext2) => (f) => f.endsWith(ext2);
var starDotExtTestNocase = (ext2) => {
  ext2 = ext2.toLowerCase();
  return (f) => !f.startsWith(".") && f.toLowerCase().endsWith(ext2);
};
var starDotExtTestNocaseDot = (ext2) => {
  ext2 = ext2.toLowerCase();
  return (f) => f.toLowerCase().endsWith(ext2);
};
var starDotStarRE = /^\*+\.\*+$/;
var starDotStarTest = (f) => !f.startsWith(".") && f.includes(".");
var starDotStarTestDot = (f) => f !== "." && f !== ".." && f.includes(".");
var dotStarRE = /^\.\*+$/;
var dotStarTest = (f) => f !== "." && f !== ".." && f.startsWith(".");
var starRE = /^\*+$/;
var starTest = (f) => f.length !== 0 && !f.startsWith(".");
var starTestDot = (f) => f.length !== 0 && f !== "." && f !== "..";
var qmarksRE = /^\?+([^+@!?*[(]*)?$/;
var qmarksTestNocase = ([$0, ext2 = ""]) => {
  const noext = qmarksTestNoExt([$0]);
  if (!ext2)
    return noext;
  ext2 = ext2.toLowerCase();
  return (f) => noext(f) && f.toLowerCase().endsWith(ext2);
};
var qmarksTestNocaseDot = ([$0, ext2 = ""]) => {
  const noext = qmarksTestNoExtDot([$0]);
  if (!ext2)
    return noext;
  ext2 = ext2.toLowerCase();
  return (f) => noext(f) && f.toLowerCase().endsWith(ext2);
};
var qmarksTestDot = ([$0, ext2 = ""]) => {
  const noext = qmarksTestNoExtDot([$0]);
  return !ext2 ? noext : (f) => noext(f) && f.endsWith(ext2);
};
var qmarksTest = ([$0, ext2 = ""]) => {
  const noext = qmarksTestNoExt([$0]);
  return !ext2 ? noext : (f) => noext(f) && f.endsWith(ext2);
};
var qmarksTestNoExt = ([$0]) => {
  const len = $0.length;
  return (f) => f.length === len && !f.startsWith(".");
};
var qmarksTestNoExtDot = ([$0]) => {
  const len = $0.length;
  return (f) => f.length === len && f !== "." && f !== "..";
};
var defaultPlatform = typeof process === "object" && process ? typeof process.env === "object" && process.env && process.env.__MINIMATCH_TESTING_PLATFORM__ || process.platform : "posix";
var path = {
  win32: { sep: "\\" },
  posix: { sep: "/" }
};
var sep = defaultPlatform === "win32" ? path.win32.sep : path.posix.sep;
minimatch.sep = sep;
var GLOBSTAR = /* @__PURE__ */ Symbol("globstar **");
minimatch.GLOBSTAR = GLOBSTAR;
var qmark2 = "[^/]";
var star2 = qmark2 + "*?";
var twoStarDot = "(?:(?!(?:\\/|^)(?:\\.{1,2})($|\\/)).)*?";
var twoStarNoDot = "(?:(?!(?:\\/|^)\\.).)*?";
var filter = (pattern, options = {}) => (p) => minimatch(p, pattern, options);
minimatch.filter = filter;
var ext = (a, b = {}) => Object.assign({}, a, b);
var defaults = (def) => {
  if (!def || typeof def !== "object" || !Object.keys(def).length) {
    return minimatch;
  }
  const orig = minimatch;
  const m = (p, pattern, options = {}) => orig(p, pattern, ext(def, options));
  return Object.assign(m, {
    Minimatch: class Minimatch extends orig.Minimatch {
      constructor(pattern, options = {}) {
        super(pattern, ext(def, options));
      }
      static defaults(options) {
        return orig.defaults(ext(def, options)).Minimatch;
      }
    },
    AST: class AST extends orig.AST {
      /* c8 ignore start */
      constructor(type, parent, options = {}) {
        super(type, parent, ext(def, options));
      }
      /* c8 ignore stop */
      static fromGlob(pattern, options = {}) {
        return orig.AST.fromGlob(pattern, ext(def, options));
      }
    },
    unescape: (s, options = {}) => orig.unescape(s, ext(def, options)),
    escape: (s, options = {}) => orig.escape(s, ext(def, options)),
    filter: (pattern, options = {}) => orig.filter(pattern, ext(def, options)),
    defaults: (options) => orig.defaults(ext(def, options)),
    makeRe: (pattern, options = {}) => orig.makeRe(pattern, ext(def, options)),
    braceExpand: (pattern, options = {}) => orig.braceExpand(pattern, ext(def, options)),
    match: (list, pattern, options = {}) => orig.match(list, pattern, ext(def, options)),
    sep: orig.sep,
    GLOBSTAR
  });
};
minimatch.defaults = defaults;
var braceExpand = (pattern, options = {}) => {
  assertValidPattern(pattern);
  if (options.nobrace || !/\{(?:(?!\{).)*\}/.test(pattern)) {
    return [pattern];
  }
  return expand(pattern, { max: options.braceExpandMax });
};
minimatch.braceExpand = braceExpand;
var makeRe = (pattern, options = {}) => new Minimatch(pattern, options).makeRe();
minimatch.makeRe = makeRe;
var match = (list, pattern, options = {}) => {
  const mm = new Minimatch(pattern, options);
  list = list.filter((f) => mm.match(f));
  if (mm.options.nonull && !list.length) {
    list.push(pattern);
  }
  return list;
};
minimatch.match = match;
var globMagic = /[?*]|[+@!]\(.*?\)|\[|\]/;
var regExpEscape2 = (s) => s.replace(/[-[\]{}()*+?.,\\^$|#\s]/g, "\\$&");
var Minimatch = class {
  options;
  set;
  pattern;
  windowsPathsNoEscape;
  nonegate;
  negate;
  comment;
  empty;
  preserveMultipleSlashes;
  partial;
  globSet;
  globParts;
  nocase;
  isWindows;
  platform;
  windowsNoMagicRoot;
  maxGlobstarRecursion;
  regexp;
  constructor(pattern, options = {}) {
    assertValidPattern(pattern);
    options = options || {};
    this.options = options;
    this.maxGlobstarRecursion = options.maxGlobstarRecursion ?? 200;
    this.pattern = pattern;
    this.platform = options.platform || defaultPlatform;
    this.isWindows = this.platform === "win32";
    const awe = "allowWindowsEscape";
    this.windowsPathsNoEscape = !!options.windowsPathsNoEscape || options[awe] === false;
    if (this.windowsPathsNoEscape) {
      this.pattern = this.pattern.replace(/\\/g, "/");
    }
    this.preserveMultipleSlashes = !!options.preserveMultipleSlashes;
    this.regexp = null;
    this.negate = false;
    this.nonegate = !!options.nonegate;
    this.comment = false;
    this.empty = false;
    this.partial = !!options.partial;
    this.nocase = !!this.options.nocase;
    this.windowsNoMagicRoot = options.windowsNoMagicRoot !== void 0 ? options.windowsNoMagicRoot : !!(this.isWindows && this.nocase);
    this.globSet = [];
    this.globParts = [];
    this.set = [];
    this.make();
  }
  hasMagic() {
    if (this.options.magicalBraces && this.set.length > 1) {
      return true;
    }
    for (const pattern of this.set) {
      for (const part of pattern) {
        if (typeof part !== "string")
          return true;
      }
    }
    return false;
  }
  debug(..._) {
  }
  make() {
    const pattern = this.pattern;
    const options = this.options;
    if (!options.nocomment && pattern.charAt(0) === "#") {
      this.comment = true;
      return;
    }
    if (!pattern) {
      this.empty = true;
      return;
    }
    this.parseNegate();
    this.globSet = [...new Set(this.braceExpand())];
    if (options.debug) {
      this.debug = (...args) => console.error(...args);
    }
    this.debug(this.pattern, this.globSet);
    const rawGlobParts = this.globSet.map((s) => this.slashSplit(s));
    this.globParts = this.preprocess(rawGlobParts);
    this.debug(this.pattern, this.globParts);
    let set = this.globParts.map((s, _, __) => {
      if (this.isWindows && this.windowsNoMagicRoot) {
        const isUNC = s[0] === "" && s[1] === "" && (s[2] === "?" || !globMagic.test(s[2])) && !globMagic.test(s[3]);
        const isDrive = /^[a-z]:/i.test(s[0]);
        if (isUNC) {
          return [
            ...s.slice(0, 4),
            ...s.slice(4).map((ss) => this.parse(ss))
          ];
        } else if (isDrive) {
          return [s[0], ...s.slice(1).map((ss) => this.parse(ss))];
        }
      }
      return s.map((ss) => this.parse(ss));
    });
    this.debug(this.pattern, set);
    this.set = set.filter((s) => s.indexOf(false) === -1);
    if (this.isWindows) {
      for (let i2 = 0; i2 < this.set.length; i2++) {
        const p = this.set[i2];
        if (p[0] === "" && p[1] === "" && this.globParts[i2][2] === "?" && typeof p[3] === "string" && /^[a-z]:$/i.test(p[3])) {
          p[2] = "?";
        }
      }
    }
    this.debug(this.pattern, this.set);
  }
  // various transforms to equivalent pattern sets that are
  // faster to process in a filesystem walk.  The goal is to
  // eliminate what we can, and push all ** patterns as far
  // to the right as possible, even if it increases the number
  // of patterns that we have to process.
  preprocess(globParts) {
    if (this.options.noglobstar) {
      for (const partset of globParts) {
        for (let j = 0; j < partset.length; j++) {
          if (partset[j] === "**") {
            partset[j] = "*";
          }
        }
      }
    }
    const { optimizationLevel = 1 } = this.options;
    if (optimizationLevel >= 2) {
      globParts = this.firstPhasePreProcess(globParts);
      globParts = this.secondPhasePreProcess(globParts);
    } else if (optimizationLevel >= 1) {
      globParts = this.levelOneOptimize(globParts);
    } else {
      globParts = this.adjascentGlobstarOptimize(globParts);
    }
    return globParts;
  }
  // just get rid of adjascent ** portions
  adjascentGlobstarOptimize(globParts) {
    return globParts.map((parts) => {
      let gs = -1;
      while (-1 !== (gs = parts.indexOf("**", gs + 1))) {
        let i2 = gs;
        while (parts[i2 + 1] === "**") {
          i2++;
        }
        if (i2 !== gs) {
          parts.splice(gs, i2 - gs);
        }
      }
      return parts;
    });
  }
  // get rid of adjascent ** and resolve .. portions
  levelOneOptimize(globParts) {
    return globParts.map((parts) => {
      parts = parts.reduce((set, part) => {
        const prev = set[set.length - 1];
        if (part === "**" && prev === "**") {
          return set;
        }
        if (part === "..") {
          if (prev && prev !== ".." && prev !== "." && prev !== "**") {
            set.pop();
            return set;
          }
        }
        set.push(part);
        return set;
      }, []);
      return parts.length === 0 ? [""] : parts;
    });
  }
  levelTwoFileOptimize(parts) {
    if (!Array.isArray(parts)) {
      parts = this.slashSplit(parts);
    }
    let didSomething = false;
    do {
      didSomething = false;
      if (!this.preserveMultipleSlashes) {
        for (let i2 = 1; i2 < parts.length - 1; i2++) {
          const p = parts[i2];
          if (i2 === 1 && p === "" && parts[0] === "")
            continue;
          if (p === "." || p === "") {
            didSomething = true;
            parts.splice(i2, 1);
            i2--;
          }
        }
        if (parts[0] === "." && parts.length === 2 && (parts[1] === "." || parts[1] === "")) {
          didSomething = true;
          parts.pop();
        }
      }
      let dd = 0;
      while (-1 !== (dd = parts.indexOf("..", dd + 1))) {
        const p = parts[dd - 1];
        if (p && p !== "." && p !== ".." && p !== "**" && !(this.isWindows && /^[a-z]:$/i.test(p))) {
          didSomething = true;
          parts.splice(dd - 1, 2);
          dd -= 2;
        }
      }
    } while (didSomething);
    return parts.length === 0 ? [""] : parts;
  }
  // First phase: single-pattern processing
  // <pre> is 1 or more portions
  // <rest> is 1 or more portions
  // <p> is any portion other than ., .., '', or **
  // <e> is . or ''
  //
  // **/.. is *brutal* for filesystem walking performance, because
  // it effectively resets the recursive walk each time it occurs,
  // and ** cannot be reduced out by a .. pattern part like a regexp
  // or most strings (other than .., ., and '') can be.
  //
  // <pre>/**/../<p>/<p>/<rest> -> {<pre>/../<p>/<p>/<rest>,<pre>/**/<p>/<p>/<rest>}
  // <pre>/<e>/<rest> -> <pre>/<rest>
  // <pre>/<p>/../<rest> -> <pre>/<rest>
  // **/**/<rest> -> **/<rest>
  //
  // **/*/<rest> -> */**/<rest> <== not valid because ** doesn't follow
  // this WOULD be allowed if ** did follow symlinks, or * didn't
  firstPhasePreProcess(globParts) {
    let didSomething = false;
    do {
      didSomething = false;
      for (let parts of globParts) {
        let gs = -1;
        while (-1 !== (gs = parts.indexOf("**", gs + 1))) {
          let gss = gs;
          while (parts[gss + 1] === "**") {
            gss++;
          }
          if (gss > gs) {
            parts.splice(gs + 1, gss - gs);
          }
          let next = parts[gs + 1];
          const p = parts[gs + 2];
          const p2 = parts[gs + 3];
          if (next !== "..")
            continue;
          if (!p || p === "." || p === ".." || !p2 || p2 === "." || p2 === "..") {
            continue;
          }
          didSomething = true;
          parts.splice(gs, 1);
          const other = parts.slice(0);
          other[gs] = "**";
          globParts.push(other);
          gs--;
        }
        if (!this.preserveMultipleSlashes) {
          for (let i2 = 1; i2 < parts.length - 1; i2++) {
            const p = parts[i2];
            if (i2 === 1 && p === "" && parts[0] === "")
              continue;
            if (p === "." || p === "") {
              didSomething = true;
              parts.splice(i2, 1);
              i2--;
            }
          }
          if (parts[0] === "." && parts.length === 2 && (parts[1] === "." || parts[1] === "")) {
            didSomething = true;
            parts.pop();
          }
        }
        let dd = 0;
        while (-1 !== (dd = parts.indexOf("..", dd + 1))) {
          const p = parts[dd - 1];
          if (p && p !== "." && p !== ".." && p !== "**") {
            didSomething = true;
            const needDot = dd === 1 && parts[dd + 1] === "**";
            const splin = needDot ? ["."] : [];
            parts.splice(dd - 1, 2, ...splin);
            if (parts.length === 0)
              parts.push("");
            dd -= 2;
          }
        }
      }
    } while (didSomething);
    return globParts;
  }
  // second phase: multi-pattern dedupes
  // {<pre>/*/<rest>,<pre>/<p>/<rest>} -> <pre>/*/<rest>
  // {<pre>/<rest>,<pre>/<rest>} -> <pre>/<rest>
  // {<pre>/**/<rest>,<pre>/<rest>} -> <pre>/**/<rest>
  //
  // {<pre>/**/<rest>,<pre>/**/<p>/<rest>} -> <pre>/**/<rest>
  // ^-- not valid because ** doens't follow symlinks
  secondPhasePreProcess(globParts) {
    for (let i2 = 0; i2 < globParts.length - 1; i2++) {
      for (let j = i2 + 1; j < globParts.length; j++) {
        const matched = this.partsMatch(globParts[i2], globParts[j], !this.preserveMultipleSlashes);
        if (matched) {
          globParts[i2] = [];
          globParts[j] = matched;
          break;
        }
      }
    }
    return globParts.filter((gs) => gs.length);
  }
  partsMatch(a, b, emptyGSMatch = false) {
    let ai = 0;
    let bi = 0;
    let result = [];
    let which = "";
    while (ai < a.length && bi < b.length) {
      if (a[ai] === b[bi]) {
        result.push(which === "b" ? b[bi] : a[ai]);
        ai++;
        bi++;
      } else if (emptyGSMatch && a[ai] === "**" && b[bi] === a[ai + 1]) {
        result.push(a[ai]);
        ai++;
      } else if (emptyGSMatch && b[bi] === "**" && a[ai] === b[bi + 1]) {
        result.push(b[bi]);
        bi++;
      } else if (a[ai] === "*" && b[bi] && (this.options.dot || !b[bi].startsWith(".")) && b[bi] !== "**") {
        if (which === "b")
          return false;
        which = "a";
        result.push(a[ai]);
        ai++;
        bi++;
      } else if (b[bi] === "*" && a[ai] && (this.options.dot || !a[ai].startsWith(".")) && a[ai] !== "**") {
        if (which === "a")
          return false;
        which = "b";
        result.push(b[bi]);
        ai++;
        bi++;
      } else {
        return false;
      }
    }
    return a.length === b.length && result;
  }
  parseNegate() {
    if (this.nonegate)
      return;
    const pattern = this.pattern;
    let negate = false;
    let negateOffset = 0;
    for (let i2 = 0; i2 < pattern.length && pattern.charAt(i2) === "!"; i2++) {
      negate = !negate;
      negateOffset++;
    }
    if (negateOffset)
      this.pattern = pattern.slice(negateOffset);
    this.negate = negate;
  }
  // set partial to true to test if, for example,
  // "/a/b" matches the start of "/*/b/*/d"
  // Partial means, if you run out of file before you run
  // out of pattern, then that's fine, as long as all
  // the parts match.
  matchOne(file, pattern, partial = false) {
    let fileStartIndex = 0;
    let patternStartIndex = 0;
    if (this.isWindows) {
      const fileDrive = typeof file[0] === "string" && /^[a-z]:$/i.test(file[0]);
      const fileUNC = !fileDrive && file[0] === "" && file[1] === "" && file[2] === "?" && /^[a-z]:$/i.test(file[3]);
      const patternDrive = typeof pattern[0] === "string" && /^[a-z]:$/i.test(pattern[0]);
      const patternUNC = !patternDrive && pattern[0] === "" && pattern[1] === "" && pattern[2] === "?" && typeof pattern[3] === "string" && /^[a-z]:$/i.test(pattern[3]);
      const fdi = fileUNC ? 3 : fileDrive ? 0 : void 0;
      const pdi = patternUNC ? 3 : patternDrive ? 0 : void 0;
      if (typeof fdi === "number" && typeof pdi === "number") {
        const [fd2, pd] = [
          file[fdi],
          pattern[pdi]
        ];
        if (fd2.toLowerCase() === pd.toLowerCase()) {
          pattern[pdi] = fd2;
          patternStartIndex = pdi;
          fileStartIndex = fdi;
        }
      }
    }
    const { optimizationLevel = 1 } = this.options;
    if (optimizationLevel >= 2) {
      file = this.levelTwoFileOptimize(file);
    }
    if (pattern.includes(GLOBSTAR)) {
      return this.#matchGlobstar(file, pattern, partial, fileStartIndex, patternStartIndex);
    }
    return this.#matchOne(file, pattern, partial, fileStartIndex, patternStartIndex);
  }
  #matchGlobstar(file, pattern, partial, fileIndex, patternIndex) {
    const firstgs = pattern.indexOf(GLOBSTAR, patternIndex);
    const lastgs = pattern.lastIndexOf(GLOBSTAR);
    const [head, body, tail] = partial ? [
      pattern.slice(patternIndex, firstgs),
      pattern.slice(firstgs + 1),
      []
    ] : [
      pattern.slice(patternIndex, firstgs),
      pattern.slice(firstgs + 1, lastgs),
      pattern.slice(lastgs + 1)
    ];
    if (head.length) {
      const fileHead = file.slice(fileIndex, fileIndex + head.length);
      if (!this.#matchOne(fileHead, head, partial, 0, 0)) {
        return false;
      }
      fileIndex += head.length;
      patternIndex += head.length;
    }
    let fileTailMatch = 0;
    if (tail.length) {
      if (tail.length + fileIndex > file.length)
        return false;
      let tailStart = file.length - tail.length;
      if (this.#matchOne(file, tail, partial, tailStart, 0)) {
        fileTailMatch = tail.length;
      } else {
        if (file[file.length - 1] !== "" || fileIndex + tail.length === file.length) {
          return false;
        }
        tailStart--;
        if (!this.#matchOne(file, tail, partial, tailStart, 0)) {
          return false;
        }
        fileTailMatch = tail.length + 1;
      }
    }
    if (!body.length) {
      let sawSome = !!fileTailMatch;
      for (let i3 = fileIndex; i3 < file.length - fileTailMatch; i3++) {
        const f = String(file[i3]);
        sawSome = true;
        if (f === "." || f === ".." || !this.options.dot && f.startsWith(".")) {
          return false;
        }
      }
      return partial || sawSome;
    }
    const bodySegments = [[[], 0]];
    let currentBody = bodySegments[0];
    let nonGsParts = 0;
    const nonGsPartsSums = [0];
    for (const b of body) {
      if (b === GLOBSTAR) {
        nonGsPartsSums.push(nonGsParts);
        currentBody = [[], 0];
        bodySegments.push(currentBody);
      } else {
        currentBody[0].push(b);
        nonGsParts++;
      }
    }
    let i2 = bodySegments.length - 1;
    const fileLength = file.length - fileTailMatch;
    for (const b of bodySegments) {
      b[1] = fileLength - (nonGsPartsSums[i2--] + b[0].length);
    }
    return !!this.#matchGlobStarBodySections(file, bodySegments, fileIndex, 0, partial, 0, !!fileTailMatch);
  }
  // return false for "nope, not matching"
  // return null for "not matching, cannot keep trying"
  #matchGlobStarBodySections(file, bodySegments, fileIndex, bodyIndex, partial, globStarDepth, sawTail) {
    const bs = bodySegments[bodyIndex];
    if (!bs) {
      for (let i2 = fileIndex; i2 < file.length; i2++) {
        sawTail = true;
        const f = file[i2];
        if (f === "." || f === ".." || !this.options.dot && f.startsWith(".")) {
          return false;
        }
      }
      return sawTail;
    }
    const [body, after] = bs;
    while (fileIndex <= after) {
      const m = this.#matchOne(file.slice(0, fileIndex + body.length), body, partial, fileIndex, 0);
      if (m && globStarDepth < this.maxGlobstarRecursion) {
        const sub = this.#matchGlobStarBodySections(file, bodySegments, fileIndex + body.length, bodyIndex + 1, partial, globStarDepth + 1, sawTail);
        if (sub !== false) {
          return sub;
        }
      }
      const f = file[fileIndex];
      if (f === "." || f === ".." || !this.options.dot && f.startsWith(".")) {
        return false;
      }
      fileIndex++;
    }
    return partial || null;
  }
  #matchOne(file, pattern, partial, fileIndex, patternIndex) {
    let fi;
    let pi;
    let pl;
    let fl2;
    for (fi = fileIndex, pi = patternIndex, fl2 = file.length, pl = pattern.length; fi < fl2 && pi < pl; fi++, pi++) {
      this.debug("matchOne loop");
      let p = pattern[pi];
      let f = file[fi];
      this.debug(pattern, p, f);
      if (p === false || p === GLOBSTAR) {
        return false;
      }
      let hit;
      if (typeof p === "string") {
        hit = f === p;
        this.debug("string match", p, f, hit);
      } else {
        hit = p.test(f);
        this.debug("pattern match", p, f, hit);
      }
      if (!hit)
        return false;
    }
    if (fi === fl2 && pi === pl) {
      return true;
    } else if (fi === fl2) {
      return partial;
    } else if (pi === pl) {
      return fi === fl2 - 1 && file[fi] === "";
    } else {
      throw new Error("wtf?");
    }
  }
  braceExpand() {
    return braceExpand(this.pattern, this.options);
  }
  parse(pattern) {
    assertValidPattern(pattern);
    const options = this.options;
    if (pattern === "**")
      return GLOBSTAR;
    if (pattern === "")
      return "";
    let m;
    let fastTest = null;
    if (m = pattern.match(starRE)) {
      fastTest = options.dot ? starTestDot : starTest;
    } else if (m = pattern.match(starDotExtRE)) {
      fastTest = (options.nocase ? options.dot ? starDotExtTestNocaseDot : starDotExtTestNocase : options.dot ? starDotExtTestDot : starDotExtTest)(m[1]);
    } else if (m = pattern.match(qmarksRE)) {
      fastTest = (options.nocase ? options.dot ? qmarksTestNocaseDot : qmarksTestNocase : options.dot ? qmarksTestDot : qmarksTest)(m);
    } else if (m = pattern.match(starDotStarRE)) {
      fastTest = options.dot ? starDotStarTestDot : starDotStarTest;
    } else if (m = pattern.match(dotStarRE)) {
      fastTest = dotStarTest;
    }
    const re = AST.fromGlob(pattern, this.options).toMMPattern();
    if (fastTest && typeof re === "object") {
      Reflect.defineProperty(re, "test", { value: fastTest });
    }
    return re;
  }
  makeRe() {
    if (this.regexp || this.regexp === false)
      return this.regexp;
    const set = this.set;
    if (!set.length) {
      this.regexp = false;
      return this.regexp;
    }
    const options = this.options;
    const twoStar = options.noglobstar ? star2 : options.dot ? twoStarDot : twoStarNoDot;
    const flags = new Set(options.nocase ? ["i"] : []);
    let re = set.map((pattern) => {
      const pp = pattern.map((p) => {
        if (p instanceof RegExp) {
          for (const f of p.flags.split(""))
            flags.add(f);
        }
        return typeof p === "string" ? regExpEscape2(p) : p === GLOBSTAR ? GLOBSTAR : p._src;
      });
      pp.forEach((p, i2) => {
        const next = pp[i2 + 1];
        const prev = pp[i2 - 1];
        if (p !== GLOBSTAR || prev === GLOBSTAR) {
          return;
        }
        if (prev === void 0) {
          if (next !== void 0 && next !== GLOBSTAR) {
            pp[i2 + 1] = "(?:\\/|" + twoStar + "\\/)?" + next;
          } else {
            pp[i2] = twoStar;
          }
        } else if (next === void 0) {
          pp[i2 - 1] = prev + "(?:\\/|\\/" + twoStar + ")?";
        } else if (next !== GLOBSTAR) {
          pp[i2 - 1] = prev + "(?:\\/|\\/" + twoStar + "\\/)" + next;
          pp[i2 + 1] = GLOBSTAR;
        }
      });
      const filtered = pp.filter((p) => p !== GLOBSTAR);
      if (this.partial && filtered.length >= 1) {
        const prefixes = [];
        for (let i2 = 1; i2 <= filtered.length; i2++) {
          prefixes.push(filtered.slice(0, i2).join("/"));
        }
        return "(?:" + prefixes.join("|") + ")";
      }
      return filtered.join("/");
    }).join("|");
    const [open2, close] = set.length > 1 ? ["(?:", ")"] : ["", ""];
    re = "^" + open2 + re + close + "$";
    if (this.partial) {
      re = "^(?:\\/|" + open2 + re.slice(1, -1) + close + ")$";
    }
    if (this.negate)
      re = "^(?!" + re + ").+$";
    try {
      this.regexp = new RegExp(re, [...flags].join(""));
    } catch {
      this.regexp = false;
    }
    return this.regexp;
  }
  slashSplit(p) {
    if (this.preserveMultipleSlashes) {
      return p.split("/");
    } else if (this.isWindows && /^\/\/[^/]+/.test(p)) {
      return ["", ...p.split(/\/+/)];
    } else {
      return p.split(/\/+/);
    }
  }
  match(f, partial = this.partial) {
    this.debug("match", f, this.pattern);
    if (this.comment) {
      return false;
    }
    if (this.empty) {
      return f === "";
    }
    if (f === "/" && partial) {
      return true;
    }
    const options = this.options;
    if (this.isWindows) {
      f = f.split("\\").join("/");
    }
    const ff = this.slashSplit(f);
    this.debug(this.pattern, "split", ff);
    const set = this.set;
    this.debug(this.pattern, "set", set);
    let filename = ff[ff.length - 1];
    if (!filename) {
      for (let i2 = ff.length - 2; !filename && i2 >= 0; i2--) {
        filename = ff[i2];
      }
    }
    for (const pattern of set) {
      let file = ff;
      if (options.matchBase && pattern.length === 1) {
        file = [filename];
      }
      const hit = this.matchOne(file, pattern, partial);
      if (hit) {
        if (options.flipNegate) {
          return true;
        }
        return !this.negate;
      }
    }
    if (options.flipNegate) {
      return false;
    }
    return this.negate;
  }
  static defaults(def) {
    return minimatch.defaults(def).Minimatch;
  }
};
minimatch.AST = AST;
minimatch.Minimatch = Minimatch;
minimatch.escape = escape;
minimatch.unescape = unescape;

// src/policy/config.ts
var EMPTY_CONFIG = { allowImports: [], suppress: [], limits: { ...DEFAULT_LIMITS } };
var KEYS = /* @__PURE__ */ new Set(["fail-on", "allow-imports", "suppress", "limits"]);
function strList(v, where) {
  if (typeof v === "string") return [v];
  if (Array.isArray(v) && v.every((x2) => typeof x2 === "string")) return v;
  throw new UserError(`${where} must be a string or a list of strings`);
}
function parseFailOn(v, where) {
  if (v === "none" || typeof v === "string" && SEVERITIES.includes(v)) return v;
  throw new UserError(`${where} must be one of critical, high, medium, low, info, none (got ${JSON.stringify(v)})`);
}
function parseConfig(text, source) {
  let doc;
  try {
    doc = (0, import_yaml.parse)(text);
  } catch (e) {
    throw new UserError(`${source}: not valid YAML (${e.message.split("\n")[0]})`);
  }
  if (doc === null || doc === void 0) return { ...EMPTY_CONFIG, limits: { ...DEFAULT_LIMITS }, source };
  if (typeof doc !== "object" || Array.isArray(doc))
    throw new UserError(`${source}: expected a mapping at the top level`);
  const d = doc;
  for (const k of Object.keys(d))
    if (!KEYS.has(k)) throw new UserError(`${source}: unknown key "${k}" (known: ${[...KEYS].join(", ")})`);
  const cfg = { allowImports: [], suppress: [], limits: { ...DEFAULT_LIMITS }, source };
  if (d["fail-on"] !== void 0) cfg.failOn = parseFailOn(d["fail-on"], `${source}: fail-on`);
  const allow = d["allow-imports"] ?? [];
  if (!Array.isArray(allow)) throw new UserError(`${source}: allow-imports must be a list`);
  allow.forEach((e, i2) => {
    const where = `${source}: allow-imports[${i2}]`;
    if (typeof e !== "object" || e === null) throw new UserError(`${where} must be a mapping with imports (and paths)`);
    const o = e;
    if (o.imports === void 0) throw new UserError(`${where}: imports is required`);
    cfg.allowImports.push({
      imports: strList(o.imports, `${where}.imports`),
      ...o.paths !== void 0 ? { paths: strList(o.paths, `${where}.paths`) } : {}
    });
  });
  const sup = d.suppress ?? [];
  if (!Array.isArray(sup)) throw new UserError(`${source}: suppress must be a list`);
  sup.forEach((e, i2) => {
    const where = `${source}: suppress[${i2}]`;
    if (typeof e !== "object" || e === null)
      throw new UserError(`${where} must be a mapping with rule, reason (and paths)`);
    const o = e;
    if (typeof o.rule !== "string" || !RULES.has(o.rule))
      throw new UserError(`${where}.rule must be a known rule id (got ${JSON.stringify(o.rule)}; see docs/RULES.md)`);
    if (typeof o.reason !== "string" || o.reason.trim() === "")
      throw new UserError(`${where}: a suppression needs a written reason (reason: "why this is acceptable")`);
    cfg.suppress.push({
      rule: o.rule,
      reason: o.reason.trim(),
      ...o.paths !== void 0 ? { paths: strList(o.paths, `${where}.paths`) } : {}
    });
  });
  if (d.limits !== void 0) {
    if (typeof d.limits !== "object" || d.limits === null) throw new UserError(`${source}: limits must be a mapping`);
    for (const [k, v] of Object.entries(d.limits)) {
      if (!(k in DEFAULT_LIMITS))
        throw new UserError(`${source}: limits.${k} is not a limit (known: ${Object.keys(DEFAULT_LIMITS).join(", ")})`);
      if (typeof v !== "number" || !Number.isFinite(v) || v <= 0)
        throw new UserError(`${source}: limits.${k} must be a positive number`);
      cfg.limits[k] = v;
    }
  }
  return cfg;
}
function pathMatches(path2, globs) {
  if (!globs || globs.length === 0) return true;
  return globs.some((g) => minimatch(path2, g, { dot: true, matchBase: !g.includes("/") }));
}
function importAllowed(cfg, path2, name) {
  for (const a of cfg.allowImports) {
    if (!pathMatches(path2, a.paths)) continue;
    for (const pat of a.imports) {
      if (pat === name) return true;
      if (pat.endsWith(".*") && name.startsWith(pat.slice(0, -1))) return true;
    }
  }
  return false;
}

// src/policy/apply.ts
var UNKNOWN_IMPORT_RULES = /* @__PURE__ */ new Set(["PKL-002"]);
function applyPolicy(path2, findings, cfg) {
  const kept = [];
  const suppressed = [];
  for (const f of findings) {
    if (UNKNOWN_IMPORT_RULES.has(f.ruleId) && f.evidence && importAllowed(cfg, path2, f.evidence)) {
      suppressed.push({ ...f, suppressedBy: `allow-imports in ${cfg.source ?? "config"}` });
      continue;
    }
    const s = cfg.suppress.find((s2) => s2.rule === f.ruleId && pathMatches(path2, s2.paths));
    if (s) {
      suppressed.push({ ...f, suppressedBy: s.reason });
      continue;
    }
    kept.push(f);
  }
  return { kept, suppressed };
}

// src/policy/verdict.ts
function reachesFailOn(severity, failOn) {
  return failOn !== "none" && SEVERITY_RANK[severity] >= SEVERITY_RANK[failOn];
}
function fileVerdict(findings, failOn) {
  let verdict = "pass";
  for (const f of findings) {
    if (reachesFailOn(f.severity, failOn)) return "fail";
    if (SEVERITY_RANK[f.severity] >= SEVERITY_RANK.medium) verdict = "warn";
  }
  return verdict;
}
function overallVerdict(verdicts) {
  if (verdicts.includes("fail")) return "fail";
  if (verdicts.includes("warn")) return "warn";
  return "pass";
}

// package.json
var package_default = {
  name: "modelgate",
  version: "0.1.0",
  description: "Static supply-chain scanner for ML model files: a GitHub Action and a CLI.",
  type: "module",
  license: "MIT",
  bin: {
    modelgate: "dist/cli.js"
  },
  exports: {
    ".": "./dist/index.js"
  },
  engines: {
    node: ">=20"
  },
  files: [
    "dist",
    "action.yml",
    "README.md"
  ],
  scripts: {
    build: "node scripts/build.mjs",
    typecheck: "tsc --noEmit -p tsconfig.json",
    lint: "eslint . && prettier --check .",
    format: "prettier --write .",
    docs: "node scripts/gen-rules-doc.mjs",
    test: "npm run build && npm run typecheck && npm run lint && npm run jest",
    jest: "NODE_OPTIONS=--experimental-vm-modules NODE_NO_WARNINGS=1 jest",
    example: "npm run build && node dist/cli.js scan examples",
    bench: "node scripts/bench.mjs",
    fuzz: "node scripts/fuzz.mjs"
  },
  dependencies: {
    "@actions/core": "^3.0.1",
    "@actions/github": "^9.1.1",
    "@actions/glob": "^0.7.0",
    "@sigstore/bundle": "^4.0.0",
    "@sigstore/core": "^3.2.1",
    "@sigstore/verify": "^3.1.1",
    fflate: "^0.8.3",
    flatbuffers: "^25.9.23",
    h5wasm: "^0.10.3",
    "lossless-json": "^4.3.3",
    lz4js: "^0.2.0",
    minimatch: "^10.2.6",
    protobufjs: "^8.8.1",
    "seek-bzip": "^2.0.0",
    "xz-decompress": "^0.2.3",
    yaml: "^2.9.1"
  },
  devDependencies: {
    "@jest/globals": "^30.5.2",
    "@types/node": "^20.19.43",
    esbuild: "^0.28.2",
    eslint: "^10.15.0",
    "fast-check": "^4.10.2",
    jest: "^30.5.2",
    prettier: "^3.10.1",
    typescript: "^5.9.3",
    "typescript-eslint": "^8.73.0"
  }
};

// src/version.ts
var VERSION = package_default.version;

// src/engine/pool.ts
import { Worker as Worker2 } from "node:worker_threads";
import { availableParallelism } from "node:os";
function defaultJobs() {
  return Math.max(1, availableParallelism());
}
async function mapTargets(targets, opts, jobs, scanOne, workerUrl2) {
  const results = new Array(targets.length);
  if (jobs <= 1 || targets.length <= 1 || !workerUrl2) {
    for (let i2 = 0; i2 < targets.length; i2++) results[i2] = await scanOne(targets[i2], opts);
    return results;
  }
  let next = 0;
  const size = Math.min(jobs, targets.length);
  await Promise.all(
    Array.from({ length: size }, () => {
      const w = new Worker2(workerUrl2);
      return new Promise((resolve3, reject) => {
        const feed = () => {
          if (next >= targets.length) {
            void w.terminate().then(() => resolve3());
            return;
          }
          const id = next++;
          w.postMessage({ id, target: targets[id], opts });
        };
        w.on("message", (m) => {
          if ("error" in m) {
            reject(new Error(`worker failed on ${targets[m.id].display}: ${m.error}`));
            return;
          }
          results[m.id] = m.report ?? void 0;
          feed();
        });
        w.on("error", reject);
        feed();
      });
    })
  );
  return results;
}

// src/engine/neighbours.ts
import { lstat, realpath, stat } from "node:fs/promises";
import { isAbsolute, relative, resolve as resolve2, sep as sep2 } from "node:path";
function inside(root, p) {
  const rel = relative(root, p);
  return rel === "" || !rel.startsWith(`..${sep2}`) && rel !== ".." && !isAbsolute(rel);
}
var OUTSIDE = { exists: false, isSymlink: false, insideRoot: false };
function folderNeighbours(folder) {
  const root = resolve2(folder);
  let realRoot;
  return {
    async stat(relPath) {
      if (relPath === "" || relPath.includes("\0") || isAbsolute(relPath)) return OUTSIDE;
      const full = resolve2(root, relPath);
      if (!inside(root, full) || full === root) return OUTSIDE;
      let l;
      try {
        l = await lstat(full);
      } catch {
        return { exists: false, isSymlink: false, insideRoot: true };
      }
      realRoot ??= realpath(root).catch(() => root);
      let real;
      try {
        real = await realpath(full);
      } catch {
        real = void 0;
      }
      const insideRoot = real !== void 0 && inside(await realRoot, real);
      const out = {
        exists: real !== void 0,
        isSymlink: l.isSymbolicLink(),
        hardLinks: l.nlink,
        insideRoot
      };
      if (!l.isSymbolicLink()) {
        out.size = l.size;
        out.isFile = l.isFile();
      } else if (insideRoot && real !== void 0) {
        const t = await stat(real);
        out.size = t.size;
        out.isFile = t.isFile();
      }
      return out;
    }
  };
}

// src/engine/scan.ts
function workerUrl() {
  const url = new URL(import.meta.url.includes("/chunks/") ? "../worker.js" : "./worker.js", import.meta.url);
  return url.pathname.endsWith("/dist/worker.js") ? url : void 0;
}
function sha256File(path2) {
  return new Promise((res, rej) => {
    const h = createHash("sha256");
    createReadStream(path2, { highWaterMark: 1 << 20 }).on("data", (c) => h.update(c)).on("error", rej).on("end", () => res(h.digest("hex")));
  });
}
function sortFindings(list) {
  return list.sort(
    (a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] || (a.member ?? "").localeCompare(b.member ?? "") || (a.offset ?? -1) - (b.offset ?? -1) || a.ruleId.localeCompare(b.ruleId) || a.message.localeCompare(b.message)
  );
}
function finish(base, raw, opts) {
  const { kept, suppressed } = applyPolicy(base.path, raw, opts.config);
  const findings = sortFindings(kept);
  const rep = { ...base, verdict: fileVerdict(findings, opts.failOn), findings };
  if (suppressed.length) rep.suppressed = suppressed;
  return rep;
}
function linkReport(t, opts) {
  const link = t.link;
  const sha256 = createHash("sha256").update(link.target).digest("hex");
  const rule = getRule("GEN-010");
  const f = link.insideRoot ? {
    ruleId: rule.id,
    severity: "low",
    message: `Symbolic link to ${link.target} (inside the scanned tree; not followed)`,
    evidence: link.target
  } : {
    ruleId: rule.id,
    severity: rule.severity,
    message: `Symbolic link to ${link.target}, outside the scanned tree or dangling; not followed`,
    evidence: link.target
  };
  return finish({ path: t.display, format: "symlink", size: 0, sha256, imports: [] }, [f], opts);
}
async function analyzeSource(src, display, name, limits, neighbours) {
  const run = new FileRun(display, limits, dispatch);
  if (neighbours) run.neighbours = neighbours;
  const ctx = new AnalysisContext(run, void 0, 0, name);
  const outcome = await dispatch(src, ctx, {});
  if (run.tensors.length > 0)
    await runStage(ctx, "weights", async () => {
      run.facts.tensors = await examineWeights(ctx, run.tensors, limits.weightBytes);
    });
  if (outcome.formats.length === 0) {
    run.format = "unknown";
    ctx.report("GEN-009", "Content matches no model format ModelGate analyses");
  }
  return { formats: outcome.formats, run };
}
function reportFor(analysed, base, opts) {
  const { run, formats } = analysed;
  const onlyUnknown = run.findings.every((f) => f.ruleId === "GEN-009");
  if (formats.length === 0 && !base.explicit && !looksLikeModel(base.name) && onlyUnknown) return void 0;
  const rep = finish(
    {
      path: base.path,
      format: run.format ?? "unknown",
      size: base.size,
      sha256: base.sha256,
      imports: [...run.imports]
    },
    run.findings,
    opts
  );
  const tensors = run.facts.tensors;
  if (tensors?.length) rep.tensors = tensors;
  const inventory = inventoryOf(run.facts);
  if (inventory) rep.inventory = inventory;
  return rep;
}
function inventoryOf(facts) {
  let inv;
  for (const k of INVENTORY_KEYS) {
    const v = facts[k];
    const list = v instanceof Set ? [...v] : Array.isArray(v) ? v : void 0;
    if (!list) continue;
    (inv ??= {})[k] = [...new Set(list.filter((x2) => typeof x2 === "string"))].sort();
  }
  return inv;
}
function unreadable(t, size, e, opts) {
  return finish(
    { path: t.display, format: "unknown", size, sha256: "", imports: [] },
    [
      {
        ruleId: "GEN-012",
        severity: getRule("GEN-012").severity,
        message: `Could not read the file: ${errorMessage(e)}`
      }
    ],
    opts
  );
}
async function scanTarget(t, opts) {
  if (t.link) return linkReport(t, opts);
  let src;
  try {
    src = await FileSource.open(t.fsPath);
  } catch (e) {
    return unreadable(t, 0, e, opts);
  }
  try {
    const name = basename2(t.fsPath);
    const [analysed, sha256] = await Promise.all([
      analyzeSource(src, t.display, name, opts.config.limits, folderNeighbours(dirname(t.fsPath))),
      sha256File(t.fsPath)
    ]);
    return reportFor(analysed, { path: t.display, size: src.size, sha256, explicit: t.explicit, name }, opts);
  } catch (e) {
    return unreadable(t, src.size, e, opts);
  } finally {
    await src.close();
  }
}
function buildReport(files, failOn) {
  const count = (v) => files.filter((f) => f.verdict === v).length;
  return {
    schemaVersion: 1,
    tool: { name: "modelgate", version: VERSION },
    failOn,
    verdict: overallVerdict(files.map((f) => f.verdict)),
    files,
    summary: { files: files.length, pass: count("pass"), warn: count("warn"), fail: count("fail") }
  };
}
async function scanTargets(targets, opts = { failOn: "high", config: EMPTY_CONFIG }) {
  const jobs = opts.jobs ?? defaultJobs();
  const results = await mapTargets(targets, opts, jobs, scanTarget, workerUrl());
  return buildReport(
    results.filter((r2) => r2 !== void 0),
    opts.failOn
  );
}

export {
  __require,
  __commonJS,
  __toESM,
  UserError,
  errorMessage,
  SEVERITY_RANK,
  BufferSource,
  FileSource,
  RULES,
  getRule,
  FileRun,
  AnalysisContext,
  looksLikeModel,
  dispatch,
  minimatch,
  Minimatch,
  EMPTY_CONFIG,
  parseFailOn,
  parseConfig,
  UNKNOWN_IMPORT_RULES,
  fileVerdict,
  overallVerdict,
  VERSION,
  sha256File,
  analyzeSource,
  reportFor,
  scanTarget,
  buildReport,
  scanTargets
};
