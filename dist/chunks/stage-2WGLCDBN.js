import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);
import {
  LFS_POINTER_MAX_BYTES,
  parseLfsPointer
} from "./chunk-TVLJSTC4.js";
import {
  FileSource
} from "./chunk-YOEQFNW7.js";
import {
  curveHash,
  describeKey,
  emptyIntegrityOptions,
  isPgpArmor,
  keyHint,
  parsePgpSignature,
  pemBlocks,
  startsWithPacket,
  verifyEcdsa,
  verifyPgp
} from "./chunk-KBWLE4B5.js";
import {
  getRule
} from "./chunk-GU5GTTD4.js";
import {
  errorMessage
} from "./chunk-AKY6SPXF.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-3EOKJZZ5.js";

// node_modules/@sigstore/protobuf-specs/dist/__generated__/envelope.js
var require_envelope = __commonJS({
  "node_modules/@sigstore/protobuf-specs/dist/__generated__/envelope.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Signature = exports.Envelope = void 0;
    exports.Envelope = {
      fromJSON(object) {
        return {
          payload: isSet(object.payload) ? Buffer.from(bytesFromBase64(object.payload)) : Buffer.alloc(0),
          payloadType: isSet(object.payloadType) ? globalThis.String(object.payloadType) : "",
          signatures: globalThis.Array.isArray(object?.signatures) ? object.signatures.map((e) => exports.Signature.fromJSON(e)) : []
        };
      },
      toJSON(message) {
        const obj3 = {};
        if (message.payload.length !== 0) {
          obj3.payload = base64FromBytes(message.payload);
        }
        if (message.payloadType !== "") {
          obj3.payloadType = message.payloadType;
        }
        if (message.signatures?.length) {
          obj3.signatures = message.signatures.map((e) => exports.Signature.toJSON(e));
        }
        return obj3;
      }
    };
    exports.Signature = {
      fromJSON(object) {
        return {
          sig: isSet(object.sig) ? Buffer.from(bytesFromBase64(object.sig)) : Buffer.alloc(0),
          keyid: isSet(object.keyid) ? globalThis.String(object.keyid) : ""
        };
      },
      toJSON(message) {
        const obj3 = {};
        if (message.sig.length !== 0) {
          obj3.sig = base64FromBytes(message.sig);
        }
        if (message.keyid !== "") {
          obj3.keyid = message.keyid;
        }
        return obj3;
      }
    };
    function bytesFromBase64(b64) {
      return Uint8Array.from(globalThis.Buffer.from(b64, "base64"));
    }
    function base64FromBytes(arr) {
      return globalThis.Buffer.from(arr).toString("base64");
    }
    function isSet(value) {
      return value !== null && value !== void 0;
    }
  }
});

// node_modules/@sigstore/protobuf-specs/dist/__generated__/google/protobuf/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/@sigstore/protobuf-specs/dist/__generated__/google/protobuf/timestamp.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Timestamp = void 0;
    exports.Timestamp = {
      fromJSON(object) {
        return {
          seconds: isSet(object.seconds) ? globalThis.String(object.seconds) : "0",
          nanos: isSet(object.nanos) ? globalThis.Number(object.nanos) : 0
        };
      },
      toJSON(message) {
        const obj3 = {};
        if (message.seconds !== "0") {
          obj3.seconds = message.seconds;
        }
        if (message.nanos !== 0) {
          obj3.nanos = Math.round(message.nanos);
        }
        return obj3;
      }
    };
    function isSet(value) {
      return value !== null && value !== void 0;
    }
  }
});

// node_modules/@sigstore/protobuf-specs/dist/__generated__/sigstore_common.js
var require_sigstore_common = __commonJS({
  "node_modules/@sigstore/protobuf-specs/dist/__generated__/sigstore_common.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.TimeRange = exports.X509CertificateChain = exports.SubjectAlternativeName = exports.X509Certificate = exports.DistinguishedName = exports.ObjectIdentifierValuePair = exports.ObjectIdentifier = exports.PublicKeyIdentifier = exports.PublicKey = exports.RFC3161SignedTimestamp = exports.LogId = exports.MessageSignature = exports.HashOutput = exports.SubjectAlternativeNameType = exports.PublicKeyDetails = exports.HashAlgorithm = void 0;
    exports.hashAlgorithmFromJSON = hashAlgorithmFromJSON;
    exports.hashAlgorithmToJSON = hashAlgorithmToJSON;
    exports.publicKeyDetailsFromJSON = publicKeyDetailsFromJSON;
    exports.publicKeyDetailsToJSON = publicKeyDetailsToJSON;
    exports.subjectAlternativeNameTypeFromJSON = subjectAlternativeNameTypeFromJSON;
    exports.subjectAlternativeNameTypeToJSON = subjectAlternativeNameTypeToJSON;
    var timestamp_1 = require_timestamp();
    var HashAlgorithm;
    (function(HashAlgorithm2) {
      HashAlgorithm2[HashAlgorithm2["HASH_ALGORITHM_UNSPECIFIED"] = 0] = "HASH_ALGORITHM_UNSPECIFIED";
      HashAlgorithm2[HashAlgorithm2["SHA2_256"] = 1] = "SHA2_256";
      HashAlgorithm2[HashAlgorithm2["SHA2_384"] = 2] = "SHA2_384";
      HashAlgorithm2[HashAlgorithm2["SHA2_512"] = 3] = "SHA2_512";
      HashAlgorithm2[HashAlgorithm2["SHA3_256"] = 4] = "SHA3_256";
      HashAlgorithm2[HashAlgorithm2["SHA3_384"] = 5] = "SHA3_384";
    })(HashAlgorithm || (exports.HashAlgorithm = HashAlgorithm = {}));
    function hashAlgorithmFromJSON(object) {
      switch (object) {
        case 0:
        case "HASH_ALGORITHM_UNSPECIFIED":
          return HashAlgorithm.HASH_ALGORITHM_UNSPECIFIED;
        case 1:
        case "SHA2_256":
          return HashAlgorithm.SHA2_256;
        case 2:
        case "SHA2_384":
          return HashAlgorithm.SHA2_384;
        case 3:
        case "SHA2_512":
          return HashAlgorithm.SHA2_512;
        case 4:
        case "SHA3_256":
          return HashAlgorithm.SHA3_256;
        case 5:
        case "SHA3_384":
          return HashAlgorithm.SHA3_384;
        default:
          throw new globalThis.Error("Unrecognized enum value " + object + " for enum HashAlgorithm");
      }
    }
    function hashAlgorithmToJSON(object) {
      switch (object) {
        case HashAlgorithm.HASH_ALGORITHM_UNSPECIFIED:
          return "HASH_ALGORITHM_UNSPECIFIED";
        case HashAlgorithm.SHA2_256:
          return "SHA2_256";
        case HashAlgorithm.SHA2_384:
          return "SHA2_384";
        case HashAlgorithm.SHA2_512:
          return "SHA2_512";
        case HashAlgorithm.SHA3_256:
          return "SHA3_256";
        case HashAlgorithm.SHA3_384:
          return "SHA3_384";
        default:
          throw new globalThis.Error("Unrecognized enum value " + object + " for enum HashAlgorithm");
      }
    }
    var PublicKeyDetails;
    (function(PublicKeyDetails2) {
      PublicKeyDetails2[PublicKeyDetails2["PUBLIC_KEY_DETAILS_UNSPECIFIED"] = 0] = "PUBLIC_KEY_DETAILS_UNSPECIFIED";
      PublicKeyDetails2[PublicKeyDetails2["PKCS1_RSA_PKCS1V5"] = 1] = "PKCS1_RSA_PKCS1V5";
      PublicKeyDetails2[PublicKeyDetails2["PKCS1_RSA_PSS"] = 2] = "PKCS1_RSA_PSS";
      PublicKeyDetails2[PublicKeyDetails2["PKIX_RSA_PKCS1V5"] = 3] = "PKIX_RSA_PKCS1V5";
      PublicKeyDetails2[PublicKeyDetails2["PKIX_RSA_PSS"] = 4] = "PKIX_RSA_PSS";
      PublicKeyDetails2[PublicKeyDetails2["PKIX_RSA_PKCS1V15_2048_SHA256"] = 9] = "PKIX_RSA_PKCS1V15_2048_SHA256";
      PublicKeyDetails2[PublicKeyDetails2["PKIX_RSA_PKCS1V15_3072_SHA256"] = 10] = "PKIX_RSA_PKCS1V15_3072_SHA256";
      PublicKeyDetails2[PublicKeyDetails2["PKIX_RSA_PKCS1V15_4096_SHA256"] = 11] = "PKIX_RSA_PKCS1V15_4096_SHA256";
      PublicKeyDetails2[PublicKeyDetails2["PKIX_RSA_PSS_2048_SHA256"] = 16] = "PKIX_RSA_PSS_2048_SHA256";
      PublicKeyDetails2[PublicKeyDetails2["PKIX_RSA_PSS_3072_SHA256"] = 17] = "PKIX_RSA_PSS_3072_SHA256";
      PublicKeyDetails2[PublicKeyDetails2["PKIX_RSA_PSS_4096_SHA256"] = 18] = "PKIX_RSA_PSS_4096_SHA256";
      PublicKeyDetails2[PublicKeyDetails2["PKIX_ECDSA_P256_HMAC_SHA_256"] = 6] = "PKIX_ECDSA_P256_HMAC_SHA_256";
      PublicKeyDetails2[PublicKeyDetails2["PKIX_ECDSA_P256_SHA_256"] = 5] = "PKIX_ECDSA_P256_SHA_256";
      PublicKeyDetails2[PublicKeyDetails2["PKIX_ECDSA_P384_SHA_384"] = 12] = "PKIX_ECDSA_P384_SHA_384";
      PublicKeyDetails2[PublicKeyDetails2["PKIX_ECDSA_P521_SHA_512"] = 13] = "PKIX_ECDSA_P521_SHA_512";
      PublicKeyDetails2[PublicKeyDetails2["PKIX_ED25519"] = 7] = "PKIX_ED25519";
      PublicKeyDetails2[PublicKeyDetails2["PKIX_ED25519_PH"] = 8] = "PKIX_ED25519_PH";
      PublicKeyDetails2[PublicKeyDetails2["PKIX_ECDSA_P384_SHA_256"] = 19] = "PKIX_ECDSA_P384_SHA_256";
      PublicKeyDetails2[PublicKeyDetails2["PKIX_ECDSA_P521_SHA_256"] = 20] = "PKIX_ECDSA_P521_SHA_256";
      PublicKeyDetails2[PublicKeyDetails2["LMS_SHA256"] = 14] = "LMS_SHA256";
      PublicKeyDetails2[PublicKeyDetails2["LMOTS_SHA256"] = 15] = "LMOTS_SHA256";
      PublicKeyDetails2[PublicKeyDetails2["ML_DSA_44"] = 23] = "ML_DSA_44";
      PublicKeyDetails2[PublicKeyDetails2["ML_DSA_65"] = 21] = "ML_DSA_65";
      PublicKeyDetails2[PublicKeyDetails2["ML_DSA_87"] = 22] = "ML_DSA_87";
    })(PublicKeyDetails || (exports.PublicKeyDetails = PublicKeyDetails = {}));
    function publicKeyDetailsFromJSON(object) {
      switch (object) {
        case 0:
        case "PUBLIC_KEY_DETAILS_UNSPECIFIED":
          return PublicKeyDetails.PUBLIC_KEY_DETAILS_UNSPECIFIED;
        case 1:
        case "PKCS1_RSA_PKCS1V5":
          return PublicKeyDetails.PKCS1_RSA_PKCS1V5;
        case 2:
        case "PKCS1_RSA_PSS":
          return PublicKeyDetails.PKCS1_RSA_PSS;
        case 3:
        case "PKIX_RSA_PKCS1V5":
          return PublicKeyDetails.PKIX_RSA_PKCS1V5;
        case 4:
        case "PKIX_RSA_PSS":
          return PublicKeyDetails.PKIX_RSA_PSS;
        case 9:
        case "PKIX_RSA_PKCS1V15_2048_SHA256":
          return PublicKeyDetails.PKIX_RSA_PKCS1V15_2048_SHA256;
        case 10:
        case "PKIX_RSA_PKCS1V15_3072_SHA256":
          return PublicKeyDetails.PKIX_RSA_PKCS1V15_3072_SHA256;
        case 11:
        case "PKIX_RSA_PKCS1V15_4096_SHA256":
          return PublicKeyDetails.PKIX_RSA_PKCS1V15_4096_SHA256;
        case 16:
        case "PKIX_RSA_PSS_2048_SHA256":
          return PublicKeyDetails.PKIX_RSA_PSS_2048_SHA256;
        case 17:
        case "PKIX_RSA_PSS_3072_SHA256":
          return PublicKeyDetails.PKIX_RSA_PSS_3072_SHA256;
        case 18:
        case "PKIX_RSA_PSS_4096_SHA256":
          return PublicKeyDetails.PKIX_RSA_PSS_4096_SHA256;
        case 6:
        case "PKIX_ECDSA_P256_HMAC_SHA_256":
          return PublicKeyDetails.PKIX_ECDSA_P256_HMAC_SHA_256;
        case 5:
        case "PKIX_ECDSA_P256_SHA_256":
          return PublicKeyDetails.PKIX_ECDSA_P256_SHA_256;
        case 12:
        case "PKIX_ECDSA_P384_SHA_384":
          return PublicKeyDetails.PKIX_ECDSA_P384_SHA_384;
        case 13:
        case "PKIX_ECDSA_P521_SHA_512":
          return PublicKeyDetails.PKIX_ECDSA_P521_SHA_512;
        case 7:
        case "PKIX_ED25519":
          return PublicKeyDetails.PKIX_ED25519;
        case 8:
        case "PKIX_ED25519_PH":
          return PublicKeyDetails.PKIX_ED25519_PH;
        case 19:
        case "PKIX_ECDSA_P384_SHA_256":
          return PublicKeyDetails.PKIX_ECDSA_P384_SHA_256;
        case 20:
        case "PKIX_ECDSA_P521_SHA_256":
          return PublicKeyDetails.PKIX_ECDSA_P521_SHA_256;
        case 14:
        case "LMS_SHA256":
          return PublicKeyDetails.LMS_SHA256;
        case 15:
        case "LMOTS_SHA256":
          return PublicKeyDetails.LMOTS_SHA256;
        case 23:
        case "ML_DSA_44":
          return PublicKeyDetails.ML_DSA_44;
        case 21:
        case "ML_DSA_65":
          return PublicKeyDetails.ML_DSA_65;
        case 22:
        case "ML_DSA_87":
          return PublicKeyDetails.ML_DSA_87;
        default:
          throw new globalThis.Error("Unrecognized enum value " + object + " for enum PublicKeyDetails");
      }
    }
    function publicKeyDetailsToJSON(object) {
      switch (object) {
        case PublicKeyDetails.PUBLIC_KEY_DETAILS_UNSPECIFIED:
          return "PUBLIC_KEY_DETAILS_UNSPECIFIED";
        case PublicKeyDetails.PKCS1_RSA_PKCS1V5:
          return "PKCS1_RSA_PKCS1V5";
        case PublicKeyDetails.PKCS1_RSA_PSS:
          return "PKCS1_RSA_PSS";
        case PublicKeyDetails.PKIX_RSA_PKCS1V5:
          return "PKIX_RSA_PKCS1V5";
        case PublicKeyDetails.PKIX_RSA_PSS:
          return "PKIX_RSA_PSS";
        case PublicKeyDetails.PKIX_RSA_PKCS1V15_2048_SHA256:
          return "PKIX_RSA_PKCS1V15_2048_SHA256";
        case PublicKeyDetails.PKIX_RSA_PKCS1V15_3072_SHA256:
          return "PKIX_RSA_PKCS1V15_3072_SHA256";
        case PublicKeyDetails.PKIX_RSA_PKCS1V15_4096_SHA256:
          return "PKIX_RSA_PKCS1V15_4096_SHA256";
        case PublicKeyDetails.PKIX_RSA_PSS_2048_SHA256:
          return "PKIX_RSA_PSS_2048_SHA256";
        case PublicKeyDetails.PKIX_RSA_PSS_3072_SHA256:
          return "PKIX_RSA_PSS_3072_SHA256";
        case PublicKeyDetails.PKIX_RSA_PSS_4096_SHA256:
          return "PKIX_RSA_PSS_4096_SHA256";
        case PublicKeyDetails.PKIX_ECDSA_P256_HMAC_SHA_256:
          return "PKIX_ECDSA_P256_HMAC_SHA_256";
        case PublicKeyDetails.PKIX_ECDSA_P256_SHA_256:
          return "PKIX_ECDSA_P256_SHA_256";
        case PublicKeyDetails.PKIX_ECDSA_P384_SHA_384:
          return "PKIX_ECDSA_P384_SHA_384";
        case PublicKeyDetails.PKIX_ECDSA_P521_SHA_512:
          return "PKIX_ECDSA_P521_SHA_512";
        case PublicKeyDetails.PKIX_ED25519:
          return "PKIX_ED25519";
        case PublicKeyDetails.PKIX_ED25519_PH:
          return "PKIX_ED25519_PH";
        case PublicKeyDetails.PKIX_ECDSA_P384_SHA_256:
          return "PKIX_ECDSA_P384_SHA_256";
        case PublicKeyDetails.PKIX_ECDSA_P521_SHA_256:
          return "PKIX_ECDSA_P521_SHA_256";
        case PublicKeyDetails.LMS_SHA256:
          return "LMS_SHA256";
        case PublicKeyDetails.LMOTS_SHA256:
          return "LMOTS_SHA256";
        case PublicKeyDetails.ML_DSA_44:
          return "ML_DSA_44";
        case PublicKeyDetails.ML_DSA_65:
          return "ML_DSA_65";
        case PublicKeyDetails.ML_DSA_87:
          return "ML_DSA_87";
        default:
          throw new globalThis.Error("Unrecognized enum value " + object + " for enum PublicKeyDetails");
      }
    }
    var SubjectAlternativeNameType;
    (function(SubjectAlternativeNameType2) {
      SubjectAlternativeNameType2[SubjectAlternativeNameType2["SUBJECT_ALTERNATIVE_NAME_TYPE_UNSPECIFIED"] = 0] = "SUBJECT_ALTERNATIVE_NAME_TYPE_UNSPECIFIED";
      SubjectAlternativeNameType2[SubjectAlternativeNameType2["EMAIL"] = 1] = "EMAIL";
      SubjectAlternativeNameType2[SubjectAlternativeNameType2["URI"] = 2] = "URI";
      SubjectAlternativeNameType2[SubjectAlternativeNameType2["OTHER_NAME"] = 3] = "OTHER_NAME";
    })(SubjectAlternativeNameType || (exports.SubjectAlternativeNameType = SubjectAlternativeNameType = {}));
    function subjectAlternativeNameTypeFromJSON(object) {
      switch (object) {
        case 0:
        case "SUBJECT_ALTERNATIVE_NAME_TYPE_UNSPECIFIED":
          return SubjectAlternativeNameType.SUBJECT_ALTERNATIVE_NAME_TYPE_UNSPECIFIED;
        case 1:
        case "EMAIL":
          return SubjectAlternativeNameType.EMAIL;
        case 2:
        case "URI":
          return SubjectAlternativeNameType.URI;
        case 3:
        case "OTHER_NAME":
          return SubjectAlternativeNameType.OTHER_NAME;
        default:
          throw new globalThis.Error("Unrecognized enum value " + object + " for enum SubjectAlternativeNameType");
      }
    }
    function subjectAlternativeNameTypeToJSON(object) {
      switch (object) {
        case SubjectAlternativeNameType.SUBJECT_ALTERNATIVE_NAME_TYPE_UNSPECIFIED:
          return "SUBJECT_ALTERNATIVE_NAME_TYPE_UNSPECIFIED";
        case SubjectAlternativeNameType.EMAIL:
          return "EMAIL";
        case SubjectAlternativeNameType.URI:
          return "URI";
        case SubjectAlternativeNameType.OTHER_NAME:
          return "OTHER_NAME";
        default:
          throw new globalThis.Error("Unrecognized enum value " + object + " for enum SubjectAlternativeNameType");
      }
    }
    exports.HashOutput = {
      fromJSON(object) {
        return {
          algorithm: isSet(object.algorithm) ? hashAlgorithmFromJSON(object.algorithm) : 0,
          digest: isSet(object.digest) ? Buffer.from(bytesFromBase64(object.digest)) : Buffer.alloc(0)
        };
      },
      toJSON(message) {
        const obj3 = {};
        if (message.algorithm !== 0) {
          obj3.algorithm = hashAlgorithmToJSON(message.algorithm);
        }
        if (message.digest.length !== 0) {
          obj3.digest = base64FromBytes(message.digest);
        }
        return obj3;
      }
    };
    exports.MessageSignature = {
      fromJSON(object) {
        return {
          messageDigest: isSet(object.messageDigest) ? exports.HashOutput.fromJSON(object.messageDigest) : void 0,
          signature: isSet(object.signature) ? Buffer.from(bytesFromBase64(object.signature)) : Buffer.alloc(0)
        };
      },
      toJSON(message) {
        const obj3 = {};
        if (message.messageDigest !== void 0) {
          obj3.messageDigest = exports.HashOutput.toJSON(message.messageDigest);
        }
        if (message.signature.length !== 0) {
          obj3.signature = base64FromBytes(message.signature);
        }
        return obj3;
      }
    };
    exports.LogId = {
      fromJSON(object) {
        return { keyId: isSet(object.keyId) ? Buffer.from(bytesFromBase64(object.keyId)) : Buffer.alloc(0) };
      },
      toJSON(message) {
        const obj3 = {};
        if (message.keyId.length !== 0) {
          obj3.keyId = base64FromBytes(message.keyId);
        }
        return obj3;
      }
    };
    exports.RFC3161SignedTimestamp = {
      fromJSON(object) {
        return {
          signedTimestamp: isSet(object.signedTimestamp) ? Buffer.from(bytesFromBase64(object.signedTimestamp)) : Buffer.alloc(0)
        };
      },
      toJSON(message) {
        const obj3 = {};
        if (message.signedTimestamp.length !== 0) {
          obj3.signedTimestamp = base64FromBytes(message.signedTimestamp);
        }
        return obj3;
      }
    };
    exports.PublicKey = {
      fromJSON(object) {
        return {
          rawBytes: isSet(object.rawBytes) ? Buffer.from(bytesFromBase64(object.rawBytes)) : void 0,
          keyDetails: isSet(object.keyDetails) ? publicKeyDetailsFromJSON(object.keyDetails) : 0,
          validFor: isSet(object.validFor) ? exports.TimeRange.fromJSON(object.validFor) : void 0
        };
      },
      toJSON(message) {
        const obj3 = {};
        if (message.rawBytes !== void 0) {
          obj3.rawBytes = base64FromBytes(message.rawBytes);
        }
        if (message.keyDetails !== 0) {
          obj3.keyDetails = publicKeyDetailsToJSON(message.keyDetails);
        }
        if (message.validFor !== void 0) {
          obj3.validFor = exports.TimeRange.toJSON(message.validFor);
        }
        return obj3;
      }
    };
    exports.PublicKeyIdentifier = {
      fromJSON(object) {
        return { hint: isSet(object.hint) ? globalThis.String(object.hint) : "" };
      },
      toJSON(message) {
        const obj3 = {};
        if (message.hint !== "") {
          obj3.hint = message.hint;
        }
        return obj3;
      }
    };
    exports.ObjectIdentifier = {
      fromJSON(object) {
        return { id: globalThis.Array.isArray(object?.id) ? object.id.map((e) => globalThis.Number(e)) : [] };
      },
      toJSON(message) {
        const obj3 = {};
        if (message.id?.length) {
          obj3.id = message.id.map((e) => Math.round(e));
        }
        return obj3;
      }
    };
    exports.ObjectIdentifierValuePair = {
      fromJSON(object) {
        return {
          oid: isSet(object.oid) ? exports.ObjectIdentifier.fromJSON(object.oid) : void 0,
          value: isSet(object.value) ? Buffer.from(bytesFromBase64(object.value)) : Buffer.alloc(0)
        };
      },
      toJSON(message) {
        const obj3 = {};
        if (message.oid !== void 0) {
          obj3.oid = exports.ObjectIdentifier.toJSON(message.oid);
        }
        if (message.value.length !== 0) {
          obj3.value = base64FromBytes(message.value);
        }
        return obj3;
      }
    };
    exports.DistinguishedName = {
      fromJSON(object) {
        return {
          organization: isSet(object.organization) ? globalThis.String(object.organization) : "",
          commonName: isSet(object.commonName) ? globalThis.String(object.commonName) : ""
        };
      },
      toJSON(message) {
        const obj3 = {};
        if (message.organization !== "") {
          obj3.organization = message.organization;
        }
        if (message.commonName !== "") {
          obj3.commonName = message.commonName;
        }
        return obj3;
      }
    };
    exports.X509Certificate = {
      fromJSON(object) {
        return { rawBytes: isSet(object.rawBytes) ? Buffer.from(bytesFromBase64(object.rawBytes)) : Buffer.alloc(0) };
      },
      toJSON(message) {
        const obj3 = {};
        if (message.rawBytes.length !== 0) {
          obj3.rawBytes = base64FromBytes(message.rawBytes);
        }
        return obj3;
      }
    };
    exports.SubjectAlternativeName = {
      fromJSON(object) {
        return {
          type: isSet(object.type) ? subjectAlternativeNameTypeFromJSON(object.type) : 0,
          identity: isSet(object.regexp) ? { $case: "regexp", regexp: globalThis.String(object.regexp) } : isSet(object.value) ? { $case: "value", value: globalThis.String(object.value) } : void 0
        };
      },
      toJSON(message) {
        const obj3 = {};
        if (message.type !== 0) {
          obj3.type = subjectAlternativeNameTypeToJSON(message.type);
        }
        if (message.identity?.$case === "regexp") {
          obj3.regexp = message.identity.regexp;
        } else if (message.identity?.$case === "value") {
          obj3.value = message.identity.value;
        }
        return obj3;
      }
    };
    exports.X509CertificateChain = {
      fromJSON(object) {
        return {
          certificates: globalThis.Array.isArray(object?.certificates) ? object.certificates.map((e) => exports.X509Certificate.fromJSON(e)) : []
        };
      },
      toJSON(message) {
        const obj3 = {};
        if (message.certificates?.length) {
          obj3.certificates = message.certificates.map((e) => exports.X509Certificate.toJSON(e));
        }
        return obj3;
      }
    };
    exports.TimeRange = {
      fromJSON(object) {
        return {
          start: isSet(object.start) ? fromJsonTimestamp(object.start) : void 0,
          end: isSet(object.end) ? fromJsonTimestamp(object.end) : void 0
        };
      },
      toJSON(message) {
        const obj3 = {};
        if (message.start !== void 0) {
          obj3.start = message.start.toISOString();
        }
        if (message.end !== void 0) {
          obj3.end = message.end.toISOString();
        }
        return obj3;
      }
    };
    function bytesFromBase64(b64) {
      return Uint8Array.from(globalThis.Buffer.from(b64, "base64"));
    }
    function base64FromBytes(arr) {
      return globalThis.Buffer.from(arr).toString("base64");
    }
    function fromTimestamp(t) {
      let millis = (globalThis.Number(t.seconds) || 0) * 1e3;
      millis += (t.nanos || 0) / 1e6;
      return new globalThis.Date(millis);
    }
    function fromJsonTimestamp(o) {
      if (o instanceof globalThis.Date) {
        return o;
      } else if (typeof o === "string") {
        return new globalThis.Date(o);
      } else {
        return fromTimestamp(timestamp_1.Timestamp.fromJSON(o));
      }
    }
    function isSet(value) {
      return value !== null && value !== void 0;
    }
  }
});

// node_modules/@sigstore/protobuf-specs/dist/__generated__/sigstore_rekor.js
var require_sigstore_rekor = __commonJS({
  "node_modules/@sigstore/protobuf-specs/dist/__generated__/sigstore_rekor.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.TransparencyLogEntry = exports.InclusionPromise = exports.InclusionProof = exports.Checkpoint = exports.KindVersion = void 0;
    var sigstore_common_1 = require_sigstore_common();
    exports.KindVersion = {
      fromJSON(object) {
        return {
          kind: isSet(object.kind) ? globalThis.String(object.kind) : "",
          version: isSet(object.version) ? globalThis.String(object.version) : ""
        };
      },
      toJSON(message) {
        const obj3 = {};
        if (message.kind !== "") {
          obj3.kind = message.kind;
        }
        if (message.version !== "") {
          obj3.version = message.version;
        }
        return obj3;
      }
    };
    exports.Checkpoint = {
      fromJSON(object) {
        return { envelope: isSet(object.envelope) ? globalThis.String(object.envelope) : "" };
      },
      toJSON(message) {
        const obj3 = {};
        if (message.envelope !== "") {
          obj3.envelope = message.envelope;
        }
        return obj3;
      }
    };
    exports.InclusionProof = {
      fromJSON(object) {
        return {
          logIndex: isSet(object.logIndex) ? globalThis.String(object.logIndex) : "0",
          rootHash: isSet(object.rootHash) ? Buffer.from(bytesFromBase64(object.rootHash)) : Buffer.alloc(0),
          treeSize: isSet(object.treeSize) ? globalThis.String(object.treeSize) : "0",
          hashes: globalThis.Array.isArray(object?.hashes) ? object.hashes.map((e) => Buffer.from(bytesFromBase64(e))) : [],
          checkpoint: isSet(object.checkpoint) ? exports.Checkpoint.fromJSON(object.checkpoint) : void 0
        };
      },
      toJSON(message) {
        const obj3 = {};
        if (message.logIndex !== "0") {
          obj3.logIndex = message.logIndex;
        }
        if (message.rootHash.length !== 0) {
          obj3.rootHash = base64FromBytes(message.rootHash);
        }
        if (message.treeSize !== "0") {
          obj3.treeSize = message.treeSize;
        }
        if (message.hashes?.length) {
          obj3.hashes = message.hashes.map((e) => base64FromBytes(e));
        }
        if (message.checkpoint !== void 0) {
          obj3.checkpoint = exports.Checkpoint.toJSON(message.checkpoint);
        }
        return obj3;
      }
    };
    exports.InclusionPromise = {
      fromJSON(object) {
        return {
          signedEntryTimestamp: isSet(object.signedEntryTimestamp) ? Buffer.from(bytesFromBase64(object.signedEntryTimestamp)) : Buffer.alloc(0)
        };
      },
      toJSON(message) {
        const obj3 = {};
        if (message.signedEntryTimestamp.length !== 0) {
          obj3.signedEntryTimestamp = base64FromBytes(message.signedEntryTimestamp);
        }
        return obj3;
      }
    };
    exports.TransparencyLogEntry = {
      fromJSON(object) {
        return {
          logIndex: isSet(object.logIndex) ? globalThis.String(object.logIndex) : "0",
          logId: isSet(object.logId) ? sigstore_common_1.LogId.fromJSON(object.logId) : void 0,
          kindVersion: isSet(object.kindVersion) ? exports.KindVersion.fromJSON(object.kindVersion) : void 0,
          integratedTime: isSet(object.integratedTime) ? globalThis.String(object.integratedTime) : "0",
          inclusionPromise: isSet(object.inclusionPromise) ? exports.InclusionPromise.fromJSON(object.inclusionPromise) : void 0,
          inclusionProof: isSet(object.inclusionProof) ? exports.InclusionProof.fromJSON(object.inclusionProof) : void 0,
          canonicalizedBody: isSet(object.canonicalizedBody) ? Buffer.from(bytesFromBase64(object.canonicalizedBody)) : Buffer.alloc(0)
        };
      },
      toJSON(message) {
        const obj3 = {};
        if (message.logIndex !== "0") {
          obj3.logIndex = message.logIndex;
        }
        if (message.logId !== void 0) {
          obj3.logId = sigstore_common_1.LogId.toJSON(message.logId);
        }
        if (message.kindVersion !== void 0) {
          obj3.kindVersion = exports.KindVersion.toJSON(message.kindVersion);
        }
        if (message.integratedTime !== "0") {
          obj3.integratedTime = message.integratedTime;
        }
        if (message.inclusionPromise !== void 0) {
          obj3.inclusionPromise = exports.InclusionPromise.toJSON(message.inclusionPromise);
        }
        if (message.inclusionProof !== void 0) {
          obj3.inclusionProof = exports.InclusionProof.toJSON(message.inclusionProof);
        }
        if (message.canonicalizedBody.length !== 0) {
          obj3.canonicalizedBody = base64FromBytes(message.canonicalizedBody);
        }
        return obj3;
      }
    };
    function bytesFromBase64(b64) {
      return Uint8Array.from(globalThis.Buffer.from(b64, "base64"));
    }
    function base64FromBytes(arr) {
      return globalThis.Buffer.from(arr).toString("base64");
    }
    function isSet(value) {
      return value !== null && value !== void 0;
    }
  }
});

