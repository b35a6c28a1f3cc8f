import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);
import {
  UserError
} from "./chunk-AKY6SPXF.js";

// src/integrity/options.ts
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";

// src/integrity/signing/keys.ts
import { createHash, createPublicKey, verify, X509Certificate } from "node:crypto";
var PEM_BLOCK = /-----BEGIN ([A-Z0-9 ]+)-----\r?\n([\s\S]*?)-----END \1-----/g;
function pemBlocks(data, labels) {
  const out = [];
  for (const m of data.toString("latin1").matchAll(PEM_BLOCK))
    if (labels.includes(m[1])) out.push(Buffer.from(m[2].replace(/\s+/g, ""), "base64"));
  return out;
}
function keyHint(key) {
  return createHash("sha256").update(key.export({ type: "spki", format: "pem" })).digest("hex");
}
function describeKey(key) {
  const d = key.asymmetricKeyDetails;
  return key.asymmetricKeyType === "ec" ? `ECDSA ${curveName(d?.namedCurve) ?? d?.namedCurve}` : `${key.asymmetricKeyType}`;
}
function curveName(named) {
  return named === "prime256v1" ? "P-256" : named === "secp384r1" ? "P-384" : named === "secp521r1" ? "P-521" : void 0;
}
function curveHash(key) {
  if (key.asymmetricKeyType !== "ec") return void 0;
  switch (key.asymmetricKeyDetails?.namedCurve) {
    case "prime256v1":
      return "sha256";
    case "secp384r1":
      return "sha384";
    case "secp521r1":
      return "sha512";
    default:
      return void 0;
  }
}
function parsePublicKeys(data, source) {
  const ders = pemBlocks(data, ["PUBLIC KEY"]);
  const keys = [];
  try {
    if (ders.length) for (const der of ders) keys.push(createPublicKey({ key: der, format: "der", type: "spki" }));
    else keys.push(createPublicKey({ key: data, format: "der", type: "spki" }));
  } catch (e) {
    throw new UserError(`${source}: not a PEM or DER public key (${e.message})`);
  }
  return keys.map((key) => ({ key, hint: keyHint(key), source }));
}
function parseCertificates(data, source) {
  const ders = pemBlocks(data, ["CERTIFICATE"]);
  try {
    const list = ders.length ? ders : [data];
    return list.map((der) => ({ cert: new X509Certificate(der), source }));
  } catch (e) {
    throw new UserError(`${source}: not a PEM or DER X.509 certificate (${e.message})`);
  }
}
function verifyEcdsa(key, data, sig, hash) {
  const h = hash ?? curveHash(key);
  if (!h) return false;
  try {
    return verify(h, data, key, sig);
  } catch {
    return false;
  }
}

// src/integrity/signing/openpgp.ts
import { createHash as createHash2, createPublicKey as createPublicKey2, createVerify, verify as verify2 } from "node:crypto";
import { createReadStream } from "node:fs";
var PgpFormatError = class extends Error {
};
var HASHES = { 8: "sha256", 9: "sha384", 10: "sha512", 11: "sha224" };
var CURVES = {
  "2a8648ce3d030107": "P-256",
  "2b81040022": "P-384",
  "2b81040023": "P-521"
};
var ED25519_LEGACY_OID = "2b06010401da470f01";
function dearmor(data) {
  const text = data.toString("latin1");
  const m = /-----BEGIN PGP [A-Z ]+-----\r?\n([\s\S]*?)-----END PGP [A-Z ]+-----/.exec(text);
  if (!m) return data;
  const lines = m[1].split(/\r?\n/);
  const blank = lines.findIndex((l) => l.trim() === "");
  const body = (blank >= 0 ? lines.slice(blank + 1) : lines).filter((l) => l.trim() !== "" && !l.startsWith("="));
  return Buffer.from(body.join(""), "base64");
}
function isPgpArmor(data, kind) {
  return data.toString("latin1", 0, Math.min(data.length, 4096)).includes(`-----BEGIN PGP ${kind}-----`);
}
function startsWithPacket(data, tag) {
  const b = data[0];
  if (b === void 0 || (b & 128) === 0) return false;
  return (b & 64 ? b & 63 : b >> 2 & 15) === tag;
}
function formatErrors(fn) {
  try {
    return fn();
  } catch (e) {
    if (e?.name === "RangeError")
      throw new PgpFormatError(`truncated or malformed data (${e.message})`);
    throw e;
  }
}
function packets(data) {
  return formatErrors(() => readPackets(data));
}
function readPackets(data) {
  const out = [];
  let p = 0;
  while (p < data.length) {
    const ctb = data[p++];
    if ((ctb & 128) === 0) throw new PgpFormatError("not an OpenPGP packet");
    let tag;
    let len;
    if (ctb & 64) {
      tag = ctb & 63;
      const b0 = data[p++];
      if (b0 === void 0) throw new PgpFormatError("truncated packet header");
      if (b0 < 192) len = b0;
      else if (b0 < 224) len = (b0 - 192 << 8) + data[p++] + 192;
      else if (b0 === 255) {
        len = data.readUInt32BE(p);
        p += 4;
      } else throw new PgpFormatError("partial body lengths are not supported here");
    } else {
      tag = ctb >> 2 & 15;
      const lt = ctb & 3;
      if (lt === 0) len = data[p++];
      else if (lt === 1) {
        len = data.readUInt16BE(p);
        p += 2;
      } else if (lt === 2) {
        len = data.readUInt32BE(p);
        p += 4;
      } else len = data.length - p;
    }
    if (p + len > data.length) throw new PgpFormatError("truncated packet");
    out.push({ tag, body: data.subarray(p, p + len) });
    p += len;
  }
  return out;
}
function readMpi(buf, at) {
  if (at + 2 > buf.length) throw new PgpFormatError("truncated MPI");
  const bytes = buf.readUInt16BE(at) + 7 >> 3;
  if (at + 2 + bytes > buf.length) throw new PgpFormatError("truncated MPI");
  return [buf.subarray(at + 2, at + 2 + bytes), at + 2 + bytes];
}
function b64url(b) {
  return b.toString("base64url");
}
function pad(b, n) {
  return b.length >= n ? b.subarray(b.length - n) : Buffer.concat([Buffer.alloc(n - b.length), b]);
}
function keyFromPacket(body) {
  if (body[0] !== 4) throw new PgpFormatError(`public key version ${body[0]} is not supported (v4 only)`);
  const algo = body[5];
  let p = 6;
  if (algo === 22 || algo === 19) {
    const oidLen = body[p++];
    const oid = body.subarray(p, p + oidLen).toString("hex");
    p += oidLen;
    const [point] = readMpi(body, p);
    if (algo === 22) {
      if (oid !== ED25519_LEGACY_OID || point[0] !== 64 || point.length !== 33)
        throw new PgpFormatError("only Ed25519 EdDSA keys are supported");
      return {
        key: createPublicKey2({ key: { kty: "OKP", crv: "Ed25519", x: b64url(point.subarray(1)) }, format: "jwk" }),
        algorithm: algo
      };
    }
    const crv = CURVES[oid];
    if (!crv || point[0] !== 4) throw new PgpFormatError("unsupported ECDSA curve");
    const n = (point.length - 1) / 2;
    return {
      key: createPublicKey2({
        key: { kty: "EC", crv, x: b64url(point.subarray(1, 1 + n)), y: b64url(point.subarray(1 + n)) },
        format: "jwk"
      }),
      algorithm: algo
    };
  }
  if (algo === 27)
    return {
      key: createPublicKey2({ key: { kty: "OKP", crv: "Ed25519", x: b64url(body.subarray(p, p + 32)) }, format: "jwk" }),
      algorithm: algo
    };
  if (algo === 1 || algo === 3) {
    const [n, q] = readMpi(body, p);
    const [e] = readMpi(body, q);
    return { key: createPublicKey2({ key: { kty: "RSA", n: b64url(n), e: b64url(e) }, format: "jwk" }), algorithm: algo };
  }
  throw new PgpFormatError(`public key algorithm ${algo} is not supported`);
}
function ecBits(key) {
  const c = key.asymmetricKeyDetails?.namedCurve;
  return c === "prime256v1" ? 256 : c === "secp384r1" ? 384 : c === "secp521r1" ? 521 : void 0;
}
function fingerprint(body) {
  const h = createHash2("sha1");
  h.update(Buffer.from([153, body.length >> 8, body.length & 255]));
  h.update(body);
  return h.digest("hex").toUpperCase();
}
function parsePgpKeys(data, source) {
  const out = [];
  let userId;
  for (const pkt of packets(dearmor(data))) {
    if (pkt.tag === 13 && userId === void 0) userId = pkt.body.toString("utf8");
    if (pkt.tag !== 6 && pkt.tag !== 14) continue;
    try {
      const { key, algorithm } = keyFromPacket(pkt.body);
      const fp = fingerprint(pkt.body);
      out.push({ fingerprint: fp, keyId: fp.slice(-16), key, algorithm, source });
    } catch {
    }
  }
  for (const k of out) if (userId) k.userId = userId;
  return out;
}
function parseSubpackets(area, sig, hashed) {
  let p = 0;
  while (p < area.length) {
    let len = area[p++];
    if (len >= 192 && len < 255) len = (len - 192 << 8) + area[p++] + 192;
    else if (len === 255) {
      len = area.readUInt32BE(p);
      p += 4;
    }
    if (len === 0 || p + len > area.length) throw new PgpFormatError("malformed signature subpacket");
    const type = area[p] & 127;
    const critical = (area[p] & 128) !== 0;
    const data = area.subarray(p + 1, p + len);
    p += len;
    if (type === 33 && data.length >= 21) sig.issuerFingerprint = data.subarray(1).toString("hex").toUpperCase();
    else if (type === 16 && data.length === 8) sig.issuerKeyId = data.toString("hex").toUpperCase();
    else if (type === 2 && hashed && data.length === 4) sig.created = data.readUInt32BE(0);
    else if (type === 3 && hashed && data.length === 4) sig.expires = data.readUInt32BE(0);
    else if (critical && hashed && ![27, 11, 21, 22, 30, 23, 25, 9, 34].includes(type)) sig.unknownCritical.push(type);
  }
}
function parsePgpSignature(data) {
  return formatErrors(() => readSignature(data));
}
function readSignature(data) {
  const sigs = packets(dearmor(data)).filter((p2) => p2.tag === 2);
  if (sigs.length !== 1) throw new PgpFormatError(`expected one signature packet, found ${sigs.length}`);
  const b = sigs[0].body;
  if (b[0] !== 4) throw new PgpFormatError(`signature version ${b[0]} is not supported (v4 only)`);
  const hashedLen = b.readUInt16BE(4);
  const hashedEnd = 6 + hashedLen;
  const unhashedLen = b.readUInt16BE(hashedEnd);
  const sig = {
    version: 4,
    sigType: b[1],
    pubAlgo: b[2],
    hashAlgo: b[3],
    hashedPart: b.subarray(0, hashedEnd),
    left16: b.subarray(hashedEnd + 2 + unhashedLen, hashedEnd + 4 + unhashedLen),
    values: [],
    unknownCritical: []
  };
  parseSubpackets(b.subarray(6, hashedEnd), sig, true);
  parseSubpackets(b.subarray(hashedEnd + 2, hashedEnd + 2 + unhashedLen), sig, false);
  let p = hashedEnd + 4 + unhashedLen;
  if (sig.pubAlgo === 27) sig.values.push(b.subarray(p, p + 64));
  else
    while (p < b.length) {
      const [v, q] = readMpi(b, p);
      sig.values.push(v);
      p = q;
    }
  return sig;
}
async function feed(path, sigType, update) {
  let prevCR = false;
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) {
    if (sigType === 0) {
      update(chunk);
      continue;
    }
    const out = [];
    for (const c of chunk) {
      if (c === 10 && !prevCR) out.push(13);
      out.push(c);
      prevCR = c === 13;
    }
    update(Buffer.from(out));
  }
}
async function verifyPgp(sig, path, keys, at) {
  const hash = HASHES[sig.hashAlgo];
  if (!hash)
    return { ok: false, kind: "unsupported", reason: `hash algorithm ${sig.hashAlgo} is not accepted (SHA-2 only)` };
  if (sig.sigType !== 0 && sig.sigType !== 1)
    return {
      ok: false,
      kind: "unsupported",
      reason: `signature type 0x${sig.sigType.toString(16)} is not a document signature`
    };
  if (sig.unknownCritical.length)
    return {
      ok: false,
      kind: "unsupported",
      reason: `critical subpackets ${sig.unknownCritical.join(", ")} are not understood`
    };
  const issuer = sig.issuerFingerprint ?? sig.issuerKeyId;
  const candidates = keys.filter(
    (k) => sig.issuerFingerprint ? k.fingerprint === sig.issuerFingerprint : sig.issuerKeyId ? k.keyId === sig.issuerKeyId : true
  );
  if (candidates.length === 0)
    return {
      ok: false,
      kind: "untrusted",
      reason: `signed by OpenPGP key ${issuer ?? "(unnamed)"}, which is not a trusted key`
    };
  if (sig.created !== void 0 && sig.expires !== void 0 && sig.expires > 0 && at.getTime() / 1e3 > sig.created + sig.expires)
    return { ok: false, kind: "untrusted", reason: "the signature has expired" };
  const trailer = Buffer.alloc(6);
  trailer.writeUInt8(4, 0);
  trailer.writeUInt8(255, 1);
  trailer.writeUInt32BE(sig.hashedPart.length, 2);
  const key = candidates.find(
    (k) => k.algorithm === sig.pubAlgo || k.algorithm === 27 && sig.pubAlgo === 22 || k.algorithm === 22 && sig.pubAlgo === 27
  );
  if (!key)
    return {
      ok: false,
      kind: "untrusted",
      reason: `the trusted key ${issuer} is not of the signature's algorithm ${sig.pubAlgo}`
    };
  const h = createHash2(hash);
  const v = sig.pubAlgo === 22 || sig.pubAlgo === 27 ? void 0 : createVerify(hash);
  await feed(path, sig.sigType, (b) => {
    h.update(b);
    v?.update(b);
  });
  h.update(sig.hashedPart).update(trailer);
  v?.update(sig.hashedPart).update(trailer);
  const digest = h.digest();
  if (!digest.subarray(0, 2).equals(sig.left16))
    return { ok: false, kind: "invalid", altered: "file", reason: `the file's ${hash} digest is not the signed one` };
  let ok;
  if (!v) {
    const raw = sig.pubAlgo === 27 ? sig.values[0] : Buffer.concat([pad(sig.values[0], 32), pad(sig.values[1], 32)]);
    ok = verify2(null, digest, key.key, raw);
  } else if (sig.pubAlgo === 19) {
    const n = Math.ceil((ecBits(key.key) ?? 0) / 8);
    ok = v.verify(
      { key: key.key, dsaEncoding: "ieee-p1363" },
      Buffer.concat([pad(sig.values[0], n), pad(sig.values[1], n)])
    );
  } else {
    ok = v.verify(key.key, pad(sig.values[0], (key.key.asymmetricKeyDetails?.modulusLength ?? 0) / 8));
  }
  if (ok) return { ok: true, key };
  return {
    ok: false,
    kind: "invalid",
    altered: "signature",
    reason: `the signature does not verify with the trusted key ${issuer}`
  };
}