// node_modules/@sigstore/protobuf-specs/dist/__generated__/sigstore_bundle.js
var require_sigstore_bundle = __commonJS({
  "node_modules/@sigstore/protobuf-specs/dist/__generated__/sigstore_bundle.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Bundle = exports.VerificationMaterial = exports.TimestampVerificationData = void 0;
    var envelope_1 = require_envelope();
    var sigstore_common_1 = require_sigstore_common();
    var sigstore_rekor_1 = require_sigstore_rekor();
    exports.TimestampVerificationData = {
      fromJSON(object) {
        return {
          rfc3161Timestamps: globalThis.Array.isArray(object?.rfc3161Timestamps) ? object.rfc3161Timestamps.map((e) => sigstore_common_1.RFC3161SignedTimestamp.fromJSON(e)) : []
        };
      },
      toJSON(message) {
        const obj3 = {};
        if (message.rfc3161Timestamps?.length) {
          obj3.rfc3161Timestamps = message.rfc3161Timestamps.map((e) => sigstore_common_1.RFC3161SignedTimestamp.toJSON(e));
        }
        return obj3;
      }
    };
    exports.VerificationMaterial = {
      fromJSON(object) {
        return {
          content: isSet(object.publicKey) ? { $case: "publicKey", publicKey: sigstore_common_1.PublicKeyIdentifier.fromJSON(object.publicKey) } : isSet(object.x509CertificateChain) ? {
            $case: "x509CertificateChain",
            x509CertificateChain: sigstore_common_1.X509CertificateChain.fromJSON(object.x509CertificateChain)
          } : isSet(object.certificate) ? { $case: "certificate", certificate: sigstore_common_1.X509Certificate.fromJSON(object.certificate) } : void 0,
          tlogEntries: globalThis.Array.isArray(object?.tlogEntries) ? object.tlogEntries.map((e) => sigstore_rekor_1.TransparencyLogEntry.fromJSON(e)) : [],
          timestampVerificationData: isSet(object.timestampVerificationData) ? exports.TimestampVerificationData.fromJSON(object.timestampVerificationData) : void 0
        };
      },
      toJSON(message) {
        const obj3 = {};
        if (message.content?.$case === "publicKey") {
          obj3.publicKey = sigstore_common_1.PublicKeyIdentifier.toJSON(message.content.publicKey);
        } else if (message.content?.$case === "x509CertificateChain") {
          obj3.x509CertificateChain = sigstore_common_1.X509CertificateChain.toJSON(message.content.x509CertificateChain);
        } else if (message.content?.$case === "certificate") {
          obj3.certificate = sigstore_common_1.X509Certificate.toJSON(message.content.certificate);
        }
        if (message.tlogEntries?.length) {
          obj3.tlogEntries = message.tlogEntries.map((e) => sigstore_rekor_1.TransparencyLogEntry.toJSON(e));
        }
        if (message.timestampVerificationData !== void 0) {
          obj3.timestampVerificationData = exports.TimestampVerificationData.toJSON(message.timestampVerificationData);
        }
        return obj3;
      }
    };
    exports.Bundle = {
      fromJSON(object) {
        return {
          mediaType: isSet(object.mediaType) ? globalThis.String(object.mediaType) : "",
          verificationMaterial: isSet(object.verificationMaterial) ? exports.VerificationMaterial.fromJSON(object.verificationMaterial) : void 0,
          content: isSet(object.messageSignature) ? { $case: "messageSignature", messageSignature: sigstore_common_1.MessageSignature.fromJSON(object.messageSignature) } : isSet(object.dsseEnvelope) ? { $case: "dsseEnvelope", dsseEnvelope: envelope_1.Envelope.fromJSON(object.dsseEnvelope) } : void 0
        };
      },
      toJSON(message) {
        const obj3 = {};
        if (message.mediaType !== "") {
          obj3.mediaType = message.mediaType;
        }
        if (message.verificationMaterial !== void 0) {
          obj3.verificationMaterial = exports.VerificationMaterial.toJSON(message.verificationMaterial);
        }
        if (message.content?.$case === "messageSignature") {
          obj3.messageSignature = sigstore_common_1.MessageSignature.toJSON(message.content.messageSignature);
        } else if (message.content?.$case === "dsseEnvelope") {
          obj3.dsseEnvelope = envelope_1.Envelope.toJSON(message.content.dsseEnvelope);
        }
        return obj3;
      }
    };
    function isSet(value) {
      return value !== null && value !== void 0;
    }
  }
});

// node_modules/@sigstore/protobuf-specs/dist/__generated__/sigstore_trustroot.js
var require_sigstore_trustroot = __commonJS({
  "node_modules/@sigstore/protobuf-specs/dist/__generated__/sigstore_trustroot.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ClientTrustConfig = exports.ServiceConfiguration = exports.Service = exports.SigningConfig = exports.TrustedRoot = exports.CertificateAuthority = exports.TransparencyLogInstance = exports.ServiceSelector = void 0;
    exports.serviceSelectorFromJSON = serviceSelectorFromJSON;
    exports.serviceSelectorToJSON = serviceSelectorToJSON;
    var sigstore_common_1 = require_sigstore_common();
    var ServiceSelector;
    (function(ServiceSelector2) {
      ServiceSelector2[ServiceSelector2["SERVICE_SELECTOR_UNDEFINED"] = 0] = "SERVICE_SELECTOR_UNDEFINED";
      ServiceSelector2[ServiceSelector2["ALL"] = 1] = "ALL";
      ServiceSelector2[ServiceSelector2["ANY"] = 2] = "ANY";
      ServiceSelector2[ServiceSelector2["EXACT"] = 3] = "EXACT";
    })(ServiceSelector || (exports.ServiceSelector = ServiceSelector = {}));
    function serviceSelectorFromJSON(object) {
      switch (object) {
        case 0:
        case "SERVICE_SELECTOR_UNDEFINED":
          return ServiceSelector.SERVICE_SELECTOR_UNDEFINED;
        case 1:
        case "ALL":
          return ServiceSelector.ALL;
        case 2:
        case "ANY":
          return ServiceSelector.ANY;
        case 3:
        case "EXACT":
          return ServiceSelector.EXACT;
        default:
          throw new globalThis.Error("Unrecognized enum value " + object + " for enum ServiceSelector");
      }
    }
    function serviceSelectorToJSON(object) {
      switch (object) {
        case ServiceSelector.SERVICE_SELECTOR_UNDEFINED:
          return "SERVICE_SELECTOR_UNDEFINED";
        case ServiceSelector.ALL:
          return "ALL";
        case ServiceSelector.ANY:
          return "ANY";
        case ServiceSelector.EXACT:
          return "EXACT";
        default:
          throw new globalThis.Error("Unrecognized enum value " + object + " for enum ServiceSelector");
      }
    }
    exports.TransparencyLogInstance = {
      fromJSON(object) {
        return {
          baseUrl: isSet(object.baseUrl) ? globalThis.String(object.baseUrl) : "",
          hashAlgorithm: isSet(object.hashAlgorithm) ? (0, sigstore_common_1.hashAlgorithmFromJSON)(object.hashAlgorithm) : 0,
          publicKey: isSet(object.publicKey) ? sigstore_common_1.PublicKey.fromJSON(object.publicKey) : void 0,
          logId: isSet(object.logId) ? sigstore_common_1.LogId.fromJSON(object.logId) : void 0,
          checkpointKeyId: isSet(object.checkpointKeyId) ? sigstore_common_1.LogId.fromJSON(object.checkpointKeyId) : void 0,
          operator: isSet(object.operator) ? globalThis.String(object.operator) : ""
        };
      },
      toJSON(message) {
        const obj3 = {};
        if (message.baseUrl !== "") {
          obj3.baseUrl = message.baseUrl;
        }
        if (message.hashAlgorithm !== 0) {
          obj3.hashAlgorithm = (0, sigstore_common_1.hashAlgorithmToJSON)(message.hashAlgorithm);
        }
        if (message.publicKey !== void 0) {
          obj3.publicKey = sigstore_common_1.PublicKey.toJSON(message.publicKey);
        }
        if (message.logId !== void 0) {
          obj3.logId = sigstore_common_1.LogId.toJSON(message.logId);
        }
        if (message.checkpointKeyId !== void 0) {
          obj3.checkpointKeyId = sigstore_common_1.LogId.toJSON(message.checkpointKeyId);
        }
        if (message.operator !== "") {
          obj3.operator = message.operator;
        }
        return obj3;
      }
    };
    exports.CertificateAuthority = {
      fromJSON(object) {
        return {
          subject: isSet(object.subject) ? sigstore_common_1.DistinguishedName.fromJSON(object.subject) : void 0,
          uri: isSet(object.uri) ? globalThis.String(object.uri) : "",
          certChain: isSet(object.certChain) ? sigstore_common_1.X509CertificateChain.fromJSON(object.certChain) : void 0,
          validFor: isSet(object.validFor) ? sigstore_common_1.TimeRange.fromJSON(object.validFor) : void 0,
          operator: isSet(object.operator) ? globalThis.String(object.operator) : ""
        };
      },
      toJSON(message) {
        const obj3 = {};
        if (message.subject !== void 0) {
          obj3.subject = sigstore_common_1.DistinguishedName.toJSON(message.subject);
        }
        if (message.uri !== "") {
          obj3.uri = message.uri;
        }
        if (message.certChain !== void 0) {
          obj3.certChain = sigstore_common_1.X509CertificateChain.toJSON(message.certChain);
        }
        if (message.validFor !== void 0) {
          obj3.validFor = sigstore_common_1.TimeRange.toJSON(message.validFor);
        }
        if (message.operator !== "") {
          obj3.operator = message.operator;
        }
        return obj3;
      }
    };
    exports.TrustedRoot = {
      fromJSON(object) {
        return {
          mediaType: isSet(object.mediaType) ? globalThis.String(object.mediaType) : "",
          tlogs: globalThis.Array.isArray(object?.tlogs) ? object.tlogs.map((e) => exports.TransparencyLogInstance.fromJSON(e)) : [],
          certificateAuthorities: globalThis.Array.isArray(object?.certificateAuthorities) ? object.certificateAuthorities.map((e) => exports.CertificateAuthority.fromJSON(e)) : [],
          ctlogs: globalThis.Array.isArray(object?.ctlogs) ? object.ctlogs.map((e) => exports.TransparencyLogInstance.fromJSON(e)) : [],
          timestampAuthorities: globalThis.Array.isArray(object?.timestampAuthorities) ? object.timestampAuthorities.map((e) => exports.CertificateAuthority.fromJSON(e)) : []
        };
      },
      toJSON(message) {
        const obj3 = {};
        if (message.mediaType !== "") {
          obj3.mediaType = message.mediaType;
        }
        if (message.tlogs?.length) {
          obj3.tlogs = message.tlogs.map((e) => exports.TransparencyLogInstance.toJSON(e));
        }
        if (message.certificateAuthorities?.length) {
          obj3.certificateAuthorities = message.certificateAuthorities.map((e) => exports.CertificateAuthority.toJSON(e));
        }
        if (message.ctlogs?.length) {
          obj3.ctlogs = message.ctlogs.map((e) => exports.TransparencyLogInstance.toJSON(e));
        }
        if (message.timestampAuthorities?.length) {
          obj3.timestampAuthorities = message.timestampAuthorities.map((e) => exports.CertificateAuthority.toJSON(e));
        }
        return obj3;
      }
    };
    exports.SigningConfig = {
      fromJSON(object) {
        return {
          mediaType: isSet(object.mediaType) ? globalThis.String(object.mediaType) : "",
          caUrls: globalThis.Array.isArray(object?.caUrls) ? object.caUrls.map((e) => exports.Service.fromJSON(e)) : [],
          oidcUrls: globalThis.Array.isArray(object?.oidcUrls) ? object.oidcUrls.map((e) => exports.Service.fromJSON(e)) : [],
          rekorTlogUrls: globalThis.Array.isArray(object?.rekorTlogUrls) ? object.rekorTlogUrls.map((e) => exports.Service.fromJSON(e)) : [],
          rekorTlogConfig: isSet(object.rekorTlogConfig) ? exports.ServiceConfiguration.fromJSON(object.rekorTlogConfig) : void 0,
          tsaUrls: globalThis.Array.isArray(object?.tsaUrls) ? object.tsaUrls.map((e) => exports.Service.fromJSON(e)) : [],
          tsaConfig: isSet(object.tsaConfig) ? exports.ServiceConfiguration.fromJSON(object.tsaConfig) : void 0
        };
      },
      toJSON(message) {
        const obj3 = {};
        if (message.mediaType !== "") {
          obj3.mediaType = message.mediaType;
        }
        if (message.caUrls?.length) {
          obj3.caUrls = message.caUrls.map((e) => exports.Service.toJSON(e));
        }
        if (message.oidcUrls?.length) {
          obj3.oidcUrls = message.oidcUrls.map((e) => exports.Service.toJSON(e));
        }
        if (message.rekorTlogUrls?.length) {
          obj3.rekorTlogUrls = message.rekorTlogUrls.map((e) => exports.Service.toJSON(e));
        }
        if (message.rekorTlogConfig !== void 0) {
          obj3.rekorTlogConfig = exports.ServiceConfiguration.toJSON(message.rekorTlogConfig);
        }
        if (message.tsaUrls?.length) {
          obj3.tsaUrls = message.tsaUrls.map((e) => exports.Service.toJSON(e));
        }
        if (message.tsaConfig !== void 0) {
          obj3.tsaConfig = exports.ServiceConfiguration.toJSON(message.tsaConfig);
        }
        return obj3;
      }
    };
    exports.Service = {
      fromJSON(object) {
        return {
          url: isSet(object.url) ? globalThis.String(object.url) : "",
          majorApiVersion: isSet(object.majorApiVersion) ? globalThis.Number(object.majorApiVersion) : 0,
          validFor: isSet(object.validFor) ? sigstore_common_1.TimeRange.fromJSON(object.validFor) : void 0,
          operator: isSet(object.operator) ? globalThis.String(object.operator) : ""
        };
      },
      toJSON(message) {
        const obj3 = {};
        if (message.url !== "") {
          obj3.url = message.url;
        }
        if (message.majorApiVersion !== 0) {
          obj3.majorApiVersion = Math.round(message.majorApiVersion);
        }
        if (message.validFor !== void 0) {
          obj3.validFor = sigstore_common_1.TimeRange.toJSON(message.validFor);
        }
        if (message.operator !== "") {
          obj3.operator = message.operator;
        }
        return obj3;
      }
    };
    exports.ServiceConfiguration = {
      fromJSON(object) {
        return {
          selector: isSet(object.selector) ? serviceSelectorFromJSON(object.selector) : 0,
          count: isSet(object.count) ? globalThis.Number(object.count) : 0
        };
      },
      toJSON(message) {
        const obj3 = {};
        if (message.selector !== 0) {
          obj3.selector = serviceSelectorToJSON(message.selector);
        }
        if (message.count !== 0) {
          obj3.count = Math.round(message.count);
        }
        return obj3;
      }
    };
    exports.ClientTrustConfig = {
      fromJSON(object) {
        return {
          mediaType: isSet(object.mediaType) ? globalThis.String(object.mediaType) : "",
          trustedRoot: isSet(object.trustedRoot) ? exports.TrustedRoot.fromJSON(object.trustedRoot) : void 0,
          signingConfig: isSet(object.signingConfig) ? exports.SigningConfig.fromJSON(object.signingConfig) : void 0
        };
      },
      toJSON(message) {
        const obj3 = {};
        if (message.mediaType !== "") {
          obj3.mediaType = message.mediaType;
        }
        if (message.trustedRoot !== void 0) {
          obj3.trustedRoot = exports.TrustedRoot.toJSON(message.trustedRoot);
        }
        if (message.signingConfig !== void 0) {
          obj3.signingConfig = exports.SigningConfig.toJSON(message.signingConfig);
        }
        return obj3;
      }
    };
    function isSet(value) {
      return value !== null && value !== void 0;
    }
  }
});

// node_modules/@sigstore/protobuf-specs/dist/__generated__/sigstore_verification.js
var require_sigstore_verification = __commonJS({
  "node_modules/@sigstore/protobuf-specs/dist/__generated__/sigstore_verification.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Input = exports.Artifact = exports.ArtifactVerificationOptions_ObserverTimestampOptions = exports.ArtifactVerificationOptions_TlogIntegratedTimestampOptions = exports.ArtifactVerificationOptions_TimestampAuthorityOptions = exports.ArtifactVerificationOptions_CtlogOptions = exports.ArtifactVerificationOptions_TlogOptions = exports.ArtifactVerificationOptions = exports.PublicKeyIdentities = exports.CertificateIdentities = exports.CertificateIdentity = void 0;
    var sigstore_bundle_1 = require_sigstore_bundle();
    var sigstore_common_1 = require_sigstore_common();
    var sigstore_trustroot_1 = require_sigstore_trustroot();
    exports.CertificateIdentity = {
      fromJSON(object) {
        return {
          issuer: isSet(object.issuer) ? globalThis.String(object.issuer) : "",
          san: isSet(object.san) ? sigstore_common_1.SubjectAlternativeName.fromJSON(object.san) : void 0,
          oids: globalThis.Array.isArray(object?.oids) ? object.oids.map((e) => sigstore_common_1.ObjectIdentifierValuePair.fromJSON(e)) : []
        };
      },
      toJSON(message) {
        const obj3 = {};
        if (message.issuer !== "") {
          obj3.issuer = message.issuer;
        }
        if (message.san !== void 0) {
          obj3.san = sigstore_common_1.SubjectAlternativeName.toJSON(message.san);
        }
        if (message.oids?.length) {
          obj3.oids = message.oids.map((e) => sigstore_common_1.ObjectIdentifierValuePair.toJSON(e));
        }
        return obj3;
      }
    };
    exports.CertificateIdentities = {
      fromJSON(object) {
        return {
          identities: globalThis.Array.isArray(object?.identities) ? object.identities.map((e) => exports.CertificateIdentity.fromJSON(e)) : []
        };
      },
      toJSON(message) {
        const obj3 = {};
        if (message.identities?.length) {
          obj3.identities = message.identities.map((e) => exports.CertificateIdentity.toJSON(e));
        }
        return obj3;
      }
    };
    exports.PublicKeyIdentities = {
      fromJSON(object) {
        return {
          publicKeys: globalThis.Array.isArray(object?.publicKeys) ? object.publicKeys.map((e) => sigstore_common_1.PublicKey.fromJSON(e)) : []
        };
      },
      toJSON(message) {
        const obj3 = {};
        if (message.publicKeys?.length) {
          obj3.publicKeys = message.publicKeys.map((e) => sigstore_common_1.PublicKey.toJSON(e));
        }
        return obj3;
      }
    };
    exports.ArtifactVerificationOptions = {
      fromJSON(object) {
        return {
          signers: isSet(object.certificateIdentities) ? {
            $case: "certificateIdentities",
            certificateIdentities: exports.CertificateIdentities.fromJSON(object.certificateIdentities)
          } : isSet(object.publicKeys) ? { $case: "publicKeys", publicKeys: exports.PublicKeyIdentities.fromJSON(object.publicKeys) } : void 0,
          tlogOptions: isSet(object.tlogOptions) ? exports.ArtifactVerificationOptions_TlogOptions.fromJSON(object.tlogOptions) : void 0,
          ctlogOptions: isSet(object.ctlogOptions) ? exports.ArtifactVerificationOptions_CtlogOptions.fromJSON(object.ctlogOptions) : void 0,
          tsaOptions: isSet(object.tsaOptions) ? exports.ArtifactVerificationOptions_TimestampAuthorityOptions.fromJSON(object.tsaOptions) : void 0,
          integratedTsOptions: isSet(object.integratedTsOptions) ? exports.ArtifactVerificationOptions_TlogIntegratedTimestampOptions.fromJSON(object.integratedTsOptions) : void 0,
          observerOptions: isSet(object.observerOptions) ? exports.ArtifactVerificationOptions_ObserverTimestampOptions.fromJSON(object.observerOptions) : void 0
        };
      },
      toJSON(message) {
        const obj3 = {};
        if (message.signers?.$case === "certificateIdentities") {
          obj3.certificateIdentities = exports.CertificateIdentities.toJSON(message.signers.certificateIdentities);
        } else if (message.signers?.$case === "publicKeys") {
          obj3.publicKeys = exports.PublicKeyIdentities.toJSON(message.signers.publicKeys);
        }
        if (message.tlogOptions !== void 0) {
          obj3.tlogOptions = exports.ArtifactVerificationOptions_TlogOptions.toJSON(message.tlogOptions);
        }
        if (message.ctlogOptions !== void 0) {
          obj3.ctlogOptions = exports.ArtifactVerificationOptions_CtlogOptions.toJSON(message.ctlogOptions);
        }
        if (message.tsaOptions !== void 0) {
          obj3.tsaOptions = exports.ArtifactVerificationOptions_TimestampAuthorityOptions.toJSON(message.tsaOptions);
        }
        if (message.integratedTsOptions !== void 0) {
          obj3.integratedTsOptions = exports.ArtifactVerificationOptions_TlogIntegratedTimestampOptions.toJSON(message.integratedTsOptions);
        }
        if (message.observerOptions !== void 0) {
          obj3.observerOptions = exports.ArtifactVerificationOptions_ObserverTimestampOptions.toJSON(message.observerOptions);
        }
        return obj3;
      }
    };
    exports.ArtifactVerificationOptions_TlogOptions = {
      fromJSON(object) {
        return {
          threshold: isSet(object.threshold) ? globalThis.Number(object.threshold) : 0,
          performOnlineVerification: isSet(object.performOnlineVerification) ? globalThis.Boolean(object.performOnlineVerification) : false,
          disable: isSet(object.disable) ? globalThis.Boolean(object.disable) : false
        };
      },
      toJSON(message) {
        const obj3 = {};
        if (message.threshold !== 0) {
          obj3.threshold = Math.round(message.threshold);
        }
        if (message.performOnlineVerification !== false) {
          obj3.performOnlineVerification = message.performOnlineVerification;
        }
        if (message.disable !== false) {
          obj3.disable = message.disable;
        }
        return obj3;
      }
    };
    exports.ArtifactVerificationOptions_CtlogOptions = {
      fromJSON(object) {
        return {
          threshold: isSet(object.threshold) ? globalThis.Number(object.threshold) : 0,
          disable: isSet(object.disable) ? globalThis.Boolean(object.disable) : false
        };
      },
      toJSON(message) {
        const obj3 = {};
        if (message.threshold !== 0) {
          obj3.threshold = Math.round(message.threshold);
        }
        if (message.disable !== false) {
          obj3.disable = message.disable;
        }
        return obj3;
      }
    };
    exports.ArtifactVerificationOptions_TimestampAuthorityOptions = {
      fromJSON(object) {
        return {
          threshold: isSet(object.threshold) ? globalThis.Number(object.threshold) : 0,
          disable: isSet(object.disable) ? globalThis.Boolean(object.disable) : false
        };
      },
      toJSON(message) {
        const obj3 = {};
        if (message.threshold !== 0) {
          obj3.threshold = Math.round(message.threshold);
        }
        if (message.disable !== false) {
          obj3.disable = message.disable;
        }
        return obj3;
      }
    };
    exports.ArtifactVerificationOptions_TlogIntegratedTimestampOptions = {
      fromJSON(object) {
        return {
          threshold: isSet(object.threshold) ? globalThis.Number(object.threshold) : 0,
          disable: isSet(object.disable) ? globalThis.Boolean(object.disable) : false
        };
      },
      toJSON(message) {
        const obj3 = {};
        if (message.threshold !== 0) {
          obj3.threshold = Math.round(message.threshold);
        }
        if (message.disable !== false) {
          obj3.disable = message.disable;
        }
        return obj3;
      }
    };
    exports.ArtifactVerificationOptions_ObserverTimestampOptions = {
      fromJSON(object) {
        return {
          threshold: isSet(object.threshold) ? globalThis.Number(object.threshold) : 0,
          disable: isSet(object.disable) ? globalThis.Boolean(object.disable) : false
        };
      },
      toJSON(message) {
        const obj3 = {};
        if (message.threshold !== 0) {
          obj3.threshold = Math.round(message.threshold);
        }
        if (message.disable !== false) {
          obj3.disable = message.disable;
        }
        return obj3;
      }
    };
    exports.Artifact = {
      fromJSON(object) {
        return {
          data: isSet(object.artifactUri) ? { $case: "artifactUri", artifactUri: globalThis.String(object.artifactUri) } : isSet(object.artifact) ? { $case: "artifact", artifact: Buffer.from(bytesFromBase64(object.artifact)) } : isSet(object.artifactDigest) ? { $case: "artifactDigest", artifactDigest: sigstore_common_1.HashOutput.fromJSON(object.artifactDigest) } : void 0
        };
      },
      toJSON(message) {
        const obj3 = {};
        if (message.data?.$case === "artifactUri") {
          obj3.artifactUri = message.data.artifactUri;
        } else if (message.data?.$case === "artifact") {
          obj3.artifact = base64FromBytes(message.data.artifact);
        } else if (message.data?.$case === "artifactDigest") {
          obj3.artifactDigest = sigstore_common_1.HashOutput.toJSON(message.data.artifactDigest);
        }
        return obj3;
      }
    };
    exports.Input = {
      fromJSON(object) {
        return {
          artifactTrustRoot: isSet(object.artifactTrustRoot) ? sigstore_trustroot_1.TrustedRoot.fromJSON(object.artifactTrustRoot) : void 0,
          artifactVerificationOptions: isSet(object.artifactVerificationOptions) ? exports.ArtifactVerificationOptions.fromJSON(object.artifactVerificationOptions) : void 0,
          bundle: isSet(object.bundle) ? sigstore_bundle_1.Bundle.fromJSON(object.bundle) : void 0,
          artifact: isSet(object.artifact) ? exports.Artifact.fromJSON(object.artifact) : void 0
        };
      },
      toJSON(message) {
        const obj3 = {};
        if (message.artifactTrustRoot !== void 0) {
          obj3.artifactTrustRoot = sigstore_trustroot_1.TrustedRoot.toJSON(message.artifactTrustRoot);
        }
        if (message.artifactVerificationOptions !== void 0) {
          obj3.artifactVerificationOptions = exports.ArtifactVerificationOptions.toJSON(message.artifactVerificationOptions);
        }
        if (message.bundle !== void 0) {
          obj3.bundle = sigstore_bundle_1.Bundle.toJSON(message.bundle);
        }
        if (message.artifact !== void 0) {
          obj3.artifact = exports.Artifact.toJSON(message.artifact);
        }
        return obj3;
      }
    };
    function bytesFromBase64(b64) {
      return Uint8Array.from(globalThis.Buffer.from(b64, "base64"));
    }
    function base64FromBytes(arr) {
      return globalThis.Buffer.from(arr).toString("base64");
    }
    function isSet(value) {
      return value !== null && value !== void 0;
    }
  }
});

// node_modules/@sigstore/protobuf-specs/dist/index.js
var require_dist = __commonJS({
  "node_modules/@sigstore/protobuf-specs/dist/index.js"(exports) {
    "use strict";
    var __createBinding = exports && exports.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m[k];
        } };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __exportStar = exports && exports.__exportStar || function(m, exports2) {
      for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports2, p)) __createBinding(exports2, m, p);
    };
    Object.defineProperty(exports, "__esModule", { value: true });
    __exportStar(require_envelope(), exports);
    __exportStar(require_sigstore_bundle(), exports);
    __exportStar(require_sigstore_common(), exports);
    __exportStar(require_sigstore_rekor(), exports);
    __exportStar(require_sigstore_trustroot(), exports);
    __exportStar(require_sigstore_verification(), exports);
  }
});

// node_modules/@sigstore/bundle/dist/bundle.js
var require_bundle = __commonJS({
  "node_modules/@sigstore/bundle/dist/bundle.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.BUNDLE_V03_MEDIA_TYPE = exports.BUNDLE_V03_LEGACY_MEDIA_TYPE = exports.BUNDLE_V02_MEDIA_TYPE = exports.BUNDLE_V01_MEDIA_TYPE = void 0;
    exports.isBundleWithCertificateChain = isBundleWithCertificateChain;
    exports.isBundleWithPublicKey = isBundleWithPublicKey;
    exports.isBundleWithMessageSignature = isBundleWithMessageSignature;
    exports.isBundleWithDsseEnvelope = isBundleWithDsseEnvelope;
    exports.BUNDLE_V01_MEDIA_TYPE = "application/vnd.dev.sigstore.bundle+json;version=0.1";
    exports.BUNDLE_V02_MEDIA_TYPE = "application/vnd.dev.sigstore.bundle+json;version=0.2";
    exports.BUNDLE_V03_LEGACY_MEDIA_TYPE = "application/vnd.dev.sigstore.bundle+json;version=0.3";
    exports.BUNDLE_V03_MEDIA_TYPE = "application/vnd.dev.sigstore.bundle.v0.3+json";
    function isBundleWithCertificateChain(b) {
      return b.verificationMaterial.content.$case === "x509CertificateChain";
    }
    function isBundleWithPublicKey(b) {
      return b.verificationMaterial.content.$case === "publicKey";
    }
    function isBundleWithMessageSignature(b) {
      return b.content.$case === "messageSignature";
    }
    function isBundleWithDsseEnvelope(b) {
      return b.content.$case === "dsseEnvelope";
    }
  }
});

// node_modules/@sigstore/bundle/dist/build.js
var require_build = __commonJS({
  "node_modules/@sigstore/bundle/dist/build.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.toMessageSignatureBundle = toMessageSignatureBundle;
    exports.toDSSEBundle = toDSSEBundle;
    var protobuf_specs_1 = require_dist();
    var bundle_1 = require_bundle();
    function toMessageSignatureBundle(options) {
      return {
        mediaType: options.certificateChain ? bundle_1.BUNDLE_V02_MEDIA_TYPE : bundle_1.BUNDLE_V03_MEDIA_TYPE,
        content: {
          $case: "messageSignature",
          messageSignature: {
            messageDigest: {
              algorithm: protobuf_specs_1.HashAlgorithm.SHA2_256,
              digest: options.digest
            },
            signature: options.signature
          }
        },
        verificationMaterial: toVerificationMaterial(options)
      };
    }
    function toDSSEBundle(options) {
      return {
        mediaType: options.certificateChain ? bundle_1.BUNDLE_V02_MEDIA_TYPE : bundle_1.BUNDLE_V03_MEDIA_TYPE,
        content: {
          $case: "dsseEnvelope",
          dsseEnvelope: toEnvelope(options)
        },
        verificationMaterial: toVerificationMaterial(options)
      };
    }
    function toEnvelope(options) {
      return {
        payloadType: options.artifactType,
        payload: options.artifact,
        signatures: [toSignature(options)]
      };
    }
    function toSignature(options) {
      return {
        keyid: options.keyHint || "",
        sig: options.signature
      };
    }
    function toVerificationMaterial(options) {
      return {
        content: toKeyContent(options),
        tlogEntries: [],
        timestampVerificationData: { rfc3161Timestamps: [] }
      };
    }
    function toKeyContent(options) {
      if (options.certificate) {
        if (options.certificateChain) {
          return {
            $case: "x509CertificateChain",
            x509CertificateChain: {
              certificates: [{ rawBytes: options.certificate }]
            }
          };
        } else {
          return {
            $case: "certificate",
            certificate: { rawBytes: options.certificate }
          };
        }
      } else {
        return {
          $case: "publicKey",
          publicKey: {
            hint: options.keyHint || ""
          }
        };
      }
    }
  }
});

// node_modules/@sigstore/bundle/dist/error.js
var require_error = __commonJS({
  "node_modules/@sigstore/bundle/dist/error.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ValidationError = void 0;
    var ValidationError = class extends Error {
      constructor(message, fields) {
        super(message);
        this.fields = fields;
      }
    };
    exports.ValidationError = ValidationError;
  }
});