// src/integrity/options.ts
function emptyIntegrityInput() {
  return {
    trustedKeys: [],
    trustedCas: [],
    trustedRoots: [],
    identities: [],
    signatures: [],
    manifests: [],
    ignorePaths: [],
    requireSignature: false,
    allowUnsignedFiles: false,
    allowLegacySignatures: false
  };
}
function emptyIntegrityOptions(roots = []) {
  return {
    keys: [],
    pgpKeys: [],
    cas: [],
    trustedRoots: [],
    identities: [],
    signatures: [],
    manifests: [],
    ignorePaths: [],
    requireSignature: false,
    allowUnsignedFiles: false,
    allowLegacySignatures: false,
    roots
  };
}
function fileSources(label, baseDir = process.cwd()) {
  return {
    label,
    readTrusted: (p) => readFile(resolve(baseDir, p)),
    locate: (p) => resolve(baseDir, p)
  };
}
var INLINE_PEM = /-----BEGIN [A-Z0-9 ]+-----/;
async function material(ref, src, what) {
  if (INLINE_PEM.test(ref)) return { data: Buffer.from(ref, "utf8"), source: `${src.label}: inline ${what}` };
  try {
    return { data: await src.readTrusted(ref), source: `${src.label}: ${ref}` };
  } catch (e) {
    throw new UserError(`${src.label}: cannot read ${what} ${ref} (${e.message})`);
  }
}
function identityPolicy(identity, issuer, where) {
  if (!identity) throw new UserError(`${where}: an identity must not be empty`);
  if (!issuer) throw new UserError(`${where}: identity ${identity} needs an issuer (--issuer / issuer:)`);
  let match;
  if (identity.length > 2 && identity.startsWith("/") && identity.endsWith("/")) {
    let re;
    try {
      re = new RegExp(`^(?:${identity.slice(1, -1)})$`, "u");
    } catch (e) {
      throw new UserError(`${where}: identity ${identity} is not a valid regular expression (${e.message})`);
    }
    match = (san) => re.test(san);
  } else {
    match = (san) => san === identity;
  }
  return { identity, match, issuer };
}
async function resolveIntegrityOptions(inputs, roots = []) {
  const out = emptyIntegrityOptions(roots);
  for (const { input, sources } of inputs) {
    for (const ref of input.trustedKeys) {
      const { data, source } = await material(ref, sources, "trusted key");
      if (isPgpArmor(data, "PUBLIC KEY BLOCK") || startsWithPacket(data, 6)) {
        let keys = [];
        try {
          keys = parsePgpKeys(data, source);
        } catch (e) {
          throw new UserError(`${source}: not a readable OpenPGP public key (${e.message})`);
        }
        if (keys.length === 0)
          throw new UserError(`${source}: no OpenPGP key ModelGate can verify with (v4 EdDSA, ECDSA, RSA)`);
        out.pgpKeys.push(...keys);
      } else out.keys.push(...parsePublicKeys(data, source));
    }
    for (const ref of input.trustedCas) {
      const { data, source } = await material(ref, sources, "trusted CA certificate");
      out.cas.push(...parseCertificates(data, source));
    }
    for (const ref of input.trustedRoots) {
      const { data, source } = await material(ref, sources, "Sigstore trusted root");
      let json;
      try {
        json = JSON.parse(data.toString("utf8"));
      } catch {
        throw new UserError(`${source}: a Sigstore trusted root must be JSON (trusted_root.json)`);
      }
      if (typeof json !== "object" || json === null || !("certificateAuthorities" in json))
        throw new UserError(`${source}: not a Sigstore trusted root (no certificateAuthorities)`);
      out.trustedRoots.push({ source, json });
    }
    for (const id of input.identities) out.identities.push(identityPolicy(id.identity, id.issuer, sources.label));
    for (const s of input.signatures)
      out.signatures.push({
        signature: sources.locate(s.signature),
        ...s.model !== void 0 ? { model: sources.locate(s.model) } : {}
      });
    for (const m of input.manifests) out.manifests.push(sources.locate(m));
    out.ignorePaths.push(...input.ignorePaths);
    out.requireSignature ||= input.requireSignature;
    out.allowUnsignedFiles ||= input.allowUnsignedFiles;
    out.allowLegacySignatures ||= input.allowLegacySignatures;
  }
  if (out.trustedRoots.length > 0 && out.identities.length === 0)
    throw new UserError("a Sigstore trusted root needs at least one --identity with its --issuer");
  return out;
}
var SECTION_KEYS = /* @__PURE__ */ new Set([
  "require-signature",
  "trusted-keys",
  "trusted-cas",
  "trusted-root",
  "identities",
  "signatures",
  "manifests",
  "ignore-paths",
  "allow-unsigned-files",
  "allow-legacy-signatures"
]);
function strList(v, where) {
  if (typeof v === "string") return [v];
  if (Array.isArray(v) && v.every((x) => typeof x === "string")) return v;
  throw new UserError(`${where} must be a string or a list of strings`);
}
function bool(v, where) {
  if (typeof v !== "boolean") throw new UserError(`${where} must be true or false`);
  return v;
}
function pairList(v, where, a, b, what) {
  const list = v ?? [];
  if (!Array.isArray(list)) throw new UserError(`${where} must be a list`);
  return list.map((e, i) => {
    const w = `${where}[${i}]`;
    if (typeof e !== "object" || e === null) throw new UserError(`${w} must be a mapping with ${a} and ${b}`);
    const o = e;
    if (typeof o[a] !== "string" || typeof o[b] !== "string") throw new UserError(`${w} needs ${a} and ${b} ${what}`);
    return { [a]: o[a], [b]: o[b] };
  });
}
function parseIntegritySection(v, source) {
  const where = `${source}: integrity`;
  if (typeof v !== "object" || v === null || Array.isArray(v)) throw new UserError(`${where} must be a mapping`);
  const d = v;
  for (const k of Object.keys(d))
    if (!SECTION_KEYS.has(k))
      throw new UserError(`${where}: unknown key "${k}" (known: ${[...SECTION_KEYS].join(", ")})`);
  const out = emptyIntegrityInput();
  if (d["require-signature"] !== void 0)
    out.requireSignature = bool(d["require-signature"], `${where}.require-signature`);
  if (d["allow-unsigned-files"] !== void 0)
    out.allowUnsignedFiles = bool(d["allow-unsigned-files"], `${where}.allow-unsigned-files`);
  if (d["allow-legacy-signatures"] !== void 0)
    out.allowLegacySignatures = bool(d["allow-legacy-signatures"], `${where}.allow-legacy-signatures`);
  if (d["trusted-keys"] !== void 0) out.trustedKeys = strList(d["trusted-keys"], `${where}.trusted-keys`);
  if (d["trusted-cas"] !== void 0) out.trustedCas = strList(d["trusted-cas"], `${where}.trusted-cas`);
  if (d["trusted-root"] !== void 0) out.trustedRoots = strList(d["trusted-root"], `${where}.trusted-root`);
  if (d.manifests !== void 0) out.manifests = strList(d.manifests, `${where}.manifests`);
  if (d["ignore-paths"] !== void 0) out.ignorePaths = strList(d["ignore-paths"], `${where}.ignore-paths`);
  for (const o of pairList(d.identities, `${where}.identities`, "identity", "issuer", "strings"))
    out.identities.push({ identity: o.identity, issuer: o.issuer });
  for (const o of pairList(d.signatures, `${where}.signatures`, "signature", "model", "paths"))
    out.signatures.push({ signature: o.signature, model: o.model });
  return out;
}

export {
  pemBlocks,
  keyHint,
  describeKey,
  curveHash,
  verifyEcdsa,
  isPgpArmor,
  startsWithPacket,
  parsePgpSignature,
  verifyPgp,
  emptyIntegrityInput,
  emptyIntegrityOptions,
  fileSources,
  resolveIntegrityOptions,
  parseIntegritySection
};