// node_modules/@sigstore/bundle/dist/validate.js
var require_validate = __commonJS({
  "node_modules/@sigstore/bundle/dist/validate.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.assertBundle = assertBundle;
    exports.assertBundleV01 = assertBundleV01;
    exports.isBundleV01 = isBundleV01;
    exports.assertBundleV02 = assertBundleV02;
    exports.assertBundleLatest = assertBundleLatest;
    var error_1 = require_error();
    function assertBundle(b) {
      const invalidValues = validateBundleBase(b);
      if (invalidValues.length > 0) {
        throw new error_1.ValidationError("invalid bundle", invalidValues);
      }
    }
    function assertBundleV01(b) {
      const invalidValues = [];
      invalidValues.push(...validateBundleBase(b));
      invalidValues.push(...validateInclusionPromise(b));
      if (invalidValues.length > 0) {
        throw new error_1.ValidationError("invalid v0.1 bundle", invalidValues);
      }
    }
    function isBundleV01(b) {
      try {
        assertBundleV01(b);
        return true;
      } catch (e) {
        return false;
      }
    }
    function assertBundleV02(b) {
      const invalidValues = [];
      invalidValues.push(...validateBundleBase(b));
      invalidValues.push(...validateInclusionProof(b));
      if (invalidValues.length > 0) {
        throw new error_1.ValidationError("invalid v0.2 bundle", invalidValues);
      }
    }
    function assertBundleLatest(b) {
      const invalidValues = [];
      invalidValues.push(...validateBundleBase(b));
      invalidValues.push(...validateInclusionProof(b));
      invalidValues.push(...validateNoCertificateChain(b));
      if (invalidValues.length > 0) {
        throw new error_1.ValidationError("invalid bundle", invalidValues);
      }
    }
    function validateBundleBase(b) {
      const invalidValues = [];
      if (b.mediaType === void 0 || !b.mediaType.match(/^application\/vnd\.dev\.sigstore\.bundle\+json;version=\d\.\d/) && !b.mediaType.match(/^application\/vnd\.dev\.sigstore\.bundle\.v\d\.\d\+json/)) {
        invalidValues.push("mediaType");
      }
      if (b.content === void 0) {
        invalidValues.push("content");
      } else {
        switch (b.content.$case) {
          case "messageSignature":
            if (b.content.messageSignature.messageDigest === void 0) {
              invalidValues.push("content.messageSignature.messageDigest");
            } else {
              if (b.content.messageSignature.messageDigest.digest.length === 0) {
                invalidValues.push("content.messageSignature.messageDigest.digest");
              }
            }
            if (b.content.messageSignature.signature.length === 0) {
              invalidValues.push("content.messageSignature.signature");
            }
            break;
          case "dsseEnvelope":
            if (b.content.dsseEnvelope.payload.length === 0) {
              invalidValues.push("content.dsseEnvelope.payload");
            }
            if (b.content.dsseEnvelope.signatures.length !== 1) {
              invalidValues.push("content.dsseEnvelope.signatures");
            } else {
              if (b.content.dsseEnvelope.signatures[0].sig.length === 0) {
                invalidValues.push("content.dsseEnvelope.signatures[0].sig");
              }
            }
            break;
        }
      }
      if (b.verificationMaterial === void 0) {
        invalidValues.push("verificationMaterial");
      } else {
        if (b.verificationMaterial.content === void 0) {
          invalidValues.push("verificationMaterial.content");
        } else {
          switch (b.verificationMaterial.content.$case) {
            case "x509CertificateChain":
              if (b.verificationMaterial.content.x509CertificateChain.certificates.length === 0) {
                invalidValues.push("verificationMaterial.content.x509CertificateChain.certificates");
              }
              b.verificationMaterial.content.x509CertificateChain.certificates.forEach((cert, i) => {
                if (cert.rawBytes.length === 0) {
                  invalidValues.push(`verificationMaterial.content.x509CertificateChain.certificates[${i}].rawBytes`);
                }
              });
              break;
            case "certificate":
              if (b.verificationMaterial.content.certificate.rawBytes.length === 0) {
                invalidValues.push("verificationMaterial.content.certificate.rawBytes");
              }
              break;
          }
        }
        if (b.verificationMaterial.tlogEntries === void 0) {
          invalidValues.push("verificationMaterial.tlogEntries");
        } else {
          if (b.verificationMaterial.tlogEntries.length > 0) {
            b.verificationMaterial.tlogEntries.forEach((entry, i) => {
              if (entry.logId === void 0) {
                invalidValues.push(`verificationMaterial.tlogEntries[${i}].logId`);
              }
              if (entry.kindVersion === void 0) {
                invalidValues.push(`verificationMaterial.tlogEntries[${i}].kindVersion`);
              }
            });
          }
        }
      }
      return invalidValues;
    }
    function validateInclusionPromise(b) {
      const invalidValues = [];
      if (b.verificationMaterial && b.verificationMaterial.tlogEntries?.length > 0) {
        b.verificationMaterial.tlogEntries.forEach((entry, i) => {
          if (entry.inclusionPromise === void 0) {
            invalidValues.push(`verificationMaterial.tlogEntries[${i}].inclusionPromise`);
          }
        });
      }
      return invalidValues;
    }
    function validateInclusionProof(b) {
      const invalidValues = [];
      if (b.verificationMaterial && b.verificationMaterial.tlogEntries?.length > 0) {
        b.verificationMaterial.tlogEntries.forEach((entry, i) => {
          if (entry.inclusionProof === void 0) {
            invalidValues.push(`verificationMaterial.tlogEntries[${i}].inclusionProof`);
          } else {
            if (entry.inclusionProof.checkpoint === void 0) {
              invalidValues.push(`verificationMaterial.tlogEntries[${i}].inclusionProof.checkpoint`);
            }
          }
        });
      }
      return invalidValues;
    }
    function validateNoCertificateChain(b) {
      const invalidValues = [];
      if (b.verificationMaterial?.content?.$case === "x509CertificateChain") {
        invalidValues.push("verificationMaterial.content.$case");
      }
      return invalidValues;
    }
  }
});

// node_modules/@sigstore/bundle/dist/serialized.js
var require_serialized = __commonJS({
  "node_modules/@sigstore/bundle/dist/serialized.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.envelopeToJSON = exports.envelopeFromJSON = exports.bundleToJSON = exports.bundleFromJSON = void 0;
    var protobuf_specs_1 = require_dist();
    var bundle_1 = require_bundle();
    var validate_1 = require_validate();
    var bundleFromJSON2 = (obj3) => {
      const bundle = protobuf_specs_1.Bundle.fromJSON(obj3);
      switch (bundle.mediaType) {
        case bundle_1.BUNDLE_V01_MEDIA_TYPE:
          (0, validate_1.assertBundleV01)(bundle);
          break;
        case bundle_1.BUNDLE_V02_MEDIA_TYPE:
          (0, validate_1.assertBundleV02)(bundle);
          break;
        default:
          (0, validate_1.assertBundleLatest)(bundle);
          break;
      }
      return bundle;
    };
    exports.bundleFromJSON = bundleFromJSON2;
    var bundleToJSON = (bundle) => {
      return protobuf_specs_1.Bundle.toJSON(bundle);
    };
    exports.bundleToJSON = bundleToJSON;
    var envelopeFromJSON = (obj3) => {
      return protobuf_specs_1.Envelope.fromJSON(obj3);
    };
    exports.envelopeFromJSON = envelopeFromJSON;
    var envelopeToJSON = (envelope) => {
      return protobuf_specs_1.Envelope.toJSON(envelope);
    };
    exports.envelopeToJSON = envelopeToJSON;
  }
});

// node_modules/@sigstore/bundle/dist/index.js
var require_dist2 = __commonJS({
  "node_modules/@sigstore/bundle/dist/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.isBundleV01 = exports.assertBundleV02 = exports.assertBundleV01 = exports.assertBundleLatest = exports.assertBundle = exports.envelopeToJSON = exports.envelopeFromJSON = exports.bundleToJSON = exports.bundleFromJSON = exports.ValidationError = exports.isBundleWithPublicKey = exports.isBundleWithMessageSignature = exports.isBundleWithDsseEnvelope = exports.isBundleWithCertificateChain = exports.BUNDLE_V03_MEDIA_TYPE = exports.BUNDLE_V03_LEGACY_MEDIA_TYPE = exports.BUNDLE_V02_MEDIA_TYPE = exports.BUNDLE_V01_MEDIA_TYPE = exports.toMessageSignatureBundle = exports.toDSSEBundle = void 0;
    var build_1 = require_build();
    Object.defineProperty(exports, "toDSSEBundle", { enumerable: true, get: function() {
      return build_1.toDSSEBundle;
    } });
    Object.defineProperty(exports, "toMessageSignatureBundle", { enumerable: true, get: function() {
      return build_1.toMessageSignatureBundle;
    } });
    var bundle_1 = require_bundle();
    Object.defineProperty(exports, "BUNDLE_V01_MEDIA_TYPE", { enumerable: true, get: function() {
      return bundle_1.BUNDLE_V01_MEDIA_TYPE;
    } });
    Object.defineProperty(exports, "BUNDLE_V02_MEDIA_TYPE", { enumerable: true, get: function() {
      return bundle_1.BUNDLE_V02_MEDIA_TYPE;
    } });
    Object.defineProperty(exports, "BUNDLE_V03_LEGACY_MEDIA_TYPE", { enumerable: true, get: function() {
      return bundle_1.BUNDLE_V03_LEGACY_MEDIA_TYPE;
    } });
    Object.defineProperty(exports, "BUNDLE_V03_MEDIA_TYPE", { enumerable: true, get: function() {
      return bundle_1.BUNDLE_V03_MEDIA_TYPE;
    } });
    Object.defineProperty(exports, "isBundleWithCertificateChain", { enumerable: true, get: function() {
      return bundle_1.isBundleWithCertificateChain;
    } });
    Object.defineProperty(exports, "isBundleWithDsseEnvelope", { enumerable: true, get: function() {
      return bundle_1.isBundleWithDsseEnvelope;
    } });
    Object.defineProperty(exports, "isBundleWithMessageSignature", { enumerable: true, get: function() {
      return bundle_1.isBundleWithMessageSignature;
    } });
    Object.defineProperty(exports, "isBundleWithPublicKey", { enumerable: true, get: function() {
      return bundle_1.isBundleWithPublicKey;
    } });
    var error_1 = require_error();
    Object.defineProperty(exports, "ValidationError", { enumerable: true, get: function() {
      return error_1.ValidationError;
    } });
    var serialized_1 = require_serialized();
    Object.defineProperty(exports, "bundleFromJSON", { enumerable: true, get: function() {
      return serialized_1.bundleFromJSON;
    } });
    Object.defineProperty(exports, "bundleToJSON", { enumerable: true, get: function() {
      return serialized_1.bundleToJSON;
    } });
    Object.defineProperty(exports, "envelopeFromJSON", { enumerable: true, get: function() {
      return serialized_1.envelopeFromJSON;
    } });
    Object.defineProperty(exports, "envelopeToJSON", { enumerable: true, get: function() {
      return serialized_1.envelopeToJSON;
    } });
    var validate_1 = require_validate();
    Object.defineProperty(exports, "assertBundle", { enumerable: true, get: function() {
      return validate_1.assertBundle;
    } });
    Object.defineProperty(exports, "assertBundleLatest", { enumerable: true, get: function() {
      return validate_1.assertBundleLatest;
    } });
    Object.defineProperty(exports, "assertBundleV01", { enumerable: true, get: function() {
      return validate_1.assertBundleV01;
    } });
    Object.defineProperty(exports, "assertBundleV02", { enumerable: true, get: function() {
      return validate_1.assertBundleV02;
    } });
    Object.defineProperty(exports, "isBundleV01", { enumerable: true, get: function() {
      return validate_1.isBundleV01;
    } });
  }
});

// node_modules/@sigstore/core/dist/stream.js
var require_stream = __commonJS({
  "node_modules/@sigstore/core/dist/stream.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ByteStream = void 0;
    var StreamError = class extends Error {
    };
    var ByteStream = class _ByteStream {
      static BLOCK_SIZE = 1024;
      buf;
      view;
      start = 0;
      constructor(buffer) {
        if (buffer) {
          this.buf = buffer;
          this.view = Buffer.from(buffer);
        } else {
          this.buf = Buffer.alloc(0);
          this.view = Buffer.from(this.buf);
        }
      }
      get buffer() {
        return this.view.subarray(0, this.start);
      }
      get length() {
        return this.view.byteLength;
      }
      get position() {
        return this.start;
      }
      seek(position) {
        this.start = position;
      }
      // Returns a Buffer containing the specified number of bytes starting at the
      // given start position.
      slice(start, len) {
        const end = start + len;
        if (end > this.length) {
          throw new StreamError("request past end of buffer");
        }
        return this.view.subarray(start, end);
      }
      appendChar(char) {
        this.ensureCapacity(1);
        this.view[this.start] = char;
        this.start += 1;
      }
      appendUint16(num) {
        this.ensureCapacity(2);
        const value = new Uint16Array([num]);
        const view = new Uint8Array(value.buffer);
        this.view[this.start] = view[1];
        this.view[this.start + 1] = view[0];
        this.start += 2;
      }
      appendUint24(num) {
        this.ensureCapacity(3);
        const value = new Uint32Array([num]);
        const view = new Uint8Array(value.buffer);
        this.view[this.start] = view[2];
        this.view[this.start + 1] = view[1];
        this.view[this.start + 2] = view[0];
        this.start += 3;
      }
      appendView(view) {
        this.ensureCapacity(view.length);
        this.view.set(view, this.start);
        this.start += view.length;
      }
      getBlock(size) {
        if (size <= 0) {
          return Buffer.alloc(0);
        }
        if (this.start + size > this.view.length) {
          throw new Error("request past end of buffer");
        }
        const result = this.view.subarray(this.start, this.start + size);
        this.start += size;
        return result;
      }
      getUint8() {
        return this.getBlock(1)[0];
      }
      getUint16() {
        const block = this.getBlock(2);
        return block[0] << 8 | block[1];
      }
      ensureCapacity(size) {
        if (this.start + size > this.view.byteLength) {
          const blockSize = _ByteStream.BLOCK_SIZE + (size > _ByteStream.BLOCK_SIZE ? size : 0);
          this.realloc(this.view.byteLength + blockSize);
        }
      }
      realloc(size) {
        const newArray = Buffer.alloc(size);
        const newView = Buffer.from(newArray);
        newView.set(this.view);
        this.buf = newArray;
        this.view = newView;
      }
    };
    exports.ByteStream = ByteStream;
  }
});

// node_modules/@sigstore/core/dist/asn1/error.js
var require_error2 = __commonJS({
  "node_modules/@sigstore/core/dist/asn1/error.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ASN1TypeError = exports.ASN1ParseError = void 0;
    var ASN1ParseError = class extends Error {
    };
    exports.ASN1ParseError = ASN1ParseError;
    var ASN1TypeError = class extends Error {
    };
    exports.ASN1TypeError = ASN1TypeError;
  }
});

// node_modules/@sigstore/core/dist/asn1/length.js
var require_length = __commonJS({
  "node_modules/@sigstore/core/dist/asn1/length.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.decodeLength = decodeLength;
    exports.encodeLength = encodeLength2;
    var error_1 = require_error2();
    function decodeLength(stream) {
      const buf = stream.getUint8();
      if ((buf & 128) === 0) {
        return buf;
      }
      const byteCount = buf & 127;
      if (byteCount > 6) {
        throw new error_1.ASN1ParseError("length exceeds 6 byte limit");
      }
      let len = 0;
      for (let i = 0; i < byteCount; i++) {
        len = len * 256 + stream.getUint8();
      }
      if (len === 0) {
        throw new error_1.ASN1ParseError("indefinite length encoding not supported");
      }
      return len;
    }
    function encodeLength2(len) {
      if (len < 128) {
        return Buffer.from([len]);
      }
      let val = BigInt(len);
      const bytes = [];
      while (val > 0n) {
        bytes.unshift(Number(val & 255n));
        val = val >> 8n;
      }
      return Buffer.from([128 | bytes.length, ...bytes]);
    }
  }
});

// node_modules/@sigstore/core/dist/asn1/parse.js
var require_parse = __commonJS({
  "node_modules/@sigstore/core/dist/asn1/parse.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.parseInteger = parseInteger;
    exports.parseStringASCII = parseStringASCII;
    exports.parseTime = parseTime;
    exports.parseOID = parseOID;
    exports.parseBoolean = parseBoolean;
    exports.parseBitString = parseBitString;
    var RE_TIME_SHORT_YEAR = /^(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(\.\d{3})?Z$/;
    var RE_TIME_LONG_YEAR = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(\.\d{3})?Z$/;
    function parseInteger(buf) {
      let pos = 0;
      const end = buf.length;
      let val = buf[pos];
      const neg = val > 127;
      const pad = neg ? 255 : 0;
      while (val == pad && ++pos < end) {
        val = buf[pos];
      }
      const len = end - pos;
      if (len === 0)
        return BigInt(neg ? -1 : 0);
      val = neg ? val - 256 : val;
      let n = BigInt(val);
      for (let i = pos + 1; i < end; ++i) {
        n = n * BigInt(256) + BigInt(buf[i]);
      }
      return n;
    }
    function parseStringASCII(buf) {
      return buf.toString("ascii");
    }
    function parseTime(buf, shortYear) {
      const timeStr = parseStringASCII(buf);
      const m = shortYear ? RE_TIME_SHORT_YEAR.exec(timeStr) : RE_TIME_LONG_YEAR.exec(timeStr);
      if (!m) {
        throw new Error("invalid time");
      }
      if (shortYear) {
        let year = Number(m[1]);
        year += year >= 50 ? 1900 : 2e3;
        m[1] = year.toString();
      }
      return /* @__PURE__ */ new Date(`${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}Z`);
    }
    function parseOID(buf) {
      let pos = 0;
      const end = buf.length;
      let n = buf[pos++];
      const first = Math.floor(n / 40);
      const second = n % 40;
      let oid = `${first}.${second}`;
      let val = 0;
      for (; pos < end; ++pos) {
        n = buf[pos];
        val = (val << 7) + (n & 127);
        if ((n & 128) === 0) {
          oid += `.${val}`;
          val = 0;
        }
      }
      return oid;
    }
    function parseBoolean(buf) {
      return buf[0] !== 0;
    }
    function parseBitString(buf) {
      const unused = buf[0];
      const start = 1;
      const end = buf.length;
      const bits = [];
      for (let i = start; i < end; ++i) {
        const byte = buf[i];
        const skip = i === end - 1 ? unused : 0;
        for (let j = 7; j >= skip; --j) {
          bits.push(byte >> j & 1);
        }
      }
      return bits;
    }
  }
});

// node_modules/@sigstore/core/dist/asn1/tag.js
var require_tag = __commonJS({
  "node_modules/@sigstore/core/dist/asn1/tag.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ASN1Tag = void 0;
    var error_1 = require_error2();
    var UNIVERSAL_TAG = {
      BOOLEAN: 1,
      INTEGER: 2,
      BIT_STRING: 3,
      OCTET_STRING: 4,
      OBJECT_IDENTIFIER: 6,
      SEQUENCE: 16,
      SET: 17,
      PRINTABLE_STRING: 19,
      UTC_TIME: 23,
      GENERALIZED_TIME: 24
    };
    var TAG_CLASS = {
      UNIVERSAL: 0,
      APPLICATION: 1,
      CONTEXT_SPECIFIC: 2,
      PRIVATE: 3
    };
    var ASN1Tag = class {
      number;
      constructed;
      class;
      constructor(enc) {
        this.number = enc & 31;
        this.constructed = (enc & 32) === 32;
        this.class = enc >> 6;
        if (this.number === 31) {
          throw new error_1.ASN1ParseError("long form tags not supported");
        }
        if (this.class === TAG_CLASS.UNIVERSAL && this.number === 0) {
          throw new error_1.ASN1ParseError("unsupported tag 0x00");
        }
      }
      isUniversal() {
        return this.class === TAG_CLASS.UNIVERSAL;
      }
      isContextSpecific(num) {
        const res = this.class === TAG_CLASS.CONTEXT_SPECIFIC;
        return num !== void 0 ? res && this.number === num : res;
      }
      isBoolean() {
        return this.isUniversal() && this.number === UNIVERSAL_TAG.BOOLEAN;
      }
      isInteger() {
        return this.isUniversal() && this.number === UNIVERSAL_TAG.INTEGER;
      }
      isBitString() {
        return this.isUniversal() && this.number === UNIVERSAL_TAG.BIT_STRING;
      }
      isOctetString() {
        return this.isUniversal() && this.number === UNIVERSAL_TAG.OCTET_STRING;
      }
      isOID() {
        return this.isUniversal() && this.number === UNIVERSAL_TAG.OBJECT_IDENTIFIER;
      }
      isUTCTime() {
        return this.isUniversal() && this.number === UNIVERSAL_TAG.UTC_TIME;
      }
      isGeneralizedTime() {
        return this.isUniversal() && this.number === UNIVERSAL_TAG.GENERALIZED_TIME;
      }
      toDER() {
        return this.number | (this.constructed ? 32 : 0) | this.class << 6;
      }
    };
    exports.ASN1Tag = ASN1Tag;
  }
});

// node_modules/@sigstore/core/dist/asn1/obj.js
var require_obj = __commonJS({
  "node_modules/@sigstore/core/dist/asn1/obj.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ASN1Obj = void 0;
    var stream_1 = require_stream();
    var error_1 = require_error2();
    var length_1 = require_length();
    var parse_1 = require_parse();
    var tag_1 = require_tag();
    var ASN1Obj2 = class {
      tag;
      subs;
      value;
      constructor(tag, value, subs) {
        this.tag = tag;
        this.value = value;
        this.subs = subs;
      }
      // Constructs an ASN.1 object from a Buffer of DER-encoded bytes.
      static parseBuffer(buf) {
        return parseStream(new stream_1.ByteStream(buf));
      }
      toDER() {
        const valueStream = new stream_1.ByteStream();
        if (this.subs.length > 0) {
          for (const sub of this.subs) {
            valueStream.appendView(sub.toDER());
          }
        } else {
          valueStream.appendView(this.value);
        }
        const value = valueStream.buffer;
        const obj3 = new stream_1.ByteStream();
        obj3.appendChar(this.tag.toDER());
        obj3.appendView((0, length_1.encodeLength)(value.length));
        obj3.appendView(value);
        return obj3.buffer;
      }
      /////////////////////////////////////////////////////////////////////////////
      // Convenience methods for parsing ASN.1 primitives into JS types
      // Returns the ASN.1 object's value as a boolean. Throws an error if the
      // object is not a boolean.
      toBoolean() {
        if (!this.tag.isBoolean()) {
          throw new error_1.ASN1TypeError("not a boolean");
        }
        return (0, parse_1.parseBoolean)(this.value);
      }
      // Returns the ASN.1 object's value as a BigInt. Throws an error if the
      // object is not an integer.
      toInteger() {
        if (!this.tag.isInteger()) {
          throw new error_1.ASN1TypeError("not an integer");
        }
        return (0, parse_1.parseInteger)(this.value);
      }
      // Returns the ASN.1 object's value as an OID string. Throws an error if the
      // object is not an OID.
      toOID() {
        if (!this.tag.isOID()) {
          throw new error_1.ASN1TypeError("not an OID");
        }
        return (0, parse_1.parseOID)(this.value);
      }
      // Returns the ASN.1 object's value as a Date. Throws an error if the object
      // is not either a UTCTime or a GeneralizedTime.
      toDate() {
        switch (true) {
          case this.tag.isUTCTime():
            return (0, parse_1.parseTime)(this.value, true);
          case this.tag.isGeneralizedTime():
            return (0, parse_1.parseTime)(this.value, false);
          default:
            throw new error_1.ASN1TypeError("not a date");
        }
      }
      // Returns the ASN.1 object's value as a number[] where each number is the
      // value of a bit in the bit string. Throws an error if the object is not a
      // bit string.
      toBitString() {
        if (!this.tag.isBitString()) {
          throw new error_1.ASN1TypeError("not a bit string");
        }
        return (0, parse_1.parseBitString)(this.value);
      }
    };
    exports.ASN1Obj = ASN1Obj2;
    function parseStream(stream) {
      const tag = new tag_1.ASN1Tag(stream.getUint8());
      const len = (0, length_1.decodeLength)(stream);
      const value = stream.slice(stream.position, len);
      const start = stream.position;
      let subs = [];
      if (tag.constructed) {
        subs = collectSubs(stream, len);
      } else if (tag.isOctetString()) {
        try {
          subs = collectSubs(stream, len);
        } catch (e) {
        }
      }
      if (subs.length === 0) {
        stream.seek(start + len);
      }
      return new ASN1Obj2(tag, value, subs);
    }
    function collectSubs(stream, len) {
      const end = stream.position + len;
      if (end > stream.length) {
        throw new error_1.ASN1ParseError("invalid length");
      }
      const subs = [];
      while (stream.position < end) {
        subs.push(parseStream(stream));
      }
      if (stream.position !== end) {
        throw new error_1.ASN1ParseError("invalid length");
      }
      return subs;
    }
  }
});

// node_modules/@sigstore/core/dist/asn1/index.js
var require_asn1 = __commonJS({
  "node_modules/@sigstore/core/dist/asn1/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ASN1Obj = void 0;
    var obj_1 = require_obj();
    Object.defineProperty(exports, "ASN1Obj", { enumerable: true, get: function() {
      return obj_1.ASN1Obj;
    } });
  }
});

// node_modules/@sigstore/core/dist/crypto.js
var require_crypto = __commonJS({
  "node_modules/@sigstore/core/dist/crypto.js"(exports) {
    "use strict";
    var __importDefault = exports && exports.__importDefault || function(mod) {
      return mod && mod.__esModule ? mod : { "default": mod };
    };
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.createPublicKey = createPublicKey2;
    exports.digest = digest;
    exports.verify = verify2;
    exports.bufferEqual = bufferEqual;
    var crypto_1 = __importDefault(__require("crypto"));
    function createPublicKey2(key, type = "spki") {
      if (typeof key === "string") {
        if (key.startsWith("-----")) {
          return crypto_1.default.createPublicKey(key);
        } else {
          return crypto_1.default.createPublicKey({
            key: Buffer.from(key, "base64"),
            format: "der",
            type
          });
        }
      } else {
        return crypto_1.default.createPublicKey({ key, format: "der", type });
      }
    }
    function digest(algorithm, ...data) {
      const hash = crypto_1.default.createHash(algorithm);
      for (const d of data) {
        hash.update(d);
      }
      return hash.digest();
    }
    function verify2(data, key, signature, algorithm) {
      try {
        return crypto_1.default.verify(algorithm, data, key, signature);
      } catch (e) {
        return false;
      }
    }
    function bufferEqual(a, b) {
      try {
        return crypto_1.default.timingSafeEqual(a, b);
      } catch {
        return false;
      }
    }
  }
});

// node_modules/@sigstore/core/dist/dsse.js
var require_dsse = __commonJS({
  "node_modules/@sigstore/core/dist/dsse.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.preAuthEncoding = preAuthEncoding;
    var PAE_PREFIX = "DSSEv1";
    function preAuthEncoding(payloadType, payload) {
      const typeBytes = Buffer.from(payloadType, "utf-8");
      return Buffer.concat([
        Buffer.from(`${PAE_PREFIX} ${typeBytes.length} `, "ascii"),
        typeBytes,
        Buffer.from(` ${payload.length} `, "ascii"),
        payload
      ]);
    }
  }
});

// node_modules/@sigstore/core/dist/encoding.js
var require_encoding = __commonJS({
  "node_modules/@sigstore/core/dist/encoding.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.base64Encode = base64Encode;
    exports.base64Decode = base64Decode;
    var BASE64_ENCODING = "base64";
    var UTF8_ENCODING = "utf-8";
    function base64Encode(str) {
      return Buffer.from(str, UTF8_ENCODING).toString(BASE64_ENCODING);
    }
    function base64Decode(str) {
      return Buffer.from(str, BASE64_ENCODING).toString(UTF8_ENCODING);
    }
  }
});

// node_modules/@sigstore/core/dist/json.js
var require_json = __commonJS({
  "node_modules/@sigstore/core/dist/json.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.canonicalize = canonicalize;
    function canonicalize(object) {
      let buffer = "";
      if (object === null || typeof object !== "object" || object.toJSON != null) {
        buffer += JSON.stringify(object);
      } else if (Array.isArray(object)) {
        buffer += "[";
        let first = true;
        object.forEach((element) => {
          if (!first) {
            buffer += ",";
          }
          first = false;
          buffer += canonicalize(element);
        });
        buffer += "]";
      } else {
        buffer += "{";
        let first = true;
        Object.keys(object).sort().forEach((property) => {
          if (!first) {
            buffer += ",";
          }
          first = false;
          buffer += JSON.stringify(property);
          buffer += ":";
          buffer += canonicalize(object[property]);
        });
        buffer += "}";
      }
      return buffer;
    }
  }
});

// node_modules/@sigstore/core/dist/pem.js
var require_pem = __commonJS({
  "node_modules/@sigstore/core/dist/pem.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.toDER = toDER;
    exports.fromDER = fromDER;
    var PEM_HEADER = /-----BEGIN (.*)-----/;
    var PEM_FOOTER = /-----END (.*)-----/;
    function toDER(certificate) {
      let der2 = "";
      certificate.split("\n").forEach((line) => {
        if (line.match(PEM_HEADER) || line.match(PEM_FOOTER)) {
          return;
        }
        der2 += line;
      });
      return Buffer.from(der2, "base64");
    }
    function fromDER(certificate, type = "CERTIFICATE") {
      const der2 = certificate.toString("base64");
      const lines = der2.match(/.{1,64}/g) || "";
      return [`-----BEGIN ${type}-----`, ...lines, `-----END ${type}-----`].join("\n").concat("\n");
    }
  }
});

// node_modules/@sigstore/core/dist/oid.js
var require_oid = __commonJS({
  "node_modules/@sigstore/core/dist/oid.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.SHA2_HASH_ALGOS = exports.RSA_SIGNATURE_ALGOS = exports.ECDSA_SIGNATURE_ALGOS = void 0;
    exports.ECDSA_SIGNATURE_ALGOS = {
      "1.2.840.10045.4.3.1": "sha224",
      "1.2.840.10045.4.3.2": "sha256",
      "1.2.840.10045.4.3.3": "sha384",
      "1.2.840.10045.4.3.4": "sha512"
    };
    exports.RSA_SIGNATURE_ALGOS = {
      "1.2.840.113549.1.1.14": "sha224",
      "1.2.840.113549.1.1.11": "sha256",
      "1.2.840.113549.1.1.12": "sha384",
      "1.2.840.113549.1.1.13": "sha512"
    };
    exports.SHA2_HASH_ALGOS = {
      "2.16.840.1.101.3.4.2.1": "sha256",
      "2.16.840.1.101.3.4.2.2": "sha384",
      "2.16.840.1.101.3.4.2.3": "sha512"
    };
  }
});

// node_modules/@sigstore/core/dist/rfc3161/error.js
var require_error3 = __commonJS({
  "node_modules/@sigstore/core/dist/rfc3161/error.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.RFC3161TimestampVerificationError = void 0;
    var RFC3161TimestampVerificationError = class extends Error {
    };
    exports.RFC3161TimestampVerificationError = RFC3161TimestampVerificationError;
  }
});

// node_modules/@sigstore/core/dist/rfc3161/tstinfo.js
var require_tstinfo = __commonJS({
  "node_modules/@sigstore/core/dist/rfc3161/tstinfo.js"(exports) {
    "use strict";
    var __createBinding = exports && exports.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m[k];
        } };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __setModuleDefault = exports && exports.__setModuleDefault || (Object.create ? (function(o, v) {
      Object.defineProperty(o, "default", { enumerable: true, value: v });
    }) : function(o, v) {
      o["default"] = v;
    });
    var __importStar = exports && exports.__importStar || /* @__PURE__ */ (function() {
      var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function(o2) {
          var ar = [];
          for (var k in o2) if (Object.prototype.hasOwnProperty.call(o2, k)) ar[ar.length] = k;
          return ar;
        };
        return ownKeys(o);
      };
      return function(mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) {
          for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        }
        __setModuleDefault(result, mod);
        return result;
      };
    })();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.TSTInfo = void 0;
    var crypto = __importStar(require_crypto());
    var oid_1 = require_oid();
    var error_1 = require_error3();
    var TSTInfo = class {
      root;
      constructor(asn1) {
        this.root = asn1;
      }
      get version() {
        return this.root.subs[0].toInteger();
      }
      get genTime() {
        return this.root.subs[4].toDate();
      }
      get messageImprintHashAlgorithm() {
        const oid = this.messageImprintObj.subs[0].subs[0].toOID();
        return oid_1.SHA2_HASH_ALGOS[oid];
      }
      get messageImprintHashedMessage() {
        return this.messageImprintObj.subs[1].value;
      }
      get raw() {
        return this.root.toDER();
      }
      verify(data) {
        const digest = crypto.digest(this.messageImprintHashAlgorithm, data);
        if (!crypto.bufferEqual(digest, this.messageImprintHashedMessage)) {
          throw new error_1.RFC3161TimestampVerificationError("message imprint does not match artifact");
        }
      }
      // https://www.rfc-editor.org/rfc/rfc3161#section-2.4.2
      get messageImprintObj() {
        return this.root.subs[2];
      }
    };
    exports.TSTInfo = TSTInfo;
  }
});

// node_modules/@sigstore/core/dist/rfc3161/timestamp.js
var require_timestamp2 = __commonJS({
  "node_modules/@sigstore/core/dist/rfc3161/timestamp.js"(exports) {
    "use strict";
    var __createBinding = exports && exports.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m[k];
        } };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __setModuleDefault = exports && exports.__setModuleDefault || (Object.create ? (function(o, v) {
      Object.defineProperty(o, "default", { enumerable: true, value: v });
    }) : function(o, v) {
      o["default"] = v;
    });
    var __importStar = exports && exports.__importStar || /* @__PURE__ */ (function() {
      var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function(o2) {
          var ar = [];
          for (var k in o2) if (Object.prototype.hasOwnProperty.call(o2, k)) ar[ar.length] = k;
          return ar;
        };
        return ownKeys(o);
      };
      return function(mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) {
          for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        }
        __setModuleDefault(result, mod);
        return result;
      };
    })();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.RFC3161Timestamp = void 0;
    var asn1_1 = require_asn1();
    var crypto = __importStar(require_crypto());
    var oid_1 = require_oid();
    var error_1 = require_error3();
    var tstinfo_1 = require_tstinfo();
    var OID_PKCS9_CONTENT_TYPE_SIGNED_DATA = "1.2.840.113549.1.7.2";
    var OID_PKCS9_CONTENT_TYPE_TSTINFO = "1.2.840.113549.1.9.16.1.4";
    var OID_PKCS9_MESSAGE_DIGEST_KEY = "1.2.840.113549.1.9.4";
    var RFC3161Timestamp = class _RFC3161Timestamp {
      root;
      constructor(asn1) {
        this.root = asn1;
      }
      static parse(der2) {
        const asn1 = asn1_1.ASN1Obj.parseBuffer(der2);
        return new _RFC3161Timestamp(asn1);
      }
      get status() {
        return this.pkiStatusInfoObj.subs[0].toInteger();
      }
      get contentType() {
        return this.contentTypeObj.toOID();
      }
      get eContentType() {
        return this.eContentTypeObj.toOID();
      }
      get signingTime() {
        return this.tstInfo.genTime;
      }
      get signerIssuer() {
        return this.signerSidObj.subs[0].value;
      }
      get signerSerialNumber() {
        return this.signerSidObj.subs[1].value;
      }
      get signerDigestAlgorithm() {
        const oid = this.signerDigestAlgorithmObj.subs[0].toOID();
        return oid_1.SHA2_HASH_ALGOS[oid];
      }
      get signatureAlgorithm() {
        const oid = this.signatureAlgorithmObj.subs[0].toOID();
        return oid_1.ECDSA_SIGNATURE_ALGOS[oid];
      }
      get signatureValue() {
        return this.signatureValueObj.value;
      }
      get tstInfo() {
        return new tstinfo_1.TSTInfo(this.eContentObj.subs[0].subs[0]);
      }
      verify(data, publicKey) {
        if (!this.timeStampTokenObj) {
          throw new error_1.RFC3161TimestampVerificationError("timeStampToken is missing");
        }
        if (this.contentType !== OID_PKCS9_CONTENT_TYPE_SIGNED_DATA) {
          throw new error_1.RFC3161TimestampVerificationError(`incorrect content type: ${this.contentType}`);
        }
        if (this.eContentType !== OID_PKCS9_CONTENT_TYPE_TSTINFO) {
          throw new error_1.RFC3161TimestampVerificationError(`incorrect encapsulated content type: ${this.eContentType}`);
        }
        this.tstInfo.verify(data);
        this.verifyMessageDigest();
        this.verifySignature(publicKey);
      }
      verifyMessageDigest() {
        const tstInfoDigest = crypto.digest(this.signerDigestAlgorithm, this.tstInfo.raw);
        const expectedDigest = this.messageDigestAttributeObj.subs[1].subs[0].value;
        if (!crypto.bufferEqual(tstInfoDigest, expectedDigest)) {
          throw new error_1.RFC3161TimestampVerificationError("signed data does not match tstInfo");
        }
      }
      verifySignature(key) {
        const signedAttrs = this.signedAttrsObj.toDER();
        signedAttrs[0] = 49;
        const verified = crypto.verify(signedAttrs, key, this.signatureValue, this.signatureAlgorithm);
        if (!verified) {
          throw new error_1.RFC3161TimestampVerificationError("signature verification failed");
        }
      }
      // https://www.rfc-editor.org/rfc/rfc3161#section-2.4.2
      get pkiStatusInfoObj() {
        return this.root.subs[0];
      }
      // https://www.rfc-editor.org/rfc/rfc3161#section-2.4.2
      get timeStampTokenObj() {
        return this.root.subs[1];
      }
      // https://datatracker.ietf.org/doc/html/rfc5652#section-3
      get contentTypeObj() {
        return this.timeStampTokenObj.subs[0];
      }
      // https://www.rfc-editor.org/rfc/rfc5652#section-3
      get signedDataObj() {
        const obj3 = this.timeStampTokenObj.subs.find((sub) => sub.tag.isContextSpecific(0));
        return obj3.subs[0];
      }
      // https://datatracker.ietf.org/doc/html/rfc5652#section-5.1
      get encapContentInfoObj() {
        return this.signedDataObj.subs[2];
      }
      // https://datatracker.ietf.org/doc/html/rfc5652#section-5.1
      get signerInfosObj() {
        const sd = this.signedDataObj;
        return sd.subs[sd.subs.length - 1];
      }
      // https://www.rfc-editor.org/rfc/rfc5652#section-5.1
      get signerInfoObj() {
        return this.signerInfosObj.subs[0];
      }
      // https://datatracker.ietf.org/doc/html/rfc5652#section-5.2
      get eContentTypeObj() {
        return this.encapContentInfoObj.subs[0];
      }
      // https://datatracker.ietf.org/doc/html/rfc5652#section-5.2
      get eContentObj() {
        return this.encapContentInfoObj.subs[1];
      }
      // https://datatracker.ietf.org/doc/html/rfc5652#section-5.3
      get signedAttrsObj() {
        const signedAttrs = this.signerInfoObj.subs.find((sub) => sub.tag.isContextSpecific(0));
        return signedAttrs;
      }
      // https://datatracker.ietf.org/doc/html/rfc5652#section-5.3
      get messageDigestAttributeObj() {
        const messageDigest = this.signedAttrsObj.subs.find((sub) => sub.subs[0].tag.isOID() && sub.subs[0].toOID() === OID_PKCS9_MESSAGE_DIGEST_KEY);
        return messageDigest;
      }
      // https://datatracker.ietf.org/doc/html/rfc5652#section-5.3
      get signerSidObj() {
        return this.signerInfoObj.subs[1];
      }
      // https://datatracker.ietf.org/doc/html/rfc5652#section-5.3
      get signerDigestAlgorithmObj() {
        return this.signerInfoObj.subs[2];
      }
      // https://datatracker.ietf.org/doc/html/rfc5652#section-5.3
      get signatureAlgorithmObj() {
        return this.signerInfoObj.subs[4];
      }
      // https://datatracker.ietf.org/doc/html/rfc5652#section-5.3
      get signatureValueObj() {
        return this.signerInfoObj.subs[5];
      }
    };
    exports.RFC3161Timestamp = RFC3161Timestamp;
  }
});

// node_modules/@sigstore/core/dist/rfc3161/index.js
var require_rfc3161 = __commonJS({
  "node_modules/@sigstore/core/dist/rfc3161/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.RFC3161Timestamp = void 0;
    var timestamp_1 = require_timestamp2();
    Object.defineProperty(exports, "RFC3161Timestamp", { enumerable: true, get: function() {
      return timestamp_1.RFC3161Timestamp;
    } });
  }
});

// node_modules/@sigstore/core/dist/x509/sct.js
var require_sct = __commonJS({
  "node_modules/@sigstore/core/dist/x509/sct.js"(exports) {
    "use strict";
    var __createBinding = exports && exports.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m[k];
        } };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __setModuleDefault = exports && exports.__setModuleDefault || (Object.create ? (function(o, v) {
      Object.defineProperty(o, "default", { enumerable: true, value: v });
    }) : function(o, v) {
      o["default"] = v;
    });
    var __importStar = exports && exports.__importStar || /* @__PURE__ */ (function() {
      var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function(o2) {
          var ar = [];
          for (var k in o2) if (Object.prototype.hasOwnProperty.call(o2, k)) ar[ar.length] = k;
          return ar;
        };
        return ownKeys(o);
      };
      return function(mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) {
          for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        }
        __setModuleDefault(result, mod);
        return result;
      };
    })();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.SignedCertificateTimestamp = void 0;
    var crypto = __importStar(require_crypto());
    var stream_1 = require_stream();
    var SignedCertificateTimestamp = class _SignedCertificateTimestamp {
      version;
      logID;
      timestamp;
      extensions;
      hashAlgorithm;
      signatureAlgorithm;
      signature;
      constructor(options) {
        this.version = options.version;
        this.logID = options.logID;
        this.timestamp = options.timestamp;
        this.extensions = options.extensions;
        this.hashAlgorithm = options.hashAlgorithm;
        this.signatureAlgorithm = options.signatureAlgorithm;
        this.signature = options.signature;
      }
      get datetime() {
        return new Date(Number(this.timestamp.readBigInt64BE()));
      }
      // Returns the hash algorithm used to generate the SCT's signature.
      // https://www.rfc-editor.org/rfc/rfc5246#section-7.4.1.4.1
      get algorithm() {
        switch (this.hashAlgorithm) {
          /* istanbul ignore next */
          case 0:
            return "none";
          /* istanbul ignore next */
          case 1:
            return "md5";
          /* istanbul ignore next */
          case 2:
            return "sha1";
          /* istanbul ignore next */
          case 3:
            return "sha224";
          case 4:
            return "sha256";
          /* istanbul ignore next */
          case 5:
            return "sha384";
          /* istanbul ignore next */
          case 6:
            return "sha512";
          /* istanbul ignore next */
          default:
            return "unknown";
        }
      }
      verify(preCert, key) {
        const stream = new stream_1.ByteStream();
        stream.appendChar(this.version);
        stream.appendChar(0);
        stream.appendView(this.timestamp);
        stream.appendUint16(1);
        stream.appendView(preCert);
        stream.appendUint16(this.extensions.byteLength);
        if (this.extensions.byteLength > 0) {
          stream.appendView(this.extensions);
        }
        return crypto.verify(stream.buffer, key, this.signature, this.algorithm);
      }
      // Parses a SignedCertificateTimestamp from a buffer. SCTs are encoded using
      // TLS encoding which means the fields and lengths of most fields are
      // specified as part of the SCT and TLS specs.
      // https://www.rfc-editor.org/rfc/rfc6962#section-3.2
      // https://www.rfc-editor.org/rfc/rfc5246#section-7.4.1.4.1
      static parse(buf) {
        const stream = new stream_1.ByteStream(buf);
        const version = stream.getUint8();
        const logID = stream.getBlock(32);
        const timestamp = stream.getBlock(8);
        const extenstionLength = stream.getUint16();
        const extensions = stream.getBlock(extenstionLength);
        const hashAlgorithm = stream.getUint8();
        const signatureAlgorithm = stream.getUint8();
        const sigLength = stream.getUint16();
        const signature = stream.getBlock(sigLength);
        if (stream.position !== buf.length) {
          throw new Error("SCT buffer length mismatch");
        }
        return new _SignedCertificateTimestamp({
          version,
          logID,
          timestamp,
          extensions,
          hashAlgorithm,
          signatureAlgorithm,
          signature
        });
      }
    };
    exports.SignedCertificateTimestamp = SignedCertificateTimestamp;
  }
});

// node_modules/@sigstore/core/dist/x509/ext.js
var require_ext = __commonJS({
  "node_modules/@sigstore/core/dist/x509/ext.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.X509SCTExtension = exports.X509SubjectKeyIDExtension = exports.X509AuthorityKeyIDExtension = exports.X509SubjectAlternativeNameExtension = exports.X509KeyUsageExtension = exports.X509BasicConstraintsExtension = exports.X509Extension = void 0;
    var stream_1 = require_stream();
    var sct_1 = require_sct();
    var X509Extension = class {
      root;
      constructor(asn1) {
        this.root = asn1;
      }
      get oid() {
        return this.root.subs[0].toOID();
      }
      get critical() {
        return this.root.subs.length === 3 ? this.root.subs[1].toBoolean() : false;
      }
      get value() {
        return this.extnValueObj.value;
      }
      get valueObj() {
        return this.extnValueObj;
      }
      get extnValueObj() {
        return this.root.subs[this.root.subs.length - 1];
      }
    };
    exports.X509Extension = X509Extension;
    var X509BasicConstraintsExtension = class extends X509Extension {
      get isCA() {
        return this.sequence.subs[0]?.toBoolean() ?? false;
      }
      get pathLenConstraint() {
        return this.sequence.subs.length > 1 ? this.sequence.subs[1].toInteger() : void 0;
      }
      // The extnValue field contains a single sequence wrapping the isCA and
      // pathLenConstraint.
      get sequence() {
        return this.extnValueObj.subs[0];
      }
    };
    exports.X509BasicConstraintsExtension = X509BasicConstraintsExtension;
    var X509KeyUsageExtension = class extends X509Extension {
      get digitalSignature() {
        return this.bitString[0] === 1;
      }
      get keyCertSign() {
        return this.bitString[5] === 1;
      }
      get crlSign() {
        return this.bitString[6] === 1;
      }
      // The extnValue field contains a single bit string which is a bit mask
      // indicating which key usages are enabled.
      get bitString() {
        return this.extnValueObj.subs[0].toBitString();
      }
    };
    exports.X509KeyUsageExtension = X509KeyUsageExtension;
    var X509SubjectAlternativeNameExtension = class extends X509Extension {
      get rfc822Name() {
        return this.findGeneralName(1)?.value.toString("ascii");
      }
      get uri() {
        return this.findGeneralName(6)?.value.toString("ascii");
      }
      // Retrieve the value of an otherName with the given OID.
      otherName(oid) {
        const otherName = this.findGeneralName(0);
        if (otherName === void 0) {
          return void 0;
        }
        const otherNameOID = otherName.subs[0].toOID();
        if (otherNameOID !== oid) {
          return void 0;
        }
        const otherNameValue = otherName.subs[1];
        return otherNameValue.subs[0].value.toString("ascii");
      }
      findGeneralName(tag) {
        return this.generalNames.find((gn) => gn.tag.isContextSpecific(tag));
      }
      // The extnValue field contains a sequence of GeneralNames.
      get generalNames() {
        return this.extnValueObj.subs[0].subs;
      }
    };
    exports.X509SubjectAlternativeNameExtension = X509SubjectAlternativeNameExtension;
    var X509AuthorityKeyIDExtension = class extends X509Extension {
      get keyIdentifier() {
        return this.findSequenceMember(0)?.value;
      }
      findSequenceMember(tag) {
        return this.sequence.subs.find((el) => el.tag.isContextSpecific(tag));
      }
      // The extnValue field contains a single sequence wrapping the keyIdentifier
      get sequence() {
        return this.extnValueObj.subs[0];
      }
    };
    exports.X509AuthorityKeyIDExtension = X509AuthorityKeyIDExtension;
    var X509SubjectKeyIDExtension = class extends X509Extension {
      get keyIdentifier() {
        return this.extnValueObj.subs[0].value;
      }
    };
    exports.X509SubjectKeyIDExtension = X509SubjectKeyIDExtension;
    var X509SCTExtension = class extends X509Extension {
      constructor(asn1) {
        super(asn1);
      }
      get signedCertificateTimestamps() {
        const buf = this.extnValueObj.subs[0].value;
        const stream = new stream_1.ByteStream(buf);
        const end = stream.getUint16() + 2;
        const sctList = [];
        while (stream.position < end) {
          const sctLength = stream.getUint16();
          const sct = stream.getBlock(sctLength);
          sctList.push(sct_1.SignedCertificateTimestamp.parse(sct));
        }
        if (stream.position !== end) {
          throw new Error("SCT list length does not match actual length");
        }
        return sctList;
      }
    };
    exports.X509SCTExtension = X509SCTExtension;
  }
});

// node_modules/@sigstore/core/dist/x509/cert.js
var require_cert = __commonJS({
  "node_modules/@sigstore/core/dist/x509/cert.js"(exports) {
    "use strict";
    var __createBinding = exports && exports.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m[k];
        } };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __setModuleDefault = exports && exports.__setModuleDefault || (Object.create ? (function(o, v) {
      Object.defineProperty(o, "default", { enumerable: true, value: v });
    }) : function(o, v) {
      o["default"] = v;
    });
    var __importStar = exports && exports.__importStar || /* @__PURE__ */ (function() {
      var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function(o2) {
          var ar = [];
          for (var k in o2) if (Object.prototype.hasOwnProperty.call(o2, k)) ar[ar.length] = k;
          return ar;
        };
        return ownKeys(o);
      };
      return function(mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) {
          for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        }
        __setModuleDefault(result, mod);
        return result;
      };
    })();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.X509Certificate = exports.EXTENSION_OID_SCT = void 0;
    var asn1_1 = require_asn1();
    var crypto = __importStar(require_crypto());
    var oid_1 = require_oid();
    var pem = __importStar(require_pem());
    var ext_1 = require_ext();
    var EXTENSION_OID_SUBJECT_KEY_ID = "2.5.29.14";
    var EXTENSION_OID_KEY_USAGE = "2.5.29.15";
    var EXTENSION_OID_SUBJECT_ALT_NAME = "2.5.29.17";
    var EXTENSION_OID_BASIC_CONSTRAINTS = "2.5.29.19";
    var EXTENSION_OID_AUTHORITY_KEY_ID = "2.5.29.35";
    exports.EXTENSION_OID_SCT = "1.3.6.1.4.1.11129.2.4.2";
    var X509Certificate2 = class _X509Certificate {
      root;
      constructor(asn1) {
        this.root = asn1;
      }
      static parse(cert) {
        const der2 = typeof cert === "string" ? pem.toDER(cert) : cert;
        const asn1 = asn1_1.ASN1Obj.parseBuffer(der2);
        return new _X509Certificate(asn1);
      }
      get tbsCertificate() {
        return this.tbsCertificateObj;
      }
      get version() {
        const ver = this.versionObj.subs[0].toInteger();
        return `v${(ver + BigInt(1)).toString()}`;
      }
      get serialNumber() {
        return this.serialNumberObj.value;
      }
      get notBefore() {
        return this.validityObj.subs[0].toDate();
      }
      get notAfter() {
        return this.validityObj.subs[1].toDate();
      }
      get issuer() {
        return this.issuerObj.value;
      }
      get subject() {
        return this.subjectObj.value;
      }
      get publicKey() {
        return this.subjectPublicKeyInfoObj.toDER();
      }
      get signatureAlgorithm() {
        const oid = this.signatureAlgorithmObj.subs[0].toOID();
        if (oid_1.RSA_SIGNATURE_ALGOS[oid]) {
          return oid_1.RSA_SIGNATURE_ALGOS[oid];
        }
        return oid_1.ECDSA_SIGNATURE_ALGOS[oid];
      }
      get signatureValue() {
        return this.signatureValueObj.value.subarray(1);
      }
      get subjectAltName() {
        const ext = this.extSubjectAltName;
        return ext?.uri || /* istanbul ignore next */
        ext?.rfc822Name;
      }
      get extensions() {
        const extSeq = this.extensionsObj?.subs[0];
        return extSeq?.subs || [];
      }
      get extKeyUsage() {
        const ext = this.findExtension(EXTENSION_OID_KEY_USAGE);
        return ext ? new ext_1.X509KeyUsageExtension(ext) : void 0;
      }
      get extBasicConstraints() {
        const ext = this.findExtension(EXTENSION_OID_BASIC_CONSTRAINTS);
        return ext ? new ext_1.X509BasicConstraintsExtension(ext) : void 0;
      }
      get extSubjectAltName() {
        const ext = this.findExtension(EXTENSION_OID_SUBJECT_ALT_NAME);
        return ext ? new ext_1.X509SubjectAlternativeNameExtension(ext) : void 0;
      }
      get extAuthorityKeyID() {
        const ext = this.findExtension(EXTENSION_OID_AUTHORITY_KEY_ID);
        return ext ? new ext_1.X509AuthorityKeyIDExtension(ext) : void 0;
      }
      get extSubjectKeyID() {
        const ext = this.findExtension(EXTENSION_OID_SUBJECT_KEY_ID);
        return ext ? new ext_1.X509SubjectKeyIDExtension(ext) : (
          /* istanbul ignore next */
          void 0
        );
      }
      get extSCT() {
        const ext = this.findExtension(exports.EXTENSION_OID_SCT);
        return ext ? new ext_1.X509SCTExtension(ext) : void 0;
      }
      get isCA() {
        const ca = this.extBasicConstraints?.isCA || false;
        if (this.extKeyUsage) {
          return ca && this.extKeyUsage.keyCertSign;
        }
        return ca;
      }
      extension(oid) {
        const ext = this.findExtension(oid);
        return ext ? new ext_1.X509Extension(ext) : void 0;
      }
      verify(issuerCertificate) {
        const publicKey = issuerCertificate?.publicKey || this.publicKey;
        const key = crypto.createPublicKey(publicKey);
        return crypto.verify(this.tbsCertificate.toDER(), key, this.signatureValue, this.signatureAlgorithm);
      }
      validForDate(date) {
        return this.notBefore <= date && date <= this.notAfter;
      }
      equals(other) {
        return this.root.toDER().equals(other.root.toDER());
      }
      // Creates a copy of the certificate with a new buffer
      clone() {
        const der2 = this.root.toDER();
        const clone = Buffer.alloc(der2.length);
        der2.copy(clone);
        return _X509Certificate.parse(clone);
      }
      findExtension(oid) {
        return this.extensions.find((ext) => ext.subs[0].toOID() === oid);
      }
      /////////////////////////////////////////////////////////////////////////////
      // The following properties use the documented x509 structure to locate the
      // desired ASN.1 object
      // https://www.rfc-editor.org/rfc/rfc5280#section-4.1
      // https://www.rfc-editor.org/rfc/rfc5280#section-4.1.1.1
      get tbsCertificateObj() {
        return this.root.subs[0];
      }
      // https://www.rfc-editor.org/rfc/rfc5280#section-4.1.1.2
      get signatureAlgorithmObj() {
        return this.root.subs[1];
      }
      // https://www.rfc-editor.org/rfc/rfc5280#section-4.1.1.3
      get signatureValueObj() {
        return this.root.subs[2];
      }
      // https://www.rfc-editor.org/rfc/rfc5280#section-4.1.2.1
      get versionObj() {
        return this.tbsCertificateObj.subs[0];
      }
      // https://www.rfc-editor.org/rfc/rfc5280#section-4.1.2.2
      get serialNumberObj() {
        return this.tbsCertificateObj.subs[1];
      }
      // https://www.rfc-editor.org/rfc/rfc5280#section-4.1.2.4
      get issuerObj() {
        return this.tbsCertificateObj.subs[3];
      }
      // https://www.rfc-editor.org/rfc/rfc5280#section-4.1.2.5
      get validityObj() {
        return this.tbsCertificateObj.subs[4];
      }
      // https://www.rfc-editor.org/rfc/rfc5280#section-4.1.2.6
      get subjectObj() {
        return this.tbsCertificateObj.subs[5];
      }
      // https://www.rfc-editor.org/rfc/rfc5280#section-4.1.2.7
      get subjectPublicKeyInfoObj() {
        return this.tbsCertificateObj.subs[6];
      }
      // Extensions can't be located by index because their position varies. Instead,
      // we need to find the extensions context specific tag
      // https://www.rfc-editor.org/rfc/rfc5280#section-4.1.2.9
      get extensionsObj() {
        return this.tbsCertificateObj.subs.find((sub) => sub.tag.isContextSpecific(3));
      }
    };
    exports.X509Certificate = X509Certificate2;
  }
});

// node_modules/@sigstore/core/dist/x509/index.js
var require_x509 = __commonJS({
  "node_modules/@sigstore/core/dist/x509/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.X509SCTExtension = exports.X509Certificate = exports.EXTENSION_OID_SCT = void 0;
    var cert_1 = require_cert();
    Object.defineProperty(exports, "EXTENSION_OID_SCT", { enumerable: true, get: function() {
      return cert_1.EXTENSION_OID_SCT;
    } });
    Object.defineProperty(exports, "X509Certificate", { enumerable: true, get: function() {
      return cert_1.X509Certificate;
    } });
    var ext_1 = require_ext();
    Object.defineProperty(exports, "X509SCTExtension", { enumerable: true, get: function() {
      return ext_1.X509SCTExtension;
    } });
  }
});

// node_modules/@sigstore/core/dist/index.js
var require_dist3 = __commonJS({
  "node_modules/@sigstore/core/dist/index.js"(exports) {
    "use strict";
    var __createBinding = exports && exports.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m[k];
        } };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __setModuleDefault = exports && exports.__setModuleDefault || (Object.create ? (function(o, v) {
      Object.defineProperty(o, "default", { enumerable: true, value: v });
    }) : function(o, v) {
      o["default"] = v;
    });
    var __importStar = exports && exports.__importStar || /* @__PURE__ */ (function() {
      var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function(o2) {
          var ar = [];
          for (var k in o2) if (Object.prototype.hasOwnProperty.call(o2, k)) ar[ar.length] = k;
          return ar;
        };
        return ownKeys(o);
      };
      return function(mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) {
          for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        }
        __setModuleDefault(result, mod);
        return result;
      };
    })();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.X509SCTExtension = exports.X509Certificate = exports.EXTENSION_OID_SCT = exports.ByteStream = exports.RFC3161Timestamp = exports.pem = exports.json = exports.encoding = exports.dsse = exports.crypto = exports.ASN1Obj = void 0;
    var asn1_1 = require_asn1();
    Object.defineProperty(exports, "ASN1Obj", { enumerable: true, get: function() {
      return asn1_1.ASN1Obj;
    } });
    exports.crypto = __importStar(require_crypto());
    exports.dsse = __importStar(require_dsse());
    exports.encoding = __importStar(require_encoding());
    exports.json = __importStar(require_json());
    exports.pem = __importStar(require_pem());
    var rfc3161_1 = require_rfc3161();
    Object.defineProperty(exports, "RFC3161Timestamp", { enumerable: true, get: function() {
      return rfc3161_1.RFC3161Timestamp;
    } });
    var stream_1 = require_stream();
    Object.defineProperty(exports, "ByteStream", { enumerable: true, get: function() {
      return stream_1.ByteStream;
    } });
    var x509_1 = require_x509();
    Object.defineProperty(exports, "EXTENSION_OID_SCT", { enumerable: true, get: function() {
      return x509_1.EXTENSION_OID_SCT;
    } });
    Object.defineProperty(exports, "X509Certificate", { enumerable: true, get: function() {
      return x509_1.X509Certificate;
    } });
    Object.defineProperty(exports, "X509SCTExtension", { enumerable: true, get: function() {
      return x509_1.X509SCTExtension;
    } });
  }
});

// node_modules/@sigstore/verify/dist/bundle/dsse.js
var require_dsse2 = __commonJS({
  "node_modules/@sigstore/verify/dist/bundle/dsse.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.DSSESignatureContent = void 0;
    var core_1 = require_dist3();
    var DSSESignatureContent = class {
      env;
      constructor(env) {
        this.env = env;
      }
      compareDigest(digest) {
        return core_1.crypto.bufferEqual(digest, core_1.crypto.digest("sha256", this.env.payload));
      }
      compareSignature(signature) {
        return core_1.crypto.bufferEqual(signature, this.signature);
      }
      verifySignature(key) {
        return core_1.crypto.verify(this.preAuthEncoding, key, this.signature);
      }
      get signature() {
        return this.env.signatures.length > 0 ? this.env.signatures[0].sig : Buffer.from("");
      }
      // DSSE Pre-Authentication Encoding
      get preAuthEncoding() {
        return core_1.dsse.preAuthEncoding(this.env.payloadType, this.env.payload);
      }
    };
    exports.DSSESignatureContent = DSSESignatureContent;
  }
});

// node_modules/@sigstore/verify/dist/bundle/message.js
var require_message = __commonJS({
  "node_modules/@sigstore/verify/dist/bundle/message.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.MessageSignatureContent = void 0;
    var core_1 = require_dist3();
    var protobuf_specs_1 = require_dist();
    var HASH_ALGORITHM_MAP = {
      [protobuf_specs_1.HashAlgorithm.HASH_ALGORITHM_UNSPECIFIED]: "sha256",
      [protobuf_specs_1.HashAlgorithm.SHA2_256]: "sha256",
      [protobuf_specs_1.HashAlgorithm.SHA2_384]: "sha384",
      [protobuf_specs_1.HashAlgorithm.SHA2_512]: "sha512",
      [protobuf_specs_1.HashAlgorithm.SHA3_256]: "sha3-256",
      [protobuf_specs_1.HashAlgorithm.SHA3_384]: "sha3-384"
    };
    var MessageSignatureContent = class {
      signature;
      messageDigest;
      artifact;
      hashAlgorithm;
      constructor(messageSignature, artifact) {
        this.signature = messageSignature.signature;
        this.messageDigest = messageSignature.messageDigest.digest;
        this.artifact = artifact;
        this.hashAlgorithm = HASH_ALGORITHM_MAP[messageSignature.messageDigest.algorithm] ?? /* istanbul ignore next */
        "sha256";
      }
      compareSignature(signature) {
        return core_1.crypto.bufferEqual(signature, this.signature);
      }
      compareDigest(digest) {
        return core_1.crypto.bufferEqual(digest, this.messageDigest);
      }
      verifySignature(key) {
        return core_1.crypto.verify(this.artifact, key, this.signature, this.hashAlgorithm);
      }
    };
    exports.MessageSignatureContent = MessageSignatureContent;
  }
});

// node_modules/@sigstore/verify/dist/bundle/index.js
var require_bundle2 = __commonJS({
  "node_modules/@sigstore/verify/dist/bundle/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.toSignedEntity = toSignedEntity2;
    exports.signatureContent = signatureContent;
    var core_1 = require_dist3();
    var dsse_1 = require_dsse2();
    var message_1 = require_message();
    function toSignedEntity2(bundle, artifact) {
      const { tlogEntries, timestampVerificationData } = bundle.verificationMaterial;
      const timestamps = [];
      for (const entry of tlogEntries) {
        if (entry.integratedTime && entry.integratedTime !== "0") {
          timestamps.push({
            $case: "transparency-log",
            tlogEntry: entry
          });
        }
      }
      for (const ts of timestampVerificationData?.rfc3161Timestamps ?? []) {
        timestamps.push({
          $case: "timestamp-authority",
          timestamp: core_1.RFC3161Timestamp.parse(Buffer.from(ts.signedTimestamp))
        });
      }
      return {
        signature: signatureContent(bundle, artifact),
        key: key(bundle),
        tlogEntries,
        timestamps
      };
    }
    function signatureContent(bundle, artifact) {
      switch (bundle.content.$case) {
        case "dsseEnvelope":
          return new dsse_1.DSSESignatureContent(bundle.content.dsseEnvelope);
        case "messageSignature":
          return new message_1.MessageSignatureContent(bundle.content.messageSignature, artifact);
      }
    }
    function key(bundle) {
      switch (bundle.verificationMaterial.content.$case) {
        case "publicKey":
          return {
            $case: "public-key",
            hint: bundle.verificationMaterial.content.publicKey.hint
          };
        case "x509CertificateChain":
          return {
            $case: "certificate",
            certificate: core_1.X509Certificate.parse(Buffer.from(bundle.verificationMaterial.content.x509CertificateChain.certificates[0].rawBytes))
          };
        case "certificate":
          return {
            $case: "certificate",
            certificate: core_1.X509Certificate.parse(Buffer.from(bundle.verificationMaterial.content.certificate.rawBytes))
          };
      }
    }
  }
});

// node_modules/@sigstore/verify/dist/error.js
var require_error4 = __commonJS({
  "node_modules/@sigstore/verify/dist/error.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.PolicyError = exports.VerificationError = void 0;
    var BaseError = class extends Error {
      code;
      cause;
      /* eslint-disable-line @typescript-eslint/no-explicit-any */
      constructor({ code, message, cause }) {
        super(message);
        this.code = code;
        this.cause = cause;
        this.name = this.constructor.name;
      }
    };
    var VerificationError2 = class extends BaseError {
    };
    exports.VerificationError = VerificationError2;
    var PolicyError2 = class extends BaseError {
    };
    exports.PolicyError = PolicyError2;
  }
});

// node_modules/@sigstore/verify/dist/trust/filter.js
var require_filter = __commonJS({
  "node_modules/@sigstore/verify/dist/trust/filter.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.filterCertAuthorities = filterCertAuthorities;
    exports.filterTLogAuthorities = filterTLogAuthorities;
    function filterCertAuthorities(certAuthorities, timestamp) {
      return certAuthorities.filter((ca) => {
        return ca.validFor.start <= timestamp && ca.validFor.end >= timestamp;
      });
    }
    function filterTLogAuthorities(tlogAuthorities, criteria) {
      return tlogAuthorities.filter((tlog) => {
        if (criteria.logID && !tlog.logID.equals(criteria.logID)) {
          return false;
        }
        return tlog.validFor.start <= criteria.targetDate && criteria.targetDate <= tlog.validFor.end;
      });
    }
  }
});

// node_modules/@sigstore/verify/dist/trust/index.js
var require_trust = __commonJS({
  "node_modules/@sigstore/verify/dist/trust/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.filterTLogAuthorities = exports.filterCertAuthorities = void 0;
    exports.toTrustMaterial = toTrustMaterial2;
    var core_1 = require_dist3();
    var protobuf_specs_1 = require_dist();
    var error_1 = require_error4();
    var BEGINNING_OF_TIME = /* @__PURE__ */ new Date(0);
    var END_OF_TIME = /* @__PURE__ */ new Date(864e13);
    var filter_1 = require_filter();
    Object.defineProperty(exports, "filterCertAuthorities", { enumerable: true, get: function() {
      return filter_1.filterCertAuthorities;
    } });
    Object.defineProperty(exports, "filterTLogAuthorities", { enumerable: true, get: function() {
      return filter_1.filterTLogAuthorities;
    } });
    function toTrustMaterial2(root, keys) {
      const keyFinder = typeof keys === "function" ? keys : keyLocator(keys);
      return {
        certificateAuthorities: root.certificateAuthorities.map(createCertAuthority),
        timestampAuthorities: root.timestampAuthorities.map(createCertAuthority),
        tlogs: root.tlogs.map(createTLogAuthority),
        ctlogs: root.ctlogs.map(createTLogAuthority),
        publicKey: keyFinder
      };
    }
    function createTLogAuthority(tlogInstance) {
      const keyDetails = tlogInstance.publicKey.keyDetails;
      const keyType = keyDetails === protobuf_specs_1.PublicKeyDetails.PKCS1_RSA_PKCS1V5 || keyDetails === protobuf_specs_1.PublicKeyDetails.PKIX_RSA_PKCS1V5 || keyDetails === protobuf_specs_1.PublicKeyDetails.PKIX_RSA_PKCS1V15_2048_SHA256 || keyDetails === protobuf_specs_1.PublicKeyDetails.PKIX_RSA_PKCS1V15_3072_SHA256 || keyDetails === protobuf_specs_1.PublicKeyDetails.PKIX_RSA_PKCS1V15_4096_SHA256 ? "pkcs1" : "spki";
      return {
        baseURL: tlogInstance.baseUrl,
        logID: tlogInstance.checkpointKeyId ? tlogInstance.checkpointKeyId.keyId : tlogInstance.logId.keyId,
        publicKey: core_1.crypto.createPublicKey(tlogInstance.publicKey.rawBytes, keyType),
        validFor: {
          start: tlogInstance.publicKey.validFor?.start || BEGINNING_OF_TIME,
          end: tlogInstance.publicKey.validFor?.end || END_OF_TIME
        }
      };
    }
    function createCertAuthority(ca) {
      return {
        certChain: ca.certChain.certificates.map((cert) => {
          return core_1.X509Certificate.parse(Buffer.from(cert.rawBytes));
        }),
        validFor: {
          start: ca.validFor?.start || BEGINNING_OF_TIME,
          end: ca.validFor?.end || END_OF_TIME
        }
      };
    }
    function keyLocator(keys) {
      return (hint) => {
        const key = (keys || {})[hint];
        if (!key) {
          throw new error_1.VerificationError({
            code: "PUBLIC_KEY_ERROR",
            message: `key not found: ${hint}`
          });
        }
        return {
          publicKey: core_1.crypto.createPublicKey(key.rawBytes),
          validFor: (date) => {
            return (key.validFor?.start || BEGINNING_OF_TIME) <= date && (key.validFor?.end || END_OF_TIME) >= date;
          }
        };
      };
    }
  }
});

// node_modules/@sigstore/verify/dist/key/certificate.js
var require_certificate = __commonJS({
  "node_modules/@sigstore/verify/dist/key/certificate.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.CertificateChainVerifier = void 0;
    exports.verifyCertificateChain = verifyCertificateChain;
    var error_1 = require_error4();
    var trust_1 = require_trust();
    function verifyCertificateChain(timestamp, leaf, certificateAuthorities) {
      const cas = (0, trust_1.filterCertAuthorities)(certificateAuthorities, timestamp);
      let error;
      for (const ca of cas) {
        try {
          const verifier = new CertificateChainVerifier({
            trustedCerts: ca.certChain,
            untrustedCert: leaf,
            timestamp
          });
          return verifier.verify();
        } catch (err) {
          error = err;
        }
      }
      throw new error_1.VerificationError({
        code: "CERTIFICATE_ERROR",
        message: "Failed to verify certificate chain",
        cause: error
      });
    }
    var CertificateChainVerifier = class {
      untrustedCert;
      trustedCerts;
      localCerts;
      timestamp;
      constructor(opts) {
        this.untrustedCert = opts.untrustedCert;
        this.trustedCerts = opts.trustedCerts;
        this.localCerts = dedupeCertificates([
          ...opts.trustedCerts,
          opts.untrustedCert
        ]);
        this.timestamp = opts.timestamp;
      }
      verify() {
        const certificatePath = this.sort();
        this.checkPath(certificatePath);
        const validForDate = certificatePath.every((cert) => cert.validForDate(this.timestamp));
        if (!validForDate) {
          throw new error_1.VerificationError({
            code: "CERTIFICATE_ERROR",
            message: "certificate is not valid or expired at the specified date"
          });
        }
        return certificatePath;
      }
      sort() {
        const leafCert = this.untrustedCert;
        let paths = this.buildPaths(leafCert);
        paths = paths.filter((path2) => path2.some((cert) => this.trustedCerts.includes(cert)));
        if (paths.length === 0) {
          throw new error_1.VerificationError({
            code: "CERTIFICATE_ERROR",
            message: "no trusted certificate path found"
          });
        }
        const path = paths.reduce((prev, curr) => prev.length < curr.length ? prev : curr);
        return [leafCert, ...path].slice(0, -1);
      }
      // Recursively build all possible paths from the leaf to the root
      buildPaths(certificate) {
        const paths = [];
        const issuers = this.findIssuer(certificate);
        if (issuers.length === 0) {
          throw new error_1.VerificationError({
            code: "CERTIFICATE_ERROR",
            message: "no valid certificate path found"
          });
        }
        for (let i = 0; i < issuers.length; i++) {
          const issuer = issuers[i];
          if (issuer.equals(certificate)) {
            paths.push([certificate]);
            continue;
          }
          const subPaths = this.buildPaths(issuer);
          for (let j = 0; j < subPaths.length; j++) {
            paths.push([issuer, ...subPaths[j]]);
          }
        }
        return paths;
      }
      // Return all possible issuers for the given certificate
      findIssuer(certificate) {
        let issuers = [];
        let keyIdentifier;
        if (certificate.subject.equals(certificate.issuer)) {
          if (certificate.verify()) {
            return [certificate];
          }
        }
        if (certificate.extAuthorityKeyID) {
          keyIdentifier = certificate.extAuthorityKeyID.keyIdentifier;
        }
        this.localCerts.forEach((possibleIssuer) => {
          if (keyIdentifier) {
            if (possibleIssuer.extSubjectKeyID) {
              if (possibleIssuer.extSubjectKeyID.keyIdentifier.equals(keyIdentifier)) {
                issuers.push(possibleIssuer);
              }
              return;
            }
          }
          if (possibleIssuer.subject.equals(certificate.issuer)) {
            issuers.push(possibleIssuer);
          }
        });
        issuers = issuers.filter((issuer) => {
          try {
            return certificate.verify(issuer);
          } catch (ex) {
            return false;
          }
        });
        return issuers;
      }
      checkPath(path) {
        if (path.length < 1) {
          throw new error_1.VerificationError({
            code: "CERTIFICATE_ERROR",
            message: "certificate chain must contain at least one certificate"
          });
        }
        const validCAs = path.slice(1).every((cert) => cert.isCA);
        if (!validCAs) {
          throw new error_1.VerificationError({
            code: "CERTIFICATE_ERROR",
            message: "intermediate certificate is not a CA"
          });
        }
        for (let i = path.length - 2; i >= 0; i--) {
          if (!path[i].issuer.equals(path[i + 1].subject)) {
            throw new error_1.VerificationError({
              code: "CERTIFICATE_ERROR",
              message: "incorrect certificate name chaining"
            });
          }
        }
        for (let i = 0; i < path.length; i++) {
          const cert = path[i];
          if (cert.extBasicConstraints?.isCA) {
            const pathLength = cert.extBasicConstraints.pathLenConstraint;
            if (pathLength !== void 0 && pathLength < i - 1) {
              throw new error_1.VerificationError({
                code: "CERTIFICATE_ERROR",
                message: "path length constraint exceeded"
              });
            }
          }
        }
      }
    };
    exports.CertificateChainVerifier = CertificateChainVerifier;
    function dedupeCertificates(certs) {
      for (let i = 0; i < certs.length; i++) {
        for (let j = i + 1; j < certs.length; j++) {
          if (certs[i].equals(certs[j])) {
            certs.splice(j, 1);
            j--;
          }
        }
      }
      return certs;
    }
  }
});

// node_modules/@sigstore/verify/dist/key/sct.js
var require_sct2 = __commonJS({
  "node_modules/@sigstore/verify/dist/key/sct.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.verifySCTs = verifySCTs;
    var core_1 = require_dist3();
    var error_1 = require_error4();
    var trust_1 = require_trust();
    function verifySCTs(cert, issuer, ctlogs) {
      let extSCT;
      const clone = cert.clone();
      for (let i = 0; i < clone.extensions.length; i++) {
        const ext = clone.extensions[i];
        if (ext.subs[0].toOID() === core_1.EXTENSION_OID_SCT) {
          extSCT = new core_1.X509SCTExtension(ext);
          clone.extensions.splice(i, 1);
          break;
        }
      }
      if (!extSCT) {
        return [];
      }
      if (extSCT.signedCertificateTimestamps.length === 0) {
        return [];
      }
      const preCert = new core_1.ByteStream();
      const issuerId = core_1.crypto.digest("sha256", issuer.publicKey);
      preCert.appendView(issuerId);
      const tbs = clone.tbsCertificate.toDER();
      preCert.appendUint24(tbs.length);
      preCert.appendView(tbs);
      return extSCT.signedCertificateTimestamps.map((sct) => {
        const validCTLogs = (0, trust_1.filterTLogAuthorities)(ctlogs, {
          logID: sct.logID,
          targetDate: sct.datetime
        });
        const verified = validCTLogs.some((log) => sct.verify(preCert.buffer, log.publicKey));
        if (!verified) {
          throw new error_1.VerificationError({
            code: "CERTIFICATE_ERROR",
            message: "SCT verification failed"
          });
        }
        return sct.logID;
      });
    }
  }
});

// node_modules/@sigstore/verify/dist/key/index.js
var require_key = __commonJS({
  "node_modules/@sigstore/verify/dist/key/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.verifyPublicKey = verifyPublicKey;
    exports.verifyCertificate = verifyCertificate;
    var core_1 = require_dist3();
    var error_1 = require_error4();
    var certificate_1 = require_certificate();
    var sct_1 = require_sct2();
    var OID_FULCIO_ISSUER_V1 = "1.3.6.1.4.1.57264.1.1";
    var OID_FULCIO_ISSUER_V2 = "1.3.6.1.4.1.57264.1.8";
    function verifyPublicKey(hint, timestamps, trustMaterial) {
      const key = trustMaterial.publicKey(hint);
      timestamps.forEach((timestamp) => {
        if (!key.validFor(timestamp)) {
          throw new error_1.VerificationError({
            code: "PUBLIC_KEY_ERROR",
            message: `Public key is not valid for timestamp: ${timestamp.toISOString()}`
          });
        }
      });
      return { key: key.publicKey };
    }
    function verifyCertificate(leaf, timestamps, trustMaterial) {
      let path = [];
      timestamps.forEach((timestamp) => {
        path = (0, certificate_1.verifyCertificateChain)(timestamp, leaf, trustMaterial.certificateAuthorities);
      });
      return {
        scts: (0, sct_1.verifySCTs)(path[0], path[1], trustMaterial.ctlogs),
        signer: getSigner(path[0])
      };
    }
    function getSigner(cert) {
      let issuer;
      const issuerExtension = cert.extension(OID_FULCIO_ISSUER_V2);
      if (issuerExtension) {
        issuer = issuerExtension.valueObj.subs?.[0]?.value.toString("ascii");
      } else {
        issuer = cert.extension(OID_FULCIO_ISSUER_V1)?.value.toString("ascii");
      }
      const oids = cert.extensions.map((ext) => {
        const oid = ext.subs[0].toOID();
        return {
          oid: { id: oid.split(".").map(Number) },
          value: ext.subs[ext.subs.length - 1].value
        };
      });
      const identity = {
        extensions: { issuer },
        subjectAlternativeName: cert.subjectAltName,
        oids
      };
      return {
        key: core_1.crypto.createPublicKey(cert.publicKey),
        identity
      };
    }
  }
});

// node_modules/@sigstore/verify/dist/policy.js
var require_policy = __commonJS({
  "node_modules/@sigstore/verify/dist/policy.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.verifySubjectAlternativeName = verifySubjectAlternativeName;
    exports.verifyExtensions = verifyExtensions;
    exports.verifyOIDs = verifyOIDs;
    var error_1 = require_error4();
    function verifySubjectAlternativeName(policyIdentity, signerIdentity) {
      if (signerIdentity === void 0 || !signerIdentity.match(policyIdentity)) {
        throw new error_1.PolicyError({
          code: "UNTRUSTED_SIGNER_ERROR",
          message: `certificate identity error - expected ${policyIdentity}, got ${signerIdentity}`
        });
      }
    }
    function verifyExtensions(policyExtensions, signerExtensions = {}) {
      let key;
      for (key in policyExtensions) {
        if (signerExtensions[key] !== policyExtensions[key]) {
          throw new error_1.PolicyError({
            code: "UNTRUSTED_SIGNER_ERROR",
            message: `invalid certificate extension - expected ${key}=${policyExtensions[key]}, got ${key}=${signerExtensions[key]}`
          });
        }
      }
    }
    function verifyOIDs(policyOIDs, signerOIDs = []) {
      for (const policyOID of policyOIDs) {
        const match = signerOIDs.find((signerOID) => oidEquals(policyOID.oid?.id, signerOID.oid?.id) && policyOID.value.equals(signerOID.value));
        if (!match) {
          const oid = policyOID.oid?.id.join(".") ?? "<unknown>";
          throw new error_1.PolicyError({
            code: "UNTRUSTED_SIGNER_ERROR",
            message: `invalid certificate extension - missing OID ${oid}`
          });
        }
      }
    }
    function oidEquals(a, b) {
      if (a === void 0 || b === void 0) {
        return false;
      }
      return a.length === b.length && a.every((v, i) => v === b[i]);
    }
  }
});

// node_modules/@sigstore/verify/dist/timestamp/tsa.js
var require_tsa = __commonJS({
  "node_modules/@sigstore/verify/dist/timestamp/tsa.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.verifyRFC3161Timestamp = verifyRFC3161Timestamp;
    var core_1 = require_dist3();
    var error_1 = require_error4();
    var certificate_1 = require_certificate();
    var trust_1 = require_trust();
    function verifyRFC3161Timestamp(timestamp, data, timestampAuthorities) {
      const signingTime = timestamp.signingTime;
      timestampAuthorities = (0, trust_1.filterCertAuthorities)(timestampAuthorities, signingTime);
      timestampAuthorities = filterCAsBySerialAndIssuer(timestampAuthorities, {
        serialNumber: timestamp.signerSerialNumber,
        issuer: timestamp.signerIssuer
      });
      const verified = timestampAuthorities.some((ca) => {
        try {
          verifyTimestampForCA(timestamp, data, ca);
          return true;
        } catch (e) {
          return false;
        }
      });
      if (!verified) {
        throw new error_1.VerificationError({
          code: "TIMESTAMP_ERROR",
          message: "timestamp could not be verified"
        });
      }
    }
    function verifyTimestampForCA(timestamp, data, ca) {
      const [leaf, ...cas] = ca.certChain;
      const signingKey = core_1.crypto.createPublicKey(leaf.publicKey);
      const signingTime = timestamp.signingTime;
      try {
        new certificate_1.CertificateChainVerifier({
          untrustedCert: leaf,
          trustedCerts: cas,
          timestamp: signingTime
        }).verify();
      } catch (e) {
        throw new error_1.VerificationError({
          code: "TIMESTAMP_ERROR",
          message: "invalid certificate chain"
        });
      }
      timestamp.verify(data, signingKey);
    }
    function filterCAsBySerialAndIssuer(timestampAuthorities, criteria) {
      return timestampAuthorities.filter((ca) => ca.certChain.length > 0 && core_1.crypto.bufferEqual(ca.certChain[0].serialNumber, criteria.serialNumber) && core_1.crypto.bufferEqual(ca.certChain[0].issuer, criteria.issuer));
    }
  }
});

// node_modules/@sigstore/verify/dist/timestamp/index.js
var require_timestamp3 = __commonJS({
  "node_modules/@sigstore/verify/dist/timestamp/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getTSATimestamp = getTSATimestamp;
    exports.getTLogTimestamp = getTLogTimestamp;
    var tsa_1 = require_tsa();
    function getTSATimestamp(timestamp, data, timestampAuthorities) {
      (0, tsa_1.verifyRFC3161Timestamp)(timestamp, data, timestampAuthorities);
      return {
        type: "timestamp-authority",
        logID: timestamp.signerSerialNumber,
        timestamp: timestamp.signingTime
      };
    }
    function getTLogTimestamp(entry) {
      if (!entry.inclusionPromise) {
        return void 0;
      }
      return {
        type: "transparency-log",
        logID: entry.logId.keyId,
        timestamp: new Date(Number(entry.integratedTime) * 1e3)
      };
    }
  }
});

// node_modules/@sigstore/protobuf-specs/dist/__generated__/rekor/v2/verifier.js
var require_verifier = __commonJS({
  "node_modules/@sigstore/protobuf-specs/dist/__generated__/rekor/v2/verifier.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Signature = exports.Verifier = exports.PublicKey = void 0;
    var sigstore_common_1 = require_sigstore_common();
    exports.PublicKey = {
      fromJSON(object) {
        return { rawBytes: isSet(object.rawBytes) ? Buffer.from(bytesFromBase64(object.rawBytes)) : Buffer.alloc(0) };
      },
      toJSON(message) {
        const obj3 = {};
        if (message.rawBytes.length !== 0) {
          obj3.rawBytes = base64FromBytes(message.rawBytes);
        }
        return obj3;
      }
    };
    exports.Verifier = {
      fromJSON(object) {
        return {
          verifier: isSet(object.publicKey) ? { $case: "publicKey", publicKey: exports.PublicKey.fromJSON(object.publicKey) } : isSet(object.x509Certificate) ? { $case: "x509Certificate", x509Certificate: sigstore_common_1.X509Certificate.fromJSON(object.x509Certificate) } : void 0,
          keyDetails: isSet(object.keyDetails) ? (0, sigstore_common_1.publicKeyDetailsFromJSON)(object.keyDetails) : 0
        };
      },
      toJSON(message) {
        const obj3 = {};
        if (message.verifier?.$case === "publicKey") {
          obj3.publicKey = exports.PublicKey.toJSON(message.verifier.publicKey);
        } else if (message.verifier?.$case === "x509Certificate") {
          obj3.x509Certificate = sigstore_common_1.X509Certificate.toJSON(message.verifier.x509Certificate);
        }
        if (message.keyDetails !== 0) {
          obj3.keyDetails = (0, sigstore_common_1.publicKeyDetailsToJSON)(message.keyDetails);
        }
        return obj3;
      }
    };
    exports.Signature = {
      fromJSON(object) {
        return {
          content: isSet(object.content) ? Buffer.from(bytesFromBase64(object.content)) : Buffer.alloc(0),
          verifier: isSet(object.verifier) ? exports.Verifier.fromJSON(object.verifier) : void 0
        };
      },
      toJSON(message) {
        const obj3 = {};
        if (message.content.length !== 0) {
          obj3.content = base64FromBytes(message.content);
        }
        if (message.verifier !== void 0) {
          obj3.verifier = exports.Verifier.toJSON(message.verifier);
        }
        return obj3;
      }
    };
    function bytesFromBase64(b64) {
      return Uint8Array.from(globalThis.Buffer.from(b64, "base64"));
    }
    function base64FromBytes(arr) {
      return globalThis.Buffer.from(arr).toString("base64");
    }
    function isSet(value) {
      return value !== null && value !== void 0;
    }
  }
});

// node_modules/@sigstore/protobuf-specs/dist/__generated__/rekor/v2/dsse.js
var require_dsse3 = __commonJS({
  "node_modules/@sigstore/protobuf-specs/dist/__generated__/rekor/v2/dsse.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.DSSELogEntryV002 = exports.DSSERequestV002 = void 0;
    var envelope_1 = require_envelope();
    var sigstore_common_1 = require_sigstore_common();
    var verifier_1 = require_verifier();
    exports.DSSERequestV002 = {
      fromJSON(object) {
        return {
          envelope: isSet(object.envelope) ? envelope_1.Envelope.fromJSON(object.envelope) : void 0,
          verifiers: globalThis.Array.isArray(object?.verifiers) ? object.verifiers.map((e) => verifier_1.Verifier.fromJSON(e)) : []
        };
      },
      toJSON(message) {
        const obj3 = {};
        if (message.envelope !== void 0) {
          obj3.envelope = envelope_1.Envelope.toJSON(message.envelope);
        }
        if (message.verifiers?.length) {
          obj3.verifiers = message.verifiers.map((e) => verifier_1.Verifier.toJSON(e));
        }
        return obj3;
      }
    };
    exports.DSSELogEntryV002 = {
      fromJSON(object) {
        return {
          payloadHash: isSet(object.payloadHash) ? sigstore_common_1.HashOutput.fromJSON(object.payloadHash) : void 0,
          signatures: globalThis.Array.isArray(object?.signatures) ? object.signatures.map((e) => verifier_1.Signature.fromJSON(e)) : []
        };
      },
      toJSON(message) {
        const obj3 = {};
        if (message.payloadHash !== void 0) {
          obj3.payloadHash = sigstore_common_1.HashOutput.toJSON(message.payloadHash);
        }
        if (message.signatures?.length) {
          obj3.signatures = message.signatures.map((e) => verifier_1.Signature.toJSON(e));
        }
        return obj3;
      }
    };
    function isSet(value) {
      return value !== null && value !== void 0;
    }
  }
});

// node_modules/@sigstore/protobuf-specs/dist/__generated__/rekor/v2/hashedrekord.js
var require_hashedrekord = __commonJS({
  "node_modules/@sigstore/protobuf-specs/dist/__generated__/rekor/v2/hashedrekord.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.HashedRekordLogEntryV002 = exports.HashedRekordRequestV002 = void 0;
    var sigstore_common_1 = require_sigstore_common();
    var verifier_1 = require_verifier();
    exports.HashedRekordRequestV002 = {
      fromJSON(object) {
        return {
          digest: isSet(object.digest) ? Buffer.from(bytesFromBase64(object.digest)) : Buffer.alloc(0),
          signature: isSet(object.signature) ? verifier_1.Signature.fromJSON(object.signature) : void 0
        };
      },
      toJSON(message) {
        const obj3 = {};
        if (message.digest.length !== 0) {
          obj3.digest = base64FromBytes(message.digest);
        }
        if (message.signature !== void 0) {
          obj3.signature = verifier_1.Signature.toJSON(message.signature);
        }
        return obj3;
      }
    };
    exports.HashedRekordLogEntryV002 = {
      fromJSON(object) {
        return {
          data: isSet(object.data) ? sigstore_common_1.HashOutput.fromJSON(object.data) : void 0,
          signature: isSet(object.signature) ? verifier_1.Signature.fromJSON(object.signature) : void 0
        };
      },
      toJSON(message) {
        const obj3 = {};
        if (message.data !== void 0) {
          obj3.data = sigstore_common_1.HashOutput.toJSON(message.data);
        }
        if (message.signature !== void 0) {
          obj3.signature = verifier_1.Signature.toJSON(message.signature);
        }
        return obj3;
      }
    };
    function bytesFromBase64(b64) {
      return Uint8Array.from(globalThis.Buffer.from(b64, "base64"));
    }
    function base64FromBytes(arr) {
      return globalThis.Buffer.from(arr).toString("base64");
    }
    function isSet(value) {
      return value !== null && value !== void 0;
    }
  }
});

// node_modules/@sigstore/protobuf-specs/dist/__generated__/rekor/v2/entry.js
var require_entry = __commonJS({
  "node_modules/@sigstore/protobuf-specs/dist/__generated__/rekor/v2/entry.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.CreateEntryRequest = exports.Spec = exports.Entry = void 0;
    var dsse_1 = require_dsse3();
    var hashedrekord_1 = require_hashedrekord();
    exports.Entry = {
      fromJSON(object) {
        return {
          kind: isSet(object.kind) ? globalThis.String(object.kind) : "",
          apiVersion: isSet(object.apiVersion) ? globalThis.String(object.apiVersion) : "",
          spec: isSet(object.spec) ? exports.Spec.fromJSON(object.spec) : void 0
        };
      },
      toJSON(message) {
        const obj3 = {};
        if (message.kind !== "") {
          obj3.kind = message.kind;
        }
        if (message.apiVersion !== "") {
          obj3.apiVersion = message.apiVersion;
        }
        if (message.spec !== void 0) {
          obj3.spec = exports.Spec.toJSON(message.spec);
        }
        return obj3;
      }
    };
    exports.Spec = {
      fromJSON(object) {
        return {
          spec: isSet(object.hashedRekordV002) ? { $case: "hashedRekordV002", hashedRekordV002: hashedrekord_1.HashedRekordLogEntryV002.fromJSON(object.hashedRekordV002) } : isSet(object.dsseV002) ? { $case: "dsseV002", dsseV002: dsse_1.DSSELogEntryV002.fromJSON(object.dsseV002) } : void 0
        };
      },
      toJSON(message) {
        const obj3 = {};
        if (message.spec?.$case === "hashedRekordV002") {
          obj3.hashedRekordV002 = hashedrekord_1.HashedRekordLogEntryV002.toJSON(message.spec.hashedRekordV002);
        } else if (message.spec?.$case === "dsseV002") {
          obj3.dsseV002 = dsse_1.DSSELogEntryV002.toJSON(message.spec.dsseV002);
        }
        return obj3;
      }
    };
    exports.CreateEntryRequest = {
      fromJSON(object) {
        return {
          spec: isSet(object.hashedRekordRequestV002) ? {
            $case: "hashedRekordRequestV002",
            hashedRekordRequestV002: hashedrekord_1.HashedRekordRequestV002.fromJSON(object.hashedRekordRequestV002)
          } : isSet(object.dsseRequestV002) ? { $case: "dsseRequestV002", dsseRequestV002: dsse_1.DSSERequestV002.fromJSON(object.dsseRequestV002) } : void 0
        };
      },
      toJSON(message) {
        const obj3 = {};
        if (message.spec?.$case === "hashedRekordRequestV002") {
          obj3.hashedRekordRequestV002 = hashedrekord_1.HashedRekordRequestV002.toJSON(message.spec.hashedRekordRequestV002);
        } else if (message.spec?.$case === "dsseRequestV002") {
          obj3.dsseRequestV002 = dsse_1.DSSERequestV002.toJSON(message.spec.dsseRequestV002);
        }
        return obj3;
      }
    };
    function isSet(value) {
      return value !== null && value !== void 0;
    }
  }
});

// node_modules/@sigstore/protobuf-specs/dist/rekor/v2/index.js
var require_v2 = __commonJS({
  "node_modules/@sigstore/protobuf-specs/dist/rekor/v2/index.js"(exports) {
    "use strict";
    var __createBinding = exports && exports.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m[k];
        } };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __exportStar = exports && exports.__exportStar || function(m, exports2) {
      for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports2, p)) __createBinding(exports2, m, p);
    };
    Object.defineProperty(exports, "__esModule", { value: true });
    __exportStar(require_dsse3(), exports);
    __exportStar(require_entry(), exports);
    __exportStar(require_hashedrekord(), exports);
    __exportStar(require_verifier(), exports);
  }
});

// node_modules/@sigstore/verify/dist/tlog/dsse.js
var require_dsse4 = __commonJS({
  "node_modules/@sigstore/verify/dist/tlog/dsse.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.DSSE_API_VERSION_V1 = void 0;
    exports.verifyDSSETLogBody = verifyDSSETLogBody;
    exports.verifyDSSETLogBodyV2 = verifyDSSETLogBodyV2;
    var error_1 = require_error4();
    exports.DSSE_API_VERSION_V1 = "0.0.1";
    function verifyDSSETLogBody(tlogEntry, content) {
      switch (tlogEntry.apiVersion) {
        case exports.DSSE_API_VERSION_V1:
          return verifyDSSE001TLogBody(tlogEntry, content);
        default:
          throw new error_1.VerificationError({
            code: "TLOG_BODY_ERROR",
            message: `unsupported dsse version: ${tlogEntry.apiVersion}`
          });
      }
    }
    function verifyDSSETLogBodyV2(tlogEntry, content) {
      const spec = tlogEntry.spec?.spec;
      if (!spec) {
        throw new error_1.VerificationError({
          code: "TLOG_BODY_ERROR",
          message: `missing dsse spec`
        });
      }
      switch (spec.$case) {
        case "dsseV002":
          return verifyDSSE002TLogBody(spec.dsseV002, content);
        default:
          throw new error_1.VerificationError({
            code: "TLOG_BODY_ERROR",
            message: `unsupported version: ${spec.$case}`
          });
      }
    }
    function verifyDSSE001TLogBody(tlogEntry, content) {
      if (tlogEntry.spec.signatures?.length !== 1) {
        throw new error_1.VerificationError({
          code: "TLOG_BODY_ERROR",
          message: "signature count mismatch"
        });
      }
      const tlogSig = tlogEntry.spec.signatures[0].signature;
      if (!content.compareSignature(Buffer.from(tlogSig, "base64")))
        throw new error_1.VerificationError({
          code: "TLOG_BODY_ERROR",
          message: "tlog entry signature mismatch"
        });
      const tlogHash = tlogEntry.spec.payloadHash?.value || "";
      if (!content.compareDigest(Buffer.from(tlogHash, "hex"))) {
        throw new error_1.VerificationError({
          code: "TLOG_BODY_ERROR",
          message: "DSSE payload hash mismatch"
        });
      }
    }
    function verifyDSSE002TLogBody(spec, content) {
      if (spec.signatures?.length !== 1) {
        throw new error_1.VerificationError({
          code: "TLOG_BODY_ERROR",
          message: "signature count mismatch"
        });
      }
      const tlogSig = spec.signatures[0].content;
      if (!content.compareSignature(tlogSig))
        throw new error_1.VerificationError({
          code: "TLOG_BODY_ERROR",
          message: "tlog entry signature mismatch"
        });
      const tlogHash = spec.payloadHash?.digest || Buffer.from("");
      if (!content.compareDigest(tlogHash)) {
        throw new error_1.VerificationError({
          code: "TLOG_BODY_ERROR",
          message: "DSSE payload hash mismatch"
        });
      }
    }
  }
});

// node_modules/@sigstore/verify/dist/tlog/hashedrekord.js
var require_hashedrekord2 = __commonJS({
  "node_modules/@sigstore/verify/dist/tlog/hashedrekord.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.HASHEDREKORD_API_VERSION_V1 = void 0;
    exports.verifyHashedRekordTLogBody = verifyHashedRekordTLogBody;
    exports.verifyHashedRekordTLogBodyV2 = verifyHashedRekordTLogBodyV2;
    var error_1 = require_error4();
    exports.HASHEDREKORD_API_VERSION_V1 = "0.0.1";
    function verifyHashedRekordTLogBody(tlogEntry, content) {
      switch (tlogEntry.apiVersion) {
        case exports.HASHEDREKORD_API_VERSION_V1:
          return verifyHashedrekord001TLogBody(tlogEntry, content);
        default:
          throw new error_1.VerificationError({
            code: "TLOG_BODY_ERROR",
            message: `unsupported hashedrekord version: ${tlogEntry.apiVersion}`
          });
      }
    }
    function verifyHashedRekordTLogBodyV2(tlogEntry, content) {
      const spec = tlogEntry.spec?.spec;
      if (!spec) {
        throw new error_1.VerificationError({
          code: "TLOG_BODY_ERROR",
          message: `missing dsse spec`
        });
      }
      switch (spec.$case) {
        case "hashedRekordV002":
          return verifyHashedrekord002TLogBody(spec.hashedRekordV002, content);
        default:
          throw new error_1.VerificationError({
            code: "TLOG_BODY_ERROR",
            message: `unsupported version: ${spec.$case}`
          });
      }
    }
    function verifyHashedrekord001TLogBody(tlogEntry, content) {
      const tlogSig = tlogEntry.spec.signature.content || "";
      if (!content.compareSignature(Buffer.from(tlogSig, "base64"))) {
        throw new error_1.VerificationError({
          code: "TLOG_BODY_ERROR",
          message: "signature mismatch"
        });
      }
      const tlogDigest = tlogEntry.spec.data.hash?.value || "";
      if (!content.compareDigest(Buffer.from(tlogDigest, "hex"))) {
        throw new error_1.VerificationError({
          code: "TLOG_BODY_ERROR",
          message: "digest mismatch"
        });
      }
    }
    function verifyHashedrekord002TLogBody(spec, content) {
      const tlogSig = spec.signature?.content || Buffer.from("");
      if (!content.compareSignature(tlogSig)) {
        throw new error_1.VerificationError({
          code: "TLOG_BODY_ERROR",
          message: "signature mismatch"
        });
      }
      const tlogHash = spec.data?.digest || Buffer.from("");
      if (!content.compareDigest(tlogHash)) {
        throw new error_1.VerificationError({
          code: "TLOG_BODY_ERROR",
          message: "digest mismatch"
        });
      }
    }
  }
});

// node_modules/@sigstore/verify/dist/tlog/intoto.js
var require_intoto = __commonJS({
  "node_modules/@sigstore/verify/dist/tlog/intoto.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.verifyIntotoTLogBody = verifyIntotoTLogBody;
    var error_1 = require_error4();
    function verifyIntotoTLogBody(tlogEntry, content) {
      switch (tlogEntry.apiVersion) {
        case "0.0.2":
          return verifyIntoto002TLogBody(tlogEntry, content);
        default:
          throw new error_1.VerificationError({
            code: "TLOG_BODY_ERROR",
            message: `unsupported intoto version: ${tlogEntry.apiVersion}`
          });
      }
    }
    function verifyIntoto002TLogBody(tlogEntry, content) {
      if (tlogEntry.spec.content.envelope.signatures?.length !== 1) {
        throw new error_1.VerificationError({
          code: "TLOG_BODY_ERROR",
          message: "signature count mismatch"
        });
      }
      const tlogSig = base64Decode(tlogEntry.spec.content.envelope.signatures[0].sig);
      if (!content.compareSignature(Buffer.from(tlogSig, "base64"))) {
        throw new error_1.VerificationError({
          code: "TLOG_BODY_ERROR",
          message: "tlog entry signature mismatch"
        });
      }
      const tlogHash = tlogEntry.spec.content.payloadHash?.value || "";
      if (!content.compareDigest(Buffer.from(tlogHash, "hex"))) {
        throw new error_1.VerificationError({
          code: "TLOG_BODY_ERROR",
          message: "DSSE payload hash mismatch"
        });
      }
    }
    function base64Decode(str) {
      return Buffer.from(str, "base64").toString("utf-8");
    }
  }
});

// node_modules/@sigstore/verify/dist/tlog/checkpoint.js
var require_checkpoint = __commonJS({
  "node_modules/@sigstore/verify/dist/tlog/checkpoint.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.LogCheckpoint = void 0;
    exports.verifyCheckpoint = verifyCheckpoint;
    var core_1 = require_dist3();
    var error_1 = require_error4();
    var CHECKPOINT_SEPARATOR = "\n\n";
    var SIGNATURE_REGEX = /\u2014 (\S+) (\S+)\n/g;
    function verifyCheckpoint(entry, tlogs) {
      const inclusionProof = entry.inclusionProof;
      const signedNote = SignedNote.fromString(inclusionProof.checkpoint.envelope);
      const checkpoint = LogCheckpoint.fromString(signedNote.note);
      if (!verifySignedNote(signedNote, tlogs)) {
        throw new error_1.VerificationError({
          code: "TLOG_INCLUSION_PROOF_ERROR",
          message: "invalid checkpoint signature"
        });
      }
      return checkpoint;
    }
    function verifySignedNote(signedNote, tlogs) {
      const data = Buffer.from(signedNote.note, "utf-8");
      return signedNote.signatures.some((signature) => {
        const tlog = tlogs.find(
          (tlog2) => core_1.crypto.bufferEqual(tlog2.logID.subarray(0, 4), signature.keyHint) && tlog2.baseURL.match(signature.name)
          // Match the name to the base URL of the tlog
        );
        if (!tlog) {
          return false;
        }
        return core_1.crypto.verify(data, tlog.publicKey, signature.signature);
      });
    }
    var SignedNote = class _SignedNote {
      note;
      signatures;
      constructor(note, signatures) {
        this.note = note;
        this.signatures = signatures;
      }
      // Deserialize a SignedNote from a string
      static fromString(envelope) {
        if (!envelope.includes(CHECKPOINT_SEPARATOR)) {
          throw new error_1.VerificationError({
            code: "TLOG_INCLUSION_PROOF_ERROR",
            message: "missing checkpoint separator"
          });
        }
        const split = envelope.indexOf(CHECKPOINT_SEPARATOR);
        const header = envelope.slice(0, split + 1);
        const data = envelope.slice(split + CHECKPOINT_SEPARATOR.length);
        const matches = data.matchAll(SIGNATURE_REGEX);
        const signatures = Array.from(matches, (match) => {
          const [, name, signature] = match;
          const sigBytes = Buffer.from(signature, "base64");
          if (sigBytes.length < 5) {
            throw new error_1.VerificationError({
              code: "TLOG_INCLUSION_PROOF_ERROR",
              message: "malformed checkpoint signature"
            });
          }
          return {
            name,
            keyHint: sigBytes.subarray(0, 4),
            signature: sigBytes.subarray(4)
          };
        });
        if (signatures.length === 0) {
          throw new error_1.VerificationError({
            code: "TLOG_INCLUSION_PROOF_ERROR",
            message: "no signatures found in checkpoint"
          });
        }
        return new _SignedNote(header, signatures);
      }
    };
    var LogCheckpoint = class _LogCheckpoint {
      origin;
      logSize;
      logHash;
      rest;
      constructor(origin, logSize, logHash, rest) {
        this.origin = origin;
        this.logSize = logSize;
        this.logHash = logHash;
        this.rest = rest;
      }
      static fromString(note) {
        const lines = note.trimEnd().split("\n");
        if (lines.length < 3) {
          throw new error_1.VerificationError({
            code: "TLOG_INCLUSION_PROOF_ERROR",
            message: "too few lines in checkpoint header"
          });
        }
        const origin = lines[0];
        const logSize = BigInt(lines[1]);
        const rootHash = Buffer.from(lines[2], "base64");
        const rest = lines.slice(3);
        return new _LogCheckpoint(origin, logSize, rootHash, rest);
      }
    };
    exports.LogCheckpoint = LogCheckpoint;
  }
});

// node_modules/@sigstore/verify/dist/tlog/merkle.js
var require_merkle = __commonJS({
  "node_modules/@sigstore/verify/dist/tlog/merkle.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.verifyMerkleInclusion = verifyMerkleInclusion;
    var core_1 = require_dist3();
    var error_1 = require_error4();
    var RFC6962_LEAF_HASH_PREFIX = Buffer.from([0]);
    var RFC6962_NODE_HASH_PREFIX = Buffer.from([1]);
    function verifyMerkleInclusion(entry, checkpoint) {
      const inclusionProof = entry.inclusionProof;
      const logIndex = BigInt(inclusionProof.logIndex);
      const treeSize = BigInt(checkpoint.logSize);
      if (logIndex < 0n || logIndex >= treeSize) {
        throw new error_1.VerificationError({
          code: "TLOG_INCLUSION_PROOF_ERROR",
          message: `invalid index: ${logIndex}`
        });
      }
      const { inner, border } = decompInclProof(logIndex, treeSize);
      if (inclusionProof.hashes.length !== inner + border) {
        throw new error_1.VerificationError({
          code: "TLOG_INCLUSION_PROOF_ERROR",
          message: "invalid hash count"
        });
      }
      const innerHashes = inclusionProof.hashes.slice(0, inner);
      const borderHashes = inclusionProof.hashes.slice(inner);
      const leafHash = hashLeaf(entry.canonicalizedBody);
      const calculatedHash = chainBorderRight(chainInner(leafHash, innerHashes, logIndex), borderHashes);
      if (!core_1.crypto.bufferEqual(calculatedHash, checkpoint.logHash)) {
        throw new error_1.VerificationError({
          code: "TLOG_INCLUSION_PROOF_ERROR",
          message: "calculated root hash does not match inclusion proof"
        });
      }
    }
    function decompInclProof(index, size) {
      const inner = innerProofSize(index, size);
      const border = onesCount(index >> BigInt(inner));
      return { inner, border };
    }
    function chainInner(seed, hashes, index) {
      return hashes.reduce((acc, h, i) => {
        if (index >> BigInt(i) & BigInt(1)) {
          return hashChildren(h, acc);
        } else {
          return hashChildren(acc, h);
        }
      }, seed);
    }
    function chainBorderRight(seed, hashes) {
      return hashes.reduce((acc, h) => hashChildren(h, acc), seed);
    }
    function innerProofSize(index, size) {
      return bitLength(index ^ size - BigInt(1));
    }
    function onesCount(num) {
      return num.toString(2).split("1").length - 1;
    }
    function bitLength(n) {
      if (n === 0n) {
        return 0;
      }
      return n.toString(2).length;
    }
    function hashChildren(left, right) {
      return core_1.crypto.digest("sha256", RFC6962_NODE_HASH_PREFIX, left, right);
    }
    function hashLeaf(leaf) {
      return core_1.crypto.digest("sha256", RFC6962_LEAF_HASH_PREFIX, leaf);
    }
  }
});

// node_modules/@sigstore/verify/dist/tlog/set.js
var require_set = __commonJS({
  "node_modules/@sigstore/verify/dist/tlog/set.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.verifyTLogSET = verifyTLogSET;
    var core_1 = require_dist3();
    var error_1 = require_error4();
    var trust_1 = require_trust();
    function verifyTLogSET(entry, tlogs) {
      const validTLogs = (0, trust_1.filterTLogAuthorities)(tlogs, {
        logID: entry.logId.keyId,
        targetDate: new Date(Number(entry.integratedTime) * 1e3)
      });
      const verified = validTLogs.some((tlog) => {
        const payload = toVerificationPayload(entry);
        const data = Buffer.from(core_1.json.canonicalize(payload), "utf8");
        const signature = entry.inclusionPromise.signedEntryTimestamp;
        return core_1.crypto.verify(data, tlog.publicKey, signature);
      });
      if (!verified) {
        throw new error_1.VerificationError({
          code: "TLOG_INCLUSION_PROMISE_ERROR",
          message: "inclusion promise could not be verified"
        });
      }
    }
    function toVerificationPayload(entry) {
      const { integratedTime, logIndex, logId, canonicalizedBody } = entry;
      return {
        body: canonicalizedBody.toString("base64"),
        integratedTime: Number(integratedTime),
        logIndex: Number(logIndex),
        logID: logId.keyId.toString("hex")
      };
    }
  }
});

// node_modules/@sigstore/verify/dist/tlog/index.js
var require_tlog = __commonJS({
  "node_modules/@sigstore/verify/dist/tlog/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.verifyTLogBody = verifyTLogBody;
    exports.verifyTLogInclusion = verifyTLogInclusion;
    var v2_1 = require_v2();
    var error_1 = require_error4();
    var dsse_1 = require_dsse4();
    var hashedrekord_1 = require_hashedrekord2();
    var intoto_1 = require_intoto();
    var checkpoint_1 = require_checkpoint();
    var merkle_1 = require_merkle();
    var set_1 = require_set();
    function verifyTLogBody(entry, sigContent) {
      const { kind, version } = entry.kindVersion;
      const body = JSON.parse(entry.canonicalizedBody.toString("utf8"));
      if (kind !== body.kind || version !== body.apiVersion) {
        throw new error_1.VerificationError({
          code: "TLOG_BODY_ERROR",
          message: `kind/version mismatch - expected: ${kind}/${version}, received: ${body.kind}/${body.apiVersion}`
        });
      }
      switch (kind) {
        case "dsse":
          if (version == dsse_1.DSSE_API_VERSION_V1) {
            return (0, dsse_1.verifyDSSETLogBody)(body, sigContent);
          } else {
            const entryRekorV2 = v2_1.Entry.fromJSON(body);
            return (0, dsse_1.verifyDSSETLogBodyV2)(entryRekorV2, sigContent);
          }
        case "intoto":
          return (0, intoto_1.verifyIntotoTLogBody)(body, sigContent);
        case "hashedrekord":
          if (version == hashedrekord_1.HASHEDREKORD_API_VERSION_V1) {
            return (0, hashedrekord_1.verifyHashedRekordTLogBody)(body, sigContent);
          } else {
            const entryRekorV2 = v2_1.Entry.fromJSON(body);
            return (0, hashedrekord_1.verifyHashedRekordTLogBodyV2)(entryRekorV2, sigContent);
          }
        /* istanbul ignore next */
        default:
          throw new error_1.VerificationError({
            code: "TLOG_BODY_ERROR",
            message: `unsupported kind: ${kind}`
          });
      }
    }
    function verifyTLogInclusion(entry, tlogAuthorities) {
      let inclusionVerified = false;
      if (isTLogEntryWithInclusionPromise(entry)) {
        (0, set_1.verifyTLogSET)(entry, tlogAuthorities);
        inclusionVerified = true;
      }
      if (isTLogEntryWithInclusionProof(entry)) {
        const checkpoint = (0, checkpoint_1.verifyCheckpoint)(entry, tlogAuthorities);
        (0, merkle_1.verifyMerkleInclusion)(entry, checkpoint);
        inclusionVerified = true;
      }
      if (!inclusionVerified) {
        throw new error_1.VerificationError({
          code: "TLOG_MISSING_INCLUSION_ERROR",
          message: "inclusion could not be verified"
        });
      }
      return;
    }
    function isTLogEntryWithInclusionPromise(entry) {
      return entry.inclusionPromise !== void 0;
    }
    function isTLogEntryWithInclusionProof(entry) {
      return entry.inclusionProof !== void 0;
    }
  }
});

// node_modules/@sigstore/verify/dist/verifier.js
var require_verifier2 = __commonJS({
  "node_modules/@sigstore/verify/dist/verifier.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Verifier = void 0;
    var util_1 = __require("util");
    var error_1 = require_error4();
    var key_1 = require_key();
    var policy_1 = require_policy();
    var timestamp_1 = require_timestamp3();
    var tlog_1 = require_tlog();
    var Verifier2 = class {
      trustMaterial;
      options;
      constructor(trustMaterial, options = {}) {
        this.trustMaterial = trustMaterial;
        this.options = {
          ctlogThreshold: options.ctlogThreshold ?? 1,
          tlogThreshold: options.tlogThreshold ?? 1,
          timestampThreshold: options.timestampThreshold ?? options.tsaThreshold ?? 1,
          tsaThreshold: 0
        };
      }
      verify(entity, policy) {
        const timestamps = this.verifyTimestamps(entity);
        const signer = this.verifySigningKey(entity, timestamps);
        this.verifyTLogs(entity);
        this.verifySignature(entity, signer);
        if (policy) {
          this.verifyPolicy(policy, signer.identity || {});
        }
        return signer;
      }
      // Checks that all of the timestamps in the entity are valid and returns them
      verifyTimestamps(entity) {
        const timestamps = [];
        for (const timestamp of entity.timestamps) {
          switch (timestamp.$case) {
            case "timestamp-authority":
              timestamps.push((0, timestamp_1.getTSATimestamp)(timestamp.timestamp, entity.signature.signature, this.trustMaterial.timestampAuthorities));
              break;
            case "transparency-log": {
              const result = (0, timestamp_1.getTLogTimestamp)(timestamp.tlogEntry);
              if (result) {
                timestamps.push(result);
              }
              break;
            }
          }
        }
        if (containsDupes(timestamps)) {
          throw new error_1.VerificationError({
            code: "TIMESTAMP_ERROR",
            message: "duplicate timestamp"
          });
        }
        if (timestamps.length < this.options.timestampThreshold) {
          throw new error_1.VerificationError({
            code: "TIMESTAMP_ERROR",
            message: `expected ${this.options.timestampThreshold} timestamps, got ${timestamps.length}`
          });
        }
        return timestamps.map((t) => t.timestamp);
      }
      // Checks that the signing key is valid for all of the the supplied timestamps
      // and returns the signer.
      verifySigningKey({ key }, timestamps) {
        switch (key.$case) {
          case "public-key": {
            return (0, key_1.verifyPublicKey)(key.hint, timestamps, this.trustMaterial);
          }
          case "certificate": {
            const result = (0, key_1.verifyCertificate)(key.certificate, timestamps, this.trustMaterial);
            if (containsDupes(result.scts)) {
              throw new error_1.VerificationError({
                code: "CERTIFICATE_ERROR",
                message: "duplicate SCT"
              });
            }
            if (result.scts.length < this.options.ctlogThreshold) {
              throw new error_1.VerificationError({
                code: "CERTIFICATE_ERROR",
                message: `expected ${this.options.ctlogThreshold} SCTs, got ${result.scts.length}`
              });
            }
            return result.signer;
          }
        }
      }
      // Checks that the tlog entries are valid for the supplied content
      verifyTLogs({ signature: content, tlogEntries }) {
        let tlogCount = 0;
        tlogEntries.forEach((entry) => {
          tlogCount++;
          (0, tlog_1.verifyTLogInclusion)(entry, this.trustMaterial.tlogs);
          (0, tlog_1.verifyTLogBody)(entry, content);
        });
        if (tlogCount < this.options.tlogThreshold) {
          throw new error_1.VerificationError({
            code: "TLOG_ERROR",
            message: `expected ${this.options.tlogThreshold} tlog entries, got ${tlogCount}`
          });
        }
      }
      // Checks that the signature is valid for the supplied content
      verifySignature(entity, signer) {
        if (!entity.signature.verifySignature(signer.key)) {
          throw new error_1.VerificationError({
            code: "SIGNATURE_ERROR",
            message: "signature verification failed"
          });
        }
      }
      verifyPolicy(policy, identity) {
        if (policy.subjectAlternativeName) {
          (0, policy_1.verifySubjectAlternativeName)(policy.subjectAlternativeName, identity.subjectAlternativeName);
        }
        if (policy.extensions) {
          (0, policy_1.verifyExtensions)(policy.extensions, identity.extensions);
        }
        if (policy.oids) {
          (0, policy_1.verifyOIDs)(policy.oids, identity.oids);
        }
      }
    };
    exports.Verifier = Verifier2;
    function containsDupes(arr) {
      for (let i = 0; i < arr.length; i++) {
        for (let j = i + 1; j < arr.length; j++) {
          if ((0, util_1.isDeepStrictEqual)(arr[i], arr[j])) {
            return true;
          }
        }
      }
      return false;
    }
  }
});

// node_modules/@sigstore/verify/dist/index.js
var require_dist4 = __commonJS({
  "node_modules/@sigstore/verify/dist/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Verifier = exports.toTrustMaterial = exports.VerificationError = exports.PolicyError = exports.toSignedEntity = void 0;
    var bundle_1 = require_bundle2();
    Object.defineProperty(exports, "toSignedEntity", { enumerable: true, get: function() {
      return bundle_1.toSignedEntity;
    } });
    var error_1 = require_error4();
    Object.defineProperty(exports, "PolicyError", { enumerable: true, get: function() {
      return error_1.PolicyError;
    } });
    Object.defineProperty(exports, "VerificationError", { enumerable: true, get: function() {
      return error_1.VerificationError;
    } });
    var trust_1 = require_trust();
    Object.defineProperty(exports, "toTrustMaterial", { enumerable: true, get: function() {
      return trust_1.toTrustMaterial;
    } });
    var verifier_1 = require_verifier2();
    Object.defineProperty(exports, "Verifier", { enumerable: true, get: function() {
      return verifier_1.Verifier;
    } });
  }
});

// src/integrity/stage.ts
import { lstat as lstat6, open as open4, readdir as readdir2 } from "node:fs/promises";
import { basename as basename2, dirname as dirname4, isAbsolute as isAbsolute3, join as join5, relative as relative4, resolve as resolve2, sep as sep3 } from "node:path";

// src/integrity/checksums.ts
import { lstat, open, realpath } from "node:fs/promises";
import { basename, dirname, isAbsolute, join, relative } from "node:path";

// src/integrity/signing/payload.ts
import { createHash } from "node:crypto";

// src/integrity/signing/bundle.ts
var IN_TOTO_PAYLOAD_TYPE = "application/vnd.in-toto+json";
var BUNDLE_MEDIA_TYPES = /* @__PURE__ */ new Set([
  "application/vnd.dev.sigstore.bundle.v0.3+json",
  "application/vnd.dev.sigstore.bundle+json;version=0.1",
  "application/vnd.dev.sigstore.bundle+json;version=0.2",
  "application/vnd.dev.sigstore.bundle+json;version=0.3"
]);
var UnsupportedSignature = class extends Error {
  constructor(message) {
    super(message);
    this.name = "UnsupportedSignature";
  }
};
var InvalidSignature = class extends Error {
  constructor(message) {
    super(message);
    this.name = "InvalidSignature";
  }
};
var BASE64 = /^[A-Za-z0-9+/_-]*={0,2}$/;
function decodeBase64(v, what) {
  if (typeof v !== "string" || !BASE64.test(v.replace(/\s+/g, "")))
    throw new UnsupportedSignature(`${what} is not base64`);
  return Buffer.from(v, "base64");
}
function obj(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v) ? v : void 0;
}
function pae(payloadType, payload) {
  const type = Buffer.from(payloadType, "utf8");
  return Buffer.concat([Buffer.from(`DSSEv1 ${type.length} `), type, Buffer.from(` ${payload.length} `), payload]);
}
function pythonBytesRepr(b) {
  const quote = b.includes(39) && !b.includes(34) ? '"' : "'";
  let out = "b" + quote;
  for (const c of b) {
    if (c === 92) out += "\\\\";
    else if (c === quote.charCodeAt(0)) out += "\\" + quote;
    else if (c === 9) out += "\\t";
    else if (c === 10) out += "\\n";
    else if (c === 13) out += "\\r";
    else if (c < 32 || c >= 127) out += "\\x" + c.toString(16).padStart(2, "0");
    else out += String.fromCharCode(c);
  }
  return out + quote;
}
function paeCompat(payloadType, payload) {
  return Buffer.from(
    `DSSEV1 ${payloadType.length} ${payloadType} ${payload.length} ${pythonBytesRepr(payload)}`,
    "utf8"
  );
}
function parseBundle(data) {
  let doc;
  try {
    doc = JSON.parse(data.toString("utf8"));
  } catch {
    const what = data[0] === 48 ? "DER data (CMS/PKCS#7?)" : data.subarray(0, 5).toString("latin1") === "-----" ? "PEM/armored text (OpenPGP?)" : "not JSON";
    throw new UnsupportedSignature(`not a Sigstore bundle: ${what}`);
  }
  const d = obj(doc);
  if (!d) throw new UnsupportedSignature("not a Sigstore bundle: the JSON is not an object");
  const mediaType = d.mediaType;
  if (typeof mediaType !== "string" || !BUNDLE_MEDIA_TYPES.has(mediaType))
    throw new UnsupportedSignature(`unsupported bundle media type ${JSON.stringify(mediaType)}`);
  const env = obj(d.dsseEnvelope);
  if (!env)
    throw new UnsupportedSignature(
      d.messageSignature !== void 0 ? "a message-signature bundle (cosign sign-blob), not a model signature" : "no DSSE envelope in the bundle"
    );
  if (typeof env.payloadType !== "string") throw new UnsupportedSignature("the DSSE envelope has no payloadType");
  if (env.payloadType !== IN_TOTO_PAYLOAD_TYPE)
    throw new UnsupportedSignature(`unsupported DSSE payload type ${JSON.stringify(env.payloadType)}`);
  const sigs = env.signatures;
  if (!Array.isArray(sigs) || sigs.length !== 1)
    throw new UnsupportedSignature(
      `expected exactly one DSSE signature, found ${Array.isArray(sigs) ? sigs.length : "none"}`
    );
  const sig = obj(sigs[0]);
  const payload = decodeBase64(env.payload, "the DSSE payload");
  const signature = decodeBase64(sig?.sig, "the DSSE signature");
  const vm = obj(d.verificationMaterial);
  if (!vm) throw new UnsupportedSignature("the bundle has no verificationMaterial");
  let material;
  const pk = obj(vm.publicKey);
  const chain = obj(vm.x509CertificateChain);
  const cert = obj(vm.certificate);
  if (pk) {
    material = {
      kind: "key",
      ...typeof pk.hint === "string" && pk.hint !== "" ? { hint: pk.hint.toLowerCase() } : {},
      ...typeof pk.rawBytes === "string" ? { rawBytes: decodeBase64(pk.rawBytes, "publicKey.rawBytes") } : {}
    };
  } else if (chain) {
    const list = chain.certificates;
    if (!Array.isArray(list) || list.length === 0)
      throw new UnsupportedSignature("x509CertificateChain has no certificates");
    material = {
      kind: "certificate-chain",
      certificates: list.map((c, i) => decodeBase64(obj(c)?.rawBytes, `certificate ${i}`))
    };
  } else if (cert) {
    material = { kind: "certificate", certificate: decodeBase64(cert.rawBytes, "the certificate") };
  } else {
    throw new UnsupportedSignature("verificationMaterial has no publicKey, x509CertificateChain or certificate");
  }
  return { mediaType, json: d, payloadType: env.payloadType, payload, signature, material };
}

// src/integrity/signing/payload.ts
var STATEMENT_TYPE = "https://in-toto.io/Statement/v1";
var PREDICATE_V1 = "https://model_signing/signature/v1.0";
var PREDICATE_LEGACY = "https://model_signing/Digests/v0.1";
var HASHES = { sha256: "sha256", blake2b: "blake2b512" };
var UnsafeManifestName = class extends Error {
  constructor(names) {
    super(`unsafe resource names: ${names.join(", ")}`);
    this.names = names;
    this.name = "UnsafeManifestName";
  }
  names;
};
function obj2(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v) ? v : void 0;
}
function safeRelativeName(name) {
  if (name === "" || name.includes("\0")) return false;
  if (name.startsWith("/") || name.startsWith("\\") || /^[A-Za-z]:/.test(name)) return false;
  return !name.split(/[/\\]/).some((s) => s === "..");
}
function normaliseRelative(name) {
  if (name === ".") return ".";
  return name.split("/").filter((s) => s !== "" && s !== ".").join("/");
}
var HEX = /^[0-9a-f]+$/;
function parseV1(st) {
  const subjects = st.subject;
  if (!Array.isArray(subjects) || subjects.length !== 1)
    throw new InvalidSignature("the statement must have exactly one subject");
  const subject = obj2(subjects[0]);
  const rootDigest = obj2(subject?.digest)?.sha256;
  if (typeof rootDigest !== "string") throw new InvalidSignature("the subject has no sha256 digest");
  const pred = obj2(st.predicate);
  const ser = obj2(pred?.serialization);
  if (!pred || !ser) throw new InvalidSignature("the predicate has no serialization");
  const method = ser.method;
  if (method !== "files" && method !== "shards")
    throw new UnsupportedSignature(`unsupported serialization method ${JSON.stringify(method)}`);
  const hashType = ser.hash_type;
  if (typeof hashType !== "string" || !(hashType in HASHES))
    throw new UnsupportedSignature(`unsupported hash ${JSON.stringify(hashType)} (sha256 and blake2b are verified)`);
  let shardSize;
  if (method === "shards") {
    const s = ser.shard_size;
    if (typeof s !== "number" || !Number.isSafeInteger(s) || s <= 0)
      throw new InvalidSignature(`shard_size ${JSON.stringify(s)} is not a positive integer`);
    shardSize = s;
  }
  const expectedAlgorithm = method === "files" ? hashType : `${hashType}-sharded-${shardSize}`;
  const ignore = ser.ignore_paths ?? [];
  if (!Array.isArray(ignore) || !ignore.every((x) => typeof x === "string"))
    throw new InvalidSignature("ignore_paths is not a list of strings");
  const resources = pred.resources;
  if (!Array.isArray(resources)) throw new InvalidSignature("the predicate has no resources list");
  const unsafe = [];
  const entries = [];
  const rawDigests = [];
  for (const r of resources) {
    const o = obj2(r);
    const name = o?.name;
    const algorithm = o?.algorithm;
    const digest = typeof o?.digest === "string" ? o.digest.toLowerCase() : void 0;
    if (typeof name !== "string" || typeof algorithm !== "string" || !digest || !HEX.test(digest))
      throw new InvalidSignature("a resource lacks name, algorithm or a hex digest");
    if (algorithm !== expectedAlgorithm)
      throw new UnsupportedSignature(`resource ${name} uses ${algorithm}, the serialization says ${expectedAlgorithm}`);
    rawDigests.push(Buffer.from(digest, "hex"));
    let file = name;
    let start;
    let end;
    if (method === "shards") {
      const m = /^(.*):(\d+):(\d+)$/s.exec(name);
      if (!m) throw new InvalidSignature(`shard resource ${name} is not <path>:<start>:<end>`);
      file = m[1];
      start = Number(m[2]);
      end = Number(m[3]);
      if (!Number.isSafeInteger(start) || !Number.isSafeInteger(end) || end <= start)
        throw new InvalidSignature(`shard resource ${name} has an empty or invalid range`);
    }
    if (file !== "." && !safeRelativeName(file)) {
      unsafe.push(name);
      continue;
    }
    entries.push({
      name,
      file: normaliseRelative(file),
      ...start !== void 0 ? { start, end } : {},
      hash: HASHES[hashType],
      digest
    });
  }
  if (unsafe.length) throw new UnsafeManifestName(unsafe);
  const root = createHash("sha256").update(Buffer.concat(rawDigests)).digest("hex");
  if (root !== rootDigest.toLowerCase())
    throw new InvalidSignature("manifest inconsistent: the subject digest does not match the resources");
  checkStructure(entries, method, shardSize);
  return {
    layout: "v1.0",
    subjectName: typeof subject?.name === "string" ? subject.name : "",
    method,
    ...shardSize !== void 0 ? { shardSize } : {},
    allowSymlinks: ser.allow_symlinks === true,
    ignorePaths: ignore.map(normaliseRelative).filter((p) => p !== "" && safeRelativeName(p)),
    entries
  };
}
function checkStructure(entries, method, shardSize) {
  if (entries.some((e) => e.file === ".") && entries.some((e) => e.file !== "."))
    throw new InvalidSignature('manifest inconsistent: "." (single file) mixed with other files');
  if (method === "files") {
    const seen = /* @__PURE__ */ new Set();
    for (const e of entries) {
      if (seen.has(e.file)) throw new InvalidSignature(`manifest inconsistent: ${e.file} listed twice`);
      seen.add(e.file);
    }
    return;
  }
  const byFile = /* @__PURE__ */ new Map();
  for (const e of entries) byFile.set(e.file, [...byFile.get(e.file) ?? [], e]);
  for (const [file, list] of byFile) {
    list.sort((a, b) => a.start - b.start);
    let pos = 0;
    list.forEach((e, i) => {
      if (e.start !== pos)
        throw new InvalidSignature(`manifest inconsistent: shards of ${file} have a gap or overlap at byte ${pos}`);
      const len = e.end - e.start;
      if (len > shardSize || i < list.length - 1 && len !== shardSize)
        throw new InvalidSignature(`manifest inconsistent: shard ${e.name} does not match shard_size ${shardSize}`);
      pos = e.end;
    });
  }
}
function parseLegacy(st) {
  const subjects = st.subject;
  if (!Array.isArray(subjects) || subjects.length === 0) throw new InvalidSignature("the statement has no subjects");
  const unsafe = [];
  const entries = [];
  for (const s of subjects) {
    const o = obj2(s);
    const name = o?.name;
    const digest = obj2(o?.digest)?.sha256;
    const alg = obj2(o?.annotations)?.actual_hash_algorithm;
    if (typeof name !== "string" || typeof digest !== "string" || !HEX.test(digest.toLowerCase()))
      throw new InvalidSignature("a subject lacks a name or a sha256 digest");
    if (alg !== void 0 && alg !== "file-sha256")
      throw new UnsupportedSignature(`unsupported legacy hash ${JSON.stringify(alg)}`);
    if (name !== "." && !safeRelativeName(name)) {
      unsafe.push(name);
      continue;
    }
    entries.push({ name, file: normaliseRelative(name), hash: "sha256", digest: digest.toLowerCase() });
  }
  if (unsafe.length) throw new UnsafeManifestName(unsafe);
  checkStructure(entries, "files", void 0);
  return { layout: "legacy-v0.1", subjectName: "", method: "files", allowSymlinks: false, ignorePaths: [], entries };
}
function parseStatement(payload) {
  let st;
  try {
    st = obj2(JSON.parse(payload.toString("utf8")));
  } catch {
    st = void 0;
  }
  if (!st) throw new InvalidSignature("the signed payload is not a JSON object");
  if (st._type !== STATEMENT_TYPE)
    throw new UnsupportedSignature(`unsupported statement type ${JSON.stringify(st._type)}`);
  if (st.predicateType === PREDICATE_V1) return parseV1(st);
  if (st.predicateType === PREDICATE_LEGACY) return parseLegacy(st);
  throw new UnsupportedSignature(`unsupported predicate type ${JSON.stringify(st.predicateType)}`);
}

// src/integrity/checksums.ts
var SUMS_NAME = /^(?:sha(?:224|256|384|512)sums?|b2sums|checksums?)(?:\.txt|\.sha256)?$|\.sha256sums?$/i;
var SIDECAR_NAME = /\.sha256$/i;
function isSumsName(name) {
  return SUMS_NAME.test(name);
}
function sidecarTarget(name) {
  return SIDECAR_NAME.test(name) && !SUMS_NAME.test(name) ? name.replace(SIDECAR_NAME, "") : void 0;
}
var BSD_ALGORITHMS = {
  SHA224: { node: "sha224", hexLength: 56 },
  SHA256: { node: "sha256", hexLength: 64 },
  SHA384: { node: "sha384", hexLength: 96 },
  SHA512: { node: "sha512", hexLength: 128 },
  BLAKE2b: { node: "blake2b512", hexLength: 128 },
  "BLAKE2b-512": { node: "blake2b512", hexLength: 128 }
};
function gnuAlgorithm(hexLength, manifestName) {
  if (/^b2sums/i.test(manifestName)) return hexLength === 128 ? "blake2b512" : void 0;
  return { 56: "sha224", 64: "sha256", 96: "sha384", 128: "sha512" }[hexLength];
}
function unescapeName(name) {
  let out = "";
  for (let i = 0; i < name.length; i++) {
    const c = name[i];
    if (c !== "\\") {
      out += c;
      continue;
    }
    const n = name[++i];
    if (n === "\\") out += "\\";
    else if (n === "n") out += "\n";
    else if (n === "r") out += "\r";
    else return void 0;
  }
  return out;
}
function parseChecksums(text, manifestName = "SHA256SUMS") {
  const out = { entries: [], malformed: [] };
  text.split("\n").forEach((raw, i) => {
    const lineNo = i + 1;
    const line = raw.endsWith("\r") ? raw.slice(0, -1) : raw;
    if (line.trim() === "" || line.startsWith("#")) return;
    const escaped = line.startsWith("\\");
    const body = escaped ? line.slice(1) : line;
    let name;
    let algorithm;
    let digest;
    const bsd = /^([A-Za-z0-9-]+) \((.*)\) = ([0-9a-fA-F]+)$/s.exec(body);
    const gnu = /^([0-9a-fA-F]+) ([ *])(.+)$/s.exec(body);
    if (bsd) {
      const alg = BSD_ALGORITHMS[bsd[1]];
      if (!alg) return out.malformed.push({ line: lineNo, reason: `unsupported algorithm ${bsd[1]}` });
      if (bsd[3].length !== alg.hexLength)
        return out.malformed.push({ line: lineNo, reason: `a ${bsd[1]} digest has ${alg.hexLength} hex digits` });
      [name, algorithm, digest] = [bsd[2], alg.node, bsd[3]];
    } else if (gnu) {
      algorithm = gnuAlgorithm(gnu[1].length, manifestName);
      if (!algorithm)
        return out.malformed.push({
          line: lineNo,
          reason: `a digest of ${gnu[1].length} hex digits fits no algorithm`
        });
      [name, digest] = [gnu[3], gnu[1]];
    } else {
      return out.malformed.push({ line: lineNo, reason: "neither `<hex>  <name>` nor `SHA256 (<name>) = <hex>`" });
    }
    if (escaped) {
      name = unescapeName(name);
      if (name === void 0) return out.malformed.push({ line: lineNo, reason: "invalid escape in the file name" });
    }
    out.entries.push({ name, algorithm, digest: digest.toLowerCase(), line: lineNo });
  });
  return out;
}
function parseSidecar(text, target) {
  const bare = /^\s*([0-9a-fA-F]{64})\s*$/.exec(text);
  if (bare)
    return {
      entries: [{ name: target, algorithm: "sha256", digest: bare[1].toLowerCase(), line: 1 }],
      malformed: [],
      manifest: false
    };
  const parsed = parseChecksums(text);
  if (parsed.entries.length > 1) return { ...parsed, manifest: true };
  const e = parsed.entries[0];
  if (e && e.name !== "-" && basename(e.name.replace(/\\/g, "/")) !== target)
    parsed.malformed.push({ line: e.line, reason: `names ${e.name}, but the sidecar is for ${target}` });
  return { entries: e ? [{ ...e, name: target }] : [], malformed: parsed.malformed, manifest: false };
}
async function readSmall(path, max) {
  const fh = await open(path, "r");
  try {
    const st = await fh.stat();
    if (!st.isFile()) throw new Error("not a regular file");
    if (st.size > max) throw new Error(`${st.size} bytes, more than the ${max} read for a manifest`);
    const buf = Buffer.alloc(st.size);
    await fh.read(buf, 0, st.size, 0);
    return buf.toString("utf8");
  } finally {
    await fh.close();
  }
}
async function staysInside(dir, abs) {
  try {
    const rel = relative(await realpath(dir), await realpath(abs));
    return rel !== "" && !rel.startsWith("..") && !isAbsolute(rel);
  } catch {
    return false;
  }
}
async function verifyManifest(path, store, maxBytes) {
  const dir = dirname(path);
  const name = basename(path);
  const target = sidecarTarget(name);
  let text;
  try {
    text = await readSmall(path, maxBytes);
  } catch (e) {
    return {
      manifest: path,
      kind: target ? "sidecar" : "sums",
      results: [],
      malformed: [],
      covers: /* @__PURE__ */ new Set(),
      unreadable: e.message
    };
  }
  let kind = "sums";
  let parsed;
  if (target !== void 0) {
    const side = parseSidecar(text, target);
    kind = side.manifest ? "sums" : "sidecar";
    parsed = side;
  } else {
    parsed = parseChecksums(text, name);
  }
  const covers = /* @__PURE__ */ new Set();
  if (kind === "sums") covers.add(dir);
  const results = [];
  for (const entry of parsed.entries) {
    const rel = entry.name.startsWith("./") ? entry.name.slice(2) : entry.name;
    if (!safeRelativeName(rel)) {
      results.push({ entry, status: "unsafe" });
      continue;
    }
    const abs = join(dir, normaliseRelative(rel));
    if (kind === "sums") covers.add(dirname(abs));
    let st;
    try {
      st = await lstat(abs);
    } catch {
      results.push({ entry, path: abs, status: "missing" });
      continue;
    }
    if (!st.isFile()) {
      results.push({ entry, path: abs, status: "not-a-file" });
      continue;
    }
    if (!await staysInside(dir, abs)) {
      results.push({ entry, status: "unsafe" });
      continue;
    }
    const actual = await store.digest(abs, entry.algorithm);
    if (actual === void 0) results.push({ entry, path: abs, status: "unavailable" });
    else results.push({ entry, path: abs, status: actual === entry.digest ? "verified" : "mismatch", actual });
  }
  return { manifest: path, kind, results, malformed: parsed.malformed, covers };
}

// src/integrity/content.ts
import { lstat as lstat3, open as open2 } from "node:fs/promises";

// src/integrity/lfs.ts
import { lstat as lstat2, readFile } from "node:fs/promises";
import { dirname as dirname2, isAbsolute as isAbsolute2, join as join2, resolve } from "node:path";

// src/integrity/hash.ts
import { createHash as createHash2 } from "node:crypto";
import { createReadStream } from "node:fs";
function hashFile(path, algorithm, start, end) {
  return new Promise((res, rej) => {
    const h = createHash2(algorithm);
    const range = start !== void 0 && end !== void 0 ? { start, end: end - 1 } : {};
    if (start !== void 0 && end !== void 0 && end <= start) return res(h.digest("hex"));
    createReadStream(path, { highWaterMark: 1 << 20, ...range }).on("data", (c) => h.update(c)).on("error", rej).on("end", () => res(h.digest("hex")));
  });
}

// src/integrity/lfs.ts
async function findGitDir(path) {
  let dir = resolve(path);
  for (; ; ) {
    const dotGit = join2(dir, ".git");
    let st;
    try {
      st = await lstat2(dotGit);
    } catch {
      st = void 0;
    }
    let gitDir;
    if (st?.isDirectory()) gitDir = dotGit;
    else if (st?.isFile()) {
      const m = /^gitdir: (.+)$/m.exec(await readFile(dotGit, "utf8").catch(() => ""));
      if (m) gitDir = resolve(dir, m[1].trim());
    }
    if (gitDir) {
      let commonDir = gitDir;
      const common = await readFile(join2(gitDir, "commondir"), "utf8").catch(() => void 0);
      if (common !== void 0) {
        const c = common.trim();
        commonDir = isAbsolute2(c) ? c : resolve(gitDir, c);
      }
      return { gitDir, commonDir, top: dir };
    }
    const up = dirname2(dir);
    if (up === dir) return void 0;
    dir = up;
  }
}
async function lfsObjectPath(pointerPath, oid) {
  const git = await findGitDir(dirname2(pointerPath));
  if (!git) return void 0;
  const obj3 = join2(git.commonDir, "lfs", "objects", oid.slice(0, 2), oid.slice(2, 4), oid);
  try {
    const st = await lstat2(obj3);
    return st.isFile() ? obj3 : void 0;
  } catch {
    return void 0;
  }
}
async function checkLfsObject(objectPath, pointer) {
  const size = (await lstat2(objectPath)).size;
  const sha256 = await hashFile(objectPath, "sha256");
  const problems = [];
  if (size !== pointer.size) problems.push(`size ${size} bytes, the pointer says ${pointer.size}`);
  if (sha256 !== pointer.oid) problems.push(`SHA-256 ${sha256}, the pointer says ${pointer.oid}`);
  return problems.length ? { ok: false, sha256, size, reason: problems.join("; ") } : { ok: true, sha256, size };
}

// src/integrity/content.ts
async function readPointer(path, size) {
  if (size >= LFS_POINTER_MAX_BYTES) return void 0;
  const fh = await open2(path, "r");
  try {
    const buf = Buffer.alloc(size);
    const { bytesRead } = await fh.read(buf, 0, size, 0);
    const parsed = parseLfsPointer(buf.subarray(0, bytesRead));
    return parsed.ok ? parsed.pointer : void 0;
  } finally {
    await fh.close();
  }
}
var ContentStore = class {
  contents = /* @__PURE__ */ new Map();
  digests = /* @__PURE__ */ new Map();
  /** Seeds a known SHA-256 (the per-file scan already computed it) so the file is not read again. */
  seed(path, sha256) {
    if (sha256) this.digests.set(`${path}\0sha256`, Promise.resolve(sha256));
  }
  /** What `path` (a regular file, already checked by the caller) stands for. */
  content(path) {
    let c = this.contents.get(path);
    if (!c) {
      c = (async () => {
        const st = await lstat3(path);
        const pointer = await readPointer(path, st.size);
        if (!pointer) return { kind: "file", path, size: st.size };
        const obj3 = await lfsObjectPath(path, pointer.oid);
        if (!obj3) return { kind: "lfs-absent", pointer };
        const ost = await lstat3(obj3);
        return { kind: "lfs-object", path: obj3, size: ost.size, pointer };
      })();
      this.contents.set(path, c);
    }
    return c;
  }
  /** Digest of the file's content (whole, or a byte range); undefined when the content is not available. */
  async digest(path, algorithm, start, end) {
    const c = await this.content(path);
    if (c.kind === "lfs-absent") {
      return algorithm === "sha256" && start === void 0 ? c.pointer.oid : void 0;
    }
    const key = `${c.path}\0${algorithm}\0${start ?? ""}\0${end ?? ""}`;
    let d = this.digests.get(key);
    if (!d) {
      d = hashFile(c.path, algorithm, start, end);
      this.digests.set(key, d);
    }
    return d;
  }
  /** Content size, when known (an absent LFS object's size is the pointer's claim). */
  async size(path) {
    const c = await this.content(path);
    return c.kind === "lfs-absent" ? c.pointer.size : c.size;
  }
};

// src/integrity/signing/verify.ts
import { lstat as lstat5, open as open3 } from "node:fs/promises";
import { dirname as dirname3, join as join4, relative as relative3, sep as sep2 } from "node:path";

// src/integrity/signing/modes.ts
import { createPublicKey, X509Certificate } from "node:crypto";

// src/integrity/signing/keyless.ts
var import_bundle2 = __toESM(require_dist2(), 1);
var import_protobuf_specs = __toESM(require_dist(), 1);
var import_verify = __toESM(require_dist4(), 1);
var UNTRUSTED_CODES = /* @__PURE__ */ new Set(["CERTIFICATE_ERROR", "PUBLIC_KEY_ERROR", "UNTRUSTED_SIGNER_ERROR", "TIMESTAMP_ERROR"]);
function verifyKeyless(bundleJson, roots, identities) {
  let bundle;
  try {
    bundle = (0, import_bundle2.bundleFromJSON)(bundleJson);
  } catch (e) {
    return { ok: false, kind: "unsupported", reason: `not a valid Sigstore bundle: ${e.message}` };
  }
  const reasons = [];
  for (const root of roots) {
    let signer;
    try {
      const verifier = new import_verify.Verifier((0, import_verify.toTrustMaterial)(import_protobuf_specs.TrustedRoot.fromJSON(root.json)));
      signer = verifier.verify((0, import_verify.toSignedEntity)(bundle));
    } catch (e) {
      const code = e instanceof import_verify.VerificationError || e instanceof import_verify.PolicyError ? e.code : "ERROR";
      reasons.push(`${code}: ${e.message} (trusted root ${root.source})`);
      if (!UNTRUSTED_CODES.has(code) && code !== "ERROR") {
        if (code === "SIGNATURE_ERROR" || code.startsWith("TLOG"))
          return { ok: false, kind: "invalid", reason: reasons.join("; ") };
      }
      continue;
    }
    const san = signer.identity?.subjectAlternativeName ?? "";
    const issuer = signer.identity?.extensions?.issuer ?? "";
    const match = identities.find((p) => p.match(san) && p.issuer === issuer);
    if (match) return { ok: true, signer: `${san} (issuer ${issuer})` };
    return {
      ok: false,
      kind: "untrusted",
      reason: `signed by ${san || "(no identity)"} with issuer ${issuer || "(none)"}, which matches no trusted identity (${identities.map((p) => `${p.identity} / ${p.issuer}`).join("; ")})`
    };
  }
  return { ok: false, kind: "untrusted", reason: reasons.join("; ") };
}

// src/integrity/signing/x509.ts
var import_core = __toESM(require_dist3(), 1);
import { X509Certificate as NodeCert } from "node:crypto";
var OID = {
  keyUsage: "2.5.29.15",
  basicConstraints: "2.5.29.19",
  extKeyUsage: "2.5.29.37",
  codeSigning: "1.3.6.1.5.5.7.3.3",
  anyExtendedKeyUsage: "2.5.29.37.0"
};
var UNDERSTOOD = /* @__PURE__ */ new Set([
  OID.keyUsage,
  OID.basicConstraints,
  OID.extKeyUsage,
  "2.5.29.17",
  // subjectAltName
  "2.5.29.14",
  // subjectKeyIdentifier
  "2.5.29.35"
  // authorityKeyIdentifier
]);
function load(der2) {
  return { node: new NodeCert(der2), parsed: import_core.X509Certificate.parse(der2), der: der2 };
}
function label(c) {
  return c.node.subject.replace(/\n/g, ", ") || "(empty subject)";
}
function issuedBy(child, issuer) {
  if (child.node.issuer !== issuer.node.subject) return false;
  try {
    return child.node.verify(issuer.node.publicKey);
  } catch {
    return false;
  }
}
function extendedKeyUsages(c) {
  const ext = c.parsed.extension(OID.extKeyUsage);
  if (!ext) return void 0;
  return ext.valueObj.subs[0]?.subs.map((s) => s.toOID()) ?? [];
}
function certSigner(leaf) {
  const cn = /CN=([^\n]+)/.exec(leaf.subject)?.[1] ?? leaf.subject.replace(/\n/g, ", ");
  return leaf.subjectAltName ? `${cn} (${leaf.subjectAltName})` : cn;
}
function leafUsageProblem(c) {
  const ku = c.parsed.extKeyUsage;
  const eku = extendedKeyUsages(c);
  const codeSigning = eku !== void 0 && (eku.includes(OID.codeSigning) || eku.includes(OID.anyExtendedKeyUsage));
  if (ku && !ku.digitalSignature && !codeSigning)
    return "its KeyUsage does not include digitalSignature (and its ExtendedKeyUsage not codeSigning)";
  if (ku && eku !== void 0 && !codeSigning) return "its ExtendedKeyUsage does not include codeSigning";
  if (!ku && !codeSigning) return "it has neither KeyUsage digitalSignature nor ExtendedKeyUsage codeSigning";
  return void 0;
}
function validityProblem(c, at) {
  const from = new Date(c.node.validFrom);
  const to = new Date(c.node.validTo);
  if (at < from) return `certificate ${label(c)} is not valid before ${from.toISOString()}`;
  if (at > to) return `certificate ${label(c)} expired on ${to.toISOString()}`;
  return void 0;
}
function criticalProblem(c) {
  for (const raw of c.parsed.extensions) {
    const oid = raw.subs[0]?.toOID();
    const critical = raw.subs.length === 3 ? raw.subs[1].toBoolean() : false;
    if (critical && oid && !UNDERSTOOD.has(oid))
      return `certificate ${label(c)} has a critical extension ${oid} that is not understood`;
  }
  return void 0;
}
function validateChain(chain, anchors, at) {
  let certs;
  let roots;
  try {
    certs = chain.map(load);
    roots = anchors.map((a) => load(a.cert.raw));
  } catch (e) {
    return { ok: false, kind: "malformed", reason: `a certificate cannot be parsed (${e.message})` };
  }
  const leaf = certs[0];
  const intermediates = certs.slice(1);
  const find = (path2) => {
    const cur = path2[path2.length - 1];
    if (roots.some((r) => r.der.equals(cur.der))) return path2;
    for (const r of roots) if (issuedBy(cur, r)) return [...path2, r];
    if (path2.length > 8) return void 0;
    for (const i of intermediates)
      if (!path2.includes(i) && issuedBy(cur, i)) {
        const p = find([...path2, i]);
        if (p) return p;
      }
    return void 0;
  };
  const path = find([leaf]);
  if (!path) {
    const top = certs.find((c) => !certs.some((o) => o !== c && issuedBy(c, o))) ?? leaf;
    return {
      ok: false,
      kind: "untrusted",
      reason: `the certificate chain does not lead to a trusted CA (it ends at ${label(top)}, issued by ${top.node.issuer.replace(/\n/g, ", ")})`
    };
  }
  for (const c of path) {
    const p = validityProblem(c, at) ?? criticalProblem(c);
    if (p) return { ok: false, kind: "untrusted", reason: p };
  }
  for (let k = 1; k < path.length; k++) {
    const c = path[k];
    const bc = c.parsed.extBasicConstraints;
    if (!bc?.isCA) return { ok: false, kind: "untrusted", reason: `issuer ${label(c)} is not a CA (basicConstraints)` };
    if (c.parsed.extKeyUsage && !c.parsed.extKeyUsage.keyCertSign)
      return { ok: false, kind: "untrusted", reason: `issuer ${label(c)} may not sign certificates (KeyUsage)` };
    const below = k - 1;
    if (bc.pathLenConstraint !== void 0 && BigInt(below) > bc.pathLenConstraint)
      return {
        ok: false,
        kind: "untrusted",
        reason: `issuer ${label(c)} allows ${bc.pathLenConstraint} intermediate CA(s) below it`
      };
  }
  const usage = leafUsageProblem(leaf);
  if (usage)
    return { ok: false, kind: "untrusted", reason: `the signing certificate ${label(leaf)} cannot sign: ${usage}` };
  return { ok: true, leaf: leaf.node, signer: certSigner(leaf.node), path: path.map(label) };
}

// src/integrity/signing/modes.ts
function verifyWith(key, b) {
  if (verifyEcdsa(key, pae(b.payloadType, b.payload), b.signature)) return "ok";
  const compat = paeCompat(b.payloadType, b.payload);
  if (verifyEcdsa(key, compat, b.signature) || verifyEcdsa(key, compat, b.signature, "sha256")) return "legacy";
  return "bad";
}
function legacyOutcome(signer, opts) {
  if (opts.allowLegacySignatures) return { ok: true, signer, legacy: true };
  return {
    ok: false,
    status: "unsupported",
    ruleId: "INT-022",
    message: "The signature verifies only with the pre-1.0 model_signing encoding (buggy PAE); legacy signatures are not enabled (--allow-legacy-signatures)"
  };
}
function verifyKeyMode(b, opts) {
  if (opts.keys.length === 0)
    return {
      ok: false,
      status: "no-trust",
      ruleId: "INT-026",
      message: "Signed with a public key, but no trusted key is configured (--trusted-key); the signature was not verified"
    };
  let hint = b.material.hint;
  if (!hint && b.material.rawBytes) {
    const pem = pemBlocks(b.material.rawBytes, ["PUBLIC KEY"])[0];
    try {
      if (pem) hint = keyHint(createPublicKey({ key: pem, format: "der", type: "spki" }));
    } catch {
      hint = void 0;
    }
  }
  const candidates = hint ? opts.keys.filter((k) => k.hint === hint) : opts.keys;
  if (candidates.length === 0)
    return {
      ok: false,
      status: "untrusted",
      ruleId: "INT-028",
      message: `Signed with a key that is not trusted (key sha256:${hint}); trusted: ${opts.keys.map((k) => k.source).join(", ")}`
    };
  for (const k of candidates) {
    if (!curveHash(k.key)) continue;
    const r = verifyWith(k.key, b);
    const signer = `${describeKey(k.key)} key sha256:${k.hint.slice(0, 16)} (${k.source})`;
    if (r === "ok") return { ok: true, signer, legacy: false };
    if (r === "legacy") return legacyOutcome(signer, opts);
  }
  if (!candidates.some((k) => curveHash(k.key)))
    return {
      ok: false,
      status: "untrusted",
      ruleId: "INT-028",
      message: "No trusted key is an ECDSA P-256/P-384/P-521 key, the only kind OpenSSF model signing uses"
    };
  return hint ? {
    ok: false,
    status: "invalid",
    ruleId: "INT-023",
    message: `The signature does not verify with the trusted key it names (${candidates[0].source}): the bundle was altered after signing`
  } : {
    ok: false,
    status: "untrusted",
    ruleId: "INT-028",
    message: "The signature verifies with none of the trusted keys"
  };
}
function keyPinnedLeaf(der2, opts) {
  if (opts.keys.length === 0) return void 0;
  let hint;
  try {
    hint = keyHint(new X509Certificate(der2).publicKey);
  } catch {
    return void 0;
  }
  return opts.keys.find((k) => k.hint === hint);
}
function verifyCertificateMode(b, opts, at) {
  const pinned = keyPinnedLeaf(b.material.certificates[0], opts);
  if (pinned) {
    const r2 = verifyWith(pinned.key, b);
    const signer2 = `${describeKey(pinned.key)} key sha256:${pinned.hint.slice(0, 16)} (${pinned.source}), certificate leaf`;
    if (r2 === "ok") return { ok: true, signer: signer2, legacy: false };
    if (r2 === "legacy") return legacyOutcome(signer2, opts);
    return {
      ok: false,
      status: "invalid",
      ruleId: "INT-023",
      message: `The signature does not verify with the trusted key of its certificate (${pinned.source}): the bundle was altered after signing`
    };
  }
  if (opts.cas.length === 0)
    return {
      ok: false,
      status: opts.keys.length ? "untrusted" : "no-trust",
      ruleId: opts.keys.length ? "INT-028" : "INT-026",
      message: opts.keys.length ? "Signed with a certificate whose key is not a trusted key, and no trusted CA is configured (--trusted-ca)" : "Signed with a certificate, but no trusted CA is configured (--trusted-ca); the signature was not verified"
    };
  const chain = validateChain(b.material.certificates, opts.cas, at);
  if (!chain.ok)
    return chain.kind === "malformed" ? {
      ok: false,
      status: "unsupported",
      ruleId: "INT-022",
      message: `Certificate chain not analysed: ${chain.reason}`
    } : {
      ok: false,
      status: "untrusted",
      ruleId: "INT-028",
      message: `Signing certificate not trusted: ${chain.reason}`
    };
  const key = chain.leaf.publicKey;
  if (!curveHash(key))
    return {
      ok: false,
      status: "unsupported",
      ruleId: "INT-022",
      message: `The signing certificate has a ${describeKey(key)} key; model signatures use ECDSA P-256/P-384/P-521`
    };
  const r = verifyWith(key, b);
  const signer = `certificate ${chain.signer}`;
  if (r === "ok") return { ok: true, signer, legacy: false };
  if (r === "legacy") return legacyOutcome(signer, opts);
  return {
    ok: false,
    status: "invalid",
    ruleId: "INT-023",
    message: `The signature does not verify with the trusted certificate ${chain.signer}: the bundle was altered after signing`
  };
}
function verifyKeylessMode(b, opts) {
  if (opts.trustedRoots.length === 0 || opts.identities.length === 0)
    return {
      ok: false,
      status: "no-trust",
      ruleId: "INT-026",
      message: "Signed with Sigstore (keyless), but no trusted root with an identity and issuer is configured (--trusted-root, --identity, --issuer); the signature was not verified"
    };
  const r = verifyKeyless(b.json, opts.trustedRoots, opts.identities);
  if (r.ok) return { ok: true, signer: r.signer, legacy: false };
  if (r.kind === "unsupported")
    return { ok: false, status: "unsupported", ruleId: "INT-022", message: `Sigstore bundle not analysed: ${r.reason}` };
  if (r.kind === "invalid")
    return { ok: false, status: "invalid", ruleId: "INT-023", message: `Sigstore verification failed: ${r.reason}` };
  return { ok: false, status: "untrusted", ruleId: "INT-028", message: `Sigstore signer not trusted: ${r.reason}` };
}

// src/integrity/signing/model.ts
import { lstat as lstat4, readdir, realpath as realpath2 } from "node:fs/promises";
import { join as join3, relative as relative2, sep } from "node:path";
var DEFAULT_IGNORES = [".git", ".gitattributes", ".github", ".gitignore"];
function isIgnored(rel, ignore) {
  return ignore.some((ig) => rel === ig || rel.startsWith(ig + "/"));
}
function toPosix(p) {
  return p.split(sep).join("/");
}
async function enumerateModel(root, isFile, ignore, allowSymlinks, maxEntries) {
  const out = { files: [], problems: [], truncated: false };
  if (isFile) {
    out.files.push({ rel: ".", abs: root });
    return out;
  }
  const rootReal = await realpath2(root);
  let seen = 0;
  const walk = async (dir) => {
    const entries = await readdir(dir, { withFileTypes: true });
    entries.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
    for (const e of entries) {
      if (++seen > maxEntries) {
        out.truncated = true;
        return;
      }
      const abs = join3(dir, e.name);
      const rel = toPosix(relative2(root, abs));
      if (isIgnored(rel, ignore)) continue;
      if (e.isDirectory()) await walk(abs);
      else if (e.isFile()) out.files.push({ rel, abs });
      else if (e.isSymbolicLink()) {
        if (!allowSymlinks) {
          out.problems.push({ rel, abs, reason: "a symbolic link (the signature does not allow links)" });
          continue;
        }
        let real;
        try {
          real = await realpath2(abs);
        } catch {
          out.problems.push({ rel, abs, reason: "a dangling symbolic link" });
          continue;
        }
        const inside = toPosix(relative2(rootReal, real));
        const st = await lstat4(real);
        if (inside.startsWith("..") || inside.startsWith("/") || !st.isFile())
          out.problems.push({ rel, abs, reason: "a symbolic link that leaves the model or is not a file" });
        else out.files.push({ rel, abs: real });
      } else out.problems.push({ rel, abs, reason: "not a regular file (socket, FIFO or device)" });
      if (out.truncated) return;
    }
  };
  await walk(root);
  return out;
}
function unavailable(f) {
  return {
    rel: f.rel,
    abs: f.abs,
    status: "unavailable",
    detail: "its content is not present (Git LFS object missing)"
  };
}
async function checkFile(store, f, entries, method) {
  if (method === "files") {
    const e = entries[0];
    const actual = await store.digest(f.abs, e.hash);
    if (actual === void 0) return unavailable(f);
    return actual === e.digest ? { rel: f.rel, abs: f.abs, status: "ok" } : { rel: f.rel, abs: f.abs, status: "changed", detail: `${e.hash} ${actual}, signed ${e.digest}` };
  }
  const size = await store.size(f.abs);
  const end = entries.reduce((m, e) => Math.max(m, e.end), -Infinity);
  if (size !== end) return { rel: f.rel, abs: f.abs, status: "changed", detail: `${size} bytes, signed ${end}` };
  for (const e of entries) {
    const actual = await store.digest(f.abs, e.hash, e.start, e.end);
    if (actual === void 0) return unavailable(f);
    if (actual !== e.digest)
      return { rel: f.rel, abs: f.abs, status: "changed", detail: `shard ${e.start}-${e.end} differs` };
  }
  return { rel: f.rel, abs: f.abs, status: "ok" };
}
async function compareWithManifest(manifest, root, files, store) {
  const signed = /* @__PURE__ */ new Map();
  for (const e of manifest.entries) signed.set(e.file, [...signed.get(e.file) ?? [], e]);
  const local = new Map(files.map((f) => [f.rel, f]));
  const out = [];
  for (const [rel, entries] of signed) {
    const f = local.get(rel);
    if (!f) out.push({ rel, abs: rel === "." ? root : join3(root, ...rel.split("/")), status: "missing" });
    else out.push(await checkFile(store, f, entries, manifest.method));
  }
  for (const f of files) {
    if (signed.has(f.rel)) continue;
    if (manifest.method === "shards" && await store.size(f.abs) === 0)
      out.push({ rel: f.rel, abs: f.abs, status: "ok" });
    else out.push({ rel: f.rel, abs: f.abs, status: "extra" });
  }
  return out;
}

// src/integrity/signing/verify.ts
var MAX_SIGNATURE_BYTES = 16 * 1024 * 1024;
async function readSignature(path) {
  const fh = await open3(path, "r");
  try {
    const st = await fh.stat();
    if (!st.isFile()) throw new Error("not a regular file");
    if (st.size > MAX_SIGNATURE_BYTES) throw new Error(`${st.size} bytes, far larger than any signature`);
    const buf = Buffer.alloc(st.size);
    await fh.read(buf, 0, st.size, 0);
    return buf;
  } finally {
    await fh.close();
  }
}
function toPosix2(p) {
  return p.split(sep2).join("/");
}
async function modelOf(sigPath, manifest) {
  const dir = dirname3(sigPath);
  const single = manifest?.entries.length === 1 && manifest.entries[0].file === ".";
  if (single && safeRelativeName(manifest.subjectName) && !manifest.subjectName.includes("/")) {
    const p = join4(dir, manifest.subjectName);
    const st = await lstat5(p).catch(() => void 0);
    if (st?.isFile()) return { path: p, isFile: true };
  }
  return { path: dir, isFile: false };
}
async function verifyModelSignature(sigPath, model, opts, store, maxEntries, at = /* @__PURE__ */ new Date()) {
  const check = {
    signaturePath: sigPath,
    modelPath: model ?? dirname3(sigPath),
    modelIsFile: false,
    status: "unsupported",
    notes: [],
    files: [],
    ignore: []
  };
  let bundle;
  try {
    bundle = parseBundle(await readSignature(sigPath));
  } catch (e) {
    check.notes.push({ ruleId: "INT-022", message: `Signature not analysed: ${e.message}` });
    return check;
  }
  const m = bundle.material;
  check.method = m.kind === "key" ? "key" : m.kind === "certificate-chain" ? "certificate" : "keyless";
  const sig = m.kind === "key" ? verifyKeyMode(bundle, opts) : m.kind === "certificate-chain" ? verifyCertificateMode(bundle, opts, at) : verifyKeylessMode(bundle, opts);
  const verified = sig.ok;
  if (sig.ok) check.signer = sig.signer;
  else check.notes.push({ ruleId: sig.ruleId, message: sig.message });
  let manifest;
  let status = sig.ok ? "verified" : sig.status;
  try {
    manifest = parseStatement(bundle.payload);
  } catch (e) {
    if (e instanceof UnsafeManifestName) {
      check.notes.push({
        ruleId: "INT-004",
        message: `The signed manifest names files outside the model (${e.names.join(", ")}); rejected`,
        evidence: e.names[0]
      });
      if (status === "verified") status = "invalid";
    } else if (verified || status === "no-trust") {
      if (e instanceof UnsupportedSignature) {
        check.notes.push({ ruleId: "INT-022", message: `Signed manifest not analysed: ${e.message}` });
        status = "unsupported";
      } else {
        check.notes.push({ ruleId: "INT-023", message: `Signed manifest rejected: ${e.message}` });
        if (verified) status = "invalid";
      }
    }
    check.status = status;
    return check;
  }
  check.manifest = manifest;
  if (sig.ok && (sig.legacy || manifest.layout === "legacy-v0.1")) {
    if (!opts.allowLegacySignatures) {
      check.notes.push({
        ruleId: "INT-022",
        message: "Legacy model_signing layout (Digests/v0.1); legacy signatures are not enabled (--allow-legacy-signatures)"
      });
      status = "unsupported";
    } else {
      check.notes.push({
        ruleId: "INT-027",
        message: "Legacy model_signing signature (pre-1.0 layout or encoding) accepted"
      });
    }
  }
  const where = model !== void 0 ? { path: model, isFile: (await lstat5(model)).isFile() } : await modelOf(sigPath, manifest);
  check.modelPath = where.path;
  check.modelIsFile = where.isFile;
  const singleFile = manifest.entries.length === 1 && manifest.entries[0].file === ".";
  if (singleFile !== where.isFile) {
    check.notes.push({
      ruleId: "INT-023",
      message: singleFile ? `The signature covers a single file, but the model at ${toPosix2(where.path)} is a folder` : `The signature covers a folder, but the model at ${toPosix2(where.path)} is a file`
    });
    check.status = status === "verified" ? "invalid" : status;
    return check;
  }
  const sigRel = toPosix2(relative3(where.path, sigPath));
  check.ignore = where.isFile ? [] : [
    ...DEFAULT_IGNORES,
    ...manifest.ignorePaths,
    ...opts.ignorePaths,
    ...sigRel.startsWith("..") || sigRel.startsWith("/") ? [] : [sigRel]
  ];
  const listing = await enumerateModel(where.path, where.isFile, check.ignore, manifest.allowSymlinks, maxEntries);
  if (listing.truncated) {
    check.notes.push({ ruleId: "INT-022", message: `Model not fully verified: more than ${maxEntries} entries` });
    status = "unsupported";
  }
  check.files = await compareWithManifest(manifest, where.path, listing.files, store);
  for (const p of listing.problems) check.files.push({ rel: p.rel, abs: p.abs, status: "extra", detail: p.reason });
  if (opts.allowUnsignedFiles)
    check.files = check.files.map((f) => f.status === "extra" && !f.detail ? { ...f, status: "unsigned" } : f);
  const bad = check.files.filter((f) => f.status === "changed" || f.status === "extra" || f.status === "missing");
  if (check.files.some((f) => f.status === "unavailable") && status === "verified") {
    check.notes.push({
      ruleId: "INT-022",
      message: "Some signed files could not be verified: their content is not present (Git LFS)"
    });
    status = "unsupported";
  }
  if (bad.length && status === "verified") status = "invalid";
  check.status = status;
  return check;
}
var SIGNATURE_FILE = "model.sig";

// src/integrity/signing/cms.ts
var import_core2 = __toESM(require_dist3(), 1);
import { createVerify, verify, X509Certificate as NodeCert2 } from "node:crypto";
import { createReadStream as createReadStream2 } from "node:fs";
var OID2 = {
  signedData: "1.2.840.113549.1.7.2",
  data: "1.2.840.113549.1.7.1",
  contentType: "1.2.840.113549.1.9.3",
  messageDigest: "1.2.840.113549.1.9.4"
};
var DIGESTS = {
  "2.16.840.1.101.3.4.2.1": "sha256",
  "2.16.840.1.101.3.4.2.2": "sha384",
  "2.16.840.1.101.3.4.2.3": "sha512",
  "2.16.840.1.101.3.4.2.4": "sha224"
};
var SIGNATURES = {
  "1.2.840.10045.4.3.2": "sha256",
  "1.2.840.10045.4.3.3": "sha384",
  "1.2.840.10045.4.3.4": "sha512",
  "1.2.840.113549.1.1.11": "sha256",
  "1.2.840.113549.1.1.12": "sha384",
  "1.2.840.113549.1.1.13": "sha512",
  "1.2.840.113549.1.1.1": void 0,
  "1.2.840.10045.2.1": void 0
};
var CmsFormatError = class extends Error {
};
function encodeLength(n) {
  if (n < 128) return Buffer.from([n]);
  const bytes = [];
  for (let v = n; v > 0; v = Math.floor(v / 256)) bytes.unshift(v & 255);
  return Buffer.from([128 | bytes.length, ...bytes]);
}
function der(tag, o) {
  return Buffer.concat([Buffer.from([tag]), encodeLength(o.value.length), o.value]);
}
function looksLikeCms(data) {
  return data[0] === 48 && data.subarray(0, 32).includes(Buffer.from("2a864886f70d010702", "hex"));
}
function pemToDer(data) {
  const m = /-----BEGIN (?:PKCS7|CMS)-----([\s\S]*?)-----END (?:PKCS7|CMS)-----/.exec(data.toString("latin1"));
  return m ? Buffer.from(m[1].replace(/\s+/g, ""), "base64") : data;
}
function isCmsPem(data) {
  return /-----BEGIN (?:PKCS7|CMS)-----/.test(data.toString("latin1", 0, Math.min(4096, data.length)));
}
async function verifyCms(data, path, cas, at) {
  let signed;
  try {
    const ci = import_core2.ASN1Obj.parseBuffer(pemToDer(data));
    if (ci.subs[0]?.toOID() !== OID2.signedData) throw new CmsFormatError("not CMS SignedData");
    signed = ci.subs[1].subs[0];
  } catch (e) {
    return { ok: false, kind: "unsupported", reason: `not a readable CMS signature (${e.message})` };
  }
  const subs = signed.subs;
  const encap = subs[2];
  const certSet = subs.find((s) => s.tag.isContextSpecific(0));
  const signerInfos = subs[subs.length - 1];
  if (!encap || !signerInfos) return { ok: false, kind: "unsupported", reason: "incomplete SignedData" };
  if (encap.subs.length > 1)
    return { ok: false, kind: "unsupported", reason: "the signature embeds its content (not detached)" };
  const eContentType = encap.subs[0].toOID();
  if (signerInfos.subs.length !== 1)
    return { ok: false, kind: "unsupported", reason: `expected one signer, found ${signerInfos.subs.length}` };
  const si = signerInfos.subs[0].subs;
  const certs = (certSet?.subs ?? []).filter((c) => c.tag.number === 16).map((c) => der(48, c));
  const sid = si[1];
  const signerDer = certs.find((c) => {
    const p = import_core2.X509Certificate.parse(c);
    if (sid.tag.isContextSpecific(0)) return p.extSubjectKeyID?.keyIdentifier.equals(sid.value) ?? false;
    return p.issuer.equals(sid.subs[0].value) && p.serialNumber.equals(sid.subs[1].value);
  });
  if (!signerDer)
    return { ok: false, kind: "unsupported", reason: "the signer certificate is not included in the signature" };
  const digestName = DIGESTS[si[2].subs[0].toOID()];
  if (!digestName) return { ok: false, kind: "unsupported", reason: "unsupported digest algorithm (SHA-2 only)" };
  const hasAttrs = si[3].tag.isContextSpecific(0);
  const attrs = hasAttrs ? si[3] : void 0;
  const sigAlg = si[hasAttrs ? 4 : 3].subs[0].toOID();
  const signature = si[hasAttrs ? 5 : 4].value;
  if (!(sigAlg in SIGNATURES))
    return { ok: false, kind: "unsupported", reason: `unsupported signature algorithm ${sigAlg}` };
  const sigHash = SIGNATURES[sigAlg] ?? digestName;
  const chain = validateChain([signerDer, ...certs.filter((c) => !c.equals(signerDer))], cas, at);
  if (!chain.ok)
    return chain.kind === "malformed" ? { ok: false, kind: "unsupported", reason: chain.reason } : { ok: false, kind: "untrusted", reason: `signing certificate not trusted: ${chain.reason}` };
  const key = new NodeCert2(signerDer).publicKey;
  if (attrs) {
    const attr = (oid) => attrs.subs.find((a) => a.subs[0]?.toOID() === oid)?.subs[1]?.subs[0];
    const md = attr(OID2.messageDigest);
    const ct = attr(OID2.contentType);
    if (!md || !ct)
      return {
        ok: false,
        kind: "invalid",
        altered: "signature",
        reason: "signed attributes lack messageDigest or contentType"
      };
    if (ct.toOID() !== eContentType)
      return {
        ok: false,
        kind: "invalid",
        altered: "signature",
        reason: "contentType attribute differs from the content type"
      };
    if (!verify(sigHash, der(49, attrs), key, signature))
      return {
        ok: false,
        kind: "invalid",
        altered: "signature",
        reason: "the signature over the signed attributes does not verify (signature altered)"
      };
    const actual = await hashFile(path, digestName);
    if (actual !== md.value.toString("hex"))
      return {
        ok: false,
        kind: "invalid",
        altered: "file",
        reason: `the file's ${digestName} ${actual} is not the signed digest ${md.value.toString("hex")}`
      };
    return { ok: true, signer: `certificate ${chain.signer}` };
  }
  if (eContentType !== OID2.data)
    return { ok: false, kind: "unsupported", reason: "no signed attributes for non-data content" };
  const v = createVerify(sigHash);
  for await (const chunk of createReadStream2(path, { highWaterMark: 1 << 20 })) v.update(chunk);
  return v.verify(key, signature) ? { ok: true, signer: `certificate ${chain.signer}` } : { ok: false, kind: "invalid", altered: "either", reason: "the signature does not verify over the file" };
}

// src/integrity/signing/detached.ts
var DETACHED_SUFFIXES = [".sig", ".asc", ".p7s", ".sigstore", ".sigstore.json"];
function toCheck(base, method, r) {
  const check = { ...base, method };
  const label2 = method === "openpgp" ? "OpenPGP" : "CMS";
  if (r.ok) {
    check.status = "verified";
    check.signer = r.signer;
    check.files = [{ rel: ".", abs: base.modelPath, status: "ok" }];
  } else if (r.kind === "invalid") {
    check.status = "invalid";
    if (r.altered === "signature") {
      check.notes.push({ ruleId: "INT-023", message: `${label2} signature does not verify: ${r.reason}` });
      check.files = [{ rel: ".", abs: base.modelPath, status: "ok" }];
    } else {
      const why = r.altered === "file" ? "altered after signing" : "altered after signing, or the signature is corrupt";
      check.files = [{ rel: ".", abs: base.modelPath, status: "changed", detail: `${label2}: ${r.reason}; ${why}` }];
    }
  } else {
    check.status = r.kind;
    check.notes.push({
      ruleId: r.kind === "untrusted" ? "INT-028" : "INT-022",
      message: `${label2} signature: ${r.reason}`
    });
  }
  return check;
}
function noTrust(base, method, what) {
  return {
    ...base,
    method,
    status: "no-trust",
    notes: [{ ruleId: "INT-026", message: `${what}; the signature was not verified` }]
  };
}
async function verifyDetached(sigPath, file, opts, store, maxEntries, at = /* @__PURE__ */ new Date()) {
  const base = {
    signaturePath: sigPath,
    modelPath: file,
    modelIsFile: true,
    status: "unsupported",
    notes: [],
    files: [],
    ignore: []
  };
  let data;
  try {
    data = await readSignature(sigPath);
  } catch (e) {
    return { ...base, notes: [{ ruleId: "INT-022", message: `Signature not analysed: ${e.message}` }] };
  }
  const first = data.toString("latin1", 0, 64).trimStart()[0];
  if (first === "{") return verifyModelSignature(sigPath, file, opts, store, maxEntries, at);
  const content = await store.content(file);
  if (content.kind === "lfs-absent")
    return {
      ...base,
      notes: [
        { ruleId: "INT-022", message: "Signature not checked: the file is a Git LFS pointer without its content" }
      ]
    };
  const path = content.path;
  if (isPgpArmor(data, "SIGNATURE") || startsWithPacket(data, 2)) {
    if (opts.pgpKeys.length === 0)
      return noTrust(base, "openpgp", "OpenPGP signature, but no trusted OpenPGP key is configured (--trusted-key)");
    let sig;
    try {
      sig = parsePgpSignature(data);
    } catch (e) {
      return toCheck(base, "openpgp", { ok: false, kind: "unsupported", reason: e.message });
    }
    const r = await verifyPgp(sig, path, opts.pgpKeys, at);
    return toCheck(
      base,
      "openpgp",
      r.ok ? { ok: true, signer: `OpenPGP ${r.key.fingerprint}${r.key.userId ? ` (${r.key.userId})` : ""}` } : r
    );
  }
  if (looksLikeCms(data) || isCmsPem(data)) {
    if (opts.cas.length === 0)
      return noTrust(base, "cms", "CMS signature, but no trusted CA is configured (--trusted-ca)");
    return toCheck(base, "cms", await verifyCms(data, path, opts.cas, at));
  }
  return {
    ...base,
    notes: [{ ruleId: "INT-022", message: "Signature not analysed: neither a Sigstore bundle, OpenPGP nor CMS" }]
  };
}

// src/integrity/stage.ts
var SIGNATURE_FORMAT = "model-signature";
var MANIFEST_FORMAT = "checksum-manifest";
function finding(ruleId, message, evidence, severity) {
  const f = { ruleId, severity: severity ?? getRule(ruleId).severity, message };
  if (evidence !== void 0) f.evidence = evidence;
  return f;
}
function toPosix3(p) {
  return p.split(sep3).join("/");
}
function within(dir, path) {
  const r = relative4(dir, path);
  return r === "" || !r.startsWith("..") && !isAbsolute3(r);
}
var Stage = class {
  constructor(reports, targets, opts, engine) {
    this.reports = reports;
    this.targets = targets;
    this.opts = opts;
    this.engine = engine;
    const byDisplay = new Map(targets.map((t) => [t.display, t]));
    for (const r of reports) {
      const t = byDisplay.get(r.path);
      if (t && !t.link) this.byPath.set(resolve2(t.fsPath), r);
    }
    this.absoluteDisplay = targets.length > 0 && targets.every((t) => isAbsolute3(t.fsPath));
  }
  reports;
  targets;
  opts;
  engine;
  store = new ContentStore();
  /** Report of each absolute path. */
  byPath = /* @__PURE__ */ new Map();
  /** Reports the stage created or claimed (signatures, manifests): never "model files". */
  own = /* @__PURE__ */ new Set();
  pending = /* @__PURE__ */ new Map();
  dirCache = /* @__PURE__ */ new Map();
  absoluteDisplay;
  display(abs) {
    for (const [p, r] of this.byPath) if (p === abs) return r.path;
    const root = this.opts.displayRoot ? resolve2(this.opts.displayRoot) : void 0;
    if (root && within(root, abs)) return toPosix3(relative4(root, abs));
    const rel = relative4(process.cwd(), abs);
    return toPosix3(this.absoluteDisplay || rel.startsWith("..") || isAbsolute3(rel) ? abs : rel);
  }
  add(rep, f) {
    this.pending.set(rep, [...this.pending.get(rep) ?? [], f]);
  }
  /** The report of a signature or manifest file: the walked one (if it was only "unknown") or a new one. */
  async ownReport(abs, format) {
    const existing = this.byPath.get(abs);
    if (existing) {
      if (existing.format === "unknown" && existing.findings.every((f) => f.ruleId === "GEN-009")) {
        const fresh = this.engine.finish({ ...existing, format, imports: [] }, []);
        Object.assign(existing, { format, findings: fresh.findings, verdict: fresh.verdict });
        delete existing.suppressed;
      }
      this.own.add(existing);
      return existing;
    }
    let size = 0;
    let sha256 = "";
    try {
      size = (await lstat6(abs)).size;
      sha256 = await hashFile(abs, "sha256");
    } catch {
    }
    const rep = this.engine.finish({ path: this.display(abs), format, size, sha256, imports: [] }, []);
    this.reports.push(rep);
    this.byPath.set(abs, rep);
    this.own.add(rep);
    return rep;
  }
  listDir(dir) {
    let p = this.dirCache.get(dir);
    if (!p) {
      p = readdir2(dir).catch(() => []);
      this.dirCache.set(dir, p);
    }
    return p;
  }
  gitTops = /* @__PURE__ */ new Map();
  /** The worktree top of the repository holding `dir` (memoised per folder: every file of a folder asks). */
  gitTop(dir) {
    let p = this.gitTops.get(dir);
    if (!p) {
      p = findGitDir(dir).then((g) => g?.top);
      this.gitTops.set(dir, p);
    }
    return p;
  }
  /** Folders from the file's own up to the repository top (or the scanned root, or only its own folder). */
  async ancestors(file) {
    const start = dirname4(file);
    const top = await this.gitTop(start);
    const roots = this.opts.roots.map((r) => resolve2(r)).filter((r) => within(r, file));
    const stop = top ?? roots.sort((a, b) => a.length - b.length)[0] ?? start;
    const out = [];
    for (let d = start; ; d = dirname4(d)) {
      out.push(d);
      if (d === stop || !within(stop, d) || dirname4(d) === d) break;
    }
    return out;
  }
  /** Model files: reports of the per-file scan that are not links and not the stage's own files. */
  modelReports() {
    return [...this.byPath].filter(([, r]) => !this.own.has(r) && r.format !== "symlink");
  }
};
async function resolvePointers(st) {
  for (const [abs, rep] of [...st.byPath]) {
    if (rep.format !== "lfs-pointer" || !rep.findings.some((f) => f.ruleId === "INT-010")) continue;
    try {
      await resolvePointer(st, abs, rep);
    } catch (e) {
      st.add(rep, finding("GEN-011", `Internal error while resolving the Git LFS pointer: ${errorMessage(e)}`));
    }
  }
}
async function resolvePointer(st, abs, rep) {
  let pointer;
  try {
    const fh = await open4(abs, "r");
    const buf = Buffer.alloc(LFS_POINTER_MAX_BYTES);
    const { bytesRead } = await fh.read(buf, 0, LFS_POINTER_MAX_BYTES, 0);
    await fh.close();
    const parsed = parseLfsPointer(buf.subarray(0, bytesRead));
    if (!parsed.ok) return;
    pointer = parsed.pointer;
  } catch {
    return;
  }
  const obj3 = await lfsObjectPath(abs, pointer.oid);
  if (!obj3) {
    const git = await findGitDir(dirname4(abs));
    const hint = git ? `fetch it with \`git lfs pull --include=${toPosix3(relative4(git.top, abs))}\` or check out with lfs: true` : "the file is not in a git repository with an LFS store";
    rep.findings = rep.findings.map((f) => f.ruleId === "INT-010" ? { ...f, message: `${f.message}; ${hint}` } : f);
    return;
  }
  const check = await checkLfsObject(obj3, pointer);
  let src;
  try {
    src = await FileSource.open(obj3);
  } catch (e) {
    st.add(rep, finding("GEN-012", `Could not read the LFS object ${obj3}: ${errorMessage(e)}`));
    return;
  }
  let fresh;
  try {
    fresh = await st.engine.analyze(src, rep.path, basename2(abs), check.size, check.sha256);
  } finally {
    await src.close();
  }
  if (!fresh) return;
  const extra = check.ok ? finding(
    "INT-012",
    `Git LFS pointer resolved: the local object (sha256:${pointer.oid}, ${pointer.size} bytes) was analysed`,
    `sha256:${pointer.oid}`
  ) : finding(
    "INT-011",
    `The local Git LFS object does not match its pointer: ${check.reason}; the object was analysed as found`,
    `sha256:${pointer.oid}`
  );
  st.engine.addFindings(fresh, [extra]);
  Object.assign(rep, fresh);
  if (!fresh.suppressed) delete rep.suppressed;
  st.store.seed(obj3, check.sha256);
}
async function isRegularFile(p) {
  return (await lstat6(p).catch(() => void 0))?.isFile() ?? false;
}
async function discover(st) {
  const manifests = new Set(st.opts.manifests.map((m) => resolve2(m)));
  const signatures = /* @__PURE__ */ new Map();
  for (const s of st.opts.signatures) {
    const sig = resolve2(s.signature);
    signatures.set(`${sig}\0${s.model ? resolve2(s.model) : ""}`, {
      signature: sig,
      ...s.model ? { model: resolve2(s.model) } : {}
    });
  }
  const autoSig = (p) => {
    if (![...signatures.values()].some((s) => s.signature === p)) signatures.set(`${p}\0`, { signature: p });
  };
  for (const t of st.targets) {
    if (t.link) continue;
    const abs = resolve2(t.fsPath);
    const name = basename2(abs);
    if (name === SIGNATURE_FILE) autoSig(abs);
    else if (isSumsName(name) || sidecarTarget(name) !== void 0) manifests.add(abs);
  }
  const seenDirs = /* @__PURE__ */ new Set();
  const listings = /* @__PURE__ */ new Map();
  for (const [abs] of st.modelReports()) {
    const folder = dirname4(abs);
    let siblings = listings.get(folder);
    if (!siblings) {
      for (const dir of await st.ancestors(abs)) {
        if (seenDirs.has(dir)) continue;
        seenDirs.add(dir);
        for (const name2 of await st.listDir(dir)) {
          const p = join5(dir, name2);
          if (name2 === SIGNATURE_FILE && await isRegularFile(p)) autoSig(p);
          else if (isSumsName(name2) && await isRegularFile(p)) manifests.add(p);
        }
      }
      listings.set(folder, siblings = new Set(await st.listDir(folder)));
    }
    const name = basename2(abs);
    if (siblings.has(`${name}.sha256`) && await isRegularFile(`${abs}.sha256`)) manifests.add(`${abs}.sha256`);
    for (const suffix of DETACHED_SUFFIXES) {
      const p = abs + suffix;
      if (!siblings.has(name + suffix) || basename2(p) === SIGNATURE_FILE || signatures.has(`${p}\0${abs}`)) continue;
      if (await isRegularFile(p)) signatures.set(`${p}\0${abs}`, { signature: p, model: abs, detached: true });
    }
  }
  return { manifests: [...manifests].sort(), signatures: [...signatures.values()] };
}
async function runChecksums(st, paths) {
  const results = [];
  for (const path of paths) {
    const mrep = await st.ownReport(path, MANIFEST_FORMAT);
    let res;
    try {
      res = await verifyManifest(path, st.store, st.engine.maxManifestBytes);
    } catch (e) {
      st.add(mrep, finding("INT-006", `Checksum manifest not analysed: ${errorMessage(e)}`));
      continue;
    }
    results.push(res);
    if (res.unreadable) {
      st.add(mrep, finding("INT-006", `Checksum manifest not analysed: ${res.unreadable}`));
      continue;
    }
    for (const m of res.malformed) st.add(mrep, finding("INT-005", `Line ${m.line}: ${m.reason}`, `line ${m.line}`));
    for (const r of res.results) {
      const name = r.entry.name;
      switch (r.status) {
        case "unsafe":
          st.add(
            mrep,
            finding(
              "INT-004",
              `Line ${r.entry.line}: ${JSON.stringify(name)} is absolute or leaves the manifest's folder; rejected`,
              name
            )
          );
          break;
        case "not-a-file":
          st.add(
            mrep,
            finding(
              "INT-004",
              `Line ${r.entry.line}: ${name} is a symbolic link or not a regular file; not followed`,
              name
            )
          );
          break;
        case "missing":
          st.add(mrep, finding("INT-002", `Line ${r.entry.line}: ${name} is listed but missing`, name));
          break;
        case "mismatch": {
          const f = finding(
            "INT-001",
            `${name}: ${r.entry.algorithm} ${r.actual}, but ${basename2(path)} line ${r.entry.line} says ${r.entry.digest}`,
            r.entry.digest
          );
          const own = st.byPath.get(r.path);
          if (own && !st.own.has(own)) st.add(own, f);
          else st.add(mrep, { ...f, evidence: name });
          break;
        }
        default:
          break;
      }
    }
  }
  return results;
}
function checksumStatus(abs, results) {
  const mine = results.flatMap((m) => m.results.filter((r) => r.path === abs));
  if (mine.some((r) => r.status === "mismatch")) return "mismatch";
  if (mine.some((r) => r.status === "verified")) return "verified";
  if (mine.length === 0 && results.some((m) => m.kind === "sums" && m.covers.has(dirname4(abs)))) return "missing";
  return "none";
}
function fileMessage(check, rel, status, detail) {
  const sig = basename2(check.signaturePath);
  const what = rel === "." ? basename2(check.modelPath) : rel;
  switch (status) {
    case "changed":
      return finding(
        "INT-020",
        `${what} differs from the manifest signed in ${sig}${detail ? ` (${detail})` : ""}`,
        what
      );
    case "extra":
      return finding(
        "INT-024",
        `${what} is in the signed model but not in the manifest of ${sig}${detail ? `: ${detail}` : ""}`,
        what
      );
    case "missing":
      return finding("INT-025", `${what} is listed in ${sig} but missing`, what);
    default:
      return void 0;
  }
}
async function runSignatures(st, list) {
  const checks = [];
  for (const s of list) {
    const srep = await st.ownReport(s.signature, SIGNATURE_FORMAT);
    let check;
    try {
      check = s.detached && s.model ? await verifyDetached(s.signature, s.model, st.opts, st.store, st.engine.maxEntries) : await verifyModelSignature(s.signature, s.model, st.opts, st.store, st.engine.maxEntries);
    } catch (e) {
      st.add(srep, finding("INT-022", `Signature not analysed: ${errorMessage(e)}`));
      continue;
    }
    checks.push(check);
    for (const n of check.notes) st.add(srep, finding(n.ruleId, n.message, n.evidence));
    for (const f of check.files) {
      const fnd = fileMessage(check, f.rel, f.status, f.detail);
      if (!fnd) continue;
      const own = st.byPath.get(f.abs);
      if (own && !st.own.has(own)) st.add(own, fnd);
      else st.add(srep, fnd);
    }
  }
  return checks;
}
function statusUnder(c, abs) {
  const rel = c.modelIsFile ? "." : toPosix3(relative4(c.modelPath, abs));
  if (!c.modelIsFile && isIgnored(rel, c.ignore)) return { signature: "unsigned", altered: false };
  const f = c.files.find((x) => x.rel === rel);
  if (f?.status === "unsigned") return { signature: "unsigned", altered: false };
  const altered = f?.status === "changed" || f?.status === "extra";
  if (c.status === "unsupported" && !altered) return { signature: "unsupported", altered };
  if (c.status === "verified" && f?.status === "ok")
    return { signature: "verified", ...c.signer ? { signer: c.signer } : {}, altered };
  return { signature: "invalid", altered };
}
function signatureOf(abs, checks) {
  const all = checks.filter((c) => c.modelIsFile ? c.modelPath === abs : within(c.modelPath, abs)).map((c) => statusUnder(c, abs));
  if (all.length === 0) return { signature: "unsigned" };
  if (all.some((s) => s.altered)) return { signature: "invalid" };
  const verified = all.find((s) => s.signature === "verified");
  if (verified) return { signature: "verified", ...verified.signer ? { signer: verified.signer } : {} };
  for (const s of ["invalid", "unsupported"]) if (all.some((x) => x.signature === s)) return { signature: s };
  return { signature: "unsigned" };
}
function ownSignatureStatus(check) {
  if (check.status === "verified") return { signature: "verified", ...check.signer ? { signer: check.signer } : {} };
  return { signature: check.status === "unsupported" ? "unsupported" : "invalid" };
}
async function runIntegrityStage(targets, reports, engine, opts = emptyIntegrityOptions()) {
  const st = new Stage(reports, targets, opts, engine);
  for (const [abs, rep] of st.byPath) if (rep.format !== "lfs-pointer" && rep.sha256) st.store.seed(abs, rep.sha256);
  await resolvePointers(st);
  const found = await discover(st);
  const manifests = await runChecksums(st, found.manifests);
  const checks = await runSignatures(st, found.signatures);
  for (const [abs, rep] of st.modelReports()) {
    const checksum = checksumStatus(abs, manifests);
    if (checksum === "missing")
      st.add(
        rep,
        finding(
          "INT-003",
          `Not listed in the checksum manifest of its folder (${manifests.filter((m) => m.kind === "sums" && m.covers.has(dirname4(abs))).map((m) => basename2(m.manifest)).join(", ")})`
        )
      );
    const sig = signatureOf(abs, checks);
    rep.integrity = { sha256: rep.sha256, checksum, ...sig };
    if (opts.requireSignature && sig.signature !== "verified")
      st.add(
        rep,
        finding(
          "INT-021",
          `No verified signature covers this file (signature: ${sig.signature}) and signatures are required`
        )
      );
  }
  for (const rep of reports) {
    if (rep.integrity) continue;
    const check = checks.find((c) => st.byPath.get(c.signaturePath) === rep);
    rep.integrity = {
      sha256: rep.sha256,
      checksum: "none",
      ...check ? ownSignatureStatus(check) : { signature: "unsigned" }
    };
  }
  for (const [rep, list] of st.pending) engine.addFindings(rep, list);
}
export {
  MANIFEST_FORMAT,
  SIGNATURE_FORMAT,
  runIntegrityStage
};
