import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);
import {
  defaultJobs,
  mapTargets
} from "./chunk-LDQMB2DI.js";
import {
  sha256Source
} from "./chunk-CE4VDKG2.js";
import {
  inspectHdf5
} from "./chunk-ROZI34ZX.js";
import {
  distWorker
} from "./chunk-XWZ4OELH.js";
import {
  LFS_POINTER_MAX_BYTES,
  looksLikeLfsPointer,
  parseLfsPointer
} from "./chunk-TVLJSTC4.js";
import {
  BufferSource,
  FileSource,
  SliceSource,
  readAll,
  readInto
} from "./chunk-YOEQFNW7.js";
import {
  EMPTY_CONFIG,
  INVENTORY_KEYS,
  SEVERITY_RANK,
  importAllowed,
  pathMatches
} from "./chunk-ZU6UYXQT.js";
import {
  LimitExceeded,
  ParseError
} from "./chunk-35QUICAQ.js";
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

// node_modules/seek-bzip/lib/bitreader.js
var require_bitreader = __commonJS({
  "node_modules/seek-bzip/lib/bitreader.js"(exports, module) {
    var BITMASK = [0, 1, 3, 7, 15, 31, 63, 127, 255];
    var BitReader = function(stream) {
      this.stream = stream;
      this.bitOffset = 0;
      this.curByte = 0;
      this.hasByte = false;
    };
    BitReader.prototype._ensureByte = function() {
      if (!this.hasByte) {
        this.curByte = this.stream.readByte();
        this.hasByte = true;
      }
    };
    BitReader.prototype.read = function(bits2) {
      var result = 0;
      while (bits2 > 0) {
        this._ensureByte();
        var remaining = 8 - this.bitOffset;
        if (bits2 >= remaining) {
          result <<= remaining;
          result |= BITMASK[remaining] & this.curByte;
          this.hasByte = false;
          this.bitOffset = 0;
          bits2 -= remaining;
        } else {
          result <<= bits2;
          var shift = remaining - bits2;
          result |= (this.curByte & BITMASK[bits2] << shift) >> shift;
          this.bitOffset += bits2;
          bits2 = 0;
        }
      }
      return result;
    };
    BitReader.prototype.seek = function(pos) {
      var n_bit = pos % 8;
      var n_byte = (pos - n_bit) / 8;
      this.bitOffset = n_bit;
      this.stream.seek(n_byte);
      this.hasByte = false;
    };
    BitReader.prototype.pi = function() {
      var buf = new Buffer(6), i2;
      for (i2 = 0; i2 < buf.length; i2++) {
        buf[i2] = this.read(8);
      }
      return buf.toString("hex");
    };
    module.exports = BitReader;
  }
});

// node_modules/seek-bzip/lib/stream.js
var require_stream = __commonJS({
  "node_modules/seek-bzip/lib/stream.js"(exports, module) {
    var Stream = function() {
    };
    Stream.prototype.readByte = function() {
      throw new Error("abstract method readByte() not implemented");
    };
    Stream.prototype.read = function(buffer, bufOffset, length) {
      var bytesRead = 0;
      while (bytesRead < length) {
        var c = this.readByte();
        if (c < 0) {
          return bytesRead === 0 ? -1 : bytesRead;
        }
        buffer[bufOffset++] = c;
        bytesRead++;
      }
      return bytesRead;
    };
    Stream.prototype.seek = function(new_pos) {
      throw new Error("abstract method seek() not implemented");
    };
    Stream.prototype.writeByte = function(_byte) {
      throw new Error("abstract method readByte() not implemented");
    };
    Stream.prototype.write = function(buffer, bufOffset, length) {
      var i2;
      for (i2 = 0; i2 < length; i2++) {
        this.writeByte(buffer[bufOffset++]);
      }
      return length;
    };
    Stream.prototype.flush = function() {
    };
    module.exports = Stream;
  }
});

// node_modules/seek-bzip/lib/crc32.js
var require_crc32 = __commonJS({
  "node_modules/seek-bzip/lib/crc32.js"(exports, module) {
    module.exports = (function() {
      var crc32Lookup = new Uint32Array([
        0,
        79764919,
        159529838,
        222504665,
        319059676,
        398814059,
        445009330,
        507990021,
        638119352,
        583659535,
        797628118,
        726387553,
        890018660,
        835552979,
        1015980042,
        944750013,
        1276238704,
        1221641927,
        1167319070,
        1095957929,
        1595256236,
        1540665371,
        1452775106,
        1381403509,
        1780037320,
        1859660671,
        1671105958,
        1733955601,
        2031960084,
        2111593891,
        1889500026,
        1952343757,
        2552477408,
        2632100695,
        2443283854,
        2506133561,
        2334638140,
        2414271883,
        2191915858,
        2254759653,
        3190512472,
        3135915759,
        3081330742,
        3009969537,
        2905550212,
        2850959411,
        2762807018,
        2691435357,
        3560074640,
        3505614887,
        3719321342,
        3648080713,
        3342211916,
        3287746299,
        3467911202,
        3396681109,
        4063920168,
        4143685023,
        4223187782,
        4286162673,
        3779000052,
        3858754371,
        3904687514,
        3967668269,
        881225847,
        809987520,
        1023691545,
        969234094,
        662832811,
        591600412,
        771767749,
        717299826,
        311336399,
        374308984,
        453813921,
        533576470,
        25881363,
        88864420,
        134795389,
        214552010,
        2023205639,
        2086057648,
        1897238633,
        1976864222,
        1804852699,
        1867694188,
        1645340341,
        1724971778,
        1587496639,
        1516133128,
        1461550545,
        1406951526,
        1302016099,
        1230646740,
        1142491917,
        1087903418,
        2896545431,
        2825181984,
        2770861561,
        2716262478,
        3215044683,
        3143675388,
        3055782693,
        3001194130,
        2326604591,
        2389456536,
        2200899649,
        2280525302,
        2578013683,
        2640855108,
        2418763421,
        2498394922,
        3769900519,
        3832873040,
        3912640137,
        3992402750,
        4088425275,
        4151408268,
        4197601365,
        4277358050,
        3334271071,
        3263032808,
        3476998961,
        3422541446,
        3585640067,
        3514407732,
        3694837229,
        3640369242,
        1762451694,
        1842216281,
        1619975040,
        1682949687,
        2047383090,
        2127137669,
        1938468188,
        2001449195,
        1325665622,
        1271206113,
        1183200824,
        1111960463,
        1543535498,
        1489069629,
        1434599652,
        1363369299,
        622672798,
        568075817,
        748617968,
        677256519,
        907627842,
        853037301,
        1067152940,
        995781531,
        51762726,
        131386257,
        177728840,
        240578815,
        269590778,
        349224269,
        429104020,
        491947555,
        4046411278,
        4126034873,
        4172115296,
        4234965207,
        3794477266,
        3874110821,
        3953728444,
        4016571915,
        3609705398,
        3555108353,
        3735388376,
        3664026991,
        3290680682,
        3236090077,
        3449943556,
        3378572211,
        3174993278,
        3120533705,
        3032266256,
        2961025959,
        2923101090,
        2868635157,
        2813903052,
        2742672763,
        2604032198,
        2683796849,
        2461293480,
        2524268063,
        2284983834,
        2364738477,
        2175806836,
        2238787779,
        1569362073,
        1498123566,
        1409854455,
        1355396672,
        1317987909,
        1246755826,
        1192025387,
        1137557660,
        2072149281,
        2135122070,
        1912620623,
        1992383480,
        1753615357,
        1816598090,
        1627664531,
        1707420964,
        295390185,
        358241886,
        404320391,
        483945776,
        43990325,
        106832002,
        186451547,
        266083308,
        932423249,
        861060070,
        1041341759,
        986742920,
        613929101,
        542559546,
        756411363,
        701822548,
        3316196985,
        3244833742,
        3425377559,
        3370778784,
        3601682597,
        3530312978,
        3744426955,
        3689838204,
        3819031489,
        3881883254,
        3928223919,
        4007849240,
        4037393693,
        4100235434,
        4180117107,
        4259748804,
        2310601993,
        2373574846,
        2151335527,
        2231098320,
        2596047829,
        2659030626,
        2470359227,
        2550115596,
        2947551409,
        2876312838,
        2788305887,
        2733848168,
        3165939309,
        3094707162,
        3040238851,
        2985771188
      ]);
      var CRC32 = function() {
        var crc = 4294967295;
        this.getCRC = function() {
          return ~crc >>> 0;
        };
        this.updateCRC = function(value) {
          crc = crc << 8 ^ crc32Lookup[(crc >>> 24 ^ value) & 255];
        };
        this.updateCRCRun = function(value, count) {
          while (count-- > 0) {
            crc = crc << 8 ^ crc32Lookup[(crc >>> 24 ^ value) & 255];
          }
        };
      };
      return CRC32;
    })();
  }
});

// node_modules/seek-bzip/package.json
var require_package = __commonJS({
  "node_modules/seek-bzip/package.json"(exports, module) {
    module.exports = {
      name: "seek-bzip",
      version: "2.0.0",
      contributors: [
        "C. Scott Ananian (http://cscott.net)",
        "Eli Skeggs",
        "Kevin Kwok",
        "Rob Landley (http://landley.net)"
      ],
      description: "a pure-JavaScript Node.JS module for random-access decoding bzip2 data",
      main: "./lib/index.js",
      repository: {
        type: "git",
        url: "https://github.com/cscott/seek-bzip.git"
      },
      license: "MIT",
      bin: {
        "seek-bunzip": "./bin/seek-bunzip",
        "seek-table": "./bin/seek-bzip-table"
      },
      directories: {
        test: "test"
      },
      dependencies: {
        commander: "^6.0.0"
      },
      devDependencies: {
        fibers: "^5.0.0",
        mocha: "^8.1.0"
      },
      scripts: {
        test: "mocha"
      }
    };
  }
});

// node_modules/seek-bzip/lib/index.js
var require_lib = __commonJS({
  "node_modules/seek-bzip/lib/index.js"(exports, module) {
    var BitReader = require_bitreader();
    var Stream = require_stream();
    var CRC32 = require_crc32();
    var pjson = require_package();
    var MAX_HUFCODE_BITS = 20;
    var MAX_SYMBOLS = 258;
    var SYMBOL_RUNA = 0;
    var SYMBOL_RUNB = 1;
    var MIN_GROUPS = 2;
    var MAX_GROUPS = 6;
    var GROUP_SIZE = 50;
    var WHOLEPI = "314159265359";
    var SQRTPI = "177245385090";
    var mtf = function(array, index) {
      var src = array[index], i2;
      for (i2 = index; i2 > 0; i2--) {
        array[i2] = array[i2 - 1];
      }
      array[0] = src;
      return src;
    };
    var Err = {
      OK: 0,
      LAST_BLOCK: -1,
      NOT_BZIP_DATA: -2,
      UNEXPECTED_INPUT_EOF: -3,
      UNEXPECTED_OUTPUT_EOF: -4,
      DATA_ERROR: -5,
      OUT_OF_MEMORY: -6,
      OBSOLETE_INPUT: -7,
      END_OF_BLOCK: -8
    };
    var ErrorMessages = {};
    ErrorMessages[Err.LAST_BLOCK] = "Bad file checksum";
    ErrorMessages[Err.NOT_BZIP_DATA] = "Not bzip data";
    ErrorMessages[Err.UNEXPECTED_INPUT_EOF] = "Unexpected input EOF";
    ErrorMessages[Err.UNEXPECTED_OUTPUT_EOF] = "Unexpected output EOF";
    ErrorMessages[Err.DATA_ERROR] = "Data error";
    ErrorMessages[Err.OUT_OF_MEMORY] = "Out of memory";
    ErrorMessages[Err.OBSOLETE_INPUT] = "Obsolete (pre 0.9.5) bzip format not supported.";
    var _throw = function(status, optDetail) {
      var msg = ErrorMessages[status] || "unknown error";
      if (optDetail) {
        msg += ": " + optDetail;
      }
      var e = new TypeError(msg);
      e.errorCode = status;
      throw e;
    };
    var Bunzip2 = function(inputStream, outputStream) {
      this.writePos = this.writeCurrent = this.writeCount = 0;
      this._start_bunzip(inputStream, outputStream);
    };
    Bunzip2.prototype._init_block = function() {
      var moreBlocks = this._get_next_block();
      if (!moreBlocks) {
        this.writeCount = -1;
        return false;
      }
      this.blockCRC = new CRC32();
      return true;
    };
    Bunzip2.prototype._start_bunzip = function(inputStream, outputStream) {
      var buf = new Buffer(4);
      if (inputStream.read(buf, 0, 4) !== 4 || String.fromCharCode(buf[0], buf[1], buf[2]) !== "BZh")
        _throw(Err.NOT_BZIP_DATA, "bad magic");
      var level = buf[3] - 48;
      if (level < 1 || level > 9)
        _throw(Err.NOT_BZIP_DATA, "level out of range");
      this.reader = new BitReader(inputStream);
      this.dbufSize = 1e5 * level;
      this.nextoutput = 0;
      this.outputStream = outputStream;
      this.streamCRC = 0;
    };
    Bunzip2.prototype._get_next_block = function() {
      var i2, j, k;
      var reader = this.reader;
      var h = reader.pi();
      if (h === SQRTPI) {
        return false;
      }
      if (h !== WHOLEPI)
        _throw(Err.NOT_BZIP_DATA);
      this.targetBlockCRC = reader.read(32) >>> 0;
      this.streamCRC = (this.targetBlockCRC ^ (this.streamCRC << 1 | this.streamCRC >>> 31)) >>> 0;
      if (reader.read(1))
        _throw(Err.OBSOLETE_INPUT);
      var origPointer = reader.read(24);
      if (origPointer > this.dbufSize)
        _throw(Err.DATA_ERROR, "initial position out of bounds");
      var t = reader.read(16);
      var symToByte = new Buffer(256), symTotal = 0;
      for (i2 = 0; i2 < 16; i2++) {
        if (t & 1 << 15 - i2) {
          var o = i2 * 16;
          k = reader.read(16);
          for (j = 0; j < 16; j++)
            if (k & 1 << 15 - j)
              symToByte[symTotal++] = o + j;
        }
      }
      var groupCount = reader.read(3);
      if (groupCount < MIN_GROUPS || groupCount > MAX_GROUPS)
        _throw(Err.DATA_ERROR);
      var nSelectors = reader.read(15);
      if (nSelectors === 0)
        _throw(Err.DATA_ERROR);
      var mtfSymbol = new Buffer(256);
      for (i2 = 0; i2 < groupCount; i2++)
        mtfSymbol[i2] = i2;
      var selectors = new Buffer(nSelectors);
      for (i2 = 0; i2 < nSelectors; i2++) {
        for (j = 0; reader.read(1); j++)
          if (j >= groupCount) _throw(Err.DATA_ERROR);
        selectors[i2] = mtf(mtfSymbol, j);
      }
      var symCount = symTotal + 2;
      var groups = [], hufGroup;
      for (j = 0; j < groupCount; j++) {
        var length = new Buffer(symCount), temp = new Uint16Array(MAX_HUFCODE_BITS + 1);
        t = reader.read(5);
        for (i2 = 0; i2 < symCount; i2++) {
          for (; ; ) {
            if (t < 1 || t > MAX_HUFCODE_BITS) _throw(Err.DATA_ERROR);
            if (!reader.read(1))
              break;
            if (!reader.read(1))
              t++;
            else
              t--;
          }
          length[i2] = t;
        }
        var minLen, maxLen;
        minLen = maxLen = length[0];
        for (i2 = 1; i2 < symCount; i2++) {
          if (length[i2] > maxLen)
            maxLen = length[i2];
          else if (length[i2] < minLen)
            minLen = length[i2];
        }
        hufGroup = {};
        groups.push(hufGroup);
        hufGroup.permute = new Uint16Array(MAX_SYMBOLS);
        hufGroup.limit = new Uint32Array(MAX_HUFCODE_BITS + 2);
        hufGroup.base = new Uint32Array(MAX_HUFCODE_BITS + 1);
        hufGroup.minLen = minLen;
        hufGroup.maxLen = maxLen;
        var pp = 0;
        for (i2 = minLen; i2 <= maxLen; i2++) {
          temp[i2] = hufGroup.limit[i2] = 0;
          for (t = 0; t < symCount; t++)
            if (length[t] === i2)
              hufGroup.permute[pp++] = t;
        }
        for (i2 = 0; i2 < symCount; i2++)
          temp[length[i2]]++;
        pp = t = 0;
        for (i2 = minLen; i2 < maxLen; i2++) {
          pp += temp[i2];
          hufGroup.limit[i2] = pp - 1;
          pp <<= 1;
          t += temp[i2];
          hufGroup.base[i2 + 1] = pp - t;
        }
        hufGroup.limit[maxLen + 1] = Number.MAX_VALUE;
        hufGroup.limit[maxLen] = pp + temp[maxLen] - 1;
        hufGroup.base[minLen] = 0;
      }
      var byteCount = new Uint32Array(256);
      for (i2 = 0; i2 < 256; i2++)
        mtfSymbol[i2] = i2;
      var runPos = 0, dbufCount = 0, selector = 0, uc;
      var dbuf = this.dbuf = new Uint32Array(this.dbufSize);
      symCount = 0;
      for (; ; ) {
        if (!symCount--) {
          symCount = GROUP_SIZE - 1;
          if (selector >= nSelectors) {
            _throw(Err.DATA_ERROR);
          }
          hufGroup = groups[selectors[selector++]];
        }
        i2 = hufGroup.minLen;
        j = reader.read(i2);
        for (; ; i2++) {
          if (i2 > hufGroup.maxLen) {
            _throw(Err.DATA_ERROR);
          }
          if (j <= hufGroup.limit[i2])
            break;
          j = j << 1 | reader.read(1);
        }
        j -= hufGroup.base[i2];
        if (j < 0 || j >= MAX_SYMBOLS) {
          _throw(Err.DATA_ERROR);
        }
        var nextSym = hufGroup.permute[j];
        if (nextSym === SYMBOL_RUNA || nextSym === SYMBOL_RUNB) {
          if (!runPos) {
            runPos = 1;
            t = 0;
          }
          if (nextSym === SYMBOL_RUNA)
            t += runPos;
          else
            t += 2 * runPos;
          runPos <<= 1;
          continue;
        }
        if (runPos) {
          runPos = 0;
          if (dbufCount + t > this.dbufSize) {
            _throw(Err.DATA_ERROR);
          }
          uc = symToByte[mtfSymbol[0]];
          byteCount[uc] += t;
          while (t--)
            dbuf[dbufCount++] = uc;
        }
        if (nextSym > symTotal)
          break;
        if (dbufCount >= this.dbufSize) {
          _throw(Err.DATA_ERROR);
        }
        i2 = nextSym - 1;
        uc = mtf(mtfSymbol, i2);
        uc = symToByte[uc];
        byteCount[uc]++;
        dbuf[dbufCount++] = uc;
      }
      if (origPointer < 0 || origPointer >= dbufCount) {
        _throw(Err.DATA_ERROR);
      }
      j = 0;
      for (i2 = 0; i2 < 256; i2++) {
        k = j + byteCount[i2];
        byteCount[i2] = j;
        j = k;
      }
      for (i2 = 0; i2 < dbufCount; i2++) {
        uc = dbuf[i2] & 255;
        dbuf[byteCount[uc]] |= i2 << 8;
        byteCount[uc]++;
      }
      var pos = 0, current = 0, run = 0;
      if (dbufCount) {
        pos = dbuf[origPointer];
        current = pos & 255;
        pos >>= 8;
        run = -1;
      }
      this.writePos = pos;
      this.writeCurrent = current;
      this.writeCount = dbufCount;
      this.writeRun = run;
      return true;
    };
    Bunzip2.prototype._read_bunzip = function(outputBuffer, len) {
      var copies, previous, outbyte;
      if (this.writeCount < 0) {
        return 0;
      }
      var gotcount = 0;
      var dbuf = this.dbuf, pos = this.writePos, current = this.writeCurrent;
      var dbufCount = this.writeCount, outputsize = this.outputsize;
      var run = this.writeRun;
      while (dbufCount) {
        dbufCount--;
        previous = current;
        pos = dbuf[pos];
        current = pos & 255;
        pos >>= 8;
        if (run++ === 3) {
          copies = current;
          outbyte = previous;
          current = -1;
        } else {
          copies = 1;
          outbyte = current;
        }
        this.blockCRC.updateCRCRun(outbyte, copies);
        while (copies--) {
          this.outputStream.writeByte(outbyte);
          this.nextoutput++;
        }
        if (current != previous)
          run = 0;
      }
      this.writeCount = dbufCount;
      if (this.blockCRC.getCRC() !== this.targetBlockCRC) {
        _throw(Err.DATA_ERROR, "Bad block CRC (got " + this.blockCRC.getCRC().toString(16) + " expected " + this.targetBlockCRC.toString(16) + ")");
      }
      return this.nextoutput;
    };
    var coerceInputStream = function(input) {
      if ("readByte" in input) {
        return input;
      }
      var inputStream = new Stream();
      inputStream.pos = 0;
      inputStream.readByte = function() {
        return input[this.pos++];
      };
      inputStream.seek = function(pos) {
        this.pos = pos;
      };
      inputStream.eof = function() {
        return this.pos >= input.length;
      };
      return inputStream;
    };
    var coerceOutputStream = function(output) {
      var outputStream = new Stream();
      var resizeOk = true;
      if (output) {
        if (typeof output === "number") {
          outputStream.buffer = new Buffer(output);
          resizeOk = false;
        } else if ("writeByte" in output) {
          return output;
        } else {
          outputStream.buffer = output;
          resizeOk = false;
        }
      } else {
        outputStream.buffer = new Buffer(16384);
      }
      outputStream.pos = 0;
      outputStream.writeByte = function(_byte) {
        if (resizeOk && this.pos >= this.buffer.length) {
          var newBuffer = new Buffer(this.buffer.length * 2);
          this.buffer.copy(newBuffer);
          this.buffer = newBuffer;
        }
        this.buffer[this.pos++] = _byte;
      };
      outputStream.getBuffer = function() {
        if (this.pos !== this.buffer.length) {
          if (!resizeOk)
            throw new TypeError("outputsize does not match decoded input");
          var newBuffer = new Buffer(this.pos);
          this.buffer.copy(newBuffer, 0, 0, this.pos);
          this.buffer = newBuffer;
        }
        return this.buffer;
      };
      outputStream._coerced = true;
      return outputStream;
    };
    Bunzip2.Err = Err;
    Bunzip2.decode = function(input, output, multistream) {
      var inputStream = coerceInputStream(input);
      var outputStream = coerceOutputStream(output);
      var bz = new Bunzip2(inputStream, outputStream);
      while (true) {
        if ("eof" in inputStream && inputStream.eof()) break;
        if (bz._init_block()) {
          bz._read_bunzip();
        } else {
          var targetStreamCRC = bz.reader.read(32) >>> 0;
          if (targetStreamCRC !== bz.streamCRC) {
            _throw(Err.DATA_ERROR, "Bad stream CRC (got " + bz.streamCRC.toString(16) + " expected " + targetStreamCRC.toString(16) + ")");
          }
          if (multistream && "eof" in inputStream && !inputStream.eof()) {
            bz._start_bunzip(inputStream, outputStream);
          } else break;
        }
      }
      if ("getBuffer" in outputStream)
        return outputStream.getBuffer();
    };
    Bunzip2.decodeBlock = function(input, pos, output) {
      var inputStream = coerceInputStream(input);
      var outputStream = coerceOutputStream(output);
      var bz = new Bunzip2(inputStream, outputStream);
      bz.reader.seek(pos);
      var moreBlocks = bz._get_next_block();
      if (moreBlocks) {
        bz.blockCRC = new CRC32();
        bz.writeCopies = 0;
        bz._read_bunzip();
      }
      if ("getBuffer" in outputStream)
        return outputStream.getBuffer();
    };
    Bunzip2.table = function(input, callback, multistream) {
      var inputStream = new Stream();
      inputStream.delegate = coerceInputStream(input);
      inputStream.pos = 0;
      inputStream.readByte = function() {
        this.pos++;
        return this.delegate.readByte();
      };
      if (inputStream.delegate.eof) {
        inputStream.eof = inputStream.delegate.eof.bind(inputStream.delegate);
      }
      var outputStream = new Stream();
      outputStream.pos = 0;
      outputStream.writeByte = function() {
        this.pos++;
      };
      var bz = new Bunzip2(inputStream, outputStream);
      var blockSize = bz.dbufSize;
      while (true) {
        if ("eof" in inputStream && inputStream.eof()) break;
        var position = inputStream.pos * 8 + bz.reader.bitOffset;
        if (bz.reader.hasByte) {
          position -= 8;
        }
        if (bz._init_block()) {
          var start = outputStream.pos;
          bz._read_bunzip();
          callback(position, outputStream.pos - start);
        } else {
          var crc = bz.reader.read(32);
          if (multistream && "eof" in inputStream && !inputStream.eof()) {
            bz._start_bunzip(inputStream, outputStream);
            console.assert(
              bz.dbufSize === blockSize,
              "shouldn't change block size within multistream file"
            );
          } else break;
        }
      }
    };
    Bunzip2.Stream = Stream;
    Bunzip2.version = pjson.version;
    Bunzip2.license = pjson.license;
    module.exports = Bunzip2;
  }
});

// node_modules/xz-decompress/dist/package/xz-decompress.js
var require_xz_decompress = __commonJS({
  "node_modules/xz-decompress/dist/package/xz-decompress.js"(exports, module) {
    (function webpackUniversalModuleDefinition(root, factory) {
      if (typeof exports === "object" && typeof module === "object")
        module.exports = factory(__require("stream/web"));
      else if (typeof define === "function" && define.amd)
        define(["stream/web"], factory);
      else if (typeof exports === "object")
        exports["xz-decompress"] = factory(__require("stream/web"));
      else
        root["xz-decompress"] = factory(root["stream/web"]);
    })(exports, (__WEBPACK_EXTERNAL_MODULE__2__) => {
      return (
        /******/
        (() => {
          "use strict";
          var __webpack_modules__ = [
            ,
            /* 1 */
            /***/
            ((module2) => {
              module2.exports = "data:application/wasm;base64,AGFzbQEAAAABOApgAX8Bf2ABfwBgAABgA39/fwF/YAABf2ACf38AYAN/f34BfmACf38Bf2AEf39/fwF/YAN/f38AAyEgAAABAgMDAwMEAQUAAgMCBgcIBwUDAAMHAQcABwcBAwkFAwEAAgYIAX8BQfCgBAsHTgUGbWVtb3J5AgAOY3JlYXRlX2NvbnRleHQACA9kZXN0cm95X2NvbnRleHQACQxzdXBwbHlfaW5wdXQACg9nZXRfbmV4dF9vdXRwdXQACwqQYCDfAgEFf0EAIQECQCAAQQdqIgJBEEkNAEEBIQEgAkEDdiIDQQJGDQBBAiEBIAJBIEkNAEEDIQEgA0EERg0AQQQhASACQTBJDQBBBSEBIANBBkYNAEEGIQEgAkHIAEkNAEEHIQEgAkHYAEkNAEEIIQEgAkGIAUkNAEEJIQEgAkGIAkkNACAAEIGAgIAAIgBBCGpBACAAGw8LAkACQCABQQJ0QcCIgIAAaiIEKAIAIgANAEEAIQACQAJAQQAoAuSIgIAAIgJFDQBBACACKAIANgLkiICAAAwBC0EAEIGAgIAAIgJFDQILIAJBgIB8cSIAIAJBCHZB/wFxIgJyIAE6AAAgACACQQh0ckGAAmohAEEAIQJBACABQQJ0QYCIgIAAaigCACIDayEFIAMhAQNAIAAgBWoiACACNgIAIAAhAiABIANqIgFBgQJJDQALIAQgADYCAAsgBCAAKAIANgIACyAAC/QHAQh/QQAoArCIgIAAIQECQAJAAkACQAJAQQAtALSIgIAARQ0AQQBBADoAtIiAgAAgAUUNAUGwiICAACECA0ACQAJAIAFBCGoiAyABKAIEIgRqIgVBCHZB/wFxIgYNACABIQIMAQsCQANAIAVBgIB8cSAGai0AAEH+AUcNAUGwiICAACEGA0AgBiIHKAIAIgYgBUcNAAsgByAFKAIANgIAIAEgBCAFKAIEakEIaiIENgIEIAcgAiACIAVGGyECIAMgBGoiBUEIdkH/AXEiBg0ACwsgAigCACECCyACKAIAIgENAAtBACgCsIiAgAAhAQsgAUUNACAAQYcCakGAfnEhCEF/IQJBsIiAgAAhBEEAIQNBsIiAgAAhBgNAIAYhBwJAIAEiBigCBCIFIABJDQAgBSACTw0AIAUhAiAHIQQgBiEDIAVBCGogCEcNACAHIQQgBSECIAYhAwwECyAGKAIAIgENAAsgAw0CDAELQbCIgIAAIQQLPwBBEHQhASAAQYgCaiEHQQAhAwJAAkBBACgCuIiAgAAiAkUNAEEAIQUgASEGDAELQQAgAUHwoISAAEH//wNqQYCAfHEiBmsiAjYCuIiAgAAgAiEFCwJAIAcgBU0NACACQQF2IgIgByAFayIHIAIgB0sbQf//A2oiB0EQdkAAQX9GDQJBAEEAKAK4iICAACAHQYCAfHEiA2o2AriIgIAACyAGRQ0BIAZB/wE6AAEgBkEAKAKwiICAADYCgAIgBkGEAmogAyAFakGAgHxxQfh9aiICNgIAIAZBgAJqIQMLIANBgIB8cSIGIANBCHZB/wFxckH/AToAACAEIAMoAgA2AgACQCACIABrQYB+cSIFDQAgAw8LIAMhAQJAIAYgBUF/cyADQQhqIgQgAmoiB2pBgIB8cUYNACAEQf//A3EhBQJAIABB9/0DSw0AIAYgBEEIdkH/AXFqQf4BOgAAIANBACgCsIiAgAA2AgAgA0GAgAQgBWsiBTYCBEEAIAM2ArCIgIAAEIOAgIAAIAZBhIIEaiACIAVrQfh9aiIFNgIAIAZBgYAEakH/AToAACAGQYCCBGohASAFIABrQYB+cSEFDAELIAIgBWogACAFakH//3tqQYCAfHFrQYCAeGohBSADIQELIAEgASgCBCAFazYCBCAFQfgBaiEGIAcgBWtBCHZB/wFxIQUCQANAIAYiB0GAfmohBiAFIgQNAUEBIQUgB0H4AUcNAAsLAkAgB0H4AUYNACACIANqIAZrQYCAfHEiBSAEakH+AToAACAFIARBCHRqIgVBACgCsIiAgAA2AgAgBSAGNgIEQQAgBTYCsIiAgAAQg4CAgAALIAEPC0EAC3wBAn8CQCAARQ0AAkAgAEGAgHxxIABBCHZB/wFxciIBLQAAIgJB/wFHDQAgAEF4aiIAQQAoArCIgIAANgIAQQAgADYCsIiAgAAgAUH+AToAAEEAQQE6ALSIgIAADwsgACACQQJ0QcCIgIAAaiICKAIANgIAIAIgADYCAAsLawECfwJAQQAoArCIgIAAIgAoAgRB/wFLDQAgAEGAgHxxIgEgAEEIdkH/AXEiAHJBCToAAEEAQQAoArCIgIAAKAIANgKwiICAACABIABBCHRyIgBBACgC5IiAgAA2AgBBACAANgLkiICAAAsLTgECfwJAIAAgAUYNACACRQ0AA0ACQCAALQAAIgMgAS0AACIERg0AQQFBfyADIARLGw8LIAFBAWohASAAQQFqIQAgAkF/aiICDQALC0EAC3gBAX8CQAJAIAAgAU8NACACRQ0BIAAhAwNAIAMgAS0AADoAACABQQFqIQEgA0EBaiEDIAJBf2oiAg0ADAILCyAAIAFNDQAgAkUNACABQX9qIQEgAEF/aiEDA0AgAyACaiABIAJqLQAAOgAAIAJBf2oiAg0ACwsgAAssAQF/AkAgAkUNACAAIQMDQCADIAE6AAAgA0EBaiEDIAJBf2oiAg0ACwsgAAt/AQF/AkACQCABIAByIAJyQQNxRQ0AIAJFDQEgACEDA0AgAyABLQAAOgAAIAFBAWohASADQQFqIQMgAkF/aiICDQAMAgsLIAJBBEkNACACQQJ2IQIgACEDA0AgAyABKAIANgIAIAFBBGohASADQQRqIQMgAkF/aiICDQALCyAAC4gBAQJ/AkBBAC0A6IiAgAANAEEAQQE6AOiIgIAAEIyAgIAAEI6AgIAAC0GggAgQgICAgAAiAEGAgAQ2AgBBAkGAgIAgEJeAgIAAIQEgAEEUakKAgICAgIDAADcCACAAQRBqIABBoIAEajYCACAAQQhqQgA3AgAgACAAQSBqNgIEIAAgATYCHCAACxUAIAAoAhwQmICAgAAgABCCgICAAAsWACAAQQxqIAE2AgAgAEEIakEANgIACxsAIAAoAhwgAEEEaiAAQQxqKAIARRCWgICAAAtUAQN/QQAhAANAQQghASAAIQIDQEEAIAJBAXFrQaCG4u1+cSACQQF2cyECIAFBf2oiAQ0ACyAAQQJ0QfCIgIAAaiACNgIAIABBAWoiAEGAAkcNAAsLTgACQCABRQ0AIAJBf3MhAgNAIAJB/wFxIAAtAABzQQJ0QfCIgIAAaigCACACQQh2cyECIABBAWohACABQX9qIgENAAsgAkF/cyECCyACC10DAX4BfwF+QgAhAANAQQghASAAIQIDQEIAIAJCAYN9QsKenLzd8pW2SYMgAkIBiIUhAiABQX9qIgENAAsgAKdBA3RB8JCAgABqIAI3AwAgAEIBfCIAQoACUg0ACwtPAAJAIAFFDQAgAkJ/hSECA0AgAkL/AYMgADEAAIWnQQN0QfCQgIAAaikDACACQgiIhSECIABBAWohACABQX9qIgENAAsgAkJ/hSECCyACC8oQAgx/An4CQAJAIAAoAiRFDQAgACgCACECDAELQQAhAiAAQQA6ACggAEIANwMAIABCADcDGCAAQcgAakEAQeQAEIaAgIAAGiAAQawBakEMNgIACyAAIAEoAgQiAzYCECAAQeAAaiEEIABByABqIQUgAEG2AWohBiAAQbABaiEHIABBqAFqIQggASgCECEJAkACQAJAAkADQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQCACDgoBAgAEBQYHCAkKDwsgASgCACEKIAAoAqgBIQIgACgCrAEhCyABKAIEIQwgASgCCCENDAILIAcgACgCqAEiDGogASgCACABKAIEIgJqIAEoAgggAmsiAiAAKAKsASAMayIMIAIgDEkbIgIQh4CAgAAaIAEgASgCBCACajYCBEEAIQwgAEEAIAAoAqgBIAJqIgIgAiAAKAKsASILRhs2AqgBIAIgC0cNESAAQQE2AgACQCAHQaiIgIAAQQYQhICAgABFDQBBBSEMDBILIAZBAkEAEI2AgIAAIAAoALgBRw0QQQYhDCAGLQAADREgACAALQC3ASICNgIgIAJBBEsNEUEBIAJ0QRNxRQ0RCyABKAIEIgwgASgCCCINRg0OAkAgASgCACIKIAxqLQAAIgsNACAAIAw2AhAgASAMQQFqNgIEQQYhAgwMC0EAIQIgAEEANgKoASAAQQI2AgAgACALQQJ0QQRqIgs2AqwBIAAgCzYCQAsgByACaiAKIAxqIA0gDGsiDCALIAJrIgIgDCACSRsiAhCHgICAABogASABKAIEIAJqNgIEQQAhDCAAQQAgACgCqAEgAmoiAiACIAAoAqwBIgtGGzYCqAEgAiALRw0PIAAgAkF8aiICNgKsAUEHIQwgByACQQAQjYCAgAAgByAAKAKsASICaigAAEcNDyAAQQI2AqgBIAAtALEBIgtBP3ENDAJAAkAgC0HAAHFFDQAgACAHIAggAhCRgICAAEEBRw0RIAAgACkDCDcDMCAAKAKsASECIAAtALEBIQsMAQsgAEJ/NwMwC0J/IQ4CQCALwEF/Sg0AIAAgByAIIAIQkYCAgABBAUcNECAAKAKsASECIAApAwghDgsgACAONwM4IAIgACgCqAEiC2tBAkkNDyAAIAtBAWoiCjYCqAEgCCALakEIai0AAEEhRw0MIAAgC0ECaiINNgKoASAIIApqQQhqLQAAQQFHDQwgAiANRg0PIAAgC0EDajYCqAEgACgCsAkgCCANakEIai0AABCcgICAACIMDQ8gACgCrAEiAiAAKAKoASIMIAIgDEsbIQ0CQANAIA0gDEYNASAAIAxBAWoiAjYCqAEgACAMaiELIAIhDCALQbABai0AAA0ODAALCyAFQgA3AwAgAEEANgKoASAAQQM2AgAgBUEIakIANwMACyAAIAEoAgQ2AhAgACABKAIQNgIUIAAoArAJIAEQmYCAgAAhDCAAIAApA0ggASgCBCAAKAIQa618Ig43A0ggACAAKQNQIAEoAhAgACgCFCICayILrXwiDzcDUCAOIAApAzBWDQ0gDyAAKQM4Vg0NAkACQAJAAkAgACgCIEF/ag4EAAMDAQMLIAEoAgwgAmogCyAAKAIYEI2AgIAArSEODAELIAEoAgwgAmogCyAAKQMYEI+AgIAAIQ4LIAAgDjcDGAsgDEEBRw0OAkAgACkDMCIOQn9RDQAgDiAFKQMAUg0OCwJAIAApAzgiDkJ/UQ0AQQchDCAOIAApA1BSDQ8LIAAgACkDSCAANQJAfCAAKQNgfCIPNwNgQgQhDgJAAkACQCAAKAIgQX9qDgQBAgIAAgtCCCEOCyAEIA4gD3w3AwALIAAgACkDaCAAKQNQfDcDaCAAIARBGCAAKAJwEI2AgIAANgJwIABBBDYCACAAIAApA1hCAXw3A1gLAkAgBSkDACIOQgODUA0AIA5CAXwhDiABKAIEIQwgASgCCCELA0AgCyAMRg0NIAEgDEEBaiICNgIEIAEoAgAgDGotAAANDiAFIA43AwAgDkIDgyEPIA5CAXwhDiACIQwgD0IAUg0ACwsgAEEFNgIAC0EBIQIgACgCIEF/ag4EBgcHBQcLIAAgARCSgICAACIMQQFHDQsgAEEHNgIAC0EAIAAoAhBrIQUgAEGAAWopAwAhDiABKAIEIQwCQANAIA4gBSAMaq18QgODUA0BAkAgDCABKAIIRw0AIAAgARCTgICAAAwLCyABIAxBAWoiAjYCBCABKAIAIAxqIQsgAiEMIAstAAANCwwACwsgACABEJOAgIAAQQchDCAEIABBkAFqQRgQhICAgAANCiAAQQg2AgALIAAgAUEgEJSAgIAAIgxBAUcNCSAAQQk2AgBBDCELIABBDDYCrAEMAQsgACgCrAEhCwsgByAAKAKoASIMaiABKAIAIAEoAgQiAmogASgCCCACayICIAsgDGsiDCACIAxJGyICEIeAgIAAGiABIAEoAgQgAmo2AgRBACEMIABBACAAKAKoASACaiICIAIgACgCrAEiC0YbNgKoASACIAtHDQcgABCVgICAACEMDAcLQQEhAiAAIAFBwAAQlICAgAAiDEEBRw0GDAELQQEhAiAAIAFBIBCUgICAACIMQQFHDQULIAAgAjYCAAwACwtBBiEMDAILQQAhDAwBC0EHIQwLAkACQCAAKAIkDQACQAJAIAwOAgADAQtBB0EIIAEoAgQgASgCCEYbIQwLIAEgCTYCECABIAM2AgQgDA8LAkAgDA0AIAMgASgCBEcNACAJIAEoAhBHDQAgAC0AKCEBIABBAToAKCABQQN0DwsgAEEAOgAoCyAMC6YBAQN/AkAgACgCBCIEDQAgAEIANwMICyACKAIAIgUgAyAFIANLGyEGA0ACQCAGIAVHDQBBAA8LIAEgBWotAAAhAyACIAVBAWoiBTYCACAAIANB/wBxrSAErYYgACkDCIQ3AwgCQAJAIAPAIgNBAEgNAAJAIAMNAEEHIQMgBA0CCyAAQQA2AgRBAQ8LQQchAyAAIARBB2oiBDYCBCAEQT9HDQELCyADC6ECAgN/AX4gAEGQAWohAiABQQRqIQMDQAJAIAAgASgCACADIAEoAggQkYCAgAAiBEEBRg0AIABBgAFqIgMgAykDACABKAIEIAAoAhAiA2siAq18NwMAIAAgAyABKAIAaiACIAAoAhgQjYCAgACtNwMYIAQPCwJAAkACQAJAAkAgACgCeA4DAAIBAwsgACAAKQMIIgU3A4gBAkAgBSAAKQNYUQ0AQQcPCyAAQQE2AngMAwsgACAAKQOYASAAKQMIfDcDmAEgACACQRggACgCoAEQjYCAgAA2AqABIABBATYCeCAAIAApA4gBQn98IgU3A4gBDAILIABBAjYCeCAAIAApA5ABIAApAwh8NwOQAQsgACkDiAEhBQsgBUIAUg0AC0EBC0ABAn8gAEGAAWoiAiACKQMAIAEoAgQgACgCECICayIDrXw3AwAgACACIAEoAgBqIAMgACgCGBCNgICAAK03AxgLfAEEfyABKAIEIQMgASgCCCEEA0ACQCAEIANHDQBBAA8LIAEgA0EBaiIFNgIEAkAgASgCACADai0AACAAKQMYIAAoAgQiA62Ip0H/AXFGDQBBBw8LIAAgA0EIaiIGNgIEIAUhAyAGIAJJDQALIABBADYCBCAAQgA3AxhBAQtvAQF/QQchAQJAIABBugFqLwAAQdm0AUcNACAAQbQBakEGQQAQjYCAgAAgAEGwAWooAABHDQAgAEGAAWopAwBCAoggADUAtAFSDQAgAEG4AWotAAANAEEBQQcgACgCICAAQbkBai0AAEYbIQELIAELwAIBA38CQAJAAkAgACgCJA0AIABBADoAKCAAQQA2AgBBASECDAELAkAgACgCAEEKRw0AQQAhAwwCC0ECIQMMAQtBASEDCwJAAkADQAJAAkACQAJAIAMOAwABAwMLIAEoAgQiAyABKAIIIgRGDQQgASgCACEFAkADQCAFIANqLQAADQEgASADQQFqIgM2AgQgACAAKAIEQQFqQQNxNgIEIAQgA0YNBgwACwsCQCAAKAIERQ0AQQcPCyAAKAIkRQ0BIABBADoAKCAAQQA2AgBBASEDDAMLIABCADcDGCAAQQA2AgQgAEHIAGpBAEHkABCGgICAABogAEGsAWpBDDYCAAtBAiEDDAELIAAgARCQgICAACIDQQFHDQIgAEEKNgIAQQAhAwwACwsCQCACDQBBAA8LQQdBASAAKAIEGyEDCyADC3UBAX8CQEG4CRCAgICAACICRQ0AIAIgADYCJCACIAAgARCbgICAACIANgKwCQJAIABFDQAgAkEAOgAoIAJCADcDACACQgA3AxggAkHIAGpBAEHkABCGgICAABogAkGsAWpBDDYCACACDwsgAhCCgICAAAtBAAseAAJAIABFDQAgACgCsAkQnYCAgAAgABCCgICAAAsL3RABCn8gAEHo3QFqIQIgAEHUAGohAyAAQRxqIgRBCGohBQJAAkADQCAAKAJAIQYCQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkAgASgCBCIHIAEoAghJDQAgBkEHRg0BDBELIAYOCQECAwQFBgcACQ4LIAAoAkwhBgwHC0EBIQYgASAHQQFqNgIEIAEoAgAgB2otAAAiB0UNCAJAAkAgB0HfAUsNACAHQQFHDQELIABBgAI7AVACQCAAKAI8DQAgACABKAIMIAEoAhAiBmo2AhggACABKAIUIAZrNgIsCyAEQgA3AgAgBUIANwIADAoLIAAtAFBFDQkMDQsgASAHQQFqNgIEIAEoAgAgB2otAAAhByAAQQI2AkAgACAHQQh0IAAoAkhqNgJIDAsLIAEgB0EBajYCBCABKAIAIAdqLQAAIQcgAEEDNgJAIAAgByAAKAJIakEBajYCSAwKCyABIAdBAWo2AgQgASgCACAHai0AACEHIABBBDYCQCAAIAdBCHQ2AkwMCQsgASAHQQFqNgIEIAEoAgAgB2otAAAhByAAIAAoAkQ2AkAgACAHIAAoAkxqQQFqNgJMDAgLIAEgB0EBajYCBEEHIQYgASgCACAHai0AACIHQeABSw0DQQAhCAJAAkAgB0EtTw0AQQAhCQwBCyAHQVNqIgcgB0H/AXFBLW4iCUEtbGshByAJQQFqIQkLIABBfyAJdEF/czYCdAJAIAdB/wFxQQlJDQAgB0F3aiIHIAdB/wFxQQluIghBCWxrIQcgCEEBaiEICyAAIAg2AnAgACAHQf8BcSIHNgJsIAggB2pBBEsNAyADQgA3AgAgA0EIakIANwIAIANBEGpBADYCACAAQX8gCHRBf3M2AnBB+AAhBwNAIAAgB2pBgAg7AQAgB0ECaiIHQeTdAUcNAAsgAEEGNgJAIABBBTYCCCAAQv////8PNwIACyAAKAJMIgpBBUkNBwJAIAAoAggiB0UNACAHQX9qIQYgASgCBCEHIAEoAgghCQNAIAkgB0YNCiABIAdBAWoiCDYCBCABKAIAIAdqLQAAIQcgACAGNgIIIAAgByAAKAIEQQh0cjYCBCAIIQcgBkF/aiIGQX9HDQALCyAAQQc2AkAgACAKQXtqIgY2AkwLIAAgACgCICIHIAEoAhQgASgCEGsiCCAAKAJIIgkgCCAJSRsiCGogACgCLCIJIAkgB2sgCEsbNgIoIAEoAggiCiABKAIEIghrIQcCQAJAAkAgACgC5N0BIgkNACAGDQFBACEGCyACIAlqIAEoAgAgCGpBKiAJayIIIAYgCWsiBiAIIAZJGyIGIAcgBiAHSRsiBxCHgICAABoCQAJAIAAoAuTdASIIIAdqIgYgACgCTEcNACACIAhqIAdqQQBBPyAGaxCGgICAABogACgC5N0BIAdqIQYMAQsCQCAGQRRLDQAgACAGNgLk3QEgASABKAIEIAdqNgIEDAMLIAZBa2ohBgsgAEEANgIQIAAgAjYCDCAAIAY2AhRBByEGIAAQmoCAgABFDQMgACgCECIIIAAoAuTdASIJIAdqSw0DIAAgACgCTCAIayIGNgJMAkAgCCAJTw0AIAAgCSAIayIHNgLk3QEgAiACIAhqIAcQhYCAgAAaDAILIABBADYC5N0BIAEgASgCBCAIIAlraiIINgIEIAEoAggiCiAIayEHCwJAIAdBFUkNACAAIAg2AhAgACABKAIANgIMIAAgCkFraiAIIAZqIAcgBkEVakkbNgIUQQchBiAAEJqAgIAARQ0DIAAoAkwiByAAKAIQIgggASgCBGsiCUkNAyABIAg2AgQgACAHIAlrIgY2AkwgASgCCCAIayIHQRRLDQELIAIgASgCACAIaiAHIAYgByAGSRsiBxCHgICAABogACAHNgLk3QEgASABKAIEIAdqNgIECyAAKAIgIgYgACgCHCIIayEHAkAgACgCPEUNAAJAIAYgACgCLEcNACAAQQA2AiALIAEoAgwgASgCEGogACgCGCAIaiAHEIeAgIAAGiAAKAIgIQYLIAAgBjYCHCABIAEoAhAgB2oiCDYCECAAIAAoAkgiBiAHazYCSAJAIAYgB0cNAEEHIQYgACgCTA0CIAAoAmgNAiAAKAIEDQIgAEEANgJADAQLQQAhBiAIIAEoAhRGDQEgASgCBCABKAIIRw0FIAAoAuTdASAAKAJMTw0FDAELAkADQCAAKAJMIghFDQFBACEGIAEoAggiCSAHTQ0CIAEoAhQiCiABKAIQIgtNDQIgACAIIAkgB2siBiAKIAtrIgkgBiAJSRsiBiAAKAIsIAAoAiAiCWsiCiAGIApJGyIGIAggBiAISRsiBms2AkwgCSAAKAIYaiABKAIAIAdqIAYQhYCAgAAaIAAgACgCICAGaiIHNgIgAkAgACgCJCAHTw0AIAAgBzYCJAsCQCAAKAI8RQ0AAkAgByAAKAIsRw0AIABBADYCIAsgASgCDCABKAIQaiABKAIAIAEoAgRqIAYQhYCAgAAaIAAoAiAhBwsgACAHNgIcIAEgASgCECAGajYCECABIAEoAgQgBmoiBzYCBAwACwsgAEEANgJADAQLIAYPCyAHwEF/Sg0BIABBATYCQCAAIAdBEHRBgID8AHE2AkgCQCAHQcABSQ0AIABBBTYCRCAAQQA6AFEMAwsgAC0AUQ0DIABBBjYCRCAHQaABSQ0CIANCADcCACADQRBqQQA2AgAgA0EIakIANwIAQfgAIQcDQCAAIAdqQYAIOwEAIAdBAmoiB0Hk3QFHDQALCyAAQQU2AgggAEL/////DzcCAAwBCyAHQQJLDQEgAEKDgICAgAE3AkAMAAsLQQcPC0EAC5wYARR/IABBGGohAQJAIABBIGooAgAiAiAAQShqKAIAIgNPDQAgAEHoAGoiBCgCAEUNACABIAQgACgCVBCegICAABogACgCKCEDIAAoAiAhAgsCQCACIANPDQAgAEHYC2ohBSAAQbwNaiEGIABB3A1qIQcgAEHoAGohCCAAQeAVaiEJIABB1ABqIQoDQCAAKAIQIgsgACgCFEsNASAAIAAoAmQiDEEFdGogACgCdCACcSINQQF0aiIOQfgAaiEPAkACQCAAKAIAIgNBgICACEkNACAAKAIEIRAMAQsgACADQQh0IgM2AgAgACALQQFqIgQ2AhAgACAAKAIEQQh0IAAoAgwgC2otAAByIhA2AgQgBCELCwJAAkAgECADQQt2IA8vAQAiEWwiBE8NACAAIAQ2AgAgDyARQYAQIBFrQQV2ajsBACACQX9qIQMCQCACDQAgACgCLCADaiEDCwJAAkAgACgCJCIRDQBBACEDDAELIAEoAgAgA2otAAAhAwsgACAAKAJwIAJxIAAoAmwiD3QgA0EIIA9rdmpBgAxsakHkHWohDgJAAkAgDEEGSw0AQQEhAwNAIA4gA0EBdCIDaiEQAkACQCAAKAIAIgRBgICACEkNACAAKAIEIQwMAQsgACAEQQh0IgQ2AgAgACAAKAIQIg9BAWo2AhAgACAAKAIEQQh0IA8gACgCDGotAAByIgw2AgQLAkACQCAMIARBC3YgEC8BACIRbCIPSQ0AIAAgDCAPazYCBCAEIA9rIQ8gA0EBciEDIBEgEUEFdmshBAwBCyARQYAQIBFrQQV2aiEECyAAIA82AgAgECAEOwEAIANBgAJJDQALIAAoAiAhAgwBCyACIAAoAlQiD0F/c2ohAwJAIAIgD0sNACAAKAIsIANqIQMLAkACQCARDQBBACESDAELIAEoAgAgA2otAAAhEgtBASEDQYACIQ8DQCAOIBJBAXQiEiAPcSITIA9qIANqQQF0aiERAkACQCAEQf///wdNDQAgBCENDAELIAAgBEEIdCINNgIAIAAgC0EBaiIENgIQIAAgEEEIdCAAKAIMIAtqLQAAciIQNgIEIAQhCwsCQAJAIBAgDUELdiARLwEAIgxsIgRPIhQNACAMQYAQIAxrQQV2aiEMDAELIAAgECAEayIQNgIEIA0gBGshBCAMIAxBBXZrIQxBACEPCyAAIAQ2AgAgESAMOwEAIA8gE3MhDyADQQF0IBRyIgNBgAJJDQALCyAAIAJBAWo2AiAgACgCGCACaiADOgAAAkAgACgCJCAAKAIgIgJPDQAgACACNgIkC0EAIQMCQCAAKAJkIgRBBEkNAAJAIARBCUsNACAEQX1qIQMMAQsgBEF6aiEDCyAAIAM2AmQMAQsgACADIARrIgM2AgAgACAQIARrIgQ2AgQgDyARIBFBBXZrOwEAIAAgDEEBdGoiEkH4A2ohDwJAAkAgA0H///8HTQ0AIAshEwwBCyAAIANBCHQiAzYCACAAIAtBAWoiEzYCECAAIARBCHQgACgCDCALai0AAHIiBDYCBAsCQAJAIAQgA0ELdiAPLwEAIhBsIhFJDQAgACADIBFrIgw2AgAgACAEIBFrIgM2AgQgDyAQIBBBBXZrOwEAIBJBkARqIQ8CQAJAIAxB////B00NACATIREMAQsgACAMQQh0Igw2AgAgACATQQFqIhE2AhAgACADQQh0IAAoAgwgE2otAAByIgM2AgQLAkACQCADIAxBC3YgDy8BACIQbCIETw0AIAAgBDYCACAPIBBBgBAgEGtBBXZqOwEAIA5B2ARqIQ8CQCAEQf///wdLDQAgACAEQQh0IgQ2AgAgACARQQFqNgIQIAAgA0EIdCAAKAIMIBFqLQAAciIDNgIECwJAIAMgBEELdiAPLwEAIhBsIhFJDQAgACAEIBFrNgIAIAAgAyARazYCBCAPIBAgEEEFdms7AQAMAgsgACARNgIAIA8gEEGAECAQa0EFdmo7AQAgAEEBNgJoIABBCUELIAAoAmRBB0kbNgJkDAMLIAAgDCAEayIMNgIAIAAgAyAEayIDNgIEIA8gECAQQQV2azsBACASQagEaiEEAkACQCAMQf///wdNDQAgESEODAELIAAgDEEIdCIMNgIAIAAgEUEBaiIONgIQIAAgA0EIdCAAKAIMIBFqLQAAciIDNgIECwJAAkAgAyAMQQt2IAQvAQAiD2wiEE8NACAAIBA2AgAgBCAPQYAQIA9rQQV2ajsBACAAKAJYIQMMAQsgACAMIBBrIhE2AgAgACADIBBrIgM2AgQgBCAPIA9BBXZrOwEAIBJBwARqIQ8CQCARQf///wdLDQAgACARQQh0IhE2AgAgACAOQQFqNgIQIAAgA0EIdCAAKAIMIA5qLQAAciIDNgIECwJAAkAgAyARQQt2IA8vAQAiEGwiBE8NACAQQYAQIBBrQQV2aiEQIAAoAlwhAwwBCyAAIAMgBGs2AgQgACgCYCEDIAAgACgCXDYCYCARIARrIQQgECAQQQV2ayEQCyAAIAQ2AgAgDyAQOwEAIAAgACgCWDYCXAsgACAAKAJUNgJYIAAgAzYCVAsgAEEIQQsgACgCZEEHSRs2AmQgACAJIA0Qn4CAgAAMAQsgACARNgIAIA8gEEGAECAQa0EFdmo7AQAgACAAKAJcNgJgIAAgACkCVDcCWCAAQQdBCiAAKAJkQQdJGzYCZCAAIAcgDRCfgICAACAKIAAoAmgiA0F+akEDIANBBkkbQQd0akGEB2ohDUEBIQMDQCANIANBAXQiA2ohEAJAAkAgACgCACIEQYCAgAhJDQAgACgCBCEMDAELIAAgBEEIdCIENgIAIAAgACgCECIPQQFqNgIQIAAgACgCBEEIdCAPIAAoAgxqLQAAciIMNgIECwJAAkAgDCAEQQt2IBAvAQAiEWwiD0kNACAAIAwgD2s2AgQgBCAPayEPIANBAXIhAyARIBFBBXZrIQQMAQsgEUGAECARa0EFdmohBAsgACAPNgIAIBAgBDsBACADQcAASQ0ACwJAIANBQGoiBEEDSw0AIAAgBDYCVAwBCyAAIANBAXFBAnIiDzYCVCAEQQF2IRACQCAEQQ1LDQAgACAPIBBBf2oiDnQiBDYCVEEBIQ8gBSAEQQF0akHAACADa0EBdGpBfmohEkEAIQwDQCASIA9BAXQiD2ohEAJAAkAgACgCACIDQYCAgAhJDQAgACgCBCENDAELIAAgA0EIdCIDNgIAIAAgACgCECIEQQFqNgIQIAAgACgCBEEIdCAEIAAoAgxqLQAAciINNgIECwJAAkAgDSADQQt2IBAvAQAiEWwiBEkNACAAIA0gBGs2AgQgACAAKAJUQQEgDHRqNgJUIAMgBGshBCAPQQFyIQ8gESARQQV2ayEDDAELIBFBgBAgEWtBBXZqIQMLIAAgBDYCACAQIAM7AQAgDiAMQQFqIgxHDQAMAgsLIBBBe2ohECAAKAIEIQQgACgCACEDA0ACQCADQf///wdLDQAgACADQQh0IgM2AgAgACAAKAIQIhFBAWo2AhAgBEEIdCARIAAoAgxqLQAAciEECyAAIANBAXYiAzYCACAAIAQgA2siBEEfdSIRIA9BAXRqQQFqIg82AlQgACARIANxIARqIgQ2AgQgEEF/aiIQDQALIAAgD0EEdDYCVEEAIQxBASEPA0AgBiAPQQF0Ig9qIRACQAJAIAAoAgAiA0GAgIAISQ0AIAAoAgQhDQwBCyAAIANBCHQiAzYCACAAIAAoAhAiBEEBajYCECAAIAAoAgRBCHQgBCAAKAIMai0AAHIiDTYCBAsCQAJAIA0gA0ELdiAQLwEAIhFsIgRJDQAgACANIARrNgIEIAAgACgCVEEBIAx0ajYCVCADIARrIQQgD0EBciEPIBEgEUEFdmshAwwBCyARQYAQIBFrQQV2aiEDCyAAIAQ2AgAgECADOwEAIAxBAWoiDEEERw0ACwsCQCABIAggACgCVBCegICAAA0AQQAPCyAAKAIgIQILIAIgACgCKEkNAAsLQQEhAwJAIAAoAgAiBEH///8HSw0AIAAgBEEIdDYCAEEBIQMgACAAKAIQIgRBAWo2AhAgACAAKAIEQQh0IAQgACgCDGotAAByNgIECyADC3ABAX8CQEGo3gEQgICAgAAiAkUNACACQTRqIAE2AgAgAkE8aiAANgIAAkACQAJAIABBf2oOAgABAgsgAiABEICAgIAAIgA2AhggAA0BIAIQgoCAgAAMAgsgAkEANgIYIAJBOGpBADYCAAsgAg8LQQAL0gEBAn9BBiECAkAgAUEnSw0AIABBMGogAUEBcUECciABQQF2QQtqdCIBNgIAAkACQCAAQTxqKAIAIgNFDQBBBCECIAEgAEE0aigCAEsNAiAAQSxqIAE2AgAgA0ECRw0AIABBOGoiAygCACABTw0AIAAgATYCOCAAKAIYEIKAgIAAIAAgACgCMBCAgICAACIBNgIYIAENAEEDIQIMAQtBACECIABBADYCQCAAQdAAakEBOgAAIABB6ABqQQA2AgAgAEHk3QFqIQMLIANBADYCAAsgAgsjAAJAIABBPGooAgBFDQAgACgCGBCCgICAAAsgABCCgICAAAvHAQEDf0EAIQMCQCAAKAIMIAJNDQAgACgCGCACTQ0AIAEgASgCACIDIAAoAhAgACgCCCIEayIFIAMgBSADSRsiBWs2AgAgBCACQX9zaiEDAkAgBCACSw0AIAAoAhQgA2ohAwsDQCAAKAIAIgIgA2otAAAhASAAIAAoAggiBEEBajYCCCACIARqIAE6AABBACADQQFqIgMgAyAAKAIURhshAyAFQX9qIgUNAAtBASEDIAAoAgwgACgCCCIFTw0AIAAgBTYCDAsgAwvoBAEGfwJAAkAgACgCACIDQYCAgAhJDQAgACgCBCEEDAELIAAgA0EIdCIDNgIAIAAgACgCECIFQQFqNgIQIAAgACgCBEEIdCAFIAAoAgxqLQAAciIENgIECwJAAkAgBCADQQt2IAEvAQAiBWwiBk8NACAAIAY2AgAgASAFQYAQIAVrQQV2ajsBACABIAJBBHRqQQRqIQdBCCEIQQIhAQwBCyAAIAMgBmsiAzYCACAAIAQgBmsiBDYCBCABIAUgBUEFdms7AQACQCADQf///wdLDQAgACADQQh0IgM2AgAgACAAKAIQIgVBAWo2AhAgACAEQQh0IAUgACgCDGotAAByIgQ2AgQLAkAgBCADQQt2IAEvAQIiBWwiBk8NACAAIAY2AgAgASAFQYAQIAVrQQV2ajsBAiABIAJBBHRqQYQCaiEHQQghCEEKIQEMAQsgACADIAZrNgIAIAAgBCAGazYCBCABIAUgBUEFdms7AQIgAUGEBGohB0GAAiEIQRIhAQsgAEHoAGogATYCAEEBIQEDQCAHIAFBAXQiAWohBAJAAkAgACgCACIDQYCAgAhJDQAgACgCBCECDAELIAAgA0EIdCIDNgIAIAAgACgCECIFQQFqNgIQIAAgACgCBEEIdCAFIAAoAgxqLQAAciICNgIECwJAAkAgAiADQQt2IAQvAQAiBmwiBUkNACAAIAIgBWs2AgQgAyAFayEFIAFBAXIhASAGIAZBBXZrIQMMAQsgBkGAECAGa0EFdmohAwsgACAFNgIAIAQgAzsBACABIAhJDQALIABB6ABqIgAgASAIayAAKAIAajYCAAsLNQEAQYAICy4IAAAAEAAAABgAAAAgAAAAKAAAADAAAABAAAAAUAAAAIAAAAAAAQAA/Td6WFoA";
            }),
            /* 2 */
            /***/
            ((module2) => {
              module2.exports = __WEBPACK_EXTERNAL_MODULE__2__;
            })
            /******/
          ];
          var __webpack_module_cache__ = {};
          function __webpack_require__(moduleId) {
            var cachedModule = __webpack_module_cache__[moduleId];
            if (cachedModule !== void 0) {
              return cachedModule.exports;
            }
            var module2 = __webpack_module_cache__[moduleId] = {
              /******/
              // no module.id needed
              /******/
              // no module.loaded needed
              /******/
              exports: {}
              /******/
            };
            __webpack_modules__[moduleId](module2, module2.exports, __webpack_require__);
            return module2.exports;
          }
          (() => {
            __webpack_require__.d = (exports2, definition) => {
              for (var key in definition) {
                if (__webpack_require__.o(definition, key) && !__webpack_require__.o(exports2, key)) {
                  Object.defineProperty(exports2, key, { enumerable: true, get: definition[key] });
                }
              }
            };
          })();
          (() => {
            __webpack_require__.o = (obj, prop) => Object.prototype.hasOwnProperty.call(obj, prop);
          })();
          (() => {
            __webpack_require__.r = (exports2) => {
              if (typeof Symbol !== "undefined" && Symbol.toStringTag) {
                Object.defineProperty(exports2, Symbol.toStringTag, { value: "Module" });
              }
              Object.defineProperty(exports2, "__esModule", { value: true });
            };
          })();
          var __webpack_exports__ = {};
          (() => {
            __webpack_require__.r(__webpack_exports__);
            __webpack_require__.d(__webpack_exports__, {
              /* harmony export */
              XzReadableStream: () => (
                /* binding */
                XzReadableStream2
              )
              /* harmony export */
            });
            var _dist_native_xz_decompress_wasm__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1);
            const ReadableStream2 = globalThis.ReadableStream || __webpack_require__(2).ReadableStream;
            const XZ_OK = 0;
            const XZ_STREAM_END = 1;
            class XzContext {
              constructor(moduleInstance) {
                this.exports = moduleInstance.exports;
                this.memory = this.exports.memory;
                this.ptr = this.exports.create_context();
                this._refresh();
                this.bufSize = this.mem32[0];
                this.inStart = this.mem32[1] - this.ptr;
                this.inEnd = this.inStart + this.bufSize;
                this.outStart = this.mem32[4] - this.ptr;
              }
              supplyInput(sourceDataUint8Array) {
                this._refresh();
                const inBuffer = this.mem8.subarray(this.inStart, this.inEnd);
                inBuffer.set(sourceDataUint8Array, 0);
                this.exports.supply_input(this.ptr, sourceDataUint8Array.byteLength);
                this._refresh();
              }
              getNextOutput() {
                const result = this.exports.get_next_output(this.ptr);
                this._refresh();
                if (result !== XZ_OK && result !== XZ_STREAM_END) {
                  throw new Error(`get_next_output failed with error code ${result}`);
                }
                const outChunk = this.mem8.slice(this.outStart, this.outStart + /* outPos */
                this.mem32[5]);
                return { outChunk, finished: result === XZ_STREAM_END };
              }
              needsMoreInput() {
                return (
                  /* inPos */
                  this.mem32[2] === /* inSize */
                  this.mem32[3]
                );
              }
              outputBufferIsFull() {
                return (
                  /* outPos */
                  this.mem32[5] === this.bufSize
                );
              }
              resetOutputBuffer() {
                this.outPos = this.mem32[5] = 0;
              }
              dispose() {
                this.exports.destroy_context(this.ptr);
                this.exports = null;
              }
              _refresh() {
                if (this.memory.buffer !== this.mem8?.buffer) {
                  this.mem8 = new Uint8Array(this.memory.buffer, this.ptr);
                  this.mem32 = new Uint32Array(this.memory.buffer, this.ptr);
                }
              }
            }
            class ContextMutex {
              constructor() {
                this.locked = false;
                this.waitQueue = [];
              }
              async acquire() {
                if (!this.locked) {
                  this.locked = true;
                  return;
                }
                return new Promise((resolve4) => {
                  this.waitQueue.push(resolve4);
                });
              }
              release() {
                if (this.waitQueue.length > 0) {
                  const next = this.waitQueue.shift();
                  next();
                } else {
                  this.locked = false;
                }
              }
            }
            class XzReadableStream2 extends ReadableStream2 {
              static _moduleInstancePromise;
              static _moduleInstance;
              static _contextMutex = new ContextMutex();
              static async _getModuleInstance() {
                const base64Wasm = _dist_native_xz_decompress_wasm__WEBPACK_IMPORTED_MODULE_0__.replace("data:application/wasm;base64,", "");
                const wasmBytes = Uint8Array.from(atob(base64Wasm), (c) => c.charCodeAt(0)).buffer;
                const wasmOptions = {};
                const module2 = await WebAssembly.instantiate(wasmBytes, wasmOptions);
                XzReadableStream2._moduleInstance = module2.instance;
              }
              constructor(compressedStream) {
                let xzContext;
                let unconsumedInput = null;
                const compressedReader = compressedStream.getReader();
                super({
                  async start(controller) {
                    await XzReadableStream2._contextMutex.acquire();
                    try {
                      if (!XzReadableStream2._moduleInstance) {
                        await (XzReadableStream2._moduleInstancePromise || (XzReadableStream2._moduleInstancePromise = XzReadableStream2._getModuleInstance()));
                      }
                      xzContext = new XzContext(XzReadableStream2._moduleInstance);
                    } catch (error) {
                      XzReadableStream2._contextMutex.release();
                      throw error;
                    }
                  },
                  async pull(controller) {
                    try {
                      if (xzContext.needsMoreInput()) {
                        if (unconsumedInput === null || unconsumedInput.byteLength === 0) {
                          const { done, value } = await compressedReader.read();
                          if (!done) {
                            unconsumedInput = value;
                          }
                        }
                        const nextInputLength = Math.min(xzContext.bufSize, unconsumedInput.byteLength);
                        xzContext.supplyInput(unconsumedInput.subarray(0, nextInputLength));
                        unconsumedInput = unconsumedInput.subarray(nextInputLength);
                      }
                      const nextOutputResult = xzContext.getNextOutput();
                      controller.enqueue(nextOutputResult.outChunk);
                      xzContext.resetOutputBuffer();
                      if (nextOutputResult.finished) {
                        xzContext.dispose();
                        XzReadableStream2._contextMutex.release();
                        controller.close();
                      }
                    } catch (error) {
                      if (xzContext) {
                        xzContext.dispose();
                      }
                      XzReadableStream2._contextMutex.release();
                      throw error;
                    }
                  },
                  cancel() {
                    try {
                      if (xzContext) {
                        xzContext.dispose();
                      }
                      return compressedReader.cancel();
                    } finally {
                      XzReadableStream2._contextMutex.release();
                    }
                  }
                });
              }
            }
          })();
          return __webpack_exports__;
        })()
      );
    });
  }
});

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
    example: "npm run build && (node dist/cli.js scan examples || test $? -eq 1)",
    bench: "node scripts/bench.mjs",
    fuzz: "node scripts/fuzz.mjs"
  },
  dependencies: {
    "@actions/core": "^3.0.1",
    "@actions/github": "^9.1.1",
    "@actions/glob": "^0.7.0",
    "@sigstore/bundle": "^4.0.0",
    "@sigstore/core": "^3.2.1",
    "@sigstore/protobuf-specs": "^0.5.2",
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
    "@jest/globals": "^29.7.0",
    "@types/node": "^20.19.43",
    esbuild: "^0.28.2",
    eslint: "^10.15.0",
    "fast-check": "^4.10.2",
    jest: "^29.7.0",
    prettier: "^3.10.1",
    typescript: "^5.9.3",
    "typescript-eslint": "^8.73.0"
  }
};

// src/version.ts
var VERSION = package_default.version;

// src/engine/scan.ts
import { createHash } from "node:crypto";
import { basename as basename2, dirname } from "node:path";

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
var PREFILTER = /AKIA|ASIA|AGPA|AIDA|AROA|ANPA|ANVA|AIPA|gh[pousr]_|github_pat_|glpat-|hf_|sk-|xox|hooks\.slack|AIza|_live_|-----BEGIN|aws|:\/\/[^\s@/]*:[^\s@/]*@/i;
function mayHoldSecret(text) {
  return PREFILTER.test(text);
}
function matchSecrets(text) {
  const out = [];
  for (const p of SECRET_PATTERNS) {
    p.re.lastIndex = 0;
    for (let m = p.re.exec(text); m; m = p.re.exec(text)) {
      const token = m[1] ?? m[0];
      if (p.minEntropy !== void 0 && entropy(token) < p.minEntropy) continue;
      const start = p.kind === "password in URL" ? m.index + m[0].indexOf(":", m[0].indexOf("://") + 3) + 1 : m.index;
      const end = p.kind === "password in URL" ? start + token.length : m.index + m[0].length;
      out.push({ kind: p.kind, index: m.index, start, end });
    }
  }
  return out;
}
function findSecrets(text) {
  if (text.length <= WINDOW && !PREFILTER.test(text)) return [];
  const hits = [];
  for (let start = 0; start < text.length; start += WINDOW - 512) {
    const chunk = text.slice(start, start + WINDOW);
    for (const m of matchSecrets(chunk))
      hits.push({ kind: m.kind, redacted: redact(chunk.slice(m.start, m.end)), index: start + m.index });
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
var KEY_BLOCK = /-----BEGIN [A-Z ]*PRIVATE KEY(?: BLOCK)?-----(?:(?:\\[nr]|\s)+[A-Za-z0-9+/=]+)*(?:(?:\\[nr]|\s)*-----END [A-Z ]*PRIVATE KEY(?: BLOCK)?-----)?/g;
function redactSecrets(text) {
  if (!PREFILTER.test(text)) return text;
  const spans = matchSecrets(text).map((m) => ({ start: m.start, end: m.end }));
  KEY_BLOCK.lastIndex = 0;
  for (let m = KEY_BLOCK.exec(text); m; m = KEY_BLOCK.exec(text))
    spans.push({ start: m.index, end: m.index + m[0].length });
  if (!spans.length) return text;
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  let out = "";
  let at = 0;
  for (const s of spans) {
    if (s.start < at) continue;
    const secret = text.slice(s.start, s.end);
    const header = /^-----BEGIN [A-Z ]*-----/.exec(secret)?.[0];
    const shown = header === void 0 ? redact(secret) : header === secret ? secret : `${header}\u2026(${secret.length} chars)`;
    out += text.slice(at, s.start) + shown;
    at = s.end;
  }
  return out + text.slice(at);
}
function reportSecrets(ctx, text, where, offset, member) {
  if (text.length < 16) return;
  for (const h of findSecrets(text))
    ctx.report("SEC-001", `${h.kind} embedded in ${where}: ${h.redacted}`, {
      offset,
      evidence: `${h.kind}: ${h.redacted}`,
      ...member !== void 0 ? { member } : {}
    });
}

// src/engine/context.ts
var FileRun = class {
  constructor(path, limits, dispatch2) {
    this.path = path;
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
    f.message = redactSecrets(f.message);
    if (f.evidence !== void 0) f.evidence = redactSecrets(f.evidence);
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
    const child2 = this.child(name, nested);
    if (child2.depth > this.limits.maxDepth) {
      child2.report("GEN-007", `Not analysed: nesting deeper than ${this.limits.maxDepth} levels`);
      return { formats: [] };
    }
    return this.run.dispatch(src, child2, opts);
  }
  /** Throws LimitExceeded when the per-file time budget is spent. Call it in long loops. */
  checkDeadline(offset) {
    if (Date.now() > this.run.deadline)
      throw new LimitExceeded("maxFileMillis", `time limit of ${this.limits.maxFileMillis} ms reached`, offset);
  }
  /** Milliseconds left of the per-file time budget (for work that must be cut off from outside, e.g. a worker). */
  remainingMillis() {
    return Math.max(0, this.run.deadline - Date.now());
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
  ".pt": ["pytorch-zip", "pytorch-legacy", "pytorch-tar", "torchscript", "pickle", "zip", "tar"],
  ".pth": ["pytorch-zip", "pytorch-legacy", "pytorch-tar", "torchscript", "pickle", "zip", "tar"],
  ".ckpt": ["pytorch-zip", "pytorch-legacy", "pytorch-tar", "torchscript", "pickle", "zip", "tar"],
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
  ".json": ["hf-tokenizer-config", "model-config"],
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
function looksLikeModel(path) {
  const name = basename(path).toLowerCase();
  if (MODEL_EXTENSIONS.has(extname(name))) return true;
  return /^(pytorch_model|model|tf_model|flax_model|saved_model)([-.]|$)/.test(name);
}
function extensionMismatch(name, formats) {
  const ext = extname(name).toLowerCase();
  const expected2 = EXPECTED[ext];
  if (expected2 === void 0 || formats.length === 0 || formats.includes("lfs-pointer")) return void 0;
  if (formats.some((f) => expected2.includes(f))) return void 0;
  return expected2;
}

// src/analyzers/lfs/index.ts
var LFS_FACT = "lfsPointer";
var analyzer = {
  id: "lfs-pointer",
  detect: (v) => looksLikeLfsPointer(v.head, v.size),
  async analyze(src, ctx) {
    if (src.size >= LFS_POINTER_MAX_BYTES) return;
    const parsed = parseLfsPointer(await readAll(src));
    if (!parsed.ok) {
      ctx.report("INT-013", `Looks like a Git LFS pointer but is not a valid one: ${parsed.reason}`);
      return;
    }
    const p = parsed.pointer;
    if (ctx.member === void 0) ctx.run.facts[LFS_FACT] = p;
    ctx.report(
      "INT-010",
      `Git LFS pointer (object sha256:${p.oid}, ${p.size} bytes): the model content is not in the checkout and was not analysed`,
      { evidence: `sha256:${p.oid}` }
    );
  }
};

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

// src/analyzers/zip/structure.ts
var SIG_LOCAL = 67324752;
var SIG_CENTRAL = 33639248;
var SIG_EOCD = 101010256;
var SIG_EOCD64 = 101075792;
var SIG_LOCATOR64 = 117853008;
var EOCD_LEN = 22;
var MAX_COMMENT = 65535;
var END_SEARCH = EOCD_LEN + MAX_COMMENT;
var LOCATOR_LEN = 20;
var EOCD64_LEN = 56;
function u64(b, at) {
  const v = b.readBigUInt64LE(at);
  if (v > BigInt(Number.MAX_SAFE_INTEGER)) throw new ParseError("ZIP64 value beyond 2^53", at);
  return Number(v);
}
async function readZip64(src, eocdAt) {
  if (eocdAt < LOCATOR_LEN) return void 0;
  const loc = await src.read(eocdAt - LOCATOR_LEN, LOCATOR_LEN);
  if (loc.length < LOCATOR_LEN || loc.readUInt32LE(0) !== SIG_LOCATOR64) return void 0;
  const declared = u64(loc, 8);
  for (const at of [declared, eocdAt - LOCATOR_LEN - EOCD64_LEN]) {
    if (at < 0 || at + EOCD64_LEN > src.size) continue;
    const r2 = await src.read(at, EOCD64_LEN);
    if (r2.readUInt32LE(0) !== SIG_EOCD64) continue;
    return { offset: at, entries: u64(r2, 32), cdSize: u64(r2, 40), cdOffset: u64(r2, 48) };
  }
  return void 0;
}
async function findEndRecords(src) {
  const span = Math.min(src.size, END_SEARCH);
  const base = src.size - span;
  const tail = await src.read(base, span);
  const found = [];
  for (let i2 = tail.length - EOCD_LEN; i2 >= 0; i2--) {
    if (tail[i2] !== 80 || tail.readUInt32LE(i2) !== SIG_EOCD) continue;
    const rec = await checkEnd(src, tail, i2, base);
    if (rec) found.push(rec);
  }
  return found;
}
async function checkEnd(src, tail, i2, base) {
  const offset = base + i2;
  const disk = tail.readUInt16LE(i2 + 4);
  const cdDisk = tail.readUInt16LE(i2 + 6);
  const onDisk = tail.readUInt16LE(i2 + 8);
  let entries = tail.readUInt16LE(i2 + 10);
  let cdSize = tail.readUInt32LE(i2 + 12);
  let cdOffset = tail.readUInt32LE(i2 + 16);
  const commentLength = tail.readUInt16LE(i2 + 20);
  if (offset + EOCD_LEN + commentLength > src.size) return void 0;
  let zip64;
  let dirEnd = offset;
  const z = await readZip64(src, offset).catch(() => void 0);
  if (z) {
    zip64 = { offset: z.offset };
    if (entries === 65535 || onDisk === 65535) entries = z.entries;
    if (cdSize === 4294967295) cdSize = z.cdSize;
    if (cdOffset === 4294967295) cdOffset = z.cdOffset;
    dirEnd = z.offset;
  } else {
    if (disk !== 0 && disk !== 65535 || cdDisk !== 0 && cdDisk !== 65535) return void 0;
    if (onDisk !== entries) return void 0;
  }
  if (cdSize > dirEnd) return void 0;
  if (entries === 0)
    return cdSize === 0 ? { offset, entries, cdSize, cdOffset, commentLength, ...zip64 ? { zip64 } : {} } : void 0;
  for (const at of [cdOffset, dirEnd - cdSize]) {
    if (at < 0 || at + 46 > src.size) continue;
    const sig = await src.read(at, 4);
    if (sig.length === 4 && sig.readUInt32LE(0) === SIG_CENTRAL)
      return { offset, entries, cdSize, cdOffset, commentLength, ...zip64 ? { zip64 } : {} };
  }
  return void 0;
}
function decodeName(raw, flags) {
  return raw.toString(flags & 2048 ? "utf8" : "latin1");
}
function applyZip64Extra(extra, e) {
  for (let p = 0; p + 4 <= extra.length; ) {
    const id = extra.readUInt16LE(p);
    const len = extra.readUInt16LE(p + 2);
    const body = extra.subarray(p + 4, p + 4 + len);
    p += 4 + len;
    if (id !== 1) continue;
    let q = 0;
    const next = () => {
      if (q + 8 > body.length) throw new ParseError("ZIP64 extra field too short");
      const v = u64(body, q);
      q += 8;
      return v;
    };
    if (e.uncompressedSize === 4294967295) e.uncompressedSize = next();
    if (e.compressedSize === 4294967295) e.compressedSize = next();
    if (e.localHeaderOffset === 4294967295) e.localHeaderOffset = next();
    return;
  }
}
var S_IFMT = 61440;
var S_IFLNK = 40960;
function parseCentral(cd, shift, limits, declared, anomalies) {
  const entries = [];
  let p = 0;
  while (p + 46 <= cd.length && cd.readUInt32LE(p) === SIG_CENTRAL) {
    if (entries.length >= limits.maxEntries)
      throw new LimitExceeded("maxEntries", `more than ${limits.maxEntries} entries in one archive`);
    const nameLen = cd.readUInt16LE(p + 28);
    const extraLen = cd.readUInt16LE(p + 30);
    const commentLen = cd.readUInt16LE(p + 32);
    if (p + 46 + nameLen + extraLen + commentLen > cd.length)
      throw new ParseError("central directory entry runs past the directory");
    const flags = cd.readUInt16LE(p + 8);
    const rawName = Buffer.from(cd.subarray(p + 46, p + 46 + nameLen));
    const versionMadeBy = cd.readUInt16LE(p + 4);
    const externalAttrs = cd.readUInt32LE(p + 38);
    const sizes = {
      compressedSize: cd.readUInt32LE(p + 20),
      uncompressedSize: cd.readUInt32LE(p + 24),
      localHeaderOffset: cd.readUInt32LE(p + 42)
    };
    applyZip64Extra(cd.subarray(p + 46 + nameLen, p + 46 + nameLen + extraLen), sizes);
    const name = decodeName(rawName, flags);
    const host = versionMadeBy >> 8;
    const mode = externalAttrs >>> 16;
    entries.push({
      index: entries.length,
      name,
      rawName,
      ...sizes,
      method: cd.readUInt16LE(p + 10),
      flags,
      crc32: cd.readUInt32LE(p + 16),
      versionMadeBy,
      externalAttrs,
      isSymlink: (host === 3 || host === 19) && (mode & S_IFMT) === S_IFLNK,
      isDirectory: name.endsWith("/") || (externalAttrs & 16) !== 0,
      localAbs: sizes.localHeaderOffset + shift
    });
    p += 46 + nameLen + extraLen + commentLen;
  }
  if (entries.length !== declared)
    anomalies.push({
      rule: "CTR-002",
      message: `The end record declares ${declared} entries but the central directory holds ${entries.length}`,
      evidence: `${declared}!=${entries.length}`
    });
  return entries;
}
async function readLocalHeaders(src, entries, anomalies) {
  for (const e of entries) {
    const h = await src.read(e.localAbs, 30);
    if (h.length < 30 || h.readUInt32LE(0) !== SIG_LOCAL) {
      e.unreadable = `no local header at offset ${e.localAbs}`;
      anomalies.push({
        rule: "CTR-003",
        message: `Central directory points to offset ${e.localAbs}, where no local header is`,
        entry: e.name,
        evidence: "no-local-header"
      });
      continue;
    }
    const flags = h.readUInt16LE(6);
    const method = h.readUInt16LE(8);
    const crc = h.readUInt32LE(14);
    const csize = h.readUInt32LE(18);
    const usize = h.readUInt32LE(22);
    const nameLen = h.readUInt16LE(26);
    const extraLen = h.readUInt16LE(28);
    const localName = await src.read(e.localAbs + 30, nameLen);
    e.dataOffset = e.localAbs + 30 + nameLen + extraLen;
    if (e.dataOffset + e.compressedSize > src.size) {
      e.unreadable = `data (${e.compressedSize} bytes at ${e.dataOffset}) runs past the end of the file`;
      anomalies.push({
        rule: "CTR-003",
        message: `Member data runs past the end of the file`,
        entry: e.name,
        evidence: "data-past-eof"
      });
    }
    const diffs = [];
    if (!localName.equals(e.rawName)) diffs.push(`name "${localName.toString("latin1").slice(0, 80)}"`);
    if (method !== e.method) diffs.push(`method ${method} vs ${e.method}`);
    if (flags !== e.flags) diffs.push(`flags 0x${flags.toString(16)} vs 0x${e.flags.toString(16)}`);
    if (!(flags & 8)) {
      if (crc !== e.crc32) diffs.push(`CRC ${crc.toString(16)} vs ${e.crc32.toString(16)}`);
      if (csize !== 4294967295 && csize !== e.compressedSize % 2 ** 32)
        diffs.push(`compressed size ${csize} vs ${e.compressedSize}`);
      if (usize !== 4294967295 && usize !== e.uncompressedSize % 2 ** 32)
        diffs.push(`size ${usize} vs ${e.uncompressedSize}`);
    }
    if (diffs.length)
      anomalies.push({
        rule: "CTR-003",
        message: `Local header disagrees with the central directory (${diffs.join("; ")}); PyTorch reads the central directory`,
        entry: e.name,
        evidence: diffs.map((d) => d.split(" ")[0]).join(",")
      });
  }
}
function structuralChecks(src, s, limits) {
  const { entries, end, anomalies } = s;
  if (s.shift > 0)
    anomalies.push({
      rule: "CTR-002",
      message: `${s.shift} bytes precede the archive (directory offsets are shifted); torch.load does not read this file as a zip`,
      offset: 0,
      evidence: `prefix:${s.shift}`
    });
  const located = entries.filter((e) => e.dataOffset !== void 0);
  let first = Infinity;
  for (const e of entries) first = Math.min(first, e.localAbs);
  if (entries.length && first > s.shift)
    anomalies.push({
      rule: "CTR-002",
      message: `${first - s.shift} bytes of unreferenced data before the first entry`,
      offset: s.shift,
      evidence: `gap:${first - s.shift}`
    });
  const after = end.offset + EOCD_LEN + end.commentLength;
  if (after < src.size)
    anomalies.push({
      rule: "CTR-002",
      message: `${src.size - after} bytes of data after the end of the archive`,
      offset: after,
      evidence: `trailing:${src.size - after}`
    });
  const byStart = [...located].sort((a, b) => a.localAbs - b.localAbs);
  for (let i2 = 1; i2 < byStart.length; i2++) {
    const prev = byStart[i2 - 1];
    const cur = byStart[i2];
    if (cur.localAbs < prev.dataOffset + prev.compressedSize)
      anomalies.push({
        rule: "CTR-002",
        message: `Member data overlaps "${prev.name}"`,
        entry: cur.name,
        evidence: "overlap"
      });
  }
  const counts = /* @__PURE__ */ new Map();
  for (const e of entries) counts.set(e.name, (counts.get(e.name) ?? 0) + 1);
  for (const [name, n] of counts)
    if (n > 1)
      anomalies.push({
        rule: "CTR-004",
        message: `${n} members are named "${name}"; every copy is analysed`,
        entry: name,
        evidence: name
      });
  for (const e of entries) {
    const bad = unsafeName(e);
    if (bad)
      anomalies.push({
        rule: "CTR-006",
        message: `Unsafe member ${bad}`,
        entry: e.name,
        evidence: e.name.slice(0, 200)
      });
    if (e.uncompressedSize > limits.ratioFloorBytes && e.uncompressedSize > limits.maxRatio * Math.max(1, e.compressedSize))
      anomalies.push({
        rule: "CTR-008",
        message: `Member declares ${e.uncompressedSize} bytes from ${e.compressedSize} compressed (ratio ${Math.floor(e.uncompressedSize / Math.max(1, e.compressedSize))}:1)`,
        entry: e.name,
        evidence: `${e.compressedSize}->${e.uncompressedSize}`
      });
  }
}
function unsafeName(e) {
  if (e.isSymlink) return "symbolic link";
  if (e.rawName.includes(0)) return "name with a NUL byte";
  if (/[\x00-\x1f\x7f]/.test(e.name)) return "name with control characters";
  if (e.name.includes("\\")) return "name with a backslash";
  if (e.name.startsWith("/")) return "absolute path";
  if (/^[A-Za-z]:/.test(e.name)) return "drive-letter path";
  if (e.name.split(/[/\\]/).includes("..")) return 'path with ".."';
  return void 0;
}
async function readZipStructure(src, limits) {
  const ends = await findEndRecords(src);
  if (ends.length === 0) throw new ParseError("no valid end-of-central-directory record (truncated or not a zip)");
  const anomalies = [];
  const end = ends[0];
  const dirEnd = end.zip64 ? end.zip64.offset : end.offset;
  let shift = 0;
  if (end.entries > 0) {
    const sig = await src.read(end.cdOffset, 4);
    if (!(sig.length === 4 && sig.readUInt32LE(0) === SIG_CENTRAL)) shift = dirEnd - end.cdSize - end.cdOffset;
  }
  if (end.cdSize > limits.maxHeaderBytes)
    throw new LimitExceeded("maxHeaderBytes", `central directory of ${end.cdSize} bytes`);
  const cdStart = end.cdOffset + shift;
  const cd = await src.read(cdStart, end.cdSize);
  if (cd.length < end.cdSize) throw new ParseError("central directory runs past the end of the file", cdStart);
  if (cdStart + end.cdSize < dirEnd)
    anomalies.push({
      rule: "CTR-002",
      message: `${dirEnd - cdStart - end.cdSize} bytes between the central directory and the end record`,
      offset: cdStart + end.cdSize,
      evidence: "gap-before-eocd"
    });
  const entries = parseCentral(Buffer.from(cd), shift, limits, end.entries, anomalies);
  await readLocalHeaders(src, entries, anomalies);
  const inData = (at) => entries.some((e) => e.dataOffset !== void 0 && at >= e.dataOffset && at < e.dataOffset + e.compressedSize);
  const others = ends.slice(1).filter((e) => !inData(e.offset));
  if (others.length)
    anomalies.push({
      rule: "CTR-002",
      message: `${others.length + 1} end-of-central-directory records; readers that pick another one see a different archive`,
      offset: others[0].offset,
      evidence: `eocd:${[end, ...others].map((e) => e.offset).join(",")}`
    });
  const s = { entries, end, shift, anomalies };
  structuralChecks(src, s, limits);
  return s;
}

// src/analyzers/zip/reader.ts
import { crc32 as nodeCrc32 } from "node:zlib";

// src/analyzers/compressed/codecs.ts
var import_seek_bzip = __toESM(require_lib(), 1);
var import_xz_decompress = __toESM(require_xz_decompress(), 1);
import { createGunzip, createInflate, createInflateRaw } from "node:zlib";
import { pipeline } from "node:stream/promises";
import { Readable, Writable } from "node:stream";

// src/analyzers/compressed/sink.ts
import { closeSync, mkdtempSync, openSync, rmSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
var MEMORY_SPILL_BYTES = 64 * 1024 * 1024;
var OutputCapReached = class extends Error {
  constructor() {
    super("output cap reached");
    this.name = "OutputCapReached";
  }
};
var liveTempDirs = /* @__PURE__ */ new Set();
var exitHookInstalled = false;
function installExitHook() {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.on("exit", () => {
    for (const d of liveTempDirs) rmSync(d, { recursive: true, force: true });
  });
}
var OutputSink = class {
  constructor(cap, onBytes) {
    this.cap = cap;
    this.onBytes = onBytes;
  }
  cap;
  onBytes;
  chunks = [];
  fd;
  dir;
  size = 0;
  /** True once a write was cut at the cap. */
  capped = false;
  /** Appends a chunk (copied). Throws OutputCapReached after keeping what fits. */
  write(chunk) {
    const room = this.cap - this.size;
    if (chunk.length > room) {
      this.append(chunk.subarray(0, Math.max(0, room)));
      this.capped = true;
      throw new OutputCapReached();
    }
    this.append(chunk);
  }
  append(c) {
    if (c.length === 0) return;
    this.onBytes(c.length);
    if (this.fd === void 0 && this.size + c.length <= MEMORY_SPILL_BYTES) {
      this.chunks.push(Buffer.from(c));
    } else {
      if (this.fd === void 0) this.spill();
      let done = 0;
      while (done < c.length) done += writeSync(this.fd, c, done, c.length - done);
    }
    this.size += c.length;
  }
  spill() {
    installExitHook();
    this.dir = mkdtempSync(join(tmpdir(), "modelgate-"));
    liveTempDirs.add(this.dir);
    this.fd = openSync(join(this.dir, "member"), "w", 384);
    for (const c of this.chunks) {
      let done = 0;
      while (done < c.length) done += writeSync(this.fd, c, done, c.length - done);
    }
    this.chunks = [];
  }
  /** The bytes written so far as a source. The sink must not be written after this. */
  async finish() {
    if (this.fd === void 0) {
      const buf = this.chunks.length === 1 ? this.chunks[0] : Buffer.concat(this.chunks);
      this.chunks = [];
      return { src: new BufferSource(buf), dispose: async () => {
      } };
    }
    closeSync(this.fd);
    this.fd = void 0;
    const dir = this.dir;
    const file = await FileSource.open(join(dir, "member"));
    return {
      src: file,
      dispose: async () => {
        await file.close().catch(() => {
        });
        rmSync(dir, { recursive: true, force: true });
        liveTempDirs.delete(dir);
      }
    };
  }
  /** Drops everything (on errors before finish). */
  discard() {
    this.chunks = [];
    if (this.fd !== void 0) closeSync(this.fd);
    this.fd = void 0;
    if (this.dir) {
      rmSync(this.dir, { recursive: true, force: true });
      liveTempDirs.delete(this.dir);
    }
  }
};

// src/analyzers/compressed/lz4.ts
var FRAME_MAGIC = 407708164;
var HISTORY = 64 * 1024;
var BLOCK_MAX = [0, 0, 0, 0, 64 * 1024, 256 * 1024, 1024 * 1024, 4 * 1024 * 1024];
function decodeBlock(src, dst, dIndex) {
  let s = 0;
  let d = dIndex;
  const end = src.length;
  while (s < end) {
    const token = src[s++];
    let lit = token >> 4;
    if (lit === 15) {
      let b;
      do {
        if (s >= end) throw new ParseError("LZ4 literal length runs past the block");
        b = src[s++];
        lit += b;
      } while (b === 255);
    }
    if (s + lit > end || d + lit > dst.length) throw new ParseError("LZ4 literals run past the block");
    dst.set(src.subarray(s, s + lit), d);
    s += lit;
    d += lit;
    if (s >= end) break;
    if (s + 2 > end) throw new ParseError("LZ4 match offset runs past the block");
    const off = src[s] | src[s + 1] << 8;
    s += 2;
    let len = token & 15;
    if (len === 15) {
      let b;
      do {
        if (s >= end) throw new ParseError("LZ4 match length runs past the block");
        b = src[s++];
        len += b;
      } while (b === 255);
    }
    len += 4;
    if (off === 0 || off > d) throw new ParseError("LZ4 match refers before the start of the data");
    if (d + len > dst.length) throw new ParseError("LZ4 block decodes past its declared maximum size");
    if (off >= len) dst.copyWithin(d, d - off, d - off + len);
    else for (let i2 = 0; i2 < len; i2++) dst[d + i2] = dst[d - off + i2];
    d += len;
  }
  return d;
}
async function readExact(src, at, n, what) {
  const b = await src.read(at, n);
  if (b.length < n) throw new ParseError(`LZ4 frame truncated in ${what}`, at);
  return b;
}
async function decodeLz4Frames(src, sink, tick) {
  let pos = 0;
  let frames = 0;
  while (pos + 4 <= src.size) {
    const magic = (await readExact(src, pos, 4, "magic")).readUInt32LE(0);
    if (magic >= 407710288 && magic <= 407710303) {
      const len = (await readExact(src, pos + 4, 4, "skippable frame")).readUInt32LE(0);
      pos += 8 + len;
      continue;
    }
    if (magic !== FRAME_MAGIC) {
      if (frames === 0) throw new ParseError("not an LZ4 frame", pos);
      break;
    }
    const hdr = await readExact(src, pos + 4, 2, "frame descriptor");
    const flg = hdr[0];
    const bd = hdr[1];
    if (flg >> 6 !== 1) throw new ParseError("unsupported LZ4 frame version", pos + 4);
    const independent = (flg & 32) !== 0;
    const blockSum = (flg & 16) !== 0;
    const contentSize = (flg & 8) !== 0;
    const contentSum = (flg & 4) !== 0;
    const dictId = (flg & 1) !== 0;
    const blockMax = BLOCK_MAX[bd >> 4 & 7] ?? 0;
    if (!blockMax) throw new ParseError("invalid LZ4 block size code", pos + 5);
    pos += 4 + 2 + (contentSize ? 8 : 0) + (dictId ? 4 : 0) + 1;
    const window = new Uint8Array(HISTORY + blockMax);
    let hist = 0;
    for (; ; ) {
      tick();
      const word = (await readExact(src, pos, 4, "block size")).readUInt32LE(0);
      pos += 4;
      if (word === 0) break;
      const stored = (word & 2147483648) !== 0;
      const len = word & 2147483647;
      if (len > blockMax) throw new ParseError(`LZ4 block of ${len} bytes exceeds the frame's ${blockMax}`, pos - 4);
      const data = await readExact(src, pos, len, "block");
      pos += len + (blockSum ? 4 : 0);
      let out;
      if (stored) {
        out = data;
      } else {
        const start = independent ? 0 : hist;
        if (independent) hist = 0;
        const end = decodeBlock(data, window, start);
        out = window.subarray(start, end);
      }
      sink.write(out);
      if (!independent) {
        const all = stored ? concatTail(window.subarray(0, hist), out) : window.subarray(0, hist + out.length);
        const keep = all.subarray(Math.max(0, all.length - HISTORY));
        const copy = Uint8Array.from(keep);
        window.set(copy, 0);
        hist = copy.length;
      }
    }
    if (contentSum) pos += 4;
    frames++;
  }
  return pos;
}
function concatTail(a, b) {
  const tail = a.subarray(Math.max(0, a.length - Math.max(0, HISTORY - b.length)));
  const out = new Uint8Array(tail.length + b.length);
  out.set(tail, 0);
  out.set(b, tail.length);
  return out;
}

// src/analyzers/compressed/lzma.ts
var PROB_INIT = 1024;
var NUM_STATES = 12;
var POS_BITS_MAX = 4;
var END_POS_MODEL_INDEX = 14;
var NUM_FULL_DISTANCES = 1 << (END_POS_MODEL_INDEX >> 1);
var NUM_LEN_TO_POS_STATES = 4;
var MATCH_MIN_LEN = 2;
var MAX_LZMA_DICT = 512 * 1024 * 1024;
var REFILL_BELOW = 1024;
var CHUNK = 1 << 20;
function parsePropsByte(b, dictSize) {
  if (b >= 9 * 5 * 5) throw new ParseError(`invalid LZMA properties byte 0x${b.toString(16)}`);
  const lc = b % 9;
  const rest = Math.floor(b / 9);
  return { lc, lp: rest % 5, pb: Math.floor(rest / 5), dictSize: Math.max(dictSize, 1 << 12) };
}
function parseAloneHeader(h) {
  if (h.length < 13) throw new ParseError("LZMA header truncated");
  const props = parsePropsByte(h[0], h.readUInt32LE(1));
  const size = h.readBigUInt64LE(5);
  return { props, unpackSize: size === 0xffffffffffffffffn ? void 0 : size };
}
function plausibleAloneHeader(h) {
  if (h.length < 13 || h[0] >= 225) return false;
  const dict = h.readUInt32LE(1);
  let pow = false;
  for (let n = 12; n <= 31 && !pow; n++) pow = dict === 2 ** n || dict === 2 ** n + 2 ** (n - 1);
  if (!pow) return false;
  const size = h.readBigUInt64LE(5);
  return size === 0xffffffffffffffffn || size < 1n << 48n;
}
var BitTree = class {
  constructor(numBits) {
    this.numBits = numBits;
    this.probs = new Uint16Array(1 << numBits).fill(PROB_INIT);
  }
  numBits;
  probs;
};
var LenDecoder = class {
  choice = new Uint16Array([PROB_INIT]);
  choice2 = new Uint16Array([PROB_INIT]);
  low = [];
  mid = [];
  high = new BitTree(8);
  constructor() {
    for (let i2 = 0; i2 < 1 << POS_BITS_MAX; i2++) {
      this.low.push(new BitTree(3));
      this.mid.push(new BitTree(3));
    }
  }
};
async function decodeLzma(src, start, props, unpackSize, sink, tick) {
  const dec = new LzmaDecoder(src, start, props, unpackSize, sink);
  await dec.run(tick);
}
var LzmaDecoder = class {
  constructor(src, start, props, unpackSize, sink) {
    this.src = src;
    this.unpackSize = unpackSize;
    this.sink = sink;
    this.nextRead = start;
    this.lc = props.lc;
    this.lp = props.lp;
    this.pb = props.pb;
    this.dictSize = props.dictSize;
    if (props.lc + props.lp > 12) throw new ParseError("LZMA lc + lp too large");
    let winSize = props.dictSize;
    if (unpackSize !== void 0 && unpackSize < BigInt(winSize)) winSize = Math.max(1 << 12, Number(unpackSize));
    if (winSize > MAX_LZMA_DICT)
      throw new LimitExceeded("lzmaDictionary", `LZMA dictionary of ${props.dictSize} bytes is larger than supported`);
    this.win = new Uint8Array(winSize);
    this.literal = new Uint16Array(768 << props.lc + props.lp).fill(PROB_INIT);
    for (let i2 = 0; i2 < NUM_LEN_TO_POS_STATES; i2++) this.posSlot.push(new BitTree(6));
  }
  src;
  unpackSize;
  sink;
  // input window
  buf = Buffer.alloc(0);
  bufPos = 0;
  nextRead;
  inputEnded = false;
  // range coder
  range = 4294967295;
  code = 0;
  // dictionary window
  win;
  winPos = 0;
  flushed = 0;
  isFull = false;
  total = 0;
  // model
  lc;
  lp;
  pb;
  dictSize;
  literal;
  posSlot = [];
  posDecoders = new Uint16Array(1 + NUM_FULL_DISTANCES - END_POS_MODEL_INDEX).fill(PROB_INIT);
  align = new BitTree(4);
  len = new LenDecoder();
  repLen = new LenDecoder();
  isMatch = new Uint16Array(NUM_STATES << POS_BITS_MAX).fill(PROB_INIT);
  isRep = new Uint16Array(NUM_STATES).fill(PROB_INIT);
  isRepG0 = new Uint16Array(NUM_STATES).fill(PROB_INIT);
  isRepG1 = new Uint16Array(NUM_STATES).fill(PROB_INIT);
  isRepG2 = new Uint16Array(NUM_STATES).fill(PROB_INIT);
  isRep0Long = new Uint16Array(NUM_STATES << POS_BITS_MAX).fill(PROB_INIT);
  async refill() {
    if (this.inputEnded) return;
    const more = await this.src.read(this.nextRead, CHUNK);
    this.nextRead += more.length;
    if (more.length < CHUNK) this.inputEnded = true;
    const rest = this.buf.subarray(this.bufPos);
    this.buf = rest.length ? Buffer.concat([rest, more]) : Buffer.from(more);
    this.bufPos = 0;
  }
  byte() {
    if (this.bufPos >= this.buf.length) throw new ParseError("LZMA data truncated");
    return this.buf[this.bufPos++];
  }
  normalize() {
    if (this.range < 16777216) {
      this.range = this.range << 8 >>> 0;
      this.code = (this.code << 8 | this.byte()) >>> 0;
    }
  }
  bit(probs, i2) {
    const p = probs[i2];
    const bound = (this.range >>> 11) * p;
    let b;
    if (this.code < bound) {
      probs[i2] = p + (2048 - p >>> 5);
      this.range = bound >>> 0;
      b = 0;
    } else {
      probs[i2] = p - (p >>> 5);
      this.code = this.code - bound >>> 0;
      this.range = this.range - bound >>> 0;
      b = 1;
    }
    this.normalize();
    return b;
  }
  direct(n) {
    let res = 0;
    for (; n > 0; n--) {
      this.range >>>= 1;
      let b = 0;
      if (this.code >= this.range) {
        this.code = this.code - this.range >>> 0;
        b = 1;
      }
      res = (res << 1 | b) >>> 0;
      this.normalize();
    }
    return res;
  }
  tree(t) {
    let m = 1;
    for (let i2 = 0; i2 < t.numBits; i2++) m = (m << 1) + this.bit(t.probs, m);
    return m - (1 << t.numBits);
  }
  reverse(probs, offset, numBits) {
    let m = 1;
    let sym = 0;
    for (let i2 = 0; i2 < numBits; i2++) {
      const b = this.bit(probs, offset + m);
      m = (m << 1) + b;
      sym |= b << i2;
    }
    return sym;
  }
  decodeLen(d, posState) {
    if (this.bit(d.choice, 0) === 0) return this.tree(d.low[posState]);
    if (this.bit(d.choice2, 0) === 0) return 8 + this.tree(d.mid[posState]);
    return 16 + this.tree(d.high);
  }
  decodeDistance(len) {
    const lenState = Math.min(len, NUM_LEN_TO_POS_STATES - 1);
    const slot = this.tree(this.posSlot[lenState]);
    if (slot < 4) return slot;
    const numDirect = (slot >>> 1) - 1;
    let dist = (2 | slot & 1) << numDirect >>> 0;
    if (slot < END_POS_MODEL_INDEX) {
      dist = dist + this.reverse(this.posDecoders, dist - slot, numDirect) >>> 0;
    } else {
      dist = dist + (this.direct(numDirect - 4) << 4 >>> 0) >>> 0;
      dist = dist + this.reverse(this.align.probs, 0, 4) >>> 0;
    }
    return dist;
  }
  getByte(dist) {
    const i2 = dist <= this.winPos ? this.winPos - dist : this.win.length - dist + this.winPos;
    return this.win[i2];
  }
  put(b) {
    this.win[this.winPos++] = b;
    this.total++;
    if (this.winPos === this.win.length) {
      this.flush();
      this.winPos = 0;
      this.flushed = 0;
      this.isFull = true;
    }
  }
  flush() {
    if (this.winPos > this.flushed) this.sink.write(this.win.subarray(this.flushed, this.winPos));
    this.flushed = this.winPos;
  }
  remaining() {
    return this.unpackSize === void 0 ? void 0 : this.unpackSize - BigInt(this.total);
  }
  async run(tick) {
    await this.refill();
    if (this.byte() !== 0) throw new ParseError("LZMA range coder does not start with 0");
    for (let i2 = 0; i2 < 4; i2++) this.code = (this.code << 8 | this.byte()) >>> 0;
    if (this.code === this.range) throw new ParseError("LZMA range coder corrupted");
    let state = 0;
    let rep0 = 0;
    let rep1 = 0;
    let rep2 = 0;
    let rep3 = 0;
    let steps = 0;
    const pbMask = (1 << this.pb) - 1;
    const lpMask = (1 << this.lp) - 1;
    for (; ; ) {
      if (this.buf.length - this.bufPos < REFILL_BELOW && !this.inputEnded) await this.refill();
      if (++steps % 65536 === 0) {
        this.flush();
        tick();
      }
      const left2 = this.remaining();
      if (left2 === 0n && this.code === 0) break;
      const posState = this.total & pbMask;
      if (this.bit(this.isMatch, (state << POS_BITS_MAX) + posState) === 0) {
        if (left2 === 0n) throw new ParseError("LZMA data continues past the declared size");
        this.literal1(state, rep0, lpMask);
        state = state < 4 ? 0 : state < 10 ? state - 3 : state - 6;
        continue;
      }
      let len;
      if (this.bit(this.isRep, state) !== 0) {
        if (left2 === 0n) throw new ParseError("LZMA data continues past the declared size");
        if (this.total === 0) throw new ParseError("LZMA repeat match before any data");
        if (this.bit(this.isRepG0, state) === 0) {
          if (this.bit(this.isRep0Long, (state << POS_BITS_MAX) + posState) === 0) {
            state = state < 7 ? 9 : 11;
            this.put(this.getByte(rep0 + 1));
            continue;
          }
        } else {
          let dist;
          if (this.bit(this.isRepG1, state) === 0) {
            dist = rep1;
          } else {
            if (this.bit(this.isRepG2, state) === 0) {
              dist = rep2;
            } else {
              dist = rep3;
              rep3 = rep2;
            }
            rep2 = rep1;
          }
          rep1 = rep0;
          rep0 = dist;
        }
        len = this.decodeLen(this.repLen, posState);
        state = state < 7 ? 8 : 11;
      } else {
        rep3 = rep2;
        rep2 = rep1;
        rep1 = rep0;
        len = this.decodeLen(this.len, posState);
        state = state < 7 ? 7 : 10;
        rep0 = this.decodeDistance(len);
        if (rep0 === 4294967295) {
          if (this.code !== 0) throw new ParseError("LZMA end marker with a corrupted range coder");
          break;
        }
        if (left2 === 0n) throw new ParseError("LZMA data continues past the declared size");
        if (rep0 >= this.dictSize || !this.isFull && rep0 >= this.winPos)
          throw new ParseError("LZMA match distance beyond the data decoded so far");
      }
      len += MATCH_MIN_LEN;
      let cut = false;
      if (left2 !== void 0 && BigInt(len) > left2) {
        len = Number(left2);
        cut = true;
      }
      for (let i2 = 0; i2 < len; i2++) this.put(this.getByte(rep0 + 1));
      if (cut) throw new ParseError("LZMA match runs past the declared size");
    }
    this.flush();
    const left = this.remaining();
    if (left !== void 0 && left !== 0n) throw new ParseError("LZMA data ends before the declared size");
  }
  literal1(state, rep0, lpMask) {
    const prev = this.total === 0 ? 0 : this.getByte(1);
    const litState = ((this.total & lpMask) << this.lc) + (prev >>> 8 - this.lc);
    const base = 768 * litState;
    let symbol = 1;
    if (state >= 7) {
      let match = this.getByte(rep0 + 1);
      do {
        const matchBit = match >>> 7 & 1;
        match <<= 1;
        const b = this.bit(this.literal, base + (1 + matchBit << 8) + symbol);
        symbol = symbol << 1 | b;
        if (matchBit !== b) break;
      } while (symbol < 256);
    }
    while (symbol < 256) symbol = symbol << 1 | this.bit(this.literal, base + symbol);
    this.put(symbol - 256);
  }
};

// src/analyzers/compressed/codecs.ts
var { XzReadableStream } = import_xz_decompress.default;
var MAX_IN_MEMORY_INPUT = 512 * 1024 * 1024;
var CHUNK2 = 1 << 20;
function bombCap(compressed, limits) {
  return Math.max(limits.ratioFloorBytes, limits.maxRatio * Math.max(1, compressed));
}
async function* chunksOf(src, from = 0) {
  for (let pos = from; pos < src.size; ) {
    const b = await src.read(pos, CHUNK2);
    if (b.length === 0) return;
    pos += b.length;
    yield b;
  }
}
async function zlibFamily(codec, src, sink, tick) {
  const z = codec === "deflate-raw" ? createInflateRaw() : codec === "zlib" ? createInflate() : createGunzip();
  await pipeline(
    Readable.from(chunksOf(src)),
    z,
    new Writable({
      write(chunk, _enc, cb) {
        try {
          sink.write(chunk);
          tick();
          cb();
        } catch (e) {
          cb(e);
        }
      }
    })
  );
}
function parseGzipHeader(h) {
  if (h.length < 10 || h[0] !== 31 || h[1] !== 139) throw new ParseError("not a gzip header");
  if (h[2] !== 8) throw new ParseError(`gzip compression method ${h[2]} is not deflate`);
  const flags = h[3];
  let p = 10;
  if (flags & 4) {
    if (p + 2 > h.length) throw new ParseError("gzip header truncated in the extra field length");
    p += 2 + h.readUInt16LE(p);
  }
  let name;
  const zstr = () => {
    const end = h.indexOf(0, p);
    if (end < 0) throw new ParseError("gzip header string not terminated");
    const s = h.toString("latin1", p, end);
    p = end + 1;
    return s;
  };
  if (flags & 8) name = zstr();
  if (flags & 16) zstr();
  if (flags & 2) p += 2;
  if (p > h.length) throw new ParseError("gzip header truncated");
  return name === void 0 ? { dataStart: p } : { dataStart: p, name };
}
async function gzipLenient(src, sink, tick) {
  let s = sink();
  try {
    await zlibFamily("gzip", src, s, tick);
    return s;
  } catch (e) {
    if (e instanceof OutputCapReached || e instanceof LimitExceeded) throw Object.assign(e, { sink: s });
    s.discard();
    s = sink();
    const { dataStart } = parseGzipHeader(await src.read(0, 64 * 1024));
    const body = { size: src.size - dataStart, read: (o, l) => src.read(dataStart + o, l) };
    try {
      await zlibFamily("deflate-raw", body, s, tick);
    } catch (e2) {
      throw Object.assign(e2, { sink: s });
    }
    throw Object.assign(new ParseError(`gzip stream is followed by data that is not a gzip member`), { sink: s });
  }
}
function withAllocatingBuffer(fn) {
  const g = globalThis;
  const real = g.Buffer;
  const shim = function(n) {
    return real.alloc(n);
  };
  Object.setPrototypeOf(shim, real);
  g.Buffer = shim;
  try {
    return fn();
  } finally {
    g.Buffer = real;
  }
}
function bunzip(input, sink, tick) {
  let pos = 0;
  const inStream = {
    readByte() {
      if (pos >= input.length) throw new ParseError("bzip2 data truncated");
      return input[pos++];
    },
    read(buf, off, len) {
      const n2 = Math.min(len, input.length - pos);
      if (n2 <= 0) return -1;
      buf.set(input.subarray(pos, pos + n2), off);
      pos += n2;
      return n2;
    },
    eof: () => pos >= input.length,
    seek(p) {
      pos = p;
    }
  };
  const batch = Buffer.allocUnsafe(64 * 1024);
  let n = 0;
  const outStream = {
    writeByte(b) {
      batch[n++] = b;
      if (n === batch.length) {
        sink.write(batch);
        n = 0;
        tick();
      }
    },
    write(buf, off, len) {
      for (let i2 = 0; i2 < len; i2++) this.writeByte(buf[off + i2]);
      return len;
    },
    flush() {
    }
  };
  try {
    withAllocatingBuffer(() => import_seek_bzip.default.decode(inStream, outStream, true));
  } finally {
    if (n > 0) {
      const rest = batch.subarray(0, n);
      n = 0;
      sink.write(rest);
    }
  }
}
async function unxz(src, sink, tick) {
  let pos = 0;
  const input = new ReadableStream({
    async pull(c) {
      if (pos >= src.size) return c.close();
      const b = await src.read(pos, CHUNK2);
      pos += b.length;
      if (b.length === 0) c.close();
      else c.enqueue(new Uint8Array(b));
    }
  });
  const reader = new XzReadableStream(input).getReader();
  try {
    for (; ; ) {
      const { done, value } = await reader.read();
      if (done) break;
      sink.write(value);
      tick();
    }
  } finally {
    reader.cancel().catch(() => {
    });
  }
}
async function unlzmaZip(src, sink, tick, size) {
  const h = await src.read(0, 9);
  if (h.length < 9) throw new ParseError("zip LZMA header truncated");
  const propsLen = h.readUInt16LE(2);
  if (propsLen !== 5) throw new ParseError(`zip LZMA properties of ${propsLen} bytes`);
  const props = parsePropsByte(h[4], h.readUInt32LE(5));
  await decodeLzma(src, 9, props, size === void 0 ? void 0 : BigInt(size), sink, tick);
}
function errorText(e) {
  return e instanceof Error ? e.message : String(e);
}
async function decode(codec, src, ctx, opts) {
  const newSink = () => new OutputSink(opts.cap, (n) => ctx.chargeDecompressed(n));
  const tick = () => ctx.checkDeadline();
  let sink = newSink();
  let complete = false;
  let capped = false;
  let error;
  try {
    switch (codec) {
      case "deflate-raw":
      case "zlib":
        await zlibFamily(codec, src, sink, tick);
        break;
      case "gzip":
        sink = await gzipLenient(src, newSink, tick);
        break;
      case "bzip2": {
        if (src.size > MAX_IN_MEMORY_INPUT)
          throw new LimitExceeded("bzip2Input", `bzip2 data larger than ${MAX_IN_MEMORY_INPUT} bytes is not decoded`);
        bunzip(Buffer.from(await src.read(0, src.size)), sink, tick);
        break;
      }
      case "xz":
        await unxz(src, sink, tick);
        break;
      case "lz4":
        await decodeLz4Frames(src, sink, tick);
        break;
      case "lzma-alone": {
        const { props, unpackSize } = parseAloneHeader(await src.read(0, 13));
        await decodeLzma(src, 13, props, unpackSize, sink, tick);
        break;
      }
      case "lzma-zip":
        await unlzmaZip(src, sink, tick, opts.zipLzmaSize);
        break;
    }
    complete = true;
  } catch (e) {
    const carried = e.sink;
    if (carried) sink = carried;
    if (e instanceof LimitExceeded) {
      sink.discard();
      throw e;
    }
    if (e instanceof OutputCapReached || sink.capped) capped = true;
    else error = errorText(e);
  }
  return { out: await sink.finish(), complete, capped, ...error !== void 0 ? { error } : {} };
}

// src/analyzers/zip/reader.ts
var MemberUnreadable = class extends ParseError {
};
var CRC_CHECK_MAX = 64 * 1024 * 1024;
var FLAG_HIDING_BITS = 97;
var CODECS = { 8: "deflate-raw", 12: "bzip2", 14: "lzma-zip" };
var METHOD_NAMES = {
  9: "deflate64",
  6: "implode",
  93: "zstd",
  95: "xz",
  98: "ppmd",
  99: "AES"
};
function crcTableCompute() {
  if (typeof nodeCrc32 === "function") return (d, prev) => nodeCrc32(d, prev);
  const table2 = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 3988292384 ^ c >>> 1 : c >>> 1;
    table2[n] = c >>> 0;
  }
  return (d, prev) => {
    let c = ~prev >>> 0;
    for (let i2 = 0; i2 < d.length; i2++) c = table2[(c ^ d[i2]) & 255] ^ c >>> 8;
    return ~c >>> 0;
  };
}
var crcUpdate = crcTableCompute();
async function crcOf(src, ctx) {
  let crc = 0;
  for (let pos = 0; pos < src.size; ) {
    const b = await src.read(pos, 1 << 20);
    if (b.length === 0) break;
    crc = crcUpdate(b, crc);
    pos += b.length;
    ctx.checkDeadline();
  }
  return crc >>> 0;
}
function mostlyText(b) {
  if (b.length === 0) return true;
  let ok = 0;
  for (const c of b) if (c >= 32 && c < 127 || c === 10 || c === 13 || c === 9) ok++;
  return ok / b.length >= 0.9;
}
var ZipArchive = class {
  constructor(src, structure2, ctx) {
    this.src = src;
    this.structure = structure2;
    this.ctx = ctx;
    this.entries = structure2.entries;
  }
  src;
  structure;
  ctx;
  entries;
  opened = /* @__PURE__ */ new Map();
  memberPath(entry) {
    return this.ctx.childPath(entry.name, true);
  }
  find(name) {
    return this.entries.find((e) => e.name === name);
  }
  report(entry, rule, message, evidence) {
    this.ctx.report(rule, message, { member: this.memberPath(entry), ...evidence ? { evidence } : {} });
  }
  open(entry, ctx = this.ctx) {
    let p = this.opened.get(entry.index);
    if (!p) {
      p = this.load(this.entries[entry.index] ?? entry, ctx);
      this.opened.set(entry.index, p);
      p.catch(() => this.opened.delete(entry.index));
    }
    return p.then((r2) => r2.src);
  }
  /** Frees the decoded copy of a member (temp file or memory). Later opens decode again. */
  async release(entry) {
    const p = this.opened.get(entry.index);
    this.opened.delete(entry.index);
    const r2 = await p?.catch(() => void 0);
    await r2?.owned?.dispose();
  }
  async dispose() {
    for (const e of [...this.opened.keys()]) await this.release(this.entries[e]);
  }
  async load(e, ctx) {
    if (e.unreadable !== void 0 || e.dataOffset === void 0) {
      this.report(e, "GEN-003", `Not analysed: ${e.unreadable ?? "member data cannot be located"}`);
      throw new MemberUnreadable(`member ${e.name}: ${e.unreadable}`);
    }
    const raw = new SliceSource(this.src, e.dataOffset, e.compressedSize);
    const hiding = e.flags & FLAG_HIDING_BITS;
    if (e.method === 0) {
      if (e.compressedSize !== e.uncompressedSize)
        this.report(
          e,
          "CTR-003",
          `Stored member declares ${e.uncompressedSize} bytes but holds ${e.compressedSize}`,
          "stored-size"
        );
      if (hiding) await this.checkHiding(e, raw);
      return { src: raw };
    }
    const codec = CODECS[e.method];
    if (!codec) {
      const m = METHOD_NAMES[e.method] ?? `method ${e.method}`;
      this.report(
        e,
        "CTR-005",
        `Not analysed: compression ${m} is not supported (PyTorch cannot read it either)`,
        `method:${e.method}`
      );
      throw new MemberUnreadable(`member ${e.name}: unsupported ${m}`);
    }
    const ratioCap = bombCap(e.compressedSize, ctx.limits);
    const cap = Math.min(e.uncompressedSize + 1, ratioCap);
    const res = await decode(codec, raw, ctx, { cap, zipLzmaSize: e.flags & 2 ? void 0 : e.uncompressedSize });
    let src = res.out.src;
    try {
      if (hiding) await this.checkHiding(e, src);
      const size = src.size;
      if (res.capped && cap === e.uncompressedSize + 1 && size === cap) {
        this.report(
          e,
          "CTR-003",
          `Compressed data expands past the declared ${e.uncompressedSize} bytes; PyTorch stops at the declared size`,
          "size"
        );
        src = new SliceSource(src, 0, e.uncompressedSize);
      } else if (res.capped) {
        this.report(
          e,
          "CTR-008",
          `Member expands beyond ${size} bytes from ${e.compressedSize} compressed (ratio over ${Math.floor(size / Math.max(1, e.compressedSize))}:1); decompression stopped`,
          `${e.compressedSize}->${size}+`
        );
        this.report(e, "GEN-007", `Not analysed: member content past the first ${size} decompressed bytes`);
      } else if (res.error !== void 0) {
        this.report(e, "GEN-003", `Not analysed past ${size} decompressed bytes: ${res.error}`);
      } else if (size !== e.uncompressedSize) {
        this.report(
          e,
          "CTR-003",
          `Member decompresses to ${size} bytes but the central directory declares ${e.uncompressedSize}`,
          "size"
        );
      }
      return { src, owned: res.out, complete: res.complete };
    } catch (err2) {
      await res.out.dispose();
      throw err2;
    }
  }
  /** C3: encryption/patch flag bits on data that is plainly readable (PyTorch ignores the bits and loads it). */
  async checkHiding(e, content) {
    const bits2 = `0x${(e.flags & FLAG_HIDING_BITS).toString(16)}`;
    const head = Buffer.from(await content.read(0, 4096));
    const readable = content.size > 0 && ((await recognise(content, e.name.split("/").pop() ?? e.name)).length > 0 || mostlyText(head));
    if (!readable) {
      this.report(e, "CTR-005", `Not analysed: member is encrypted (flag bits ${bits2})`, `flags:${bits2}`);
      throw new MemberUnreadable(`member ${e.name} is encrypted`);
    }
    this.report(
      e,
      "CTR-003",
      `Flag bits ${bits2} mark the member as encrypted/patched, but its data is plain; PyTorch ignores the bits and loads it while other readers skip it`,
      `flags:${bits2}`
    );
  }
  /**
   * C2: compares the member's CRC-32 with the directory. Called for members whose content is analysed (tensor
   * records are never read for this); members over CRC_CHECK_MAX are skipped.
   */
  async verifyCrc(entry, ctx = this.ctx) {
    const e = this.entries[entry.index] ?? entry;
    const wasOpen = this.opened.has(e.index);
    try {
      await this.open(e, ctx);
    } catch {
      return;
    }
    try {
      const opened = await this.opened.get(e.index);
      if (opened.complete !== false && opened.src.size <= CRC_CHECK_MAX) await this.compareCrc(e, opened.src, ctx);
    } finally {
      if (!wasOpen) await this.release(e);
    }
  }
  async compareCrc(e, content, ctx) {
    const crc = await crcOf(content, ctx);
    if (crc !== e.crc32)
      this.report(
        e,
        "CTR-003",
        `CRC-32 mismatch (data ${crc.toString(16)}, directory ${e.crc32.toString(16)}): Python's zipfile refuses this member, PyTorch ignores CRCs and loads it`,
        "crc"
      );
  }
};

// src/analyzers/zip/members.ts
var SCRIPT_EXTENSIONS = /* @__PURE__ */ new Set([
  ".py",
  ".pyc",
  ".pyo",
  ".pyd",
  ".pyw",
  ".so",
  ".dll",
  ".dylib",
  ".exe",
  ".sh",
  ".bash",
  ".zsh",
  ".ps1",
  ".bat",
  ".cmd",
  ".vbs",
  ".jar"
]);
function scriptByName(name) {
  const base = name.split("/").pop() ?? name;
  const dot = base.lastIndexOf(".");
  const ext = dot > 0 ? base.slice(dot).toLowerCase() : "";
  if (SCRIPT_EXTENSIONS.has(ext)) return `${ext} file`;
  return void 0;
}
function executableByContent(head) {
  if (head.length >= 5 && head.readUInt32BE(0) === 2135247942 && (head[4] === 1 || head[4] === 2))
    return "ELF executable";
  if (head.length >= 64 && head[0] === 77 && head[1] === 90) {
    const pe = head.readUInt32LE(60);
    if (pe + 4 <= head.length && head.readUInt32BE(pe) === 1346699264) return "PE (Windows) executable";
  }
  if (head.length >= 4) {
    const m = head.readUInt32BE(0);
    if ([4277009102, 4277009103, 3472551422, 3489328638].includes(m)) return "Mach-O executable";
  }
  if (head.length >= 4 && head[0] === 35 && head[1] === 33) {
    const line = head.subarray(2, Math.min(head.length, 128)).toString("latin1").split("\n")[0].trim();
    if (/^\/[\w./-]+( [\w./ -]+)?$/.test(line)) return `script (#!${line})`;
  }
  return void 0;
}
function memberPathOf(archive, ctx, e) {
  return archive.memberPath ? archive.memberPath(e) : ctx.childPath(e.name, true);
}
async function openMember(archive, e, ctx) {
  try {
    return await archive.open(e, ctx);
  } catch (err2) {
    if (err2 instanceof MemberUnreadable) return void 0;
    const member = memberPathOf(archive, ctx, e);
    if (err2 instanceof LimitExceeded)
      ctx.report("GEN-007", `Not analysed: member ${e.name}: ${err2.message}`, { member, offset: err2.offset });
    else if (err2 instanceof ParseError)
      ctx.report("GEN-003", `Not analysed: member ${e.name}: ${err2.message}`, { member, offset: err2.offset });
    else throw err2;
    return void 0;
  }
}
async function checkExecutableContent(src, entry, ctx, member) {
  if (scriptByName(entry.name)) return;
  const kind = executableByContent(Buffer.from(await src.read(0, 1024)));
  if (kind)
    ctx.report("CTR-009", `Member content is an ${kind}`, { member, evidence: kind.split(" ")[0].toLowerCase() });
}
async function analyzeEntry(archive, entry, ctx, opts = {}) {
  if (entry.isDirectory && entry.uncompressedSize === 0 && entry.compressedSize === 0) return { formats: [] };
  let src;
  try {
    src = await archive.open(entry, ctx);
  } catch (e) {
    if (e instanceof MemberUnreadable) return { formats: [] };
    throw e;
  }
  try {
    await checkExecutableContent(src, entry, ctx, ctx.childPath(entry.name, true));
    const outcome = await ctx.analyzeMember(entry.name, src, opts, true);
    if (outcome.formats.length) await archive.verifyCrc?.(entry, ctx);
    return outcome;
  } finally {
    await archive.release?.(entry);
  }
}
async function analyzeAllEntries(archive, ctx, skip = () => false) {
  for (const e of archive.entries) {
    if (skip(e)) continue;
    ctx.checkDeadline();
    await analyzeEntry(archive, e, ctx);
  }
}

// src/engine/stream.ts
var DEFAULT_CHUNK = 1 << 20;
var HEADROOM = 64 * 1024;
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
  /** The next chunk, being read while the current window is used (sequential reads of files only). */
  ahead;
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
    return this.pos < this.bufStart ? 0 : this.bufStart + this.buf.length - this.pos;
  }
  /** Makes `n` bytes available (n should be modest: it is held in memory). False when the source ends first. */
  async ensure(n) {
    if (this.available() >= n) return true;
    const want = Math.max(n, this.chunk);
    const keepFrom = this.pos - this.bufStart;
    const kept = keepFrom >= 0 && keepFrom < this.buf.length ? this.buf.length - keepFrom : 0;
    const readFrom = this.pos + kept;
    const sequential = readFrom === this.bufStart + this.buf.length;
    const ahead = this.ahead;
    this.ahead = void 0;
    let next;
    if (ahead && ahead.at === readFrom && kept <= HEADROOM && want <= kept + this.chunk) {
      const got = await ahead.done;
      if (got > 0 && kept + got >= Math.min(n, kept + (this.src.size - readFrom))) {
        if (kept) this.buf.copy(ahead.buf, HEADROOM - kept, keepFrom);
        next = ahead.buf.subarray(HEADROOM - kept, HEADROOM + got);
      }
    }
    if (!next) {
      const total = Math.max(kept, Math.min(want, kept + Math.max(0, this.src.size - readFrom)));
      const buf = Buffer.allocUnsafe(total);
      if (kept) this.buf.copy(buf, 0, keepFrom);
      const got = total > kept ? await readInto(this.src, buf.subarray(kept), readFrom) : 0;
      next = buf.subarray(0, kept + got);
    }
    this.buf = next;
    this.bufStart = this.pos;
    const end = this.bufStart + this.buf.length;
    if (sequential && this.src.prefetchable && end < this.src.size) {
      const buf = Buffer.allocUnsafe(HEADROOM + Math.min(this.chunk, this.src.size - end));
      this.ahead = { at: end, buf, done: readInto(this.src, buf.subarray(HEADROOM), end).catch(() => -1) };
    }
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

// src/analyzers/pickle/opcodes.ts
var T = [
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
  for (const [, code, name, proto, arg] of T) a[code] = { code, name, proto, arg };
  return a;
})();
var OPCODE_COUNT = T.length;
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
  ].map((n) => T.find((t) => t[2] === n)[1])
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
  addAll(vs) {
    for (let i2 = 0; i2 < vs.length && this.items.length < KEEP_ITEMS; i2++) this.items.push(vs[i2]);
    this.n += vs.length;
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
function literalInt(v, bools = false) {
  if (typeof v === "number" && Number.isInteger(v)) return BigInt(v);
  if (typeof v === "bigint") return v;
  if (bools && typeof v === "boolean") return v ? 1n : 0n;
  return void 0;
}
function literalInts(v, bools = false) {
  if (v === void 0) return void 0;
  const items = seqItems(v);
  if (!items || kindOf(v) === K_TUPLE && v.n !== items.length) return void 0;
  const out = [];
  for (const x2 of items) {
    const i2 = literalInt(x2, bools);
    if (i2 === void 0) return void 0;
    out.push(i2);
  }
  return out;
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
var OPAQUE_LIST = 8;
var OPAQUE_DICT = 9;
var OPAQUE_SET = 10;
var OPAQUE_OBJECT = 11;
var REF_UTF8 = 12;
var REF_LATIN1 = 13;
var REF_BYTES = 14;
var REF_BYTEARRAY = 15;
var OPAQUE_CODES = {
  list: OPAQUE_LIST,
  dict: OPAQUE_DICT,
  set: OPAQUE_SET,
  object: OPAQUE_OBJECT
};
var OPAQUE_VALUES = {
  [OPAQUE_LIST]: new OpaqueVal("list"),
  [OPAQUE_DICT]: new OpaqueVal("dict"),
  [OPAQUE_SET]: new OpaqueVal("set"),
  [OPAQUE_OBJECT]: new OpaqueVal("object")
};
var DENSE_MAX = 1 << 27;
var SOFT_KEEP = 1 << 16;
var SHORT_STR = 64;
function plainTuple(t) {
  if (t.n < 0) return true;
  const items = t.items;
  for (let i2 = 0; i2 < items.length; i2++) {
    const v = items[i2];
    if (!(v === null || typeof v === "number" || typeof v === "boolean" || v === FLOAT || typeof v === "string" && v.length <= SHORT_STR))
      return false;
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
  /** Source spans of reference entries (allocated on first use, sized like `kinds`). */
  refOff;
  refLen;
  /** Number of distinct keys (MEMOIZE stores at this index). */
  size = 0;
  /** Keys stored outside the dense range (rare: only crafted pickles use huge memo keys). */
  sparse = 0;
  /** Whether the keep budget is spent: values that matter little are stored compactly from now on. */
  get compact() {
    return this.objs.size >= SOFT_KEEP;
  }
  has(key) {
    if (key < this.kinds.length && this.kinds[key] !== 0) return true;
    return (this.sparse > 0 || key >= this.kinds.length) && this.objs.has(key);
  }
  /** The stored value, or undefined when the key was never stored. */
  get(key) {
    if (key < this.kinds.length) {
      const code = this.kinds[key];
      switch (code) {
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
        case REF_UTF8:
        case REF_LATIN1:
          return new StrRef(this.refOff[key], this.refLen[key], code === REF_UTF8 ? "utf8" : "latin1");
        case REF_BYTES:
        case REF_BYTEARRAY:
          return new BytesVal(this.refOff[key], this.refLen[key], code === REF_BYTEARRAY);
        default:
          return OPAQUE_VALUES[code];
      }
    }
    return this.objs.get(key);
  }
  /** Stores v at key; false when that would keep more than maxMemo objects (the caller reports the limit). */
  set(key, v) {
    if (!this.dense(key)) return this.setSparse(key, v);
    let code = IN_MAP;
    if (v === null) code = NONE;
    else if (v === true) code = TRUE;
    else if (v === false) code = FALSE;
    else if (typeof v === "object") {
      if (v.k === K_FLOAT) code = FLT;
      else if (v === EMPTY_TUPLE) code = EMPTY;
      else if (v.k === K_TUPLE && this.compact && plainTuple(v)) code = DULL_TUPLE;
    }
    if (code === IN_MAP) {
      const prev = this.take(key);
      if (this.objs.size >= this.maxKept && prev !== IN_MAP) return false;
      this.objs.set(key, v);
      this.kinds[key] = IN_MAP;
      return true;
    }
    this.put(key, code);
    return true;
  }
  /** Compact storage (only once `compact`): an opaque stand-in for a plain container or uninteresting object. */
  setOpaque(key, kind) {
    if (!this.dense(key)) return this.setSparse(key, OPAQUE_VALUES[OPAQUE_CODES[kind]]);
    this.put(key, OPAQUE_CODES[kind]);
    return true;
  }
  /** Compact storage (only once `compact`): a str or bytes value by its span in the source. */
  setRef(key, what, offset, length) {
    const code = what === "utf8" ? REF_UTF8 : what === "latin1" ? REF_LATIN1 : what === "bytes" ? REF_BYTES : what === "bytearray" ? REF_BYTEARRAY : 0;
    if (code === 0 || !this.dense(key) || length > 4294967295) return false;
    if (!this.refOff || this.refOff.length < this.kinds.length) this.growRefs();
    this.put(key, code);
    this.refOff[key] = offset;
    this.refLen[key] = length;
    return true;
  }
  /** set(key, <tuple of plain data>) once such tuples are stored opaquely: the bulk-data fast path. */
  setPlainTuple(key) {
    if (!this.dense(key)) this.setSparse(key, OPAQUE_TUPLE);
    else this.put(key, DULL_TUPLE);
  }
  clone() {
    const m = new _Memo(this.maxKept);
    m.kinds = this.kinds.slice();
    m.objs = new Map(this.objs);
    m.refOff = this.refOff?.slice();
    m.refLen = this.refLen?.slice();
    m.size = this.size;
    m.sparse = this.sparse;
    return m;
  }
  // ------------------------------------------------------------------------------------------------ internals
  /** Whether key uses the dense arrays (growing them if needed). */
  dense(key) {
    if (key < this.kinds.length) return true;
    if (!(key < DENSE_MAX && key < this.kinds.length * 2 + 65536)) return false;
    let n = this.kinds.length;
    while (n <= key) n = Math.ceil(n * 1.5);
    const k = new Uint8Array(Math.min(n, DENSE_MAX));
    k.set(this.kinds);
    this.kinds = k;
    if (this.refOff) this.growRefs();
    return true;
  }
  growRefs() {
    const off = new Float64Array(this.kinds.length);
    const len = new Uint32Array(this.kinds.length);
    if (this.refOff) off.set(this.refOff);
    if (this.refLen) len.set(this.refLen);
    this.refOff = off;
    this.refLen = len;
  }
  /** Counts a new key and drops a Map entry the key had; returns the previous code. */
  take(key) {
    const prev = this.kinds[key];
    if (prev === 0) {
      if (this.sparse > 0 && this.objs.has(key)) {
        this.objs.delete(key);
        this.sparse--;
      } else this.size++;
    }
    return prev;
  }
  put(key, code) {
    if (this.take(key) === IN_MAP) this.objs.delete(key);
    this.kinds[key] = code;
  }
  setSparse(key, v) {
    const known = this.objs.has(key);
    if (!known && this.objs.size >= this.maxKept) return false;
    if (!known) {
      this.sparse++;
      this.size++;
    }
    this.objs.set(key, v);
    return true;
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
var NUMPY_SCALARS = [
  "bool_",
  "int8",
  "int16",
  "int32",
  "int64",
  "uint8",
  "uint16",
  "uint32",
  "uint64",
  "intc",
  "uintc",
  "longlong",
  "ulonglong",
  "float16",
  "float32",
  "float64",
  "longdouble",
  "complex64",
  "complex128",
  "clongdouble",
  "object_",
  "str_",
  "bytes_",
  "void",
  "datetime64",
  "timedelta64"
].map((t) => `numpy.${t}`);
var UFUNCS = [
  "absolute",
  "add",
  "arccos",
  "arccosh",
  "arcsin",
  "arcsinh",
  "arctan",
  "arctan2",
  "arctanh",
  "cbrt",
  "ceil",
  "clip",
  "cos",
  "cosh",
  "deg2rad",
  "divide",
  "exp",
  "exp2",
  "expm1",
  "fabs",
  "floor",
  "floor_divide",
  "fmax",
  "fmin",
  "hypot",
  "isfinite",
  "isinf",
  "isnan",
  "log",
  "log10",
  "log1p",
  "log2",
  "logaddexp",
  "logical_and",
  "logical_not",
  "logical_or",
  "maximum",
  "minimum",
  "multiply",
  "negative",
  "power",
  "rad2deg",
  "reciprocal",
  "rint",
  "sign",
  "sin",
  "sinh",
  "sqrt",
  "square",
  "subtract",
  "tan",
  "tanh",
  "true_divide",
  "trunc"
].flatMap((f) => [`numpy.core._multiarray_umath.${f}`, `numpy._core._multiarray_umath.${f}`]);
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
  ...["date", "datetime", "time", "timedelta", "timezone", "tzinfo"].map((n) => `datetime.${n}`),
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
  ...NUMPY_SCALARS,
  ...UFUNCS,
  ...STDLIB_DATA,
  ...SKLEARN_JOBLIB_SCIPY,
  ...HF_TRAINING
]);
var CLASS_PACKAGES = ["sklearn"];
var CLASS_PACKAGE_EXCLUDED_MODULES = [
  "sklearn.datasets",
  "sklearn.externals",
  "sklearn.utils._testing",
  "sklearn.utils.estimator_checks",
  "sklearn.utils.discovery",
  "sklearn.utils._show_versions",
  "sklearn.conftest"
];
var CLASS_NAMES_EXCLUDED = /* @__PURE__ */ new Set([
  "GzipFile",
  "BZ2File",
  "LZMAFile",
  "ZipFile",
  "TarFile",
  "FileIO",
  "TemporaryDirectory",
  "TemporaryFile",
  "NamedTemporaryFile",
  "SpooledTemporaryFile",
  "Popen",
  "Request",
  "Thread",
  "Process",
  "Pool",
  "ThreadPool",
  "ThreadPoolExecutor",
  "ProcessPoolExecutor",
  "Memory",
  "Parallel"
]);
var PYX_UNPICKLE_ROOTS = ["sklearn", "numpy", "scipy"];

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
      "numpy.core._ufunc_reconstruct",
      "numpy._core._ufunc_reconstruct",
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
      "joblib.externals.loky",
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
      "joblib.externals.cloudpickle",
      "srsly.cloudpickle",
      "ray.cloudpickle",
      "pyspark.cloudpickle",
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
  const key = module === void 0 ? full : `${full}\0${module}`;
  const cached2 = classified.get(key);
  if (cached2) return cached2;
  const v = classifyUncached(full, module);
  if (classified.size >= 4096) classified.clear();
  classified.set(key, v);
  return v;
}
var classified = /* @__PURE__ */ new Map();
function classifyUncached(full, module) {
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
    const mod = comps.slice(0, modLen).join(".");
    if (CLASS_PACKAGES.includes(root) && /^_*[A-Z]/.test(last) && !CLASS_NAMES_EXCLUDED.has(last) && !CLASS_PACKAGE_EXCLUDED_MODULES.some((m) => mod === m || mod.startsWith(`${m}.`)))
      return { kind: "allowed", reason: "class" };
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
function max(a, b) {
  return SEVERITY_RANK[a] >= SEVERITY_RANK[b] ? a : b;
}
function verdictSeverity(v) {
  return v.kind === "allowed" ? void 0 : v.severity;
}
function resolveImport(module, name, proto, profile5, how) {
  if (cached >= 4096) {
    resolved.clear();
    cached = 0;
  }
  const byName = cacheFor(how, profile5, proto < 3 ? 2 : 3, module);
  let r2 = byName.get(name);
  if (!r2) {
    r2 = resolveUncached(module, name, proto, profile5, how);
    Object.freeze(r2.findings);
    byName.set(name, r2);
    cached++;
  }
  return r2;
}
var resolved = /* @__PURE__ */ new Map();
var cached = 0;
function cacheFor(how, profile5, protoClass, module) {
  return child(child(child(child(resolved, how), profile5), protoClass), module);
}
function child(m, k) {
  let c = m.get(k);
  if (!c) m.set(k, c = /* @__PURE__ */ new Map());
  return c;
}
function resolveUncached(module, name, proto, profile5, how) {
  const n = name === "" ? { module, name: "", full: module } : normaliseImport(module, name, proto);
  const verdict = classify(n.full, n.module);
  const findings = [];
  const add = (rule, severity, message, evidence = n.full) => findings.push({ rule, severity, message, evidence });
  const aliasNote = n.alias ? ` (written as ${n.alias}; the unpickler maps Python 2 names below protocol 3)` : "";
  const tsOk = profile5 === "torchscript" && torchScriptAllowed(n.full);
  const dotted = n.name.includes(".");
  if (tsOk) return { ...n, verdict: { kind: "allowed", reason: "torchscript" }, findings };
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
  if (profile5 === "torch-weights" && !weightsOnlyAllowed(n.full)) {
    const sev = max("medium", verdictSeverity(verdict) ?? "medium");
    add("PT-001", sev, `data.pkl imports ${n.full}, which torch.load(weights_only=True) refuses`);
  }
  if (profile5 === "torchscript" && !tsOk)
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
  if (end - start <= SHORT) {
    let s = "";
    for (let i2 = start; i2 < end; i2++) {
      const c = b[i2];
      if (c >= 128) return b.toString("utf8", start, end);
      s += String.fromCharCode(c);
    }
    return s;
  }
  for (let i2 = start; i2 < end; i2++) if (b[i2] >= 128) return b.toString("utf8", start, end);
  return b.toString("latin1", start, end);
}
function latin1(b, start, end) {
  if (end - start > SHORT) return b.toString("latin1", start, end);
  let s = "";
  for (let i2 = start; i2 < end; i2++) s += String.fromCharCode(b[i2]);
  return s;
}
var SHORT = 10;

// src/analyzers/pickle/strings.ts
var PATTERNS = [
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
  for (const [what, re] of PATTERNS) if (re.test(s)) return what;
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
  const used = /* @__PURE__ */ new Set();
  const end = () => ({ status: complete ? "error" : "end", ops, code, end: p, kinds: used.size });
  const err2 = () => ({ status: "error", ops, code, end: p, kinds: used.size });
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
    used.add(op);
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
        return { status: "stop", ops, code, end: p, kinds: used.size };
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
  return { status: "end", ops, code, end: p, kinds: used.size };
}
function looksLikePickle(head, complete = false) {
  if (head.length >= 2 && head[0] === 128 && head[1] >= 2 && head[1] <= 5) return true;
  if (head.length < 2 || head[0] === 128) return false;
  const w = walkPickle(head, complete);
  if (w.status === "stop") return w.ops >= 2;
  if (w.status === "end") return w.kinds >= 3;
  return w.ops >= 32 && w.code;
}
function bytesLookLikePickle(head, complete) {
  if (head.length < 3) return false;
  const w = walkPickle(head, complete);
  if (head[0] === 128) return head[1] >= 2 && head[1] <= 5 && w.status !== "error";
  return w.status === "stop" && w.ops >= 3;
}

// src/analyzers/pickle/nested.ts
import { inflateSync, gunzipSync } from "node:zlib";
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
function sniffBytes(head) {
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
  const buf = decode2(m, input, codec);
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
function decode2(m, input, codec) {
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
        const out = inflateSync(input, { maxOutputLength: cap });
        m.ctx.chargeDecompressed(out.length);
        return out;
      }
      case "gzip": {
        const out = gunzipSync(input, { maxOutputLength: cap });
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
    const path2 = p.kind === "path" ? p.path : p.text;
    m.report(
      "PKL-011",
      `${loader} loads the file ${JSON.stringify(path2.slice(0, 200))} while unpickling`,
      at,
      "high",
      path2.slice(0, 200)
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
  const path = m.ctx.childPath(name, true);
  const out = await m.ctx.analyzeMember(name, src);
  let worst = 0;
  for (const f of m.ctx.run.findings)
    if (f.member === path || f.member?.startsWith(`${path}!/`) || f.member?.startsWith(`${path}/`))
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

// src/analyzers/common/declare.ts
function declareTensor(ctx, name, dtype, shape, bytes, storage) {
  const ref = { name, dtype, shape, bytes, ...storage !== void 0 ? { storage } : {} };
  if (ctx.member !== void 0) ref.member = ctx.member;
  ctx.run.tensors.push(ref);
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
  const f = /^<?f([248])$/.exec(code);
  if (f && st[1] === "<") {
    const size = BigInt(f[1]);
    const float = size === 8n ? "f64" : size === 4n ? "f32" : "f16";
    if (elsize === void 0 || elsize <= 0n || elsize === size) return { itemsize: size, object, float };
  }
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
  if (dtype.float && !dtype.object && ctx.member === void 0 && m.mapOff(p) === p)
    declareTensor(
      ctx,
      `array@${p}`,
      dtype.float,
      shapeT.items.map((d) => Number(d)),
      new SliceSource(m.src, p, Number(nbytes))
    );
  if (first) m.report("JBL-001", "joblib pickle with inline numpy arrays (parsed through)", at);
  return p + Number(nbytes);
}

// src/analyzers/pickle/torch.ts
var VIEW_REBUILDERS = /* @__PURE__ */ new Set([
  "torch._utils._rebuild_tensor",
  "torch._utils._rebuild_tensor_v2",
  "torch._utils._rebuild_tensor_v3"
]);
function storageNumel(storage) {
  if (storage === void 0 || kindOf(storage) !== K_PERSID) return void 0;
  const pid = seqItems(storage.pid);
  if (!pid || pid[0] !== "storage") return void 0;
  return literalInt(pid[4], true);
}
function checkRebuild(m, callee, args, at) {
  if (!VIEW_REBUILDERS.has(callee) || kindOf(args) !== K_TUPLE) return;
  const [storage, offsetV, sizeV, strideV] = args.items;
  if (plainView(storage, offsetV, sizeV, strideV)) return;
  const offset = literalInt(offsetV, true);
  const size = literalInts(sizeV, true);
  const stride = literalInts(strideV, true);
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
function small(v) {
  return typeof v === "number" && Number.isSafeInteger(v) && v >= 0 ? v : -1;
}
function plainView(storage, offsetV, sizeV, strideV) {
  const offset = small(offsetV);
  const size = seqItems(sizeV);
  const stride = seqItems(strideV);
  if (offset < 0 || !size || !stride || size.length !== stride.length) return false;
  if (kindOf(sizeV) === K_TUPLE && sizeV.n !== size.length) return false;
  if (kindOf(strideV) === K_TUPLE && strideV.n !== stride.length) return false;
  let last = offset;
  let empty = false;
  for (let i2 = 0; i2 < size.length; i2++) {
    const n = small(size[i2]);
    const st = small(stride[i2]);
    if (n < 0 || st < 0) return false;
    if (n === 0) empty = true;
    else last += (n - 1) * st;
  }
  if (!Number.isSafeInteger(last)) return false;
  if (storage === void 0 || kindOf(storage) !== K_PERSID) return true;
  const pid = seqItems(storage.pid);
  if (!pid || pid[0] !== "storage") return true;
  const numel = small(pid[4]);
  return numel >= 0 && (empty || last + 1 <= numel);
}

// src/analyzers/pickle/semantics.ts
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
function call(m, op, fn, args, at, kwargs) {
  const c = new CallVal(op, fn, args, m.mapOff(at), kwargs);
  if (kindOf(fn) !== K_GLOBAL) return c;
  const g = fn;
  const v = g.verdict;
  let text;
  const rendered = () => text ??= `${g.name}${renderArgs(args)}`;
  if (v.kind === "deny")
    m.report("PKL-010", `Calls ${rendered()} while loading (${op}; ${v.what})`, at, v.severity, rendered());
  const hasText = literalText(args);
  if (v.kind === "unknown" && hasText) {
    if (g.module === "__main__" || g.module.startsWith("__main__."))
      m.report("PKL-020", `Calls ${rendered()}, defined by the loading script (__main__)`, at, "high", g.name);
    else if (v.severity === "medium")
      m.report(
        "PKL-002",
        `Calls ${rendered()} with string arguments; ${g.name} is not on the allow list`,
        at,
        "high",
        g.name
      );
  }
  if (v.kind === "allowed" && v.reason === "class" && op === "REDUCE" && hasText)
    m.report(
      "PKL-002",
      `Calls ${rendered()} with string arguments (estimator classes are rebuilt without arguments)`,
      at,
      "medium",
      g.name
    );
  if (NESTED_LOADERS.has(g.name) || nestedLoaderPrefix(g.name)) m.pending.push(c);
  if (TORCH_REBUILD_FUNCTIONS.has(g.name)) checkRebuild(m, g.name, args, at);
  if (g.name === "builtins.getattr") return getattrCall(m, c, args, at);
  if (TRAMPOLINES.has(g.name)) return trampoline(m, g.name, args, at) ?? c;
  if (g.name === "copyreg.add_extension") {
    const a = kindOf(args) === K_TUPLE ? args.items : [];
    if (isStr(a[0]) && isStr(a[1]) && typeof a[2] === "number") m.shared.ext.set(a[2], [a[0], a[1]]);
  }
  return c;
}
function getattrCall(m, c, args, at) {
  if (kindOf(args) !== K_TUPLE) return c;
  const [obj, attr] = args.items;
  if (kindOf(obj) !== K_GLOBAL || !isStr(attr)) return c;
  const base = obj;
  const qual = base.name === base.module ? attr : `${base.name.slice(base.module.length + 1)}.${attr}`;
  const imp = resolveImport(base.module, qual, 4, m.profile, "getattr");
  return m.recordImport({ ...imp, findings: imp.findings.filter((f) => f.rule !== "PKL-005") }, at);
}
function trampoline(m, name, args, at) {
  const first = kindOf(args) === K_TUPLE ? args.items[0] : void 0;
  if (!isStr(first) || !/^[A-Za-z_][\w.:]*$/.test(first)) return void 0;
  let module;
  let qual;
  if (name === "pkgutil.resolve_name" && first.includes(":")) {
    ;
    [module, qual] = first.split(":", 2);
  } else if (name.endsWith("._ufunc_reconstruct")) {
    const second = kindOf(args) === K_TUPLE ? args.items[1] : void 0;
    if (!isStr(second)) return void 0;
    module = first;
    qual = second;
  } else if (name === "pkgutil.resolve_name" || name === "pydoc.locate") {
    const dot = first.indexOf(".");
    module = dot < 0 ? first : first.slice(0, dot);
    qual = dot < 0 ? "" : first.slice(dot + 1);
  } else {
    module = first;
    qual = "";
  }
  const imp = resolveImport(module, qual, 4, m.profile, name);
  return m.recordImport(imp, at);
}
function build(m, inst, state, at) {
  const k = kindOf(inst);
  if (k === K_GLOBAL) {
    const g = inst;
    m.report(
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
    m.report("PKL-010", `BUILD calls ${cls.name}.__setstate__ while loading`, at, cls.verdict.severity, cls.name);
  if (kindOf(state) === K_TUPLE && state.n === 2) {
    const slot = state.items[1];
    if (kindOf(slot) === K_DICT) {
      const it = slot.items;
      for (let i2 = 0; i2 < it.length; i2 += 2) {
        const key = it[i2];
        if (isStr(key) && /^__\w+__$/.test(key)) {
          m.report("PKL-012", `BUILD slot state sets ${key} on ${cls?.name ?? "an object"}`, at, void 0, key);
          break;
        }
      }
    }
  }
  if (cls && JOBLIB_WRAPPERS.has(cls.name)) return cls.name;
  return void 0;
}
function addTarget(m, t, want, at, op) {
  const k = kindOf(t);
  if (k === want || want === K_SET && k === K_SET) return t;
  const what = opName(op);
  if (k === K_CALL) {
    const c = t;
    const callee = calleeName(c);
    const cls = classOf(c)?.name;
    const tensor = callee !== void 0 && (TORCH_REBUILD_FUNCTIONS.has(callee) || TENSOR_LIKE.has(callee)) || cls !== void 0 && TENSOR_LIKE.has(cls);
    if (tensor) {
      m.report(
        "PKL-013",
        `${what} on a tensor rebuilt by ${callee ?? cls} (item writes into tensor memory)`,
        at,
        m.torch ? "high" : "medium",
        what
      );
      if (m.torch)
        m.report("PT-014", `${what} targets a rebuilt tensor (CVE-2026-24747 write primitive)`, at, void 0, what);
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
    m.report("PKL-013", `${what} on a persistent-loaded object (a storage)`, at, m.torch ? "high" : "medium", what);
    if (m.torch) m.report("PT-014", `${what} targets a storage loaded by persistent id`, at, void 0, what);
    return void 0;
  }
  if (k === K_OPAQUE) return void 0;
  const desc = k === K_GLOBAL ? t.name : typeName(t);
  m.report(
    "PKL-013",
    `${what} on ${desc}, not a ${want === K_DICT ? "dict" : want === K_SET ? "set" : "list"}`,
    at,
    m.torch ? "high" : "medium",
    what
  );
  return void 0;
}
function discard(m, v, at) {
  if (kindOf(v) !== K_CALL) return;
  const c = v;
  if (c.flags & (F_DUP | F_MEMO)) return;
  const name = calleeName(c) ?? "a computed callable";
  m.report(
    "PKL-014",
    `The result of ${name}${renderArgs(c.args, 120)} is discarded (called only for its side effect)`,
    at,
    void 0,
    name
  );
}
var TRAMPOLINES = /* @__PURE__ */ new Set([
  "pkgutil.resolve_name",
  "pydoc.locate",
  "importlib.import_module",
  "builtins.__import__",
  "numpy.core._ufunc_reconstruct",
  "numpy._core._ufunc_reconstruct"
]);
function foldStr(v, depth = 0) {
  if (isStr(v)) return v;
  if (depth > 8 || kindOf(v) !== K_CALL) return void 0;
  const c = v;
  const name = calleeName(c);
  const args = kindOf(c.args) === K_TUPLE ? c.args.items : void 0;
  if (!args) return void 0;
  if (name === "builtins.str" && args.length === 1) return foldStr(args[0], depth + 1);
  if (name === "builtins.str.join" && args.length === 2) {
    const sep2 = foldStr(args[0], depth + 1);
    const seq = args[1];
    const items = seqItems(seq);
    const whole = kindOf(seq) === K_LIST ? seq.n : kindOf(seq) === K_TUPLE ? seq.n : -1;
    if (sep2 === void 0 || !items || whole !== items.length) return void 0;
    const parts = items.map((x2) => foldStr(x2, depth + 1));
    return parts.every((x2) => x2 !== void 0) ? parts.join(sep2) : void 0;
  }
  if ((name === "operator.add" || name === "operator.concat" || name === "builtins.str.__add__") && args.length === 2) {
    const a = foldStr(args[0], depth + 1);
    const b = foldStr(args[1], depth + 1);
    return a !== void 0 && b !== void 0 ? a + b : void 0;
  }
  return void 0;
}
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
function plainInstance(c) {
  if (kindOf(c.callee) !== K_GLOBAL) return false;
  const g = c.callee;
  if (g.verdict.kind === "deny") return false;
  const cls = classOf(c)?.name ?? g.name;
  return !(TORCH_REBUILD_FUNCTIONS.has(g.name) || TENSOR_LIKE.has(cls) || DICT_LIKE.has(cls) || LIST_LIKE.has(cls) || JOBLIB_WRAPPERS.has(cls) || g.name === "builtins.getattr");
}

// src/analyzers/pickle/rest-scan.ts
var WINDOW2 = 1 << 20;
var OVERLAP = 600;
var MAX_SCAN = 64 * 1024 * 1024;
var GLOBAL_RE = /c([A-Za-z_][\w.]{0,127})\n([A-Za-z_][\w.]{0,127})\n/g;
var STACK_RE = /\x8c([\x01-\x80])([A-Za-z_][\w.]{0,127})(?:\x94|q[\s\S]|r[\s\S]{4})?\x8c([\x01-\x80])([A-Za-z_][\w.]{0,127})(?:\x94|q[\s\S]|r[\s\S]{4})?\x93/g;
async function scanRest(m, from) {
  const end = Math.min(m.src.size, from + MAX_SCAN);
  const seen = /* @__PURE__ */ new Set();
  const hit = (module, name, at) => {
    const key = `${module} ${name}`;
    if (seen.has(key)) return;
    seen.add(key);
    const imp = resolveImport(module, name, 2, "generic", "GLOBAL");
    if (imp.verdict.kind !== "deny") return;
    const f = imp.findings.find((x2) => x2.rule === "PKL-001" || x2.rule === "PKL-021");
    if (f)
      m.report(
        f.rule,
        `${f.message}; found by pattern search in bytes the analysis could not follow (the loader still runs them)`,
        at,
        f.severity,
        f.evidence
      );
  };
  for (let at = from; at < end; at += WINDOW2) {
    m.ctx.checkDeadline(m.mapOff(at));
    const buf = await m.src.read(at, Math.min(WINDOW2 + OVERLAP, end - at));
    const text = buf.toString("latin1");
    for (const x2 of text.matchAll(GLOBAL_RE)) hit(x2[1], x2[2], at + x2.index);
    for (const x2 of text.matchAll(STACK_RE))
      if (x2[1].charCodeAt(0) === x2[2].length && x2[3].charCodeAt(0) === x2[4].length) hit(x2[2], x2[4], at + x2.index);
  }
}

// src/analyzers/pickle/skim.ts
var SCALAR = 0;
var SHORT_STR2 = 1;
var PLAIN_TUPLE = 2;
var OTHER = 3;
var MAX_ITEMS = 1 << 14;
var SKIM_OPS = [
  74,
  75,
  77,
  71,
  78,
  136,
  137,
  138,
  140,
  85,
  88,
  67,
  41,
  133,
  134,
  135,
  148,
  113,
  149,
  101
];
function skimAppends(b, base, pos, lim, frameEnd, limits, memo, seen) {
  const maxOps = limits.ops;
  const maxDepth = Math.min(MAX_ITEMS, limits.depth);
  const allSeen = SKIM_OPS.every((op) => seen[op] !== 0);
  let i2 = pos - base;
  const stop = lim - base - 16;
  let depth = 0;
  let tall = -1;
  let top = SCALAR;
  let ops = 1;
  let fe = frameEnd - base;
  let puts;
  while (i2 < stop) {
    const op = b[i2];
    if (!allSeen && seen[op] === 0) return void 0;
    let n = 0;
    let kind = SCALAR;
    switch (op) {
      case 74:
        n = 4;
        break;
      case 75:
        n = 1;
        break;
      case 77:
        n = 2;
        break;
      case 71:
        n = 8;
        break;
      case 78:
      // NONE
      case 136:
      // NEWTRUE
      case 137:
        break;
      case 138:
        n = 1 + b[i2 + 1];
        if (n > 9) return void 0;
        break;
      case 140:
      // SHORT_BINUNICODE
      case 85:
        n = 1 + b[i2 + 1];
        if (n > 7) return void 0;
        kind = SHORT_STR2;
        break;
      case 88: {
        const len = b.readUInt32LE(i2 + 1);
        if (len > 6) return void 0;
        n = 4 + len;
        kind = SHORT_STR2;
        break;
      }
      case 67:
        n = 1 + b[i2 + 1];
        if (n > 16) return void 0;
        kind = OTHER;
        break;
      case 41:
        kind = PLAIN_TUPLE;
        break;
      case 133:
      // TUPLE1
      case 134:
      // TUPLE2
      case 135: {
        const k = op - 132;
        if (depth < k) return void 0;
        depth -= k;
        kind = tall < depth ? PLAIN_TUPLE : OTHER;
        break;
      }
      case 148:
        if (depth === 0 || top !== PLAIN_TUPLE || !memo.compact) return void 0;
        (puts ??= []).push(-1);
        i2++;
        ops++;
        continue;
      case 113:
        if (depth === 0 || top !== PLAIN_TUPLE || !memo.compact) return void 0;
        (puts ??= []).push(b[i2 + 1]);
        i2 += 2;
        ops++;
        continue;
      case 149: {
        const len = b.readBigUInt64LE(i2 + 1);
        if (i2 < fe || len > BigInt(limits.size - (base + i2 + 9))) return void 0;
        fe = i2 + 9 + Number(len);
        i2 += 9;
        ops++;
        continue;
      }
      case 101: {
        if (ops + 1 > maxOps) return void 0;
        if (puts) for (const key of puts) memo.setPlainTuple(key < 0 ? memo.size : key);
        return {
          end: base + i2 + 1,
          items: depth,
          ops: ops + 1,
          frameEnd: fe <= 0 ? 0 : base + fe,
          puts: puts?.length ?? 0
        };
      }
      default:
        return void 0;
    }
    if (n > 0 && i2 + 1 < fe && i2 + 1 + n > fe) return void 0;
    if (depth >= maxDepth) return void 0;
    if (kind >= PLAIN_TUPLE) tall = depth;
    top = kind;
    depth++;
    i2 += 1 + n;
    ops++;
  }
  return void 0;
}

// src/analyzers/pickle/machine.ts
var STR_INLINE = 4096;
var LINE_CAP = 64 * 1024;
var DECODE_BUDGET = 256 * 1024 * 1024;
var DEADLINE_EVERY = 1e5;
var CHECK_EVERY = 4096;
var MAX_FORKS = 4;
var MAX_STRING_FINDINGS = 20;
var REPEATS = 8;
var PER_RULE = 200;
function isStr2(v) {
  return typeof v === "string";
}
var PickleMachine = class _PickleMachine {
  constructor(src, ctx, profile5, shared, mapOff = (o) => o) {
    this.src = src;
    this.ctx = ctx;
    this.profile = profile5;
    this.shared = shared;
    this.mapOff = mapOff;
    this.memo = new Memo(ctx.limits.maxMemo);
    this.r = new StreamReader(src, 0);
    this.torch = profile5 === "torch-weights";
    this.ts = profile5 === "torchscript";
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
  /** The last string decoded from a counted opcode and where its bytes are (compact memo storage). */
  lastStr;
  lastStrAt = 0;
  lastStrLen = 0;
  lastStrEnc = "utf8";
  /** Bulk-data fast path (skim.ts): given up on after repeated failures without a success. */
  skimOk = true;
  skimWins = 0;
  skimFails = 0;
  get result() {
    return this.shared.result;
  }
  /** Where container writes are recorded for tensor names: the primary run of a torch pickle only. */
  get names() {
    return this.primary ? this.shared.names : void 0;
  }
  // ---------------------------------------------------------------- reporting
  /**
   * Records a finding. The same rule, severity and evidence is reported at most REPEATS times per analysis: a
   * crafted stream repeating one opcode a million times must not produce a million findings.
   */
  report(rule, message, at, severity, evidence) {
    const key = `${rule}\0${severity ?? ""}\0${evidence ?? message}`;
    const n = this.shared.repeats.get(key) ?? 0;
    const perRule = this.shared.repeats.get(rule) ?? 0;
    if (n >= REPEATS || perRule >= PER_RULE) return;
    this.shared.repeats.set(key, n + 1);
    this.shared.repeats.set(rule, perRule + 1);
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
    this.fence = 0;
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
    m.fence = this.fence;
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
  /** Stack length at the innermost MARK (0 without one): values below it belong to the metastack. */
  fence = 0;
  markBase() {
    return this.fence;
  }
  pushMark() {
    this.marks.push(this.stack.length);
    this.fence = this.stack.length;
  }
  dropMark() {
    const m = this.marks.pop();
    this.fence = this.marks.length ? this.marks[this.marks.length - 1] : 0;
    return m;
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
    const m = this.dropMark();
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
        if (pos + 16 > lim) {
          if (lim < size) {
            await this.fill(pos, 64);
            ({ b, base, lim } = this.window());
          }
          if (pos >= size) {
            this.malformed(pos, "the pickle ends without STOP", void 0, pos);
            return { status: "eof", end: pos };
          }
        }
        at = pos;
        op = b[pos - base];
        pos++;
        ops++;
        if (seen[op] === 0) this.firstUse(op, at);
        switch (op) {
          // ------------------------------------------------ structure
          case 40: {
            this.pushMark();
            const t = stack.length > 0 ? stack[stack.length - 1] : null;
            if (this.skimOk && kindOf(t) === K_LIST && t.items.length >= KEEP_ITEMS) {
              const r2 = skimAppends(
                b,
                base,
                pos,
                lim,
                this.frameEnd,
                { ops: maxOps - (this.opcodes + ops) + 1, depth: maxStack - stack.length - this.marks.length, size },
                this.memo,
                seen
              );
              if (r2) {
                this.dropMark();
                t.n += r2.items;
                pos = r2.end;
                ops += r2.ops - 1;
                budget = Math.max(0, budget - (r2.ops - 1));
                this.frameEnd = r2.frameEnd;
                this.puts += r2.puts;
                this.skimWins++;
              } else if (this.memo.compact && ++this.skimFails > 64 && this.skimWins === 0) this.skimOk = false;
            }
            break;
          }
          case 46: {
            const v = this.pop(at, op);
            this.finishPickle(v, at);
            return { status: "stop", end: pos };
          }
          case 48:
            if (stack.length > this.markBase()) discard(this, stack.pop(), at);
            else if (this.marks.length) this.dropMark();
            else this.underflow(at, op);
            break;
          case 49:
            for (const v of this.popMark(at, op)) discard(this, v, at);
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
            {
              const i2 = pos - base;
              stack.push(b[i2] | b[i2 + 1] << 8 | b[i2 + 2] << 16 | b[i2 + 3] << 24);
            }
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
            stack.push(b[pos - base] | b[pos - base + 1] << 8);
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
                if (sniffBytes(head)) {
                  this.blobs.push([v, at]);
                  if (this.blobs.length >= 256) {
                    await this.flushBlobs();
                    ({ b, base, lim } = this.window());
                  }
                } else if (n <= STR_INLINE && pos + n <= lim) this.checkString(b.toString("latin1", i3, i3 + n), at);
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
            const s = enc === "utf8" ? utf8(b, i2, i2 + n) : latin1(b, i2, i2 + n);
            this.lastStr = s;
            this.lastStrAt = pos;
            this.lastStrLen = n;
            this.lastStrEnc = enc;
            this.shared.decoded += n;
            if (n >= 7) this.checkString(s, at);
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
            const target = this.top(at, op);
            const t = addTarget(this, target, K_LIST, at, op);
            if (t && this.names) this.names.add(target, t.n, v);
            t?.add(v);
            break;
          }
          case 101:
          // APPENDS
          case 144: {
            const items = this.popMark(at, op);
            const target = this.top(at, op);
            const t = addTarget(this, target, op === 101 ? K_LIST : K_SET, at, op);
            if (t && op === 101 && this.names) this.names.addItems(target, t.n, items);
            t?.addAll(items);
            break;
          }
          case 115: {
            const v = this.pop(at, op);
            const k = this.pop(at, op);
            const target = this.top(at, op);
            const t = addTarget(this, target, K_DICT, at, op);
            t?.addPair(k, v);
            if (t && this.names) this.names.add(target, k, v);
            break;
          }
          case 117: {
            const items = this.popMark(at, op);
            if (items.length % 2) this.malformed(at, "SETITEMS with an odd number of items", void 0, -1);
            const target = this.top(at, op);
            const t = addTarget(this, target, K_DICT, at, op);
            if (t) for (let i2 = 0; i2 + 1 < items.length; i2 += 2) t.addPair(items[i2], items[i2 + 1]);
            const names = t && this.names;
            if (names) for (let i2 = 0; i2 + 1 < items.length; i2 += 2) names.add(target, items[i2], items[i2 + 1]);
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
            stack.push(call(this, "REDUCE", fn, args, at));
            if (this.pending.length) {
              await this.flushPending(at);
              ({ b, base, lim } = this.window());
            }
            break;
          }
          case 129: {
            const args = this.pop(at, op);
            const cls = this.pop(at, op);
            stack.push(call(this, "NEWOBJ", cls, args, at));
            if (this.pending.length) {
              await this.flushPending(at);
              ({ b, base, lim } = this.window());
            }
            break;
          }
          case 146: {
            const kw = this.pop(at, op);
            const args = this.pop(at, op);
            const cls = this.pop(at, op);
            stack.push(call(this, "NEWOBJ_EX", cls, args, at, kw));
            if (this.pending.length) {
              await this.flushPending(at);
              ({ b, base, lim } = this.window());
            }
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
            stack.push(call(this, "OBJ", cls, new TupleVal(rest.slice(0, KEEP_ITEMS), rest.length), at));
            if (this.pending.length) {
              await this.flushPending(at);
              ({ b, base, lim } = this.window());
            }
            break;
          }
          case 98: {
            const state = this.pop(at, op);
            const inst = this.top(at, op);
            const wrapper = build(this, inst, state, at);
            if (wrapper) {
              stack.pop();
              const next = await joblibArray(this, inst, wrapper, pos, at, this.frameEnd);
              if (next < 0) {
                await scanRest(this, pos);
                return { status: "abort", end: pos };
              }
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
                "PKL-050",
                "Malformed pickle: FRAME begins before the previous frame ends (the pure-Python unpickler refuses this; the C unpickler continues)",
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
            const n1 = b.indexOf(10, pos - base);
            const l1 = n1 >= 0 ? { end: base + n1, long: false } : await this.line(pos);
            if (n1 < 0) ({ b, base, lim } = this.window());
            if (!l1) return fail(`${opName(op)} line has no newline before the end of the data`, opName(op), -1);
            this.straddle(at, pos, l1.end + 1 - pos);
            if (op === 99 || op === 105) {
              const n2 = l1.end + 1 >= base ? b.indexOf(10, l1.end + 1 - base) : -1;
              const l2 = n2 >= 0 ? { end: base + n2, long: false } : await this.line(l1.end + 1);
              if (n2 < 0) ({ b, base, lim } = this.window());
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
              const enc = op === 99 ? "utf8" : "latin1";
              const mod = this.textNow(pos, l1.end, enc) ?? await this.text(pos, l1.end, enc);
              const nm = this.textNow(l1.end + 1, l2.end, enc) ?? await this.text(l1.end + 1, l2.end, enc);
              pos = l2.end + 1;
              const g = this.importGlobal(mod, nm, at, opName(op));
              if (op === 105) {
                const items = this.popMark(at, op);
                stack.push(call(this, "INST", g, new TupleVal(items.slice(0, KEEP_ITEMS), items.length), at));
                if (this.pending.length) await this.flushPending(at);
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
      }
    } finally {
      this.opcodes += ops;
    }
  }
  /** A line's text when it is in the window (undefined: read it with text()). */
  textNow(start, end, enc) {
    const { b, base, lim } = this.window();
    if (start < base || end > lim) return void 0;
    return enc === "utf8" ? utf8(b, start - base, end - base) : latin1(b, start - base, end - base);
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
      "PKL-050",
      `Malformed pickle: ${opName(this.peekOp(at))} at offset ${this.mapOff(at)} reads across the end of its FRAME (offset ${this.mapOff(fe)}); loaders disagree on what follows (pickle.loads reads on, the C unpickler on a file without peek() drops the frame tail, the pure-Python unpickler fails) and both readings are analysed`,
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
    if (!(this.memo.compact && this.putCompact(key, v)) && !this.memo.set(key, v))
      throw new LimitExceeded("maxMemo", `more than ${this.ctx.limits.maxMemo} pickle memo entries`, this.mapOff(at));
  }
  /**
   * Past the memo's keep budget, values that cannot name or reach anything dangerous are stored compactly:
   * strings and bytes by their span, plain containers and objects of uninteresting classes as opaque values.
   * A later GET then sees less detail (fail-safe: unresolvable operands are findings), never less danger.
   */
  putCompact(key, v) {
    if (typeof v === "string")
      return v === this.lastStr && this.memo.setRef(key, this.lastStrEnc, this.lastStrAt, this.lastStrLen);
    if (typeof v !== "object" || v === null) return false;
    switch (v.k) {
      case K_STRREF: {
        const r2 = v;
        return this.memo.setRef(key, r2.encoding, r2.offset, r2.length);
      }
      case K_BYTES: {
        const b = v;
        return this.memo.setRef(key, b.mutable ? "bytearray" : "bytes", b.offset, b.length);
      }
      case K_LIST:
        return this.memo.setOpaque(key, "list");
      case K_DICT:
        return this.memo.setOpaque(key, "dict");
      case K_SET:
      case K_FROZENSET:
        return this.memo.setOpaque(key, "set");
      case K_CALL:
        return plainInstance(v) && this.memo.setOpaque(key, "object");
    }
    return false;
  }
  // ---------------------------------------------------------------- imports
  importGlobal(module, name, at, how) {
    return this.recordImport(resolveImport(module, name, this.proto, this.profile, how), at);
  }
  recordImport(imp, at) {
    if (imp.name !== "") {
      this.ctx.addImport(imp.full);
      const n = this.shared.importCounts.get(imp.full) ?? 0;
      if (n < REPEATS) {
        this.shared.importCounts.set(imp.full, n + 1);
        this.result.imports.push({ name: imp.full, offset: this.mapOff(at) });
      }
    }
    for (const f of imp.findings) this.report(f.rule, f.message, at, f.severity, f.evidence);
    return new GlobalVal(imp.full, imp.module, imp.verdict, this.mapOff(at));
  }
  async stackGlobal(module, name, at) {
    const m = kindOf(module) === K_STRREF ? await this.strText(module) : module;
    const n = kindOf(name) === K_STRREF ? await this.strText(name) : name;
    if (isStr2(m) && isStr2(n)) return this.importGlobal(m, n, at, "STACK_GLOBAL");
    const why = (v) => v === void 0 ? "an undecodable string" : isStr2(v) ? JSON.stringify(v) : `not a str (${render(v, 80)})`;
    const fm = m === void 0 ? void 0 : foldStr(m);
    const fn = n === void 0 ? void 0 : foldStr(n);
    const folded = fm !== void 0 && fn !== void 0;
    this.report(
      "PKL-003",
      `STACK_GLOBAL module ${why(m)}, name ${why(n)}: the import is computed at load time${folded ? ` (it evaluates to ${fm}.${fn})` : ""}`,
      at,
      void 0,
      `${render(module, 60)} . ${render(name, 60)}`
    );
    return folded ? this.importGlobal(fm, fn, at, "STACK_GLOBAL (computed operands)") : UNKNOWN;
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
  /** Calls waiting for async work (nested payload analysis) once the current opcode is done. */
  pending = [];
  async flushPending(at) {
    const list = this.pending;
    this.pending = [];
    for (const c of list) await nestedCall(this, c, at);
  }
  // ---------------------------------------------------------------- strings, STOP
  checkString(s, at) {
    if (s.length >= 16 && mayHoldSecret(s)) reportSecrets(this.ctx, s, "a pickle string", this.mapOff(at));
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
    if (this.primary && res.pickles === 0 && res.firstValue === void 0) {
      res.firstValue = toLiteral(v);
      if (this.shared.names) {
        res.tensorViews = this.shared.names.resolve(v);
        if (this.shared.names.overflow) res.tensorNamesIncomplete = true;
      }
    }
    if (this.stack.length > 0 || this.marks.length > 0)
      this.report(
        "PKL-051",
        `STOP leaves ${this.stack.length} value(s) and ${this.marks.length} MARK(s) behind`,
        at,
        void 0,
        `${this.stack.length}+${this.marks.length}`
      );
    for (const x2 of this.stack) discard(this, x2, at);
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

// src/analyzers/pickle/tensor-names.ts
var MAX_EDGES = 65536;
var MAX_VIEWS = 65536;
var MAX_ALIASES = 4;
var MAX_SEGMENT = 120;
var MAX_NAME = 240;
var MAX_DEPTH = 32;
var REBUILD2 = /* @__PURE__ */ new Set([
  "torch._utils._rebuild_tensor",
  "torch._utils._rebuild_tensor_v2",
  "torch._utils._rebuild_tensor_v3"
]);
var PARAMETER = /* @__PURE__ */ new Set(["torch._utils._rebuild_parameter", "torch._utils._rebuild_parameter_with_state"]);
var FROM_TYPE = "torch._tensor._rebuild_from_type_v2";
var MODULE_ATTRS = /* @__PURE__ */ new Set(["_parameters", "_buffers", "_modules"]);
function isEdgeValue(v) {
  const k = kindOf(v);
  return k === K_CALL || k === K_DICT || k === K_LIST || k === K_TUPLE;
}
var UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
function segment(s) {
  const t = s.replace(UNSAFE, (c) => {
    const n = c.charCodeAt(0);
    return n <= 255 ? `\\x${n.toString(16).padStart(2, "0")}` : `\\u${n.toString(16).padStart(4, "0")}`;
  });
  return t.length > MAX_SEGMENT ? `${t.slice(0, MAX_SEGMENT)}\u2026` : t;
}
function keyText(k) {
  if (typeof k === "string") return k;
  if (typeof k === "number" && Number.isInteger(k)) return String(k);
  if (typeof k === "bigint") return k.toString();
  if (typeof k === "boolean") return k ? "True" : "False";
  return void 0;
}
function viewOf(c, depth = 0) {
  const name = calleeName(c);
  if (name === void 0 || kindOf(c.args) !== K_TUPLE || depth > 4) return void 0;
  const args = c.args.items;
  if (PARAMETER.has(name)) return kindOf(args[0]) === K_CALL ? viewOf(args[0], depth + 1) : void 0;
  if (name === FROM_TYPE) {
    const [fn, , inner] = args;
    if (fn === void 0 || kindOf(fn) !== K_GLOBAL || inner === void 0 || kindOf(inner) !== K_TUPLE)
      return void 0;
    return rebuildArgs(fn.name, inner.items);
  }
  return rebuildArgs(name, args);
}
function rebuildArgs(fn, args) {
  if (!REBUILD2.has(fn)) return void 0;
  const [storage, offsetV, sizeV, strideV] = args;
  if (storage === void 0 || kindOf(storage) !== K_PERSID) return void 0;
  const pid = seqItems(storage.pid);
  if (!pid || pid[0] !== "storage" || pid.length !== 5 && !(pid.length === 6 && pid[5] === null)) return void 0;
  const [, cls, key, , numelV] = pid;
  const offset = literalInt(offsetV);
  const numel = literalInt(numelV);
  const size = literalInts(sizeV);
  const stride = literalInts(strideV);
  if (kindOf(cls) !== K_GLOBAL || typeof key !== "string" || offset === void 0 || numel === void 0)
    return void 0;
  if (!size || !stride) return void 0;
  return { key, storage: cls.name, numel, offset, size, stride };
}
var TensorNames = class {
  edges = /* @__PURE__ */ new Map();
  count = 0;
  /** Edges were dropped (MAX_EDGES): some tensors keep their storage names. */
  overflow = false;
  /** An item written into a dict (or list: key = index) that the machine accepted as a container target. */
  add(parent, key, child2) {
    if (!isEdgeValue(child2) || typeof parent !== "object" || parent === null) return;
    const k = keyText(key);
    if (k === void 0) return;
    if (this.count >= MAX_EDGES) {
      this.overflow = true;
      return;
    }
    this.count++;
    const list = this.edges.get(parent);
    if (list) list.push([k, child2]);
    else this.edges.set(parent, [[k, child2]]);
  }
  /** Items appended to a list from index `first`. */
  addItems(parent, first, items) {
    for (let i2 = 0; i2 < items.length; i2++) if (isEdgeValue(items[i2])) this.add(parent, first + i2, items[i2]);
  }
  /**
   * Every tensor reachable from the pickle's root with the key paths to it (segments joined with '.'; the
   * attributes `_parameters`, `_buffers`, `_modules` of pickled modules are left out, as state_dict() does).
   * Each object is walked once, from the first path that reaches it; a tensor reached again gains an alias.
   */
  resolve(root) {
    const views = /* @__PURE__ */ new Map();
    const walked = /* @__PURE__ */ new Set();
    const out = [];
    const visit = (node, path, moduleState) => {
      if (typeof node !== "object" || node === null || path.length > MAX_DEPTH) return;
      if (kindOf(node) === K_CALL) {
        const c = node;
        const known = views.get(c);
        if (known) {
          if (path.length && known.names.length < MAX_ALIASES) known.names.push(join2(path));
          return;
        }
        const v = viewOf(c);
        if (v) {
          if (out.length >= MAX_VIEWS) return;
          const view = { names: path.length ? [join2(path)] : [], ...v };
          views.set(c, view);
          out.push(view);
          return;
        }
      }
      if (walked.has(node)) return;
      walked.add(node);
      for (const [k2, child2] of this.edges.get(node) ?? [])
        visit(child2, moduleState && MODULE_ATTRS.has(k2) ? path : [...path, segment(k2)], false);
      const k = kindOf(node);
      if (k === K_TUPLE) node.items.forEach((x2, i2) => visit(x2, [...path, String(i2)], false));
      else if (k === K_CALL) {
        let state = node.state;
        if (state !== void 0 && kindOf(state) === K_TUPLE) state = state.items[0];
        if (state !== void 0 && kindOf(state) === K_DICT) visit(state, path, true);
      } else if (k === K_DICT && !this.edges.has(node)) {
        const it = node.items;
        for (let i2 = 0; i2 + 1 < it.length; i2 += 2) {
          const key = keyText(it[i2]);
          if (key !== void 0) visit(it[i2 + 1], [...path, segment(key)], moduleState);
        }
      }
    };
    visit(root, [], false);
    this.edges.clear();
    return out;
  }
};
function join2(path) {
  const s = path.join(".");
  return s.length > MAX_NAME ? `${s.slice(0, MAX_NAME)}\u2026` : s;
}

// src/analyzers/pickle/index.ts
async function analyzePickle(src, ctx, opts = {}) {
  const start = opts.start ?? 0;
  const result = {
    imports: [],
    persistentIds: [],
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
    arrays: 0,
    repeats: /* @__PURE__ */ new Map(),
    importCounts: /* @__PURE__ */ new Map(),
    // tensors of torch pickles are named by the path to them (a state dict's keys, a scripted module's attributes)
    ...opts.profile === "torch-weights" || opts.profile === "torchscript" ? { names: new TensorNames() } : {}
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
var analyzer2 = {
  id: "pickle",
  detect: (v) => looksLikePickle(v.head, v.size <= v.head.length) && !startsWith(v.head, TORCH_LEGACY_MAGIC),
  async analyze(src, ctx, opts) {
    await analyzePickle(src, ctx, { profile: opts.profile ?? "generic" });
  }
};

// src/analyzers/pytorch/pickled.ts
async function runPickle(src, ctx, opts) {
  let result;
  await runAnalyzer(
    {
      id: "pickle",
      detect: () => true,
      analyze: async (s, c) => {
        result = await analyzePickle(s, c, opts);
      }
    },
    src,
    ctx,
    {}
  );
  return result;
}
async function analyzePickledContent(src, child2, opts) {
  if (child2.depth > child2.limits.maxDepth) {
    child2.report("GEN-007", `Not analysed: nesting deeper than ${child2.limits.maxDepth} levels`);
    return void 0;
  }
  const result = await runPickle(src, child2, opts);
  const others = (await recognise(src, child2.name)).filter((a) => a.id !== "pickle" && a.id !== "pytorch-legacy");
  if (others.length) {
    child2.report(
      "CTR-001",
      `Content read as a pickle by the loader is also valid as ${others.map((a) => a.id).join(" and ")}`,
      {
        evidence: ["pickle", ...others.map((a) => a.id)].join("+")
      }
    );
    for (const a of others) await runAnalyzer(a, src, child2, {});
  }
  return result;
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

// src/analyzers/pytorch/storage.ts
var ELEMENT_SIZE = {
  DoubleStorage: 8,
  FloatStorage: 4,
  HalfStorage: 2,
  BFloat16Storage: 2,
  LongStorage: 8,
  IntStorage: 4,
  ShortStorage: 2,
  CharStorage: 1,
  ByteStorage: 1,
  BoolStorage: 1,
  ComplexDoubleStorage: 16,
  ComplexFloatStorage: 8,
  ComplexHalfStorage: 4,
  QInt8Storage: 1,
  QUInt8Storage: 1,
  QInt32Storage: 4,
  QUInt4x2Storage: 1,
  QUInt2x4Storage: 1,
  UntypedStorage: 1,
  Float8_e5m2Storage: 1,
  Float8_e4m3fnStorage: 1,
  Float8_e5m2fnuzStorage: 1,
  Float8_e4m3fnuzStorage: 1,
  UInt16Storage: 2,
  UInt32Storage: 4,
  UInt64Storage: 8
};
var LOCATION_RE = /^(cpu|meta|mps|lazy|cuda(:\d+)?|hpu(:\d+)?|xpu(:\d+)?|mtia(:\d+)?|xla(:\d+)?|ipu(:\d+)?|privateuseone(:\d+)?)$/;
function storageClass(storageGlobal) {
  return storageGlobal.split(".").pop() ?? "";
}
function elementSize(storageGlobal) {
  const cls = storageClass(storageGlobal);
  return Object.prototype.hasOwnProperty.call(ELEMENT_SIZE, cls) ? ELEMENT_SIZE[cls] : void 0;
}
function storageDtype(storageGlobal) {
  return dtypeFrom(storageClass(storageGlobal));
}
function storageLabel(key) {
  return `storage ${segment(key.slice(0, 60))}`;
}
function isGlobal(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v) && "global" in v;
}
function isUnknown(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v) && "unknown" in v;
}
function asInt(v) {
  if (typeof v === "bigint") return v;
  if (typeof v === "number" && Number.isInteger(v)) return BigInt(v);
  return void 0;
}
function describe(v, depth = 0) {
  if (v === void 0) return "nothing";
  if (v === null) return "None";
  if (typeof v === "string") return JSON.stringify(v.length > 40 ? v.slice(0, 40) + "\u2026" : v);
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  if (typeof v === "bigint") return v.toString();
  if (Array.isArray(v))
    return depth > 1 ? "(\u2026)" : `(${v.slice(0, 6).map((x2) => describe(x2, depth + 1)).join(", ")}${v.length > 6 ? ", \u2026" : ""})`;
  if ("global" in v) return v.global;
  if ("unknown" in v) return `<${v.unknown}>`;
  if ("call" in v) return `${v.call}(\u2026)`;
  if ("bytes" in v) return `<${v.bytes} bytes>`;
  return "{\u2026}";
}
function parseStoragePid(pid, extra = 0) {
  if (!Array.isArray(pid)) return { problem: `persistent id is ${describe(pid)}, not a tuple` };
  if (pid.length < 5 || pid.length > 5 + extra) return { problem: `persistent id has ${pid.length} elements` };
  const [tag, cls, key, location, numel] = pid;
  if (tag !== "storage") return { problem: `persistent id type is ${describe(tag)}, not 'storage'` };
  if (!isGlobal(cls) || !/Storage$/.test(cls.global)) return { problem: `storage type is ${describe(cls)}` };
  if (typeof key !== "string") return { problem: `storage key is ${describe(key)}` };
  if (typeof location !== "string") return { problem: `storage location is ${describe(location)}` };
  if (!LOCATION_RE.test(location)) return { problem: `storage location ${describe(location)} is not a device` };
  const n = asInt(numel);
  if (n === void 0 || n < 0n) return { problem: `storage size is ${describe(numel)}` };
  return { ref: { storage: cls.global, key, location, numel: n, elementSize: elementSize(cls.global) } };
}
function reportWholeModule(ctx, result, member) {
  const modules = result.imports.filter((i2) => /^(torch\.nn\.modules\.|__main__\.)/.test(i2.name));
  if (modules.length === 0) return;
  const names = [...new Set(modules.map((m) => m.name))];
  ctx.report(
    "PT-050",
    `The checkpoint pickles module classes (${names.slice(0, 3).join(", ")}) instead of a state dict`,
    {
      ...member !== void 0 ? { member } : {},
      offset: modules[0].offset,
      evidence: modules[0].name
    }
  );
}
function reportIncompleteNames(ctx, result, member) {
  if (result.tensorNamesIncomplete)
    ctx.report(
      "PT-051",
      "More container writes than ModelGate records for tensor names: tensors reached only through later writes keep their storage keys",
      {
        ...member !== void 0 ? { member } : {}
      }
    );
}

// src/analyzers/pytorch/views.ts
var MAX_VIEWS_PER_STORAGE = 1024;
var MAX_GAPS = 16;
var MAX_NDIM = 64;
function viewsByKey(views) {
  const out = /* @__PURE__ */ new Map();
  for (const v of views ?? []) {
    if (!v.names.length) continue;
    const list = out.get(v.key);
    if (list) list.push(v);
    else out.set(v.key, [v]);
  }
  return out;
}
function extent(v, limit) {
  const { size, stride, offset } = v;
  if (offset < 0n || size.length !== stride.length || size.length > MAX_NDIM) return void 0;
  let numel = 1n;
  for (const s of size) {
    if (s < 0n) return void 0;
    numel *= s;
    if (numel > limit) return void 0;
  }
  if (numel === 0n) return { numel, span: 0n, contiguous: true };
  let last = 0n;
  let expect = 1n;
  let contiguous = true;
  for (let i2 = size.length - 1; i2 >= 0; i2--) {
    const st = stride[i2];
    if (st < 0n) return void 0;
    last += (size[i2] - 1n) * st;
    if (last >= limit) return void 0;
    if (size[i2] !== 1n && st !== expect) contiguous = false;
    expect *= size[i2];
  }
  return { numel, span: last + 1n, contiguous };
}
function planStorage(st, views) {
  const dtype = storageDtype(st.storage);
  const es = st.elementSize;
  const range = (name, first, end, shape) => ({
    name,
    dtype,
    shape: (shape ?? [end - first]).map(Number),
    start: Number(first) * es,
    length: Number(end - first) * es
  });
  const whole = [range(st.label, 0n, st.numel)];
  if (!views?.length || views.length > MAX_VIEWS_PER_STORAGE || /UntypedStorage$/.test(st.storage)) return whole;
  const planned = [];
  const covered = [];
  const byLayout = /* @__PURE__ */ new Map();
  for (const v of views) {
    if (v.storage !== st.storage || v.numel !== st.numel) return whole;
    const e = extent(v, st.numel - v.offset);
    if (!e) return whole;
    if (e.numel === 0n) continue;
    let t;
    if (e.contiguous) t = range(v.names[0], v.offset, v.offset + e.numel, v.size);
    else if (views.length === 1 && v.offset === 0n && e.numel === st.numel && e.span === st.numel)
      t = range(v.names[0], 0n, st.numel);
    else continue;
    const layout2 = `${t.start}:${t.length}:${t.shape.join("x")}`;
    const same = byLayout.get(layout2);
    const aliases = v.names.slice(1);
    if (same) {
      same.aliases = [...same.aliases ?? [], t.name, ...aliases].slice(0, 4);
      continue;
    }
    if (aliases.length) t.aliases = aliases;
    byLayout.set(layout2, t);
    planned.push(t);
    covered.push([BigInt(t.start / es), BigInt((t.start + t.length) / es)]);
  }
  if (!planned.length) return whole;
  const gaps = uncovered(covered, st.numel);
  if (gaps.length > MAX_GAPS) return [...planned, ...whole];
  return [...planned, ...gaps.map(([a, b]) => range(`${st.label}[${a}:${b}]`, a, b))];
}
function uncovered(covered, numel) {
  const sorted = [...covered].sort((x2, y) => x2[0] < y[0] ? -1 : x2[0] > y[0] ? 1 : 0);
  const gaps = [];
  let at = 0n;
  for (const [a, b] of sorted) {
    if (a > at) gaps.push([at, a]);
    if (b > at) at = b;
  }
  if (at < numel) gaps.push([at, numel]);
  return gaps;
}
function uniqueName(used, name, storage) {
  let n = used.has(name) ? `${name} (${storage})` : name;
  for (let i2 = 2; used.has(n); i2++) n = `${name} (${storage} #${i2})`;
  used.add(n);
  return n;
}

// src/analyzers/pytorch/zip.ts
var DATA_PKL = /^([^/]+)\/data\.pkl$/;
var PACKAGE_MARK = /^[^/]+\/\.data\/(extern_modules|version|python_version)$/;
var MAR_MANIFEST = "MAR-INF/MANIFEST.json";
var CODE_FORMATS = /* @__PURE__ */ new Set(["pickle", "joblib", "pytorch-legacy", "pytorch-tar", "pytorch-zip", "torchscript"]);
var SMALL_RECORD_MAX = 4096;
var MAX_FORMAT_VERSION = 20;
function prefixOf(name) {
  const i2 = name.indexOf("/");
  return i2 > 0 ? name.slice(0, i2) : void 0;
}
async function readSmall(archive, e, ctx) {
  if (e.uncompressedSize > SMALL_RECORD_MAX) return void 0;
  try {
    const src = await archive.open(e, ctx);
    return Buffer.from(await src.read(0, SMALL_RECORD_MAX + 1));
  } catch (err2) {
    if (err2 instanceof MemberUnreadable) return void 0;
    throw err2;
  }
}
async function analyzeDataPkl(archive, e, ctx) {
  let src;
  try {
    src = await archive.open(e, ctx);
  } catch (err2) {
    if (err2 instanceof MemberUnreadable) return void 0;
    throw err2;
  }
  try {
    const result = await analyzePickledContent(src, ctx.child(e.name, true), { profile: "torch-weights" });
    await archive.verifyCrc?.(e, ctx);
    return result;
  } finally {
    await archive.release?.(e);
  }
}
function checkPrefixes(archive, ctx, dataPkls) {
  const first = archive.entries[0];
  const torchPrefix = first ? prefixOf(first.name) : void 0;
  if (first && torchPrefix === void 0)
    ctx.report(
      "PT-010",
      `First archive entry "${first.name.slice(0, 100)}" is not in a folder: torch.load refuses the archive`,
      {
        evidence: first.name.slice(0, 100)
      }
    );
  const prefixes = new Set(archive.entries.map((e) => prefixOf(e.name) ?? ""));
  if (prefixes.size > 1)
    ctx.report(
      "PT-010",
      `Entries under ${prefixes.size} top-level names (${[...prefixes].slice(0, 5).map((p) => p || "(root)").join(", ")}); torch.load sees only "${torchPrefix ?? "?"}/", other tools see all`,
      { evidence: [...prefixes].slice(0, 5).join(",") }
    );
  const pklPrefixes = new Set(dataPkls.map((e) => prefixOf(e.name)));
  if (pklPrefixes.size > 1)
    ctx.report(
      "PT-010",
      `data.pkl exists under ${pklPrefixes.size} prefixes (${[...pklPrefixes].slice(0, 5).join(", ")}); every copy is analysed`,
      {
        evidence: [...pklPrefixes].slice(0, 5).join(",")
      }
    );
  return torchPrefix !== void 0 && pklPrefixes.has(torchPrefix) ? torchPrefix : prefixOf(dataPkls[0]?.name ?? "");
}
async function checkRecords(archive, ctx, prefix) {
  const rec = (name) => archive.find(`${prefix}/${name}`);
  const byteorder = rec("byteorder");
  if (byteorder) {
    const b = await readSmall(archive, byteorder, ctx);
    const text = b?.toString("latin1");
    if (text !== "little" && text !== "big")
      ctx.report(
        "PT-015",
        `byteorder record is ${b ? JSON.stringify(text.slice(0, 40)) : "oversized"}, not "little" or "big": torch.load refuses it`,
        {
          member: memberPathOf(archive, ctx, byteorder),
          evidence: (text ?? "").slice(0, 40)
        }
      );
  }
  for (const name of ["version", ".format_version", ".storage_alignment"]) {
    const e = rec(name);
    if (!e) continue;
    const b = await readSmall(archive, e, ctx);
    const text = b?.toString("latin1") ?? "";
    const m = /^\s*(\d{1,9})\s*$/.exec(text);
    const bad = !m || name === "version" && (Number(m[1]) < 1 || Number(m[1]) > MAX_FORMAT_VERSION);
    if (bad)
      ctx.report(
        "PT-015",
        `${name} record is ${b ? JSON.stringify(text.slice(0, 40)) : "oversized"}; torch expects a small integer`,
        {
          member: memberPathOf(archive, ctx, e),
          evidence: text.slice(0, 40)
        }
      );
  }
}
async function declareTensors(archive, ctx, rec, ref, views, used) {
  if (ctx.member !== void 0 || rec.method !== 0 || ref.elementSize === void 0) return;
  try {
    const bytes = await archive.open(rec, ctx);
    const member = memberPathOf(archive, ctx, rec);
    const decl = { storage: ref.storage, numel: ref.numel, elementSize: ref.elementSize, label: rec.name };
    for (const t of planStorage(decl, views))
      ctx.run.tensors.push({
        name: uniqueName(used, t.name, rec.name),
        dtype: t.dtype,
        shape: t.shape,
        bytes: t.start === 0 && t.length === bytes.size ? bytes : new SliceSource(bytes, t.start, t.length),
        member,
        storage: rec.name,
        ...t.aliases ? { aliases: t.aliases } : {}
      });
  } catch (err2) {
    if (!(err2 instanceof MemberUnreadable)) throw err2;
  } finally {
    await archive.release?.(rec);
  }
}
async function declareReferencedTensors(archive, ctx, prefix, folder, result, used) {
  const seen = /* @__PURE__ */ new Set();
  const declare = [];
  for (const { pid } of result.persistentIds) {
    const parsed = parseStoragePid(pid);
    if ("problem" in parsed || seen.has(parsed.ref.key)) continue;
    const ref = parsed.ref;
    seen.add(ref.key);
    const rec = archive.find(`${prefix}/${folder}/${ref.key}`);
    if (rec && ref.elementSize !== void 0 && ref.numel * BigInt(ref.elementSize) === BigInt(rec.uncompressedSize))
      declare.push({ rec, ref });
  }
  const views = viewsByKey(result.tensorViews);
  for (const { rec, ref } of declare) await declareTensors(archive, ctx, rec, ref, views.get(ref.key), used);
}
function reportUnreferencedRecords(archive, ctx, folder, referenced) {
  for (const e of archive.entries) {
    if (!e.name.startsWith(folder) || e.isDirectory) continue;
    const key = e.name.slice(folder.length);
    if (!referenced.has(key))
      ctx.report("PT-016", `Data record ${e.name} is not referenced by data.pkl (a place to carry hidden bytes)`, {
        member: memberPathOf(archive, ctx, e),
        evidence: key.slice(0, 80)
      });
  }
}
async function checkStorages(archive, ctx, prefix, dataPkl, result) {
  const pklMember = memberPathOf(archive, ctx, dataPkl);
  const refs = /* @__PURE__ */ new Set();
  for (const { pid, offset } of result.persistentIds) {
    if (isUnknown(pid) || Array.isArray(pid) && pid.some(isUnknown)) {
      ctx.report("PT-011", `Persistent id ${describe(pid)} cannot be resolved statically`, {
        member: pklMember,
        offset,
        severity: "medium",
        evidence: describe(pid).slice(0, 120)
      });
      continue;
    }
    const parsed = parseStoragePid(pid);
    if ("problem" in parsed) {
      ctx.report("PT-011", `Malformed storage reference: ${parsed.problem}; torch.load (weights_only) rejects it`, {
        member: pklMember,
        offset,
        evidence: describe(pid).slice(0, 120)
      });
      continue;
    }
    const ref = parsed.ref;
    const rec = archive.find(`${prefix}/data/${ref.key}`);
    if (!rec) {
      ctx.report("PT-016", `Storage "${ref.key}" is referenced but ${prefix}/data/${ref.key} does not exist`, {
        member: pklMember,
        offset,
        severity: "medium",
        evidence: ref.key.slice(0, 80)
      });
    } else if (ref.elementSize === void 0) {
      ctx.report(
        "PT-011",
        `Unknown storage type ${ref.storage}: its element size, and so the bytes it reads, is unknown`,
        {
          member: pklMember,
          offset,
          severity: "medium",
          evidence: ref.storage
        }
      );
    } else {
      const want = ref.numel * BigInt(ref.elementSize);
      if (want !== BigInt(rec.uncompressedSize))
        ctx.report(
          "PT-012",
          `Storage "${ref.key}" declares ${ref.numel} \xD7 ${ref.elementSize} = ${want} bytes but its record holds ${rec.uncompressedSize} (out-of-bounds access in torch \u2264 2.9.1, CVE-2026-24747)`,
          { member: pklMember, offset, evidence: `${ref.key}:${want}!=${rec.uncompressedSize}` }
        );
    }
    refs.add(ref.key);
  }
  reportIncompleteNames(ctx, result, pklMember);
  await declareReferencedTensors(archive, ctx, prefix, "data", result, /* @__PURE__ */ new Set());
  if (result.complete) reportUnreferencedRecords(archive, ctx, `${prefix}/data/`, refs);
}
function reportCompressed(archive, ctx) {
  const compressed = archive.entries.filter((e) => e.method !== 0 && !e.isDirectory);
  if (compressed.length)
    ctx.report(
      "PT-018",
      `${compressed.length} member(s) are compressed (${compressed.slice(0, 3).map((e) => e.name).join(", ")}${compressed.length > 3 ? ", \u2026" : ""}); torch.save always stores records uncompressed`,
      { evidence: `compressed:${compressed.length}` }
    );
}
async function reportMar(archive, ctx) {
  const manifest = archive.find(MAR_MANIFEST);
  const code = archive.entries.filter((e) => /\.py$/i.test(e.name));
  let handler = "";
  const b = manifest.uncompressedSize <= 1 << 20 ? await archive.open(manifest, ctx).then((s) => s.read(0, 1 << 20)).catch(() => void 0) : void 0;
  try {
    const m = JSON.parse(b ? b.toString("utf8") : "{}");
    if (typeof m.model?.handler === "string") handler = m.model.handler;
  } catch {
  }
  const list = code.map((e) => e.name);
  ctx.report(
    "PT-041",
    code.length ? `TorchServe model archive with Python code (${list.slice(0, 5).join(", ")}${list.length > 5 ? ", \u2026" : ""}); TorchServe imports and runs the handler${handler ? ` "${handler.slice(0, 80)}"` : ""}` : `TorchServe model archive${handler ? ` (handler "${handler.slice(0, 80)}")` : ""}; TorchServe runs its handler on the serialized model`,
    { severity: code.length ? "critical" : "medium", evidence: handler.slice(0, 120) || list[0] || MAR_MANIFEST }
  );
}
function reportPackage(archive, ctx) {
  const code = archive.entries.filter((e) => /\.py$/i.test(e.name)).map((e) => e.name);
  ctx.report(
    "PT-040",
    `torch.package archive${code.length ? ` with ${code.length} Python module(s) (${code.slice(0, 5).join(", ")}${code.length > 5 ? ", \u2026" : ""})` : ""}; PackageImporter executes the packaged code when the model is loaded`,
    { severity: code.length ? "critical" : "high", evidence: code[0] ?? ".data/extern_modules" }
  );
}
var profile = {
  id: "pytorch-zip",
  match: (a) => a.entries.some((e) => DATA_PKL.test(e.name) || PACKAGE_MARK.test(e.name)) || a.find(MAR_MANIFEST) !== void 0,
  async analyze(archive, ctx) {
    const done = /* @__PURE__ */ new Set();
    if (archive.find(MAR_MANIFEST)) await reportMar(archive, ctx);
    if (archive.entries.some((e) => PACKAGE_MARK.test(e.name))) reportPackage(archive, ctx);
    const dataPkls = archive.entries.filter((e) => DATA_PKL.test(e.name));
    if (dataPkls.length) {
      const prefix = checkPrefixes(archive, ctx, dataPkls);
      let main;
      for (const e of dataPkls) {
        done.add(e.index);
        const result = await analyzeDataPkl(archive, e, ctx);
        if (!main && result && prefixOf(e.name) === prefix) main = { entry: e, result };
      }
      await checkRecords(archive, ctx, prefix);
      if (main) {
        await checkStorages(archive, ctx, prefix, main.entry, main.result);
        reportWholeModule(ctx, main.result, memberPathOf(archive, ctx, main.entry));
      }
      reportCompressed(archive, ctx);
    }
    for (const e of archive.entries) {
      if (done.has(e.index)) continue;
      ctx.checkDeadline();
      const outcome = await analyzeEntry(archive, e, ctx);
      const code = outcome.formats.filter((f) => CODE_FORMATS.has(f));
      if (code.length && dataPkls.length)
        ctx.report(
          "PT-017",
          `Member "${e.name.slice(0, 100)}" is a ${code.join(" + ")} besides data.pkl; torch.load ignores it, other loaders may not`,
          {
            member: memberPathOf(archive, ctx, e),
            evidence: code.join("+")
          }
        );
    }
  }
};

// src/analyzers/torchscript/code.ts
var IO_OP = /(read|write|save|load|open|file|exec|system|popen|spawn|url|http|socket|download|upload|fetch)/i;
var CORE_NS = /* @__PURE__ */ new Set(["aten", "prim", "quantized"]);
var CORE_CLASS_NS = /* @__PURE__ */ new Set(["quantized", "xnnpack", "rnn"]);
var SENSITIVE = [
  { re: /^\/etc\//, what: "a system configuration path" },
  { re: /(^|\/)\.ssh(\/|$)|authorized_keys/, what: "an SSH path" },
  { re: /\.(bashrc|bash_profile|profile|zshrc|zprofile|bash_login|pythonrc)$/, what: "a shell start-up file" },
  { re: /crontab|\/cron\.d\/|\/var\/spool\/cron/, what: "a cron path" },
  { re: /^\/proc\//, what: "a /proc path" },
  { re: /^[A-Za-z]:[\\/]windows/i, what: "a Windows system path" },
  { re: /sitecustomize\.py|usercustomize\.py|\.pth$/, what: "a Python start-up file" },
  { re: /^[a-z][a-z0-9+.-]*:\/\//i, what: "a URL" }
];
function lex(text) {
  const out = text.split("");
  const strings = [];
  const comments = [];
  const blank = (a, b) => {
    for (let k = a; k < b; k++) if (out[k] !== "\n") out[k] = " ";
  };
  let i2 = 0;
  while (i2 < text.length) {
    const c = text[i2];
    if (c === "#") {
      const end = text.indexOf("\n", i2);
      const e = end < 0 ? text.length : end;
      comments.push(i2);
      blank(i2, e);
      i2 = e;
    } else if (c === '"' || c === "'") {
      const triple = text.startsWith(c.repeat(3), i2);
      const q = triple ? c.repeat(3) : c;
      let j = i2 + q.length;
      let value = "";
      while (j < text.length && !text.startsWith(q, j)) {
        if (text[j] === "\\" && j + 1 < text.length) {
          value += text.slice(j, j + 2);
          j += 2;
          continue;
        }
        if (!triple && text[j] === "\n") break;
        value += text[j];
        j++;
      }
      const end = Math.min(text.length, j + (text.startsWith(q, j) ? q.length : 0));
      strings.push({ value, index: i2 });
      blank(i2 + 1, end - 1);
      i2 = end;
    } else if (c === "\\" && text[i2 + 1] === "\n") {
      out[i2] = " ";
      i2 += 2;
    } else i2++;
  }
  return { code: out.join(""), strings, comments };
}
function lineAt(text, index) {
  let n = 1;
  for (let i2 = text.indexOf("\n"); i2 >= 0 && i2 < index; i2 = text.indexOf("\n", i2 + 1)) n++;
  return n;
}
function outline(code, modulePath2) {
  const classes = [];
  let current;
  let method;
  let pos = 0;
  let lineNo = 0;
  for (const line of code.split("\n")) {
    lineNo++;
    const start = pos;
    pos += line.length + 1;
    if (!line.trim()) continue;
    const indent = line.length - line.trimStart().length;
    if (method && indent <= method.indent) {
      method.info.end = start;
      method = void 0;
    }
    if (current && indent <= current.indent) current = void 0;
    const cls = /^\s*class\s+([A-Za-z_]\w*)/.exec(line);
    if (cls) {
      const info = { name: cls[1], qualified: `${modulePath2}.${cls[1]}`, methods: [] };
      classes.push(info);
      current = { info, indent };
      continue;
    }
    const def = /^\s*def\s+([A-Za-z_]\w*)\s*\(/.exec(line);
    if (def && current && indent > current.indent && !method) {
      const info = { name: def[1], line: lineNo, start: pos, end: code.length };
      current.info.methods.push(info);
      method = { info, indent };
    }
  }
  return classes;
}
function clip(s, n = 100) {
  return s.length > n ? `${s.slice(0, n - 3)}...` : s;
}
function scanSource(text, modulePath2) {
  const { code, strings, comments } = lex(text);
  const hits = [];
  const hit = (rule, severity, index, evidence, message) => {
    hits.push({ rule, severity, index, line: lineAt(text, index), evidence: clip(evidence), message });
  };
  for (const m of code.matchAll(/\btorch\s*\.\s*save\b|\bops\s*\.\s*aten\s*\.\s*save\b/g))
    hit("TS-001", "critical", m.index, "aten::save", "writes a file with torch.save (aten::save)");
  for (const m of code.matchAll(/\bfrom_file\b/g))
    hit("TS-002", "high", m.index, "aten::from_file", "reads or maps a file with from_file (aten::from_file)");
  for (const m of code.matchAll(/\bops\s*\.\s*([A-Za-z_]\w*)\s*\.\s*([A-Za-z_]\w*)/g)) {
    const ns = m[1];
    const op = m[2];
    if (CORE_NS.has(ns)) continue;
    const io = IO_OP.test(op);
    hit(
      "TS-003",
      io ? "high" : "medium",
      m.index,
      `${ns}::${op}`,
      `calls custom operator ops.${ns}.${op}${io ? " (file, process or network I/O)" : ""}`
    );
  }
  for (const m of code.matchAll(/\btorch\s*\.\s*classes\s*\.\s*([A-Za-z_]\w*)\s*\.\s*([A-Za-z_]\w*)/g)) {
    const core = CORE_CLASS_NS.has(m[1]);
    hit(
      "TS-007",
      core ? "info" : "medium",
      m.index,
      `${m[1]}.${m[2]}`,
      `uses custom class torch.classes.${m[1]}.${m[2]}${core ? " (built into torch)" : ""}`
    );
  }
  for (const s of strings)
    for (const p of SENSITIVE)
      if (p.re.test(s.value)) {
        hit("TS-010", "low", s.index, s.value, `contains ${p.what} "${clip(s.value, 80)}"`);
        break;
      }
  handwritten(text, code, strings, comments, hit);
  return { code, strings, classes: outline(code, modulePath2), hits };
}
function handwritten(text, code, strings, comments, hit) {
  const signals = [];
  let severity = "low";
  let first = -1;
  const note = (s, index, sev = "low") => {
    signals.push(s);
    if (sev === "medium") severity = "medium";
    if (first < 0 || index < first) first = index;
  };
  if (comments.length) note("comments", comments[0]);
  const imp = /^[ \t]*(?:import|from)[ \t]+(?!__torch__\b)\S+/m.exec(code);
  if (imp) note("import statements", imp.index);
  const tab = /^\t+\S/m.exec(text);
  if (tab) note("tab indentation", tab.index);
  const py = /\b(exec|eval|__import__|compile|subprocess|os\s*\.\s*(?:system|popen)|pickle|marshal|socket|__builtins__)\b/.exec(
    code
  );
  if (py) note(`Python-only name ${py[1].replace(/\s+/g, "")}`, py.index, "medium");
  const long = strings.find((s) => s.value.length > 4096);
  if (long) note(`a ${long.value.length}-character string literal`, long.index, "medium");
  const b64 = strings.find((s) => /[A-Za-z0-9+/]{200,}={0,2}/.test(s.value));
  if (b64 && b64 !== long) note("a base64-like string literal", b64.index, "medium");
  if (signals.length)
    hit(
      "TS-012",
      severity,
      first,
      signals.join(", "),
      `does not look generated by torch.jit.save: ${signals.join(", ")}`
    );
}
function selfCalls(body) {
  return [...body.matchAll(/\(?\bself\)?\s*\.\s*([A-Za-z_]\w*)\s*\(/g)].map((m) => m[1]);
}
function trivialBody(body) {
  const lines = body.split("\n").map((l) => l.trim()).filter(Boolean);
  const stmts = lines.filter((l) => !/^[\w]+\s*:.*[,:]$|^\w+\s*:\s*[^=]*\)\s*(->.*)?:$/.test(l));
  return stmts.length > 0 && stmts.every((l) => /^return\s+(-?\d+|True|False|None|torch\.__contains__\(\s*\[[^\]()]*\]\s*,\s*\w+\s*\))$/.test(l));
}
function scanOperatorNames(buf) {
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  for (let i2 = 0; i2 < buf.length; i2++) {
    let len = -1;
    let start = 0;
    if (buf[i2] === 88 && i2 + 5 <= buf.length) {
      len = buf.readUInt32LE(i2 + 1);
      start = i2 + 5;
    } else if (buf[i2] === 140 && i2 + 2 <= buf.length) {
      len = buf[i2 + 1];
      start = i2 + 2;
    }
    if (len < 4 || len > 256 || start + len > buf.length) continue;
    const s = buf.toString("utf8", start, start + len);
    const m = /^([A-Za-z_]\w*)::([A-Za-z_][\w.]*)$/.exec(s);
    if (!m || seen.has(s)) continue;
    seen.add(s);
    const [, ns, op] = m;
    const base = op.split(".")[0];
    if (ns === "aten" && base === "save")
      out.push({
        name: s,
        hit: {
          rule: "TS-001",
          severity: "critical",
          index: i2,
          evidence: s,
          message: `operator table lists ${s} (writes files)`
        }
      });
    else if (ns === "aten" && base === "from_file")
      out.push({
        name: s,
        hit: {
          rule: "TS-002",
          severity: "high",
          index: i2,
          evidence: s,
          message: `operator table lists ${s} (reads files)`
        }
      });
    else if (!CORE_NS.has(ns)) {
      const io = IO_OP.test(op);
      out.push({
        name: s,
        hit: {
          rule: "TS-003",
          severity: io ? "high" : "medium",
          index: i2,
          evidence: s,
          message: `operator table lists custom operator ${s}`
        }
      });
    }
  }
  return out;
}

// src/analyzers/torchscript/names.ts
function checkpointName(name) {
  const n = name.toLowerCase();
  if (/^pytorch_model([-_.]|$)/.test(n))
    return { severity: "high", why: "a Hugging Face pytorch_model checkpoint name" };
  const ext = /\.([a-z0-9]+)$/.exec(n)?.[1];
  if (ext === "bin" || ext === "pth" || ext === "ckpt")
    return { severity: "high", why: `a .${ext} checkpoint extension` };
  if (ext === "pt") return { severity: "low", why: "the .pt extension torch.load checkpoints share with TorchScript" };
  return void 0;
}

// src/analyzers/torchscript/archive.ts
var MAX_CODE_BYTES = 32 * 1024 * 1024;
var MAX_HITS_PER_RULE = 50;
var MAPPING_METHODS = /* @__PURE__ */ new Set([
  "items",
  "keys",
  "values",
  "get",
  "__getitem__",
  "__iter__",
  "__len__",
  "__contains__",
  "state_dict"
]);
var RECORD = /^([^/]+)\/(constants\.pkl$|code\/|model\.json$|attributes\.pkl$)/;
function layout(a) {
  let modern = false;
  let legacy = false;
  for (const e of a.entries) {
    const m = RECORD.exec(e.name);
    if (!m) continue;
    if (m[2] === "constants.pkl" || m[2] === "code/") modern = true;
    else legacy = true;
  }
  if (legacy && a.entries.some((e) => /^[^/]+\/(attributes\.pkl|code\/|tensors\/)/.test(e.name)))
    return { legacy: true };
  return modern ? { legacy: false } : void 0;
}
function modulePath(rel) {
  return rel.replace(/^code\//, "").replace(/\.py$/, "").split("/").join(".");
}
async function rawRootClass(src) {
  const head = (await src.read(0, 512)).toString("latin1");
  const m = /^\x80[\x02-\x05]c([\w.]+)\n([\w.]+)\n/.exec(head);
  return m ? `${m[1]}.${m[2]}` : void 0;
}
function storageKeys(result) {
  const keys = /* @__PURE__ */ new Set();
  for (const { pid } of result.persistentIds) if (Array.isArray(pid) && typeof pid[2] === "string") keys.add(pid[2]);
  return keys;
}
var TorchScriptRun = class {
  constructor(archive, ctx) {
    this.archive = archive;
    this.ctx = ctx;
  }
  archive;
  ctx;
  files = [];
  rootClass;
  opHits = [];
  /** Tensor names handed to the weights stage so far (data.pkl's and constants.pkl's share one namespace). */
  tensorNames = /* @__PURE__ */ new Set();
  /** data.pkl's storage keys, once it was read to the end: every record under data/ should be one of them. */
  dataKeys;
  async member(e) {
    const { ctx, archive } = this;
    const slash = e.name.indexOf("/");
    const rel = slash >= 0 ? e.name.slice(slash + 1) : e.name;
    const base = rel.slice(rel.lastIndexOf("/") + 1);
    if (e.isSymlink) return;
    if (/^(code|libs)\/.*\.py$/.test(rel)) {
      const src = await openMember(archive, e, ctx);
      if (src) await this.code(e, rel, src);
      await analyzeEntry(archive, e, ctx);
    } else if (/^(data|constants|attributes|bytecode)\.pkl$/.test(rel) || base.endsWith(".debug_pkl")) {
      const src = await openMember(archive, e, ctx);
      if (!src) return;
      try {
        await this.pickle(e, rel, src);
      } finally {
        await archive.release?.(e);
      }
    } else if (rel.startsWith("extra/")) {
      const { formats } = await analyzeEntry(archive, e, ctx);
      const src = await openMember(archive, e, ctx);
      const exe = src ? executableByContent(Buffer.from(await src.read(0, 1024))) : void 0;
      await archive.release?.(e);
      if (formats.length || exe)
        ctx.report("TS-011", `Extra file ${rel.slice(6, 200)} holds ${exe ?? `${formats.join("+")} content`}`, {
          member: memberPathOf(archive, ctx, e),
          evidence: exe ?? formats.join("+")
        });
    } else {
      await analyzeEntry(archive, e, ctx);
    }
  }
  async code(e, rel, src) {
    const member = memberPathOf(this.archive, this.ctx, e);
    if (src.size > MAX_CODE_BYTES) {
      this.ctx.report("GEN-007", `Not analysed: TorchScript source ${rel} is larger than ${MAX_CODE_BYTES} bytes`, {
        member
      });
      return;
    }
    const text = (await readAll(src)).toString("utf8");
    reportSecrets(this.ctx, text, `TorchScript source ${rel}`, void 0, member);
    const facts = scanSource(text, modulePath(rel));
    this.files.push({ member, rel, text, classes: facts.classes, hits: facts.hits, code: facts.code });
  }
  /** data.pkl, constants.pkl, *.debug_pkl, bytecode.pkl: torch unpickles them whatever they contain. */
  async pickle(e, rel, src) {
    const mctx = this.ctx.child(e.name, true);
    const result = await analyzePickledContent(src, mctx, { profile: "torchscript" });
    if (rel === "data.pkl" && this.rootClass === void 0)
      this.rootClass = result?.imports.find((i2) => i2.name.startsWith("__torch__."))?.name ?? await rawRootClass(src);
    const prefix = e.name.slice(0, -rel.length - 1);
    if (rel === "data.pkl" && result?.complete) this.dataKeys = { prefix, keys: storageKeys(result) };
    const folder = rel === "data.pkl" ? "data" : rel === "constants.pkl" ? "constants" : void 0;
    if (folder && result) {
      const named = folder === "data" ? result : { ...result, tensorViews: [] };
      await declareReferencedTensors(this.archive, this.ctx, prefix, folder, named, this.tensorNames);
    }
    if (rel === "bytecode.pkl") {
      if (src.size > MAX_CODE_BYTES) {
        mctx.report("GEN-007", `Not analysed: operator table of ${rel} larger than ${MAX_CODE_BYTES} bytes`);
        return;
      }
      for (const { hit } of scanOperatorNames(await readAll(src))) this.opHits.push({ member: mctx.member, hit });
    }
  }
  /** Reports per-file hits and the archive-level rules (TS-004, TS-005, TS-010 severity, PT-003, PT-016). */
  finish() {
    const { ctx } = this;
    this.unreferencedData();
    const all = this.files.flatMap((f) => f.hits);
    const writes = all.some((h) => h.rule === "TS-001") || this.opHits.some((o) => o.hit.rule === "TS-001");
    const fileIo = writes || all.some((h) => h.rule === "TS-002") || this.opHits.some((o) => o.hit.rule === "TS-002");
    let dangerous = this.opHits.some((o) => SEVERITY_RANK[o.hit.severity] >= SEVERITY_RANK.high);
    for (const f of this.files) {
      const counts = /* @__PURE__ */ new Map();
      for (const h of f.hits) {
        const n = (counts.get(h.rule) ?? 0) + 1;
        counts.set(h.rule, n);
        if (n > MAX_HITS_PER_RULE) continue;
        let severity = h.severity;
        if (h.rule === "TS-010" && fileIo) severity = "high";
        if (h.rule !== "TS-010" && h.rule !== "TS-012" && SEVERITY_RANK[severity] >= SEVERITY_RANK.high)
          dangerous = true;
        ctx.report(h.rule, `TorchScript ${f.rel}:${h.line} ${h.message}`, {
          member: f.member,
          offset: Buffer.byteLength(f.text.slice(0, h.index)),
          severity,
          evidence: h.evidence
        });
      }
      for (const [rule, n] of counts)
        if (n > MAX_HITS_PER_RULE)
          ctx.report(rule, `TorchScript ${f.rel}: ${n - MAX_HITS_PER_RULE} more ${rule} matches not listed`, {
            member: f.member
          });
    }
    for (const o of this.opHits)
      ctx.report(o.hit.rule, `Mobile bytecode ${o.hit.message}`, {
        member: o.member,
        offset: o.hit.index,
        severity: o.hit.severity,
        evidence: o.hit.evidence
      });
    for (const f of this.files)
      for (const cls of f.classes) {
        const setstate = cls.methods.find((m) => m.name === "__setstate__");
        if (setstate) {
          const reach = this.reachableHits(f, cls, setstate.name, ["TS-001", "TS-002", "TS-003"]);
          const bad = reach.find((h) => h.rule !== "TS-003" || h.severity === "high");
          dangerous = true;
          ctx.report(
            "TS-004",
            `TorchScript class ${cls.qualified} defines __setstate__, which torch.jit.load runs while loading` + (bad ? `; it reaches ${bad.evidence} (${f.rel}:${bad.line})` : ""),
            {
              member: f.member,
              severity: bad ? "critical" : "high",
              evidence: bad ? `${cls.qualified}.__setstate__ -> ${bad.evidence}` : `${cls.qualified}.__setstate__`
            }
          );
        }
        const top = this.rootClass === void 0 || this.rootClass === cls.qualified;
        if (!top) continue;
        for (const m of cls.methods) {
          if (!MAPPING_METHODS.has(m.name) || trivialBody(f.code.slice(m.start, m.end))) continue;
          const reach = this.reachableHits(f, cls, m.name, ["TS-001", "TS-002", "TS-003"]);
          const write = reach.find((h) => h.rule === "TS-001");
          const other = reach[0];
          dangerous = true;
          ctx.report(
            "TS-005",
            `TorchScript ${this.rootClass ? "top-level module" : "module"} ${cls.qualified} defines ${m.name}(), which state-dict loaders call` + (other ? `; it reaches ${other.evidence} (${f.rel}:${other.line})` : ""),
            {
              member: f.member,
              severity: write ? "critical" : "high",
              evidence: `${cls.qualified}.${m.name}${other ? ` -> ${other.evidence}` : ""}`
            }
          );
        }
      }
    const cp = checkpointName(ctx.name);
    if (cp) {
      const severity = dangerous ? "critical" : cp.severity;
      ctx.report(
        "PT-003",
        `TorchScript archive named like a checkpoint (${cp.why}): torch.load takes the torch.jit.load path for it` + (dangerous ? " and its code has file, custom-operator or load-time hooks" : ""),
        { severity, evidence: ctx.name.slice(0, 120) }
      );
    }
  }
  /** PT-016: records under data/ that data.pkl never references: torch.jit.load ignores them, a payload need not. */
  unreferencedData() {
    if (this.dataKeys)
      reportUnreferencedRecords(this.archive, this.ctx, `${this.dataKeys.prefix}/data/`, this.dataKeys.keys);
  }
  /** Hits of `rules` inside method `name` of `cls` and the same-class methods it calls (transitively). */
  reachableHits(f, cls, name, rules) {
    const byName = new Map(cls.methods.map((m) => [m.name, m]));
    const seen = /* @__PURE__ */ new Set();
    const queue = [name];
    const out = [];
    while (queue.length) {
      const n = queue.shift();
      const m = byName.get(n);
      if (!m || seen.has(n)) continue;
      seen.add(n);
      for (const h of f.hits) if (rules.includes(h.rule) && h.index >= m.start && h.index < m.end) out.push(h);
      for (const c of selfCalls(f.code.slice(m.start, m.end))) queue.push(c);
    }
    return out.sort((a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity]);
  }
};
var profile2 = {
  id: "torchscript",
  match: (a) => layout(a) !== void 0,
  // TorchScript source is part of the format; the TS rules examine it (no CTR-009 for it).
  expectsCode: (e) => /^[^/]+\/(code|libs)\/.*\.py$/.test(e.name),
  async analyze(archive, ctx) {
    ctx.setFormat("torchscript");
    const shape = layout(archive);
    if (shape?.legacy)
      ctx.report("TS-009", "Legacy TorchScript archive (model.json / attributes.pkl), loaded by the pre-1.3 importer", {
        evidence: "model.json"
      });
    const run = new TorchScriptRun(archive, ctx);
    for (const e of archive.entries) {
      ctx.checkDeadline();
      if (!e.isDirectory) await run.member(e);
    }
    run.finish();
  }
};

// src/analyzers/keras/marshal.ts
var SUSPICIOUS = /* @__PURE__ */ new Set([
  "os",
  "posix",
  "nt",
  "system",
  "popen",
  "spawn",
  "execv",
  "execve",
  "exec",
  "eval",
  "compile",
  "__import__",
  "__builtins__",
  "builtins",
  "getattr",
  "globals",
  "open",
  "subprocess",
  "Popen",
  "call",
  "check_output",
  "run",
  "socket",
  "connect",
  "urllib",
  "urlopen",
  "request",
  "requests",
  "http",
  "pickle",
  "marshal",
  "loads",
  "ctypes",
  "CDLL",
  "importlib",
  "import_module",
  "shutil",
  "remove",
  "unlink",
  "rmtree",
  "write",
  "base64",
  "b64decode",
  "pty",
  "sys"
]);
var PRINTABLE = /^[\x20-\x7e]+$/;
function isNotable(s) {
  if (SUSPICIOUS.has(s)) return true;
  if (/^\S+\.py$/.test(s)) return false;
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(s)) return true;
  return s.length > 3 && /[ /\\|;&$`]/.test(s) && !/^<.*>$/.test(s);
}
function marshalEvidence(buf, max3 = 500) {
  const isCode = buf.length > 0 && (buf[0] & 127) === 99;
  const seen = /* @__PURE__ */ new Set();
  const strings = [];
  const add = (s) => {
    if (s.length === 0 || seen.has(s) || strings.length >= max3) return;
    seen.add(s);
    strings.push(s);
  };
  for (let i2 = 0; i2 < buf.length && strings.length < max3; i2++) {
    const t = buf[i2] & 127;
    let len = -1;
    let start = 0;
    if (t === 122 || t === 90) {
      if (i2 + 1 >= buf.length) break;
      len = buf[i2 + 1];
      start = i2 + 2;
    } else if (t === 97 || t === 65 || t === 117 || t === 116) {
      if (i2 + 5 > buf.length) break;
      len = buf[i2 + 1] | buf[i2 + 2] << 8 | buf[i2 + 3] << 16 | buf[i2 + 4] << 24;
      start = i2 + 5;
    }
    if (len <= 0 || len > 4096 || start + len > buf.length) continue;
    const s = Buffer.from(buf.buffer, buf.byteOffset + start, len).toString("latin1");
    if (!PRINTABLE.test(s)) continue;
    add(s);
    i2 = start + len - 1;
  }
  return { isCode, strings, notable: strings.filter(isNotable) };
}
function lambdaCodeBytes(code) {
  if (/^[\x00-\x7f]*$/.test(code)) return Buffer.from(code.replace(/[^A-Za-z0-9+/]/g, ""), "base64");
  const out = [];
  for (const ch of code) {
    const cp = ch.codePointAt(0);
    if (cp <= 255) out.push(cp);
    else {
      const esc = cp <= 65535 ? `\\u${cp.toString(16).padStart(4, "0")}` : `\\U${cp.toString(16).padStart(8, "0")}`;
      for (const b of Buffer.from(esc, "latin1")) out.push(b);
    }
  }
  return Buffer.from(out);
}
function evidenceOf(ev, limit = 8) {
  const pick = ev.notable.length ? ev.notable : ev.strings.filter((s) => /^[A-Za-z_][\w.]*$/.test(s));
  const shown = pick.slice(0, limit).map((s) => s.length > 60 ? `${s.slice(0, 57)}...` : s);
  return shown.join(", ");
}

// src/analyzers/keras/tfops.ts
var SAFE_PREFIXES = [
  "math.",
  "nn.",
  "linalg.",
  "signal.",
  "bitwise.",
  "image.",
  "random.",
  "sparse.",
  "ragged.",
  "strings.",
  "dtypes.",
  "experimental.numpy.",
  "__operators__."
];
var SAFE_TOP = new Set(
  "abs add add_n argmax argmin argsort boolean_mask broadcast_to broadcast_static_shape broadcast_dynamic_shape cast ceil clip_by_norm clip_by_value complex concat cond constant cos cosh cumsum divide einsum equal exp expand_dims eye fill floor floordiv gather gather_nd greater greater_equal identity identity_n imag less less_equal linspace log logical_and logical_not logical_or matmul maximum minimum meshgrid multiply negative norm not_equal one_hot ones ones_like pad pow range rank real reduce_all reduce_any reduce_logsumexp reduce_max reduce_mean reduce_min reduce_prod reduce_std reduce_sum reduce_variance repeat reshape reverse roll round rsqrt scatter_nd searchsorted sequence_mask shape shape_n sigmoid sign sin sinh size slice sort split sqrt square squeeze stack stop_gradient strided_slice subtract tanh tensor_scatter_nd_add tensor_scatter_nd_update tile top_k transpose truediv truncatediv truncatemod unique unstack where zeros zeros_like convert_to_tensor get_static_value tensordot".split(" ")
);
var DENY2 = [
  { re: /(^|\.)write_file$|^raw_ops\.WriteFile$/, severity: "critical", why: "it writes files" },
  {
    re: /^io\.gfile\.(GFile|copy|rename|remove|rmtree|makedirs|mkdir)$/,
    severity: "critical",
    why: "it writes or deletes files"
  },
  { re: /^io\.|(^|\.)read_file$|^io\.gfile\./, severity: "high", why: "it reads files or lists directories" },
  { re: /(^|\.)(py_func|py_function|numpy_function|eager_py_func)$/, severity: "high", why: "it calls Python code" },
  { re: /(^|\.)(load_library|load_op_library)$/, severity: "high", why: "it loads native code" },
  { re: /^raw_ops\./, severity: "high", why: "raw ops reach every TensorFlow kernel, including file and process ones" },
  {
    re: /^(debugging|saved_model|summary|sysconfig|data|distribute|train|keras|autograph|config|lookup|tpu|profiler)\./,
    severity: "high",
    why: "it is not a tensor computation"
  },
  { re: /^(print|Print|function|Module|Variable|load)$/, severity: "high", why: "it is not a tensor computation" }
];
function classifyTfSymbol(symbol) {
  const s = symbol.replace(/^tf\./, "").replace(/^compat\.v[12]\./, "");
  for (const d of DENY2) if (d.re.test(s)) return { severity: d.severity, why: d.why };
  if (SAFE_TOP.has(s) || SAFE_PREFIXES.some((p) => s.startsWith(p))) return void 0;
  return { severity: "medium", why: "it is not on the list of math/array operations ModelGate knows to be safe" };
}

// src/analyzers/keras/version.ts
function kerasBefore(version, major, minor) {
  const m = /^(\d+)\.(\d+)/.exec(version ?? "");
  if (!m) return true;
  const a = Number(m[1]);
  const b = Number(m[2]);
  return a < major || a === major && b < minor;
}
function reportKerasVersion(ctx, version, backend) {
  if (version === void 0) return;
  const v = version.slice(0, 40);
  const why = kerasBefore(version, 2, 13) ? "loaders of that generation have no safe_mode and run Lambda bytecode (CVE-2024-3660)" : !kerasBefore(version, 3, 0) && kerasBefore(version, 3, 9) ? "loaders of that generation import any module named in the config, even in safe mode (CVE-2025-1550)" : void 0;
  ctx.report(
    "KER-011",
    `Saved with Keras ${v}${backend ? ` (${backend.slice(0, 20)} backend)` : ""}${why ? `; ${why}` : ""}`,
    {
      severity: why ? "low" : "info",
      evidence: v
    }
  );
}

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
  const num2 = () => {
    const m = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(i2, i2 + 512));
    if (!m || m[0] === "-" || m[0] === "") fail("invalid number");
    const after = text.charCodeAt(i2 + m[0].length);
    if (after >= 48 && after <= 57) fail("invalid number (leading zero)");
    i2 += m[0].length;
    return new JsonNumber(m[0]);
  };
  const value = (depth, path) => {
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
        const v2 = value(depth + 1, `${path}.${k}`);
        if (obj.map.has(k)) {
          obj.duplicates.push(k);
          duplicates.push({ path, key: k });
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
        arr.push(value(depth + 1, `${path}[${arr.length}]`));
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
    if (c === "-" || c >= "0" && c <= "9") return num2();
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

// src/analyzers/secrets/walk.ts
function reportSecretsInJson(ctx, root, where) {
  const stack = [[root, "$"]];
  let visited = 0;
  while (stack.length && visited++ < 1e6) {
    const [v, path] = stack.pop();
    if (typeof v === "string") reportSecrets(ctx, v, `${where} ${path}`);
    else if (Array.isArray(v)) v.forEach((x2, i2) => stack.push([x2, `${path}[${i2}]`]));
    else if (v instanceof JsonObject)
      for (const [k, x2] of v.map) {
        reportSecrets(ctx, k, `${where} key ${path}`);
        stack.push([x2, `${path}.${k}`]);
      }
  }
}
function reportSecretsInValue(ctx, root, where) {
  const stack = [[root, "$"]];
  let visited = 0;
  while (stack.length && visited++ < 1e6) {
    const [v, path] = stack.pop();
    if (typeof v === "string") reportSecrets(ctx, v, `${where} ${path}`);
    else if (Array.isArray(v)) v.forEach((x2, i2) => stack.push([x2, `${path}[${i2}]`]));
    else if (v && typeof v === "object")
      for (const [k, x2] of Object.entries(v)) {
        reportSecrets(ctx, k, `${where} key ${path}`);
        stack.push([x2, `${path}.${k}`]);
      }
  }
}

// src/analyzers/keras/config.ts
var KERAS_ROOTS = /* @__PURE__ */ new Set(["keras", "tf_keras", "keras_hub", "keras_cv", "keras_nlp", "keras_core"]);
var DANGEROUS_ROOTS = /* @__PURE__ */ new Set([
  "os",
  "posix",
  "nt",
  "sys",
  "subprocess",
  "__builtin__",
  "importlib",
  "shutil",
  "socket",
  "http",
  "urllib",
  "urllib2",
  "requests",
  "pickle",
  "_pickle",
  "cPickle",
  "dill",
  "joblib",
  "marshal",
  "ctypes",
  "code",
  "codeop",
  "compileall",
  "runpy",
  "webbrowser",
  "tempfile",
  "signal",
  "multiprocessing",
  "threading",
  "pty",
  "commands",
  "pdb",
  "profile",
  "cProfile",
  "trace",
  "pip",
  "setuptools",
  "distutils",
  "types",
  "io",
  "_io",
  "pathlib",
  "glob",
  "ftplib",
  "smtplib",
  "telnetlib",
  "asyncio",
  "torch",
  "numpy"
]);
var DANGEROUS_BUILTINS = /* @__PURE__ */ new Set([
  "eval",
  "exec",
  "compile",
  "open",
  "__import__",
  "getattr",
  "setattr",
  "delattr",
  "globals",
  "locals",
  "vars",
  "input",
  "breakpoint",
  "help",
  "exit",
  "quit",
  "memoryview",
  "print"
]);
var NON_MODELING = {
  enable_unsafe_deserialization: "critical",
  get_file: "high",
  load_model: "high",
  load_weights: "high",
  save_model: "high",
  save_weights: "high",
  load_img: "high",
  save_img: "high",
  deserialize_keras_object: "high",
  register_keras_serializable: "high",
  get_registered_object: "high",
  get_custom_objects: "high",
  custom_object_scope: "high",
  CustomObjectScope: "high",
  image_dataset_from_directory: "high",
  text_dataset_from_directory: "high",
  audio_dataset_from_directory: "high",
  clear_session: "high",
  plot_model: "high",
  model_to_dot: "high",
  set_backend: "high",
  set_floatx: "high",
  set_epsilon: "high",
  set_image_data_format: "high",
  set_dtype_policy: "high",
  enable_interactive_logging: "high",
  disable_interactive_logging: "high",
  enable_traceback_filtering: "high",
  disable_traceback_filtering: "high",
  RemoteMonitor: "high",
  LambdaCallback: "high",
  ModelCheckpoint: "high",
  BackupAndRestore: "high",
  CSVLogger: "high",
  TensorBoard: "high",
  ExportArchive: "high",
  export_saved_model: "high"
};
var LOOKUP_LAYERS = /* @__PURE__ */ new Set(["StringLookup", "IntegerLookup", "IndexLookup", "TextVectorization"]);
var VOCABULARY_KEYS = ["vocabulary", "vocabulary_file", "idf_weights"];
var TF_OP_LAYERS = /* @__PURE__ */ new Set(["TFOpLambda", "SlicingOpLambda"]);
var MAX_NODES = 2e7;
var MAX_LITERAL_ELEMENTS = 1e6;
var MAX_LAMBDA_CODE = 16 * 1024 * 1024;
function isRecord(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
function short(s, n = 120) {
  return s.length > n ? `${s.slice(0, n - 3)}...` : s;
}
function pathEscape(p) {
  if (p.includes("\0")) return "contains a NUL byte";
  if (/^[/\\]/.test(p)) return "is absolute";
  if (/^[A-Za-z]:/.test(p)) return "starts with a drive letter";
  if (p.split(/[/\\]/).includes("..")) return 'contains ".."';
  if (p.includes("\\")) return "contains a backslash";
  return void 0;
}
function segment2(key) {
  return /^[A-Za-z_][\w]*$/.test(key) ? `.${key}` : `[${JSON.stringify(short(key, 40))}]`;
}
var Walker = class {
  constructor(ctx, where, opts) {
    this.ctx = ctx;
    this.where = where;
    this.opts = opts;
    this.savedModel = /keras_metadata/.test(where);
  }
  ctx;
  where;
  opts;
  nodes = 0;
  nestingReported = false;
  embedded = [];
  /** keras_metadata.pb of a tf-keras SavedModel: Lambda and TFOpLambda findings use KER-014. */
  savedModel;
  at(path) {
    return path ? `${this.where} at ${path.replace(/^\./, "")}` : this.where;
  }
  report(ruleId, message, opts = {}) {
    this.ctx.report(ruleId, message, opts);
  }
  walk(root) {
    const stack = [{ value: root, path: "", depth: 0 }];
    while (stack.length) {
      const f = stack.pop();
      if (++this.nodes > MAX_NODES) {
        this.report("KER-012", `Keras config in ${this.where} has more than ${MAX_NODES} values`);
        this.report("GEN-007", `Not analysed: the rest of the Keras config in ${this.where} (too many values)`);
        return;
      }
      if ((this.nodes & 65535) === 0) this.ctx.checkDeadline();
      if (f.depth > this.ctx.limits.maxNesting) {
        if (!this.nestingReported) {
          this.nestingReported = true;
          this.report(
            "KER-012",
            `Keras config nested deeper than ${this.ctx.limits.maxNesting} levels (${this.at(f.path)})`
          );
          this.report(
            "GEN-007",
            `Not analysed: Keras config below nesting level ${this.ctx.limits.maxNesting} in ${this.where}`
          );
        }
        continue;
      }
      const v = f.value;
      if (Array.isArray(v)) {
        for (let i2 = v.length - 1; i2 >= 0; i2--)
          stack.push({ value: v[i2], path: `${f.path}[${i2}]`, depth: f.depth + 1, layer: f.layer });
      } else if (isRecord(v)) {
        const layer = this.visitDict(v, f);
        const keys = Object.keys(v);
        for (let i2 = keys.length - 1; i2 >= 0; i2--) {
          const k = keys[i2];
          stack.push({ value: v[k], path: f.path + segment2(k), depth: f.depth + 1, layer });
        }
      }
    }
  }
  /** Checks one dict; returns the layer name its children are reported under. */
  visitDict(d, f) {
    const cn = typeof d.class_name === "string" ? d.class_name : void 0;
    const inner = isRecord(d.config) ? d.config : void 0;
    let layer = f.layer;
    if (cn !== void 0) {
      if (typeof inner?.name === "string") layer = inner.name;
      else if (typeof d.name === "string") layer = d.name;
    }
    if (typeof d.name === "string") this.checkName(d.name, f.path);
    if (cn === void 0) {
      if (typeof d.fn_module === "string") this.checkReference(d.fn_module, void 0, "function", f.path);
      return layer;
    }
    const module = typeof d.module === "string" ? d.module : void 0;
    switch (cn) {
      case "__lambda__": {
        const value = inner?.value;
        const code = typeof inner?.code === "string" ? inner.code : Array.isArray(value) ? value[0] : value;
        this.reportLambda(code, f.path, f.layer, lastKey(f.path));
        break;
      }
      case "__keras_tensor__":
      case "__bytes__":
      case "__ellipsis__":
      case "__slice__":
        break;
      case "__numpy__":
      case "__tensor__": {
        const n = countElements(inner?.value, MAX_LITERAL_ELEMENTS + 1);
        if (n > MAX_LITERAL_ELEMENTS)
          this.report(
            "KER-012",
            `Inline ${cn} literal with more than ${MAX_LITERAL_ELEMENTS} elements (${this.at(f.path)})`,
            {
              evidence: cn
            }
          );
        break;
      }
      case "__typespec__":
        this.checkReference(module, typeof d.spec_name === "string" ? d.spec_name : void 0, "class", f.path);
        break;
      case "function":
        this.checkReference(
          module,
          typeof d.config === "string" ? d.config : typeof d.registered_name === "string" ? d.registered_name : void 0,
          "function",
          f.path
        );
        break;
      default:
        this.checkReference(module, cn, "class", f.path);
        if (inner) this.checkLayer(cn, inner, f.path, layer);
    }
    const reg = d.registered_name;
    if (typeof reg === "string" && reg.includes(">") && (module === void 0 || KERAS_ROOTS.has(module.split(".")[0])))
      this.report("KER-003", `Custom object "${short(reg, 80)}" needs registered code to load (${this.at(f.path)})`, {
        severity: "medium",
        evidence: short(reg, 80)
      });
    return layer;
  }
  checkLayer(cn, c, path, layer) {
    const name = layer ?? cn;
    if (cn === "Lambda") {
      for (const key of ["function", "output_shape", "mask"]) {
        const v = c[key];
        const type = c[`${key}_type`];
        const mod = c[key === "function" ? "module" : `${key}_module`];
        if (Array.isArray(v) && typeof v[0] === "string" && (type === void 0 || type === "lambda"))
          this.reportLambda(v[0], `${path}.config.${key}`, name, key);
        else if (typeof v === "string" && type === "lambda") this.reportLambda(v, `${path}.config.${key}`, name, key);
        else if (typeof v === "string" && (type === "function" || key === "function" && type === void 0))
          this.checkReference(typeof mod === "string" ? mod : void 0, v, "function", `${path}.config.${key}`, true);
      }
    } else if (TF_OP_LAYERS.has(cn)) {
      const sym = c.function;
      if (typeof sym === "string") {
        const verdict = classifyTfSymbol(sym);
        if (verdict)
          this.report(
            this.savedModel ? "KER-014" : "KER-008",
            `${cn} layer "${name}" calls tf.${short(sym, 80)}: ${verdict.why} (${this.at(path)})`,
            { severity: verdict.severity, evidence: `tf.${short(sym, 80)}` }
          );
      }
    } else if (LOOKUP_LAYERS.has(cn)) {
      for (const key of VOCABULARY_KEYS) {
        const v = c[key];
        if (typeof v === "string" && v.length > 0)
          this.report(
            "KER-007",
            `${cn} layer "${name}" reads its ${key} from "${short(v, 100)}" when the model is loaded (${this.at(path)})`,
            { evidence: short(v, 120) }
          );
      }
    } else if (cn === "TFSMLayer") {
      const fp = typeof c.filepath === "string" ? c.filepath : "";
      this.report("KER-006", `TFSMLayer "${name}" loads the SavedModel at "${short(fp, 100)}" (${this.at(path)})`, {
        evidence: short(fp, 120) || "TFSMLayer"
      });
    } else if (cn === "TorchModuleWrapper") {
      if (typeof c.module === "string") this.embedded.push({ path, layer: name, b64: c.module });
      else
        this.report("KER-005", `TorchModuleWrapper "${name}" without a base64 module (${this.at(path)})`, {
          evidence: "TorchModuleWrapper"
        });
    }
  }
  reportLambda(code, path, layer, what) {
    const rule = this.savedModel ? "KER-014" : "KER-001";
    const role = what === "output_shape" || what === "mask" ? `${what} function` : "function";
    const owner = layer ? ` in layer "${short(layer, 80)}"` : "";
    if (typeof code !== "string" || code.length > MAX_LAMBDA_CODE) {
      this.report(
        rule,
        `Lambda ${role}${owner} holds Python bytecode that runs when the model is loaded (${this.at(path)})`,
        {
          evidence: "lambda"
        }
      );
      return;
    }
    const ev = marshalEvidence(lambdaCodeBytes(code));
    const refs = evidenceOf(ev);
    const shape = ev.isCode ? "" : " (not a plain marshalled code object)";
    this.report(
      rule,
      `Lambda ${role}${owner} holds Python bytecode${shape} that runs when the model is loaded${refs ? `; it references ${refs}` : ""} (${this.at(path)})`,
      { evidence: refs || "lambda" }
    );
  }
  checkName(name, path) {
    const why = pathEscape(name);
    if (why)
      this.report(
        "KER-009",
        `Name "${short(name, 80)}" ${why}; Keras uses names as paths when loading (${this.at(path)})`,
        {
          evidence: short(name, 120)
        }
      );
  }
  /** KER-002/003/004 for a module + symbol reference. `lambdaModule`: a tf-keras Lambda's function module. */
  checkReference(module, name, kind, path, lambdaModule = false) {
    const sym = name ?? "";
    const mod = module ?? "";
    const root = mod.split(".")[0];
    const full = mod && sym ? `${mod}.${sym}` : mod || sym;
    const nonModeling = NON_MODELING[sym];
    if (nonModeling && (mod === "" || KERAS_ROOTS.has(root))) {
      this.report(
        "KER-004",
        `Config references ${short(full, 100)}, a Keras API that is not a model component (${this.at(path)})`,
        {
          severity: nonModeling,
          evidence: short(full, 120)
        }
      );
      return;
    }
    if (!mod || KERAS_ROOTS.has(root)) return;
    if (mod === "builtins") {
      if (DANGEROUS_BUILTINS.has(sym))
        this.report("KER-002", `Config references the Python builtin ${sym} as a function (${this.at(path)})`, {
          evidence: short(full, 120)
        });
      return;
    }
    if (kind === "function" || lambdaModule) {
      this.report("KER-002", `Config references function ${short(full, 100)} outside Keras (${this.at(path)})`, {
        evidence: short(full, 120)
      });
      return;
    }
    const severity = DANGEROUS_ROOTS.has(root) || kerasBefore(this.opts.kerasVersion, 3, 9) ? "high" : "medium";
    this.report(
      "KER-003",
      `Config imports ${short(full, 100)} from module ${short(mod, 80)} outside Keras (${this.at(path)})`,
      {
        severity,
        evidence: short(full, 120)
      }
    );
  }
  /** Decodes each TorchModuleWrapper blob and analyses it as a file of its own (torch.load reads it). */
  async analyzeEmbedded() {
    for (const e of this.embedded) {
      const layer = short(e.layer, 80);
      const maxB64 = Math.ceil(this.ctx.limits.maxHeaderBytes * 4 / 3);
      if (e.b64.length > maxB64) {
        this.report("KER-005", `TorchModuleWrapper "${layer}" embeds a torch.load pickle (${this.at(e.path)})`, {
          evidence: `${e.b64.length} base64 characters`
        });
        this.report(
          "GEN-007",
          `Not analysed: TorchModuleWrapper "${layer}" module larger than ${this.ctx.limits.maxHeaderBytes} bytes`
        );
        continue;
      }
      const bytes = Buffer.from(e.b64.replace(/[^A-Za-z0-9+/]/g, ""), "base64");
      const childName = `${e.layer}.module`;
      const childPath = this.ctx.childPath(childName, true);
      const before = this.ctx.run.findings.length;
      let formats = [];
      try {
        formats = (await this.ctx.analyzeMember(childName, new BufferSource(bytes))).formats;
      } catch (err2) {
        if (err2 instanceof LimitExceeded)
          this.report("GEN-007", `Not analysed: TorchModuleWrapper "${layer}": ${err2.message}`);
        else if (err2 instanceof ParseError)
          this.report("GEN-003", `Not analysed: TorchModuleWrapper "${layer}": ${err2.message}`);
        else this.report("GEN-011", `Internal error analysing TorchModuleWrapper "${layer}": ${errorMessage(err2)}`);
      }
      const nested = this.ctx.run.findings.slice(before).filter((x2) => x2.member?.startsWith(childPath) && !/^(GEN|CTR)-/.test(x2.ruleId)).sort((a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity]);
      const worst = nested[0];
      const runsCode = worst !== void 0 && SEVERITY_RANK[worst.severity] >= SEVERITY_RANK.high;
      const content = formats.length ? formats.join("+") : "unrecognised content";
      this.report(
        "KER-005",
        `TorchModuleWrapper "${layer}" embeds ${bytes.length} bytes (${content}) that Keras passes to torch.load(weights_only=False)` + (runsCode ? `; the embedded file has ${worst.severity} findings (${worst.ruleId})` : "") + ` (${this.at(e.path)})`,
        { severity: runsCode ? "critical" : "high", evidence: runsCode && worst.evidence ? worst.evidence : content }
      );
    }
  }
};
function lastKey(path) {
  const m = /\.([A-Za-z_]\w*)$/.exec(path);
  return m?.[1];
}
function countElements(v, cap) {
  let n = 0;
  const stack = [v];
  while (stack.length && n < cap) {
    const x2 = stack.pop();
    if (Array.isArray(x2)) for (const y of x2) stack.push(y);
    else n++;
  }
  return n;
}
async function walkKerasConfig(config, ctx, where, opts = {}) {
  const w = new Walker(ctx, where, opts);
  w.walk(config);
  reportSecretsInValue(ctx, config, where);
  await w.analyzeEmbedded();
}

// src/analyzers/keras/carve.ts
var NEEDLES = ['{"class_name"', '{"module"'].map((s) => Buffer.from(s, "latin1"));
var CHUNK3 = 1 << 20;
var MAX_OBJECTS = 1e4;
var SCAN_FACTOR = 4;
async function readObject(src, start, maxLen, ctx, budget) {
  let depth = 0;
  let inString = false;
  let escaped = false;
  const parts = [];
  for (let pos = start; pos < src.size && pos - start < maxLen; ) {
    ctx.checkDeadline(pos);
    if (budget.left <= 0) return void 0;
    const chunk = await src.read(pos, Math.min(CHUNK3, maxLen - (pos - start), budget.left));
    if (chunk.length === 0) break;
    budget.left -= chunk.length;
    for (let i2 = 0; i2 < chunk.length; i2++) {
      const c = chunk[i2];
      if (inString) {
        if (escaped) escaped = false;
        else if (c === 92) escaped = true;
        else if (c === 34) inString = false;
        else if (c < 32) return void 0;
      } else if (c === 34) inString = true;
      else if (c === 123 || c === 91) depth++;
      else if (c === 125 || c === 93) {
        depth--;
        if (depth === 0) {
          parts.push(Buffer.from(chunk.subarray(0, i2 + 1)));
          return Buffer.concat(parts);
        }
      } else if (c === 0) return void 0;
    }
    parts.push(Buffer.from(chunk));
    pos += chunk.length;
  }
  return void 0;
}
async function carveKerasJson(src, ctx, visit) {
  const maxLen = ctx.limits.maxHeaderBytes;
  const overlap = Math.max(...NEEDLES.map((n) => n.length)) - 1;
  let found = 0;
  let skipUntil = 0;
  const budget = { left: Math.max(CHUNK3, src.size * SCAN_FACTOR) };
  let pos = 0;
  for (; pos < src.size && found < MAX_OBJECTS && budget.left > 0; pos += CHUNK3) {
    ctx.checkDeadline(pos);
    const buf = await src.read(pos, CHUNK3 + overlap);
    const hits = [];
    for (const n of NEEDLES) for (let i2 = buf.indexOf(n); i2 >= 0 && i2 < CHUNK3; i2 = buf.indexOf(n, i2 + 1)) hits.push(i2);
    hits.sort((a, b) => a - b);
    for (const i2 of hits) {
      const at = pos + i2;
      if (at < skipUntil) continue;
      const obj = await readObject(src, at, maxLen, ctx, budget);
      if (!obj) continue;
      let value;
      try {
        value = JSON.parse(obj.toString("utf8"));
      } catch {
        continue;
      }
      found++;
      skipUntil = at + obj.length;
      await visit(value, at);
      if (found >= MAX_OBJECTS) break;
    }
  }
  if (budget.left <= 0)
    ctx.report("GEN-007", `Not analysed: carving Keras configs stopped near byte ${pos} (too many unclosed objects)`, {
      offset: pos
    });
  return found;
}

// src/analyzers/keras/archive.ts
var CONFIG = "config.json";
var METADATA = "metadata.json";
var WEIGHTS = ["model.weights.h5", "model.weights.npz"];
var WEIGHTS_PROFILE = "keras-weights";
var ARCHIVE_FORMATS = /* @__PURE__ */ new Set(["zip", "tar", "compressed", "keras", "npz", "pytorch-zip", "torchscript"]);
async function readJson(src, mctx, name) {
  if (src.size > mctx.limits.maxHeaderBytes) {
    mctx.report("GEN-007", `Not analysed: ${name} is larger than ${mctx.limits.maxHeaderBytes} bytes`);
    return { ok: false };
  }
  const text = await readAll(src);
  try {
    return { ok: true, value: JSON.parse(text.toString("utf8")) };
  } catch {
    return { ok: false, text };
  }
}
async function analyzeMetadata(src, mctx) {
  const r2 = await readJson(src, mctx, METADATA);
  if (!r2.ok) {
    if (r2.text) mctx.report("KER-010", `${METADATA} is not valid JSON`);
    return void 0;
  }
  const v = r2.value;
  const version = v && typeof v === "object" && typeof v.keras_version === "string" ? v.keras_version : void 0;
  if (version === void 0) mctx.report("KER-010", `${METADATA} has no keras_version`, { severity: "low" });
  reportKerasVersion(mctx, version);
  return version;
}
async function analyzeConfig(src, mctx, kerasVersion) {
  const r2 = await readJson(src, mctx, CONFIG);
  if (r2.ok) {
    await walkKerasConfig(r2.value, mctx, CONFIG, { kerasVersion });
    return;
  }
  if (!r2.text) return;
  mctx.notAnalysed(`${CONFIG} is not valid JSON; Keras objects carved from it were checked`);
  await carveKerasJson(
    new BufferSource(r2.text),
    mctx,
    (value) => walkKerasConfig(value, mctx, `${CONFIG} (carved)`, { kerasVersion })
  );
}
function expected(name) {
  return name === CONFIG || name === METADATA || WEIGHTS.includes(name) || name.startsWith("assets/");
}
var profile3 = {
  id: "keras",
  match: (a) => a.find(CONFIG) !== void 0 && [METADATA, ...WEIGHTS].some((n) => a.find(n) !== void 0),
  async analyze(archive, ctx) {
    ctx.setFormat("keras");
    const entries = archive.entries.filter((e) => !e.isDirectory);
    if (!archive.find(METADATA)) ctx.report("KER-010", `The archive has no ${METADATA}; Keras always writes one`);
    if (!WEIGHTS.some((n) => archive.find(n)))
      ctx.report("KER-010", `The archive has no ${WEIGHTS.join(" or ")}; Keras always writes the weights file`);
    let kerasVersion;
    for (const e of entries.filter((x2) => x2.name === METADATA)) {
      const src = await openMember(archive, e, ctx);
      if (src) kerasVersion = await analyzeMetadata(src, ctx.child(e.name, true)) ?? kerasVersion;
    }
    for (const e of entries.filter((x2) => x2.name === CONFIG)) {
      const src = await openMember(archive, e, ctx);
      if (src) await analyzeConfig(src, ctx.child(e.name, true), kerasVersion);
    }
    for (const e of entries) {
      ctx.checkDeadline();
      const member = memberPathOf(archive, ctx, e);
      if (e.name.startsWith("assets/") || e.name.startsWith("assets\\")) {
        const why = pathEscape(e.name.slice(7));
        if (why)
          ctx.report("KER-009", `Asset member ${e.name.slice(0, 200)} ${why}; Keras extracts assets to disk`, {
            member,
            evidence: e.name.slice(0, 120)
          });
      } else if (!expected(e.name)) {
        ctx.report(
          "KER-010",
          `Unexpected member ${e.name.slice(0, 200)} (Keras writes only config, metadata, weights and assets)`,
          { member, severity: "low" }
        );
      }
      if (e.isSymlink) continue;
      const { formats } = await analyzeEntry(archive, e, ctx, e.name === WEIGHTS[0] ? { profile: WEIGHTS_PROFILE } : {});
      const nested = formats.filter(
        (f) => ARCHIVE_FORMATS.has(f) && !(e.name === "model.weights.npz" && (f === "zip" || f === "npz"))
      );
      if (nested.length)
        ctx.report("KER-010", `Member ${e.name.slice(0, 200)} is a nested archive (${nested.join("+")})`, {
          member,
          evidence: nested.join("+")
        });
    }
  }
};

// src/analyzers/numpy/literal.ts
var LiteralError = class extends Error {
};
var MAX_DEPTH2 = 64;
function parsePyLiteral(text) {
  let i2 = 0;
  const ws = () => {
    while (i2 < text.length && /\s/.test(text[i2])) i2++;
  };
  const fail = (what) => {
    throw new LiteralError(`${what} at character ${i2}`);
  };
  const str = () => {
    while (/[uUbBrR]/.test(text[i2] ?? "")) i2++;
    const q = text[i2];
    if (q !== "'" && q !== '"') fail("expected a string");
    i2++;
    let out = "";
    for (; ; ) {
      if (i2 >= text.length) fail("unterminated string");
      const c = text[i2++];
      if (c === q) return out;
      if (c !== "\\") {
        out += c;
        continue;
      }
      const e = text[i2++];
      switch (e) {
        case "n":
          out += "\n";
          break;
        case "t":
          out += "	";
          break;
        case "r":
          out += "\r";
          break;
        case "0":
          out += "\0";
          break;
        case "x":
        case "u": {
          const n = e === "x" ? 2 : 4;
          const hex = text.slice(i2, i2 + n);
          if (!/^[0-9a-fA-F]+$/.test(hex) || hex.length !== n) fail("bad escape");
          out += String.fromCharCode(parseInt(hex, 16));
          i2 += n;
          break;
        }
        case void 0:
          fail("unterminated string");
          break;
        default:
          out += e === "\\" || e === "'" || e === '"' ? e : "\\" + e;
      }
    }
  };
  const seq = (close, depth) => {
    const items = [];
    let trailingComma = false;
    ws();
    while (text[i2] !== close) {
      items.push(value(depth + 1));
      ws();
      trailingComma = false;
      if (text[i2] === ",") {
        i2++;
        trailingComma = true;
        ws();
      } else if (text[i2] !== close) fail(`expected , or ${close}`);
    }
    i2++;
    return { items, trailingComma };
  };
  const value = (depth) => {
    if (depth > MAX_DEPTH2) fail("nesting too deep");
    ws();
    const c = text[i2];
    if (c === void 0) fail("unexpected end");
    if (c === "{") {
      i2++;
      const dict = [];
      ws();
      while (text[i2] !== "}") {
        const k = value(depth + 1);
        ws();
        if (text[i2] !== ":") fail("expected :");
        i2++;
        dict.push([k, value(depth + 1)]);
        ws();
        if (text[i2] === ",") {
          i2++;
          ws();
        } else if (text[i2] !== "}") fail("expected , or }");
      }
      i2++;
      return { dict };
    }
    if (c === "(") {
      i2++;
      const { items, trailingComma } = seq(")", depth);
      if (items.length === 1 && !trailingComma) return items[0];
      return { tuple: items };
    }
    if (c === "[") {
      i2++;
      return seq("]", depth).items;
    }
    if (c === "'" || c === '"' || /[uUbBrR]/.test(c) && /['"]/.test(text[i2 + 1] ?? "")) return str();
    const m = /^-?\d+[lL]?/.exec(text.slice(i2, i2 + 64));
    if (m) {
      i2 += m[0].length;
      return BigInt(m[0].replace(/[lL]$/, ""));
    }
    for (const [word, v2] of [
      ["True", true],
      ["False", false],
      ["None", null]
    ]) {
      if (text.startsWith(word, i2) && !/\w/.test(text[i2 + word.length] ?? "")) {
        i2 += word.length;
        return v2;
      }
    }
    return fail("not a literal");
  };
  const v = value(0);
  ws();
  if (i2 !== text.length) fail("unexpected text after the literal");
  return v;
}
function isDict(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v) && "dict" in v;
}
function isTuple(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v) && "tuple" in v;
}

// src/analyzers/numpy/dtype.ts
var DTypeError = class extends Error {
};
var SIMPLE = /^([<>|=]?)([?bBhHiIlLqQpPefdgFDGSaUVOMmuic])(\d*)(\[[A-Za-z0-9]+\])?$/;
function simple(s) {
  const m = SIMPLE.exec(s);
  if (!m) throw new DTypeError(`unknown dtype ${JSON.stringify(s.slice(0, 40))}`);
  const kind = m[2];
  const n = m[3] ? BigInt(m[3]) : void 0;
  switch (kind) {
    case "O":
      return { itemsize: 8n, hasObject: true, text: s };
    case "U":
      return { itemsize: 4n * (n ?? 0n), hasObject: false, text: s };
    case "M":
    case "m":
      return { itemsize: n ?? 8n, hasObject: false, text: s };
    case "?":
      return { itemsize: 1n, hasObject: false, text: s };
    case "S":
    case "a":
    case "V":
      return { itemsize: n ?? 0n, hasObject: false, text: s };
    default:
      if (n === void 0) throw new DTypeError(`dtype ${JSON.stringify(s)} has no size`);
      return { itemsize: n, hasObject: false, text: s };
  }
}
function shapeCount(v) {
  if (typeof v === "bigint") return v;
  if (isTuple(v)) {
    let n = 1n;
    for (const d of v.tuple) {
      if (typeof d !== "bigint" || d < 0n) throw new DTypeError("field shape is not a tuple of integers");
      n *= d;
    }
    return n;
  }
  throw new DTypeError("field shape is not an integer or tuple");
}
function parseDescr(v, depth = 0) {
  if (depth > 32) throw new DTypeError("structured dtype nested too deeply");
  if (typeof v === "string") return simple(v);
  if (!Array.isArray(v)) throw new DTypeError("descr is neither a string nor a list of fields");
  let itemsize = 0n;
  let hasObject = false;
  for (const f of v) {
    if (!isTuple(f) || f.tuple.length < 2 || f.tuple.length > 3)
      throw new DTypeError("structured field is not a (name, dtype[, shape]) tuple");
    const [name, sub, shape] = f.tuple;
    if (typeof name !== "string" && !(isTuple(name) && name.tuple.length === 2))
      throw new DTypeError("structured field name is not a string");
    const d = parseDescr(sub, depth + 1);
    itemsize += d.itemsize * (shape === void 0 ? 1n : shapeCount(shape));
    hasObject ||= d.hasObject;
  }
  return { itemsize, hasObject, text: "structured" };
}

// src/analyzers/numpy/header.ts
var NUMPY_MAX_HEADER = 1e4;
async function readNpyHeader(src, limits) {
  const problems = [];
  const pre = await src.read(0, 12);
  if (pre.length < 10) throw new ParseError("npy preamble truncated");
  const major = pre[6];
  const minor = pre[7];
  if (![1, 2, 3].includes(major) || minor !== 0)
    problems.push({
      message: `format version ${major}.${minor} is not 1.0, 2.0 or 3.0: numpy refuses the file`,
      severity: "medium"
    });
  const wide = major !== 1;
  if (wide && pre.length < 12) throw new ParseError("npy preamble truncated");
  const headerLen = wide ? pre.readUInt32LE(8) : pre.readUInt16LE(8);
  const start = wide ? 12 : 10;
  const dataOffset = start + headerLen;
  if (dataOffset > src.size) throw new ParseError(`header of ${headerLen} bytes runs past the end of the file`, 8);
  if (headerLen > limits.maxHeaderBytes)
    throw new LimitExceeded("maxHeaderBytes", `npy header of ${headerLen} bytes`, 8);
  if (headerLen > NUMPY_MAX_HEADER)
    problems.push({
      message: `header of ${headerLen} bytes exceeds numpy's ${NUMPY_MAX_HEADER}-byte limit (refused unless allow_pickle=True)`,
      severity: "medium"
    });
  if (dataOffset % 16 !== 0)
    problems.push({ message: `array data starts at ${dataOffset}, not aligned as numpy writes it`, severity: "low" });
  const raw = await src.read(start, headerLen);
  const text = raw.toString(major >= 3 ? "utf8" : "latin1");
  let lit;
  try {
    lit = parsePyLiteral(text);
  } catch (e) {
    if (!(e instanceof LiteralError)) throw e;
    problems.push({
      message: `header is not a Python literal (${e.message}): numpy refuses the file`,
      severity: "medium"
    });
    return { problems };
  }
  if (!isDict(lit)) {
    problems.push({ message: "header is not a dict: numpy refuses the file", severity: "medium" });
    return { problems };
  }
  const keys = lit.dict.map(([k]) => k);
  const known = ["descr", "fortran_order", "shape"];
  if (keys.length !== 3 || !known.every((k) => keys.includes(k))) {
    problems.push({
      message: `header keys are ${keys.map((k) => JSON.stringify(k)).join(", ")}, not exactly descr, fortran_order, shape: numpy refuses the file`,
      severity: "medium"
    });
    return { problems };
  }
  const get = (k) => lit.dict.find(([kk]) => kk === k)[1];
  const shapeV = get("shape");
  if (!isTuple(shapeV) || !shapeV.tuple.every((d) => typeof d === "bigint" && d >= 0n)) {
    problems.push({
      message: "shape is not a tuple of non-negative integers: numpy refuses the file",
      severity: "medium"
    });
    return { problems };
  }
  const fortran = get("fortran_order");
  if (typeof fortran !== "boolean") {
    problems.push({ message: "fortran_order is not a bool: numpy refuses the file", severity: "medium" });
    return { problems };
  }
  let dtype;
  try {
    dtype = parseDescr(get("descr"));
  } catch (e) {
    if (!(e instanceof DTypeError)) throw e;
    problems.push({ message: `descr is not a dtype numpy can build (${e.message})`, severity: "medium" });
    return { problems };
  }
  return {
    header: { major, minor, dataOffset, dtype, shape: shapeV.tuple, fortranOrder: fortran },
    problems
  };
}

// src/analyzers/numpy/index.ts
import { extname as extname2 } from "node:path";
var NUMPY_NAMES = /* @__PURE__ */ new Set([".npy", ".npz"]);
function numpyNamedPickle(name, head, complete) {
  return NUMPY_NAMES.has(extname2(name).toLowerCase()) && !startsWith(head, NUMPY_MAGIC) && looksLikePickle(head, complete);
}
async function checkObjectArray(src, ctx, h) {
  ctx.report(
    "NPY-001",
    `Object array (dtype ${h.dtype.text}): its data is a pickle that np.load(allow_pickle=True) runs`,
    {
      offset: h.dataOffset,
      evidence: h.dtype.text
    }
  );
  const res = await runPickle(src, ctx, { profile: "numpy", start: h.dataOffset, single: true });
  if (res?.complete && res.end < src.size)
    await trailing(src, ctx, res.end, `${src.size - res.end} bytes follow the object array's pickle`);
}
async function trailing(src, ctx, from, message) {
  ctx.report("NPY-003", `${message}; numpy ignores them (a place to carry another payload)`, {
    offset: from,
    evidence: `trailing:${src.size - from}`
  });
  await ctx.analyzeMember("trailing-data", new SliceSource(src, from, src.size - from), {}, true);
}
async function checkRawArray(src, ctx, h) {
  let count = 1n;
  for (const d of h.shape) count *= d;
  const want = count * h.dtype.itemsize;
  const have = BigInt(src.size - h.dataOffset);
  if (want > have) {
    const huge = want > 2n * have + 1048576n;
    ctx.report(
      huge ? "NPY-006" : "NPY-003",
      huge ? `Shape (${h.shape.join(", ")}) \xD7 ${h.dtype.itemsize} bytes declares ${want} bytes but the file holds ${have}: loaders allocate the declared size` : `Array data is ${have} bytes but shape and dtype declare ${want}: numpy refuses the file`,
      { offset: h.dataOffset, evidence: `${want}>${have}` }
    );
    return;
  }
  if (want < have) await trailing(src, ctx, h.dataOffset + Number(want), `${have - want} bytes follow the array data`);
  if (ctx.member === void 0) declareArray(ctx, src, h, ctx.name, void 0);
}
function declareArray(ctx, src, h, name, member) {
  if (h.dtype.hasObject || h.shape.some((d) => d > BigInt(Number.MAX_SAFE_INTEGER))) return;
  let count = 1n;
  for (const d of h.shape) count *= d;
  const bytes = count * h.dtype.itemsize;
  if (BigInt(h.dataOffset) + bytes > BigInt(src.size)) return;
  ctx.run.tensors.push({
    name,
    dtype: dtypeFrom(h.dtype.text),
    shape: h.shape.map(Number),
    bytes: new SliceSource(src, h.dataOffset, Number(bytes)),
    ...member !== void 0 ? { member } : {}
  });
}
var analyzer3 = {
  id: "numpy",
  detect: (v) => startsWith(v.head, NUMPY_MAGIC) || numpyNamedPickle(v.name, v.head, v.size <= v.head.length),
  async analyze(src, ctx) {
    const head = Buffer.from(await src.read(0, 16));
    if (!startsWith(head, NUMPY_MAGIC)) {
      if (ctx.member === void 0) {
        ctx.setFormat("pickle");
        ctx.report(
          "NPY-004",
          `Named ${extname2(ctx.name)} but the content is a pickle: np.load(allow_pickle=True) unpickles it`,
          {
            evidence: extname2(ctx.name)
          }
        );
      }
      return;
    }
    const { header, problems } = await readNpyHeader(src, ctx.limits);
    for (const p of problems)
      ctx.report("NPY-002", `Invalid .npy header: ${p.message}`, { severity: p.severity, offset: 8 });
    if (!header) return;
    if (header.dtype.hasObject) await checkObjectArray(src, ctx, header);
    else await checkRawArray(src, ctx, header);
  }
};

// src/analyzers/numpy/npz.ts
var isNpyName = (e) => /\.npy$/i.test(e.name);
var profile4 = {
  id: "npz",
  // savez names every member `<key>.npy`; an archive that is mostly such members is an npz with extras.
  match: (a) => {
    const files = a.entries.filter((e) => !e.isDirectory);
    const npy = files.filter(isNpyName).length;
    return npy > 0 && npy * 2 >= files.length;
  },
  async analyze(archive, ctx) {
    for (const e of archive.entries) {
      if (e.isDirectory && e.uncompressedSize === 0) continue;
      ctx.checkDeadline();
      const member = memberPathOf(archive, ctx, e);
      let magic = false;
      try {
        const src = await archive.open(e, ctx);
        magic = startsWith(Buffer.from(await src.read(0, 6)), NUMPY_MAGIC);
        if (magic && e.method === 0 && ctx.member === void 0) {
          const { header } = await readNpyHeader(src, ctx.limits).catch(() => ({ header: void 0 }));
          if (header) declareArray(ctx, src, header, e.name, member);
        }
      } catch (err2) {
        if (!(err2 instanceof MemberUnreadable)) throw err2;
        continue;
      }
      const outcome = await analyzeEntry(archive, e, ctx);
      if (!isNpyName(e) || !magic) {
        const what = outcome.formats.length ? outcome.formats.join(" + ") : "not .npy data";
        ctx.report(
          "NPY-005",
          `npz member ${!isNpyName(e) ? "without a .npy name" : "without the .npy magic"} (${what}); np.load returns it as raw bytes`,
          { member, evidence: outcome.formats.join("+") || "raw" }
        );
      }
    }
  }
};

// src/analyzers/zip/profiles.ts
var PROFILES = [profile2, profile, profile3, profile4];

// src/analyzers/zip/index.ts
function reportAnomaly(a, archive, ctx) {
  const entry = a.entry === void 0 ? void 0 : archive.entries.find((e) => e.name === a.entry);
  ctx.report(a.rule, a.message, {
    ...entry ? { member: archive.memberPath(entry) } : {},
    ...a.offset !== void 0 ? { offset: a.offset } : {},
    ...a.evidence !== void 0 ? { evidence: a.evidence } : {}
  });
}
function expectedCode(profile5, e) {
  if (!profile5) return false;
  if (profile5.expectsCode) return profile5.expectsCode(e);
  return profile5.id === "torchscript" && /^[^/]+\/code\//.test(e.name);
}
function pickProfile(archive) {
  for (const p of PROFILES) {
    try {
      if (p.match(archive)) return p;
    } catch {
    }
  }
  return void 0;
}
async function leadingBytes(src, s) {
  if (startsWith(Buffer.from(await src.read(0, 4)), ZIP_LOCAL)) return 0;
  let lead = s.end.cdOffset + s.shift;
  for (const e of s.entries) lead = Math.min(lead, e.localAbs);
  return lead;
}
async function endSignatureNear(v) {
  if (v.tail.includes(ZIP_EOCD) || v.head.includes(ZIP_EOCD)) return true;
  const from = Math.max(v.head.length, v.size - END_SEARCH);
  const to = v.size - v.tail.length;
  return to > from && (await v.src.read(from, to - from + 3)).includes(ZIP_EOCD);
}
var analyzer4 = {
  id: "zip",
  // torch.load tests only the first four bytes; zipfile finds the end record. Both views count, and the end
  // record must check out so random tensor bytes containing "PK\5\6" are not taken for an archive.
  detect: async (v) => startsWith(v.head, ZIP_LOCAL) || startsWith(v.head, ZIP_EMPTY) || await endSignatureNear(v) && (await findEndRecords(v.src)).length > 0,
  async analyze(src, ctx) {
    const structure2 = await readZipStructure(src, ctx.limits);
    const archive = new ZipArchive(src, structure2, ctx);
    try {
      const profile5 = pickProfile(archive);
      for (const a of structure2.anomalies) reportAnomaly(a, archive, ctx);
      for (const e of archive.entries) {
        const why = scriptByName(e.name);
        if (why && !expectedCode(profile5, e))
          ctx.report("CTR-009", `Archive member is code (${why}); a loader or a user may run it`, {
            member: archive.memberPath(e),
            evidence: e.name.slice(0, 200)
          });
      }
      const lead = await leadingBytes(src, structure2);
      if (lead > 0 && ctx.member === void 0) {
        const view = await recognise(new SliceSource(src, 0, lead), ctx.name);
        if (view[0]) ctx.setFormat(view[0].id);
      } else if (profile5) ctx.setFormat(profile5.id);
      if (profile5) {
        await profile5.analyze(archive, ctx);
      } else {
        await analyzeAllEntries(archive, ctx);
      }
    } finally {
      await archive.dispose();
    }
  }
};

// src/analyzers/tar/reader.ts
var BLOCK = 512;
var MAX_META = 1 << 20;
function cstr(b, start, len) {
  const s = b.subarray(start, start + len);
  const nul = s.indexOf(0);
  return s.toString("utf8", 0, nul < 0 ? s.length : nul);
}
function num(b, start, len) {
  if (b[start] & 128) {
    let v = 0n;
    for (let i2 = 1; i2 < len; i2++) v = v << 8n | BigInt(b[start + i2]);
    if (b[start] & 64) return void 0;
    v |= BigInt(b[start] & 63) << BigInt(8 * (len - 1));
    return v <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(v) : void 0;
  }
  const t = b.toString("latin1", start, start + len).replace(/\0.*$/s, "").trim();
  if (t === "") return 0;
  if (!/^[0-7]+$/.test(t)) return void 0;
  return parseInt(t, 8);
}
function validHeader(h) {
  if (h.length < BLOCK) return false;
  const stored = num(h, 148, 8);
  if (stored === void 0) return false;
  let unsigned = 0;
  let signed = 0;
  for (let i2 = 0; i2 < BLOCK; i2++) {
    const c = i2 >= 148 && i2 < 156 ? 32 : h[i2];
    unsigned += c;
    signed += c > 127 ? c - 256 : c;
  }
  if (stored !== unsigned && stored !== signed) return false;
  if (h.toString("latin1", 257, 262) === "ustar") return true;
  return h[0] !== 0 && num(h, 124, 12) !== void 0;
}
function parsePax(data) {
  const out = {};
  let p = 0;
  while (p < data.length) {
    const sp = data.indexOf(32, p);
    if (sp < 0) break;
    const len = parseInt(data.toString("latin1", p, sp), 10);
    if (!Number.isFinite(len) || len <= 0 || p + len > data.length) break;
    const rec = data.toString("utf8", sp + 1, p + len - 1);
    const eq = rec.indexOf("=");
    if (eq > 0) out[rec.slice(0, eq)] = rec.slice(eq + 1);
    p += len;
  }
  return out;
}
var isZero = (b) => b.every((c) => c === 0);
async function readTar(src, limits, tick) {
  const entries = [];
  let pos = 0;
  let longName;
  let longLink;
  let pax = {};
  const meta = async (at, size) => {
    if (size > MAX_META) throw new ParseError(`tar metadata block of ${size} bytes`, at);
    return Buffer.from(await src.read(at, size));
  };
  while (pos + BLOCK <= src.size) {
    tick();
    const h = Buffer.from(await src.read(pos, BLOCK));
    if (isZero(h)) return { entries, end: pos };
    if (!validHeader(h)) {
      if (entries.length === 0 && pos === 0) throw new ParseError("not a tar header (bad checksum)", pos);
      return { entries, end: pos, error: { message: "damaged tar header (bad checksum)", offset: pos } };
    }
    const type = String.fromCharCode(h[156]) === "\0" ? "0" : String.fromCharCode(h[156]);
    const size = num(h, 124, 12);
    if (size === void 0) return { entries, end: pos, error: { message: "unreadable member size", offset: pos } };
    const dataOffset = pos + BLOCK;
    const isMeta = type === "L" || type === "K" || type === "x" || type === "g";
    const paxSize = !isMeta && pax.size !== void 0 ? Number(pax.size) : void 0;
    const realSize = paxSize !== void 0 && Number.isSafeInteger(paxSize) && paxSize >= 0 ? paxSize : size;
    const next = dataOffset + Math.ceil(realSize / BLOCK) * BLOCK;
    if (dataOffset + realSize > src.size)
      return {
        entries,
        end: pos,
        error: { message: `member data (${realSize} bytes) runs past the end of the file`, offset: pos }
      };
    if (isMeta) {
      const data = await meta(dataOffset, size);
      if (type === "L") longName = cstr(data, 0, data.length);
      else if (type === "K") longLink = cstr(data, 0, data.length);
      else if (type === "x") pax = parsePax(data);
      pos = next;
      continue;
    }
    if (entries.length >= limits.maxEntries)
      throw new LimitExceeded("maxEntries", `more than ${limits.maxEntries} entries in one archive`, pos);
    const ustar = h.toString("latin1", 257, 263) === "ustar\0";
    const prefix = ustar ? cstr(h, 345, 155) : "";
    let name = cstr(h, 0, 100);
    if (prefix) name = `${prefix}/${name}`;
    name = pax.path ?? longName ?? name;
    entries.push({
      name,
      type,
      size: realSize,
      dataOffset,
      headerOffset: pos,
      linkName: pax.linkpath ?? longLink ?? cstr(h, 157, 100),
      mode: num(h, 100, 8) ?? 0
    });
    pos = next;
    longName = void 0;
    longLink = void 0;
    pax = {};
  }
  return { entries, end: pos };
}

// src/analyzers/tar/members.ts
var LINK_TYPES = { "1": "hard link", "2": "symbolic link" };
function unsafeTarMember(e) {
  if (LINK_TYPES[e.type]) return `${LINK_TYPES[e.type]} to ${JSON.stringify(e.linkName.slice(0, 100))}`;
  if (e.type === "3" || e.type === "4" || e.type === "6") return "device or FIFO member";
  if (/[\x00-\x1f\x7f]/.test(e.name)) return "name with control characters";
  if (e.name.includes("\\")) return "name with a backslash";
  if (e.name.startsWith("/")) return "absolute path";
  if (/^[A-Za-z]:/.test(e.name)) return "drive-letter path";
  if (e.name.split("/").includes("..")) return 'path with ".."';
  return void 0;
}
function isRegular(e) {
  return e.type === "0" || e.type === "7";
}
function memberSource(src, e) {
  return new SliceSource(src, e.dataOffset, e.size);
}

// src/analyzers/pytorch/tar.ts
var TORCH_MEMBERS = ["storages", "tensors", "pickle"];
var MAX_NDIM2 = 64n;
function isTorchTar(entries) {
  const names = new Set(entries.map((e) => e.name));
  return names.has("pickle") && (names.has("storages") || names.has("tensors"));
}
async function countPickle(m, ctx, what) {
  const r2 = await runPickle(m, ctx, { profile: "torch-weights", single: true, start: 0 });
  if (!r2 || r2.pickles < 1) return void 0;
  const count = asInt(r2.firstValue);
  if (count === void 0 || count < 0n) {
    ctx.report("PT-030", `${what} member does not start with a count (got ${describe(r2.firstValue)})`, {
      severity: "medium",
      offset: 0
    });
    return void 0;
  }
  return { count, end: r2.end };
}
function structure(ctx, message, offset) {
  ctx.report("PT-030", message, { severity: "medium", offset });
  ctx.notAnalysed(`the rest of the ${ctx.name} member`, offset);
  return { ok: false };
}
async function walkStorages(m, ctx) {
  const head = await countPickle(m, ctx, "storages");
  if (!head) return { ok: false };
  let pos = head.end;
  for (let i2 = 0n; i2 < head.count; i2++) {
    ctx.checkDeadline(pos);
    const r2 = await runPickle(m, ctx, { profile: "torch-weights", single: true, start: pos });
    if (!r2 || r2.pickles < 1) return { ok: false };
    const args = r2.firstValue;
    if (!Array.isArray(args) || args.length !== 3 || !isGlobal(args[2]))
      return structure(ctx, `storage record ${i2} is ${describe(args)}, not (key, location, storage type)`, pos);
    const size = elementSize(args[2].global);
    if (size === void 0) return structure(ctx, `storage record ${i2} has unknown type ${args[2].global}`, pos);
    const hdr = await m.read(r2.end, 8);
    if (hdr.length < 8) return structure(ctx, `storage record ${i2} is truncated`, r2.end);
    const numel = hdr.readBigInt64LE(0);
    const next = BigInt(r2.end + 8) + numel * BigInt(size);
    if (numel < 0n || next > BigInt(m.size))
      return structure(ctx, `storage record ${i2} declares ${numel} elements, more than the member holds`, r2.end);
    const dtype = storageDtype(args[2].global);
    if (dtype !== "other")
      declareTensor(
        ctx,
        storageLabel(typeof args[0] === "string" ? args[0] : describe(args[0])),
        dtype,
        [Number(numel)],
        new SliceSource(m, r2.end + 8, Number(numel) * size)
      );
    pos = Number(next);
  }
  const views = await runPickle(m, ctx, { profile: "torch-weights", single: true, start: pos });
  if (!views || views.pickles < 1) return { ok: false };
  return { ok: true, end: views.end };
}
async function walkTensors(m, ctx) {
  const head = await countPickle(m, ctx, "tensors");
  if (!head) return { ok: false };
  let pos = head.end;
  for (let i2 = 0n; i2 < head.count; i2++) {
    ctx.checkDeadline(pos);
    const r2 = await runPickle(m, ctx, { profile: "torch-weights", single: true, start: pos });
    if (!r2 || r2.pickles < 1) return { ok: false };
    const hdr = await m.read(r2.end, 8);
    if (hdr.length < 8) return structure(ctx, `tensor record ${i2} is truncated`, r2.end);
    const ndim = BigInt(hdr.readInt32LE(0));
    if (ndim < 0n || ndim > MAX_NDIM2) return structure(ctx, `tensor record ${i2} has ${ndim} dimensions`, r2.end);
    const next = r2.end + 8 + Number(ndim) * 16 + 8;
    if (next > m.size) return structure(ctx, `tensor record ${i2} is truncated`, r2.end);
    pos = next;
  }
  return { ok: true, end: pos };
}
async function trailing2(m, ctx, end) {
  if (end >= m.size) return;
  ctx.report("PT-030", `${m.size - end} bytes follow the ${ctx.name} records; torch.load never reads them`, {
    severity: "medium",
    offset: end,
    evidence: `trailing:${m.size - end}`
  });
}
async function analyzeTorchTar(src, ctx, entries) {
  const names = new Set(entries.map((e) => e.name));
  for (const n of TORCH_MEMBERS)
    if (!names.has(n))
      ctx.report("PT-030", `Legacy torch tar without a "${n}" member: torch.load fails on it`, {
        severity: "medium",
        evidence: n
      });
  for (const e of entries) {
    ctx.checkDeadline();
    const member = ctx.childPath(e.name, true);
    const bad = unsafeTarMember(e);
    if (bad && TORCH_MEMBERS.includes(e.name))
      ctx.report("PT-030", `Member "${e.name}" is a ${bad}: torch.load extracts it and then reads through the link`, {
        member,
        evidence: e.linkName.slice(0, 200) || e.name
      });
    else if (bad) ctx.report("CTR-006", `Unsafe tar member: ${bad}`, { member, evidence: e.name.slice(0, 200) });
    if (!isRegular(e)) continue;
    const m = memberSource(src, e);
    const child2 = ctx.child(e.name, true);
    if (e.name === "pickle") {
      await analyzePickledContent(m, child2, { profile: "torch-weights" });
    } else if (e.name === "storages" || e.name === "tensors") {
      const walk = e.name === "storages" ? await walkStorages(m, child2) : await walkTensors(m, child2);
      if (walk.ok) await trailing2(m, child2, walk.end);
    } else {
      const outcome = await ctx.analyzeMember(e.name, m, {}, true);
      ctx.report(
        "PT-030",
        `Unexpected member "${e.name.slice(0, 100)}" in a legacy torch tar${outcome.formats.length ? ` (${outcome.formats.join(" + ")})` : ""}`,
        {
          member,
          severity: outcome.formats.length ? "medium" : "low",
          evidence: e.name.slice(0, 200)
        }
      );
    }
  }
}

// src/analyzers/tar/index.ts
async function reportTarStructure(src, ctx, listing) {
  if (listing.error) ctx.notAnalysed(`${listing.error.message}; later members were not examined`, listing.error.offset);
  const counts = /* @__PURE__ */ new Map();
  for (const e of listing.entries) counts.set(e.name, (counts.get(e.name) ?? 0) + 1);
  for (const [name, n] of counts)
    if (n > 1)
      ctx.report(
        "CTR-004",
        `${n} tar members are named "${name}"; Python's tarfile uses the last one, every copy is analysed`,
        {
          member: ctx.childPath(name, true),
          evidence: name
        }
      );
  if (!listing.error && listing.end + 1024 < src.size) {
    const after = Buffer.from(await src.read(listing.end + 1024, 64 * 1024));
    if (!after.every((c) => c === 0))
      ctx.report(
        "CTR-002",
        `Data after the end-of-archive marker at ${listing.end}; tarfile stops there, other tools may not`,
        {
          offset: listing.end,
          evidence: `trailing:${src.size - listing.end}`
        }
      );
  }
}
async function analyzeGenericTar(src, ctx, listing) {
  const models = [];
  for (const e of listing.entries) {
    ctx.checkDeadline();
    const bad = unsafeTarMember(e);
    if (bad)
      ctx.report("CTR-006", `Unsafe tar member: ${bad}`, {
        member: ctx.childPath(e.name, true),
        evidence: e.name.slice(0, 200)
      });
    if (!isRegular(e)) continue;
    const outcome = await ctx.analyzeMember(e.name, memberSource(src, e), {}, true);
    if (outcome.formats.length) models.push(`${e.name} (${outcome.formats.join("+")})`);
  }
  if (models.length)
    ctx.report(
      "CTR-007",
      `Model content wrapped in a tar archive: ${models.slice(0, 3).join(", ")}${models.length > 3 ? ", \u2026" : ""}`,
      {
        evidence: `tar:${models.length}`
      }
    );
}
var analyzer5 = {
  id: "tar",
  detect: (v) => validHeader(v.head.subarray(0, 512)),
  async analyze(src, ctx) {
    const listing = await readTar(src, ctx.limits, () => ctx.checkDeadline());
    await reportTarStructure(src, ctx, listing);
    if (isTorchTar(listing.entries)) {
      ctx.setFormat("pytorch-tar");
      await analyzeTorchTar(src, ctx, listing.entries);
    } else {
      await analyzeGenericTar(src, ctx, listing);
    }
  }
};

// src/analyzers/compressed/index.ts
import { extname as extname3 } from "node:path";

// src/analyzers/compressed/detect.ts
import { constants, inflateSync as inflateSync2 } from "node:zlib";
var ZF_HEADER = 21;
function zlibHeader(h, at = 0) {
  if (h.length < at + 2) return false;
  const cmf = h[at];
  const flg = h[at + 1];
  return (cmf & 15) === 8 && cmf >> 4 <= 7 && (flg & 32) === 0 && (cmf << 8 | flg) % 31 === 0;
}
function zlibStarts(h) {
  try {
    inflateSync2(h.subarray(0, 4096), { finishFlush: constants.Z_SYNC_FLUSH });
    return true;
  } catch {
    return false;
  }
}
async function lzmaStarts(h) {
  try {
    const { props, unpackSize } = parseAloneHeader(h);
    const sink = new OutputSink(4096, () => {
    });
    await decodeLzma(new BufferSource(h.subarray(0, 4096)), 13, props, unpackSize, sink, () => {
    });
    return true;
  } catch (e) {
    if (e instanceof OutputCapReached) return true;
    return e instanceof Error && /truncated|before the declared size/.test(e.message);
  }
}
function bzip2Header(h) {
  if (h.length < 10 || h.toString("latin1", 0, 3) !== "BZh" || h[3] < 49 || h[3] > 57) return false;
  const block = h.toString("hex", 4, 10);
  return block === "314159265359" || block === "177245385090";
}
async function identifyWrapper(h) {
  if (startsWith(h, SEVENZ_MAGIC)) return "7z";
  if (startsWith(h, GZIP_MAGIC) && h[2] === 8) return "gzip";
  if (startsWith(h, XZ_MAGIC)) return "xz";
  if (startsWith(h, LZ4_MAGIC) && h.length > 4 && h[4] >> 6 === 1) return "lz4";
  if (bzip2Header(h)) return "bzip2";
  if (h.toString("latin1", 0, 4) === "ZF0x" && zlibStarts(h.subarray(h[ZF_HEADER] === 32 ? ZF_HEADER + 1 : ZF_HEADER)))
    return "joblib-zf";
  if (zlibHeader(h) && zlibStarts(h)) return "zlib";
  if (h[0] === 93 && plausibleAloneHeader(h) && await lzmaStarts(h)) return "lzma-alone";
  return void 0;
}

// src/analyzers/compressed/index.ts
var LABEL = {
  gzip: "gzip",
  zlib: "zlib",
  bzip2: "bzip2",
  xz: "xz",
  "lzma-alone": "LZMA",
  lz4: "LZ4",
  "joblib-zf": "joblib's legacy ZF zlib",
  "7z": "7z"
};
var SUFFIXES = [".gz", ".gzip", ".z", ".zlib", ".bz2", ".xz", ".lzma", ".lz4", ".7z"];
function contentName(name, gzipName) {
  if (gzipName && !/[/\\]/.test(gzipName) && gzipName.length < 256) return gzipName;
  const ext = extname3(name).toLowerCase();
  return SUFFIXES.includes(ext) ? name.slice(0, -ext.length) : name;
}
function isJoblibContent(ctx, formats, newImports, name) {
  if (formats.includes("joblib")) return true;
  if (!formats.includes("pickle")) return false;
  if (newImports.some((i2) => i2.startsWith("joblib."))) return true;
  return [".joblib", ".jbl"].includes(extname3(name).toLowerCase()) || ctx.run.format === "joblib";
}
async function zfBody(src) {
  const h = await src.read(0, ZF_HEADER + 1);
  const declared = parseInt(h.toString("latin1", 2, ZF_HEADER).trim(), 16);
  const start = h[ZF_HEADER] === 32 ? ZF_HEADER + 1 : ZF_HEADER;
  return {
    body: new SliceSource(src, start, src.size - start),
    declared: Number.isSafeInteger(declared) ? declared : void 0
  };
}
var analyzer6 = {
  id: "compressed",
  detect: async (v) => await identifyWrapper(v.head) !== void 0,
  async analyze(src, ctx) {
    const head = await src.read(0, 64 * 1024);
    const kind = await identifyWrapper(Buffer.from(head));
    if (!kind) return;
    const label = LABEL[kind];
    if (kind === "7z") {
      ctx.report(
        "CTR-007",
        "File is a 7z archive; a model inside it would be hidden from scanners that do not unpack",
        {
          evidence: "7z"
        }
      );
      ctx.notAnalysed("7z archives cannot be unpacked by ModelGate; the content was not examined");
      return;
    }
    let body = src;
    let codec;
    let cap = bombCap(src.size, ctx.limits);
    let gzipName;
    if (kind === "joblib-zf") {
      const zf = await zfBody(src);
      body = zf.body;
      codec = "zlib";
      if (zf.declared !== void 0) cap = Math.min(cap, zf.declared);
    } else {
      codec = kind;
      if (kind === "gzip") gzipName = parseGzipHeader(Buffer.from(head)).name;
    }
    const res = await decode(codec, body, ctx, { cap });
    try {
      const size = res.out.src.size;
      if (res.capped && !(kind === "joblib-zf" && size === cap && cap < bombCap(src.size, ctx.limits))) {
        ctx.report(
          "CTR-008",
          `${label} data expands beyond ${size} bytes from ${src.size} (ratio over ${Math.floor(size / Math.max(1, src.size))}:1); decompression stopped`,
          { evidence: `${src.size}->${size}+` }
        );
        ctx.report("GEN-007", `Not analysed: content past the first ${size} decompressed bytes`);
      }
      if (res.error !== void 0)
        ctx.notAnalysed(
          `${label} stream broken after ${size} decompressed bytes (${res.error}); what came before is analysed`
        );
      if (size === 0) return;
      const name = contentName(ctx.name, gzipName);
      const before = new Set(ctx.run.imports);
      const outcome = await ctx.analyzeMember(name, res.out.src, {}, true);
      const newImports = [...ctx.run.imports].filter((i2) => !before.has(i2));
      if (outcome.formats.length === 0) return;
      if (kind === "joblib-zf" || isJoblibContent(ctx, outcome.formats, newImports, ctx.name)) {
        if (ctx.run.format === "compressed" && newImports.some((i2) => i2.startsWith("joblib."))) ctx.setFormat("joblib");
        return;
      }
      ctx.report(
        "CTR-007",
        `Model content (${outcome.formats.join(" + ")}) is wrapped in ${label} compression; it was unpacked and analysed`,
        { evidence: `${kind}:${outcome.formats.join("+")}` }
      );
    } finally {
      await res.out.dispose();
    }
  }
};

// src/analyzers/pytorch/legacy.ts
var LONG1_MAGIC = TORCH_LEGACY_MAGIC.subarray(2, 14);
var PROTOCOL_BODY = Buffer.from([77, 233, 3, 46]);
var PROTOCOL_VERSION = 1001n;
function isBareMagic(first) {
  let p = 0;
  if (first[p] === 128) p += 2;
  if (first[p] === 149) p += 9;
  return first.length === p + LONG1_MAGIC.length + 1 && startsWith(first, LONG1_MAGIC, p) && first[first.length - 1] === 46;
}
function hasProtocolPickle(head) {
  const window = head.subarray(0, 4096);
  for (let i2 = window.indexOf(PROTOCOL_BODY); i2 >= 0; i2 = window.indexOf(PROTOCOL_BODY, i2 + 1)) {
    if (i2 >= 3 && window[i2 - 2] === 128 && window[i2 - 1] >= 2 && window[i2 - 1] <= 5) return true;
    if (i2 >= 12 && window[i2 - 11] === 128 && window[i2 - 10] >= 4 && window[i2 - 9] === 149) return true;
  }
  return false;
}
function looksLegacy(head, complete) {
  if (startsWith(head, TORCH_LEGACY_MAGIC)) return true;
  if (!looksLikePickle(head, complete)) return false;
  return head.subarray(0, 64).includes(LONG1_MAGIC) || hasProtocolPickle(head);
}
function dictKeys(v) {
  if (typeof v !== "object" || v === null || Array.isArray(v) || !("dict" in v)) return void 0;
  return v.dict.map(([k]) => typeof k === "string" ? k : describe(k));
}
function checkPersistentIds(ctx, obj) {
  const storages = /* @__PURE__ */ new Map();
  for (const { pid, offset } of obj.persistentIds) {
    if (Array.isArray(pid) && pid[0] === "module") {
      const cls = isGlobal(pid[1]) ? pid[1].global : describe(pid[1]);
      const hasSource = typeof pid[3] === "string" && pid[3].length > 0;
      ctx.report("PT-022", `Whole module class ${cls} is pickled${hasSource ? " with its source code" : ""}`, {
        offset,
        evidence: cls.slice(0, 120)
      });
      continue;
    }
    if (isUnknown(pid) || Array.isArray(pid) && pid.some(isUnknown)) {
      ctx.report("PT-011", `Persistent id ${describe(pid)} cannot be resolved statically`, {
        offset,
        severity: "medium"
      });
      continue;
    }
    const parsed = parseStoragePid(pid, 1);
    if ("problem" in parsed) {
      ctx.report("PT-011", `Malformed storage reference: ${parsed.problem}`, {
        offset,
        evidence: describe(pid).slice(0, 120)
      });
      continue;
    }
    storages.set(parsed.ref.key, {
      numel: parsed.ref.numel,
      elementSize: parsed.ref.elementSize,
      storage: parsed.ref.storage
    });
  }
  return storages;
}
async function walkStorageBytes(src, ctx, start, keys, decl, views) {
  let pos = start;
  const used = /* @__PURE__ */ new Set();
  for (const key of keys) {
    ctx.checkDeadline(pos);
    const d = decl.get(key);
    if (!d || d.elementSize === void 0) {
      ctx.report("PT-021", `Storage key "${key.slice(0, 60)}" is listed but no storage of known type declares it`, {
        offset: pos
      });
      return void 0;
    }
    const hdr = await src.read(pos, 8);
    if (hdr.length < 8) {
      ctx.report("PT-021", `Storage data for "${key.slice(0, 60)}" is truncated`, { offset: pos });
      return void 0;
    }
    const numel = hdr.readBigInt64LE(0);
    const end = BigInt(pos + 8) + numel * BigInt(d.elementSize);
    if (numel !== d.numel || end > BigInt(src.size)) {
      ctx.report(
        "PT-021",
        `Storage "${key.slice(0, 60)}" holds ${numel} elements where the pickle declares ${d.numel}`,
        {
          offset: pos,
          evidence: `${key.slice(0, 40)}:${numel}!=${d.numel}`
        }
      );
      return void 0;
    }
    if (ctx.member === void 0) {
      const label = storageLabel(key);
      const plan = planStorage({ storage: d.storage, numel, elementSize: d.elementSize, label }, views.get(key));
      for (const t of plan)
        ctx.run.tensors.push({
          name: uniqueName(used, t.name, label),
          dtype: t.dtype,
          shape: t.shape,
          bytes: new SliceSource(src, pos + 8 + t.start, t.length),
          storage: label,
          ...t.aliases ? { aliases: t.aliases } : {}
        });
    }
    pos = Number(end);
  }
  return pos;
}
var analyzer7 = {
  id: "pytorch-legacy",
  detect: (v) => looksLegacy(v.head, v.size <= v.head.length),
  async analyze(src, ctx) {
    if (!startsWith(Buffer.from(await src.read(0, TORCH_LEGACY_MAGIC.length)), TORCH_LEGACY_MAGIC))
      ctx.setFormat("pickle");
    const next = (start) => runPickle(src, ctx, { profile: "torch-weights", single: true, start });
    const magic = await next(0);
    if (!magic || magic.pickles < 1) return;
    const first = Buffer.from(await src.read(0, Math.min(magic.end, 4096)));
    if (!isBareMagic(first)) {
      const code = magic.imports.length > 0;
      ctx.report(
        "PT-020",
        code ? `The first pickle imports ${magic.imports.map((i2) => i2.name).slice(0, 3).join(", ")} and runs before torch checks the magic number` : `The first pickle is not the plain magic number literal (it yields ${describe(magic.firstValue)})`,
        {
          severity: code ? "critical" : "medium",
          offset: 0,
          evidence: magic.imports[0]?.name ?? describe(magic.firstValue).slice(0, 60)
        }
      );
    }
    const proto = await next(magic.end);
    if (!proto || proto.pickles < 1) return;
    if (asInt(proto.firstValue) !== PROTOCOL_VERSION)
      ctx.report("PT-021", `Second pickle is ${describe(proto.firstValue)}, not protocol version 1001`, {
        offset: magic.end
      });
    const sys = await next(proto.end);
    if (!sys || sys.pickles < 1) return;
    const keys = dictKeys(sys.firstValue);
    if (!keys || !["protocol_version", "little_endian", "type_sizes"].every((k) => keys.includes(k)))
      ctx.report("PT-021", `Third pickle is ${describe(sys.firstValue)}, not the sys_info dict`, { offset: proto.end });
    const obj = await next(sys.end);
    if (!obj || obj.pickles < 1) return;
    const decl = checkPersistentIds(ctx, obj);
    reportWholeModule(ctx, obj, void 0);
    const list = await next(obj.end);
    if (!list || list.pickles < 1) {
      if (obj.complete && obj.end >= src.size)
        ctx.report("PT-021", "The storage key list (fifth pickle) is missing", { offset: obj.end });
      return;
    }
    const keyList = Array.isArray(list.firstValue) && list.firstValue.every((k) => typeof k === "string") ? list.firstValue : void 0;
    if (!keyList) {
      ctx.report("PT-021", `Fifth pickle is ${describe(list.firstValue)}, not the list of storage keys`, {
        offset: obj.end
      });
      return;
    }
    reportIncompleteNames(ctx, obj);
    const end = await walkStorageBytes(src, ctx, list.end, keyList, decl, viewsByKey(obj.tensorViews));
    if (end === void 0) {
      ctx.notAnalysed("storage data after the fifth pickle could not be delimited", list.end);
      return;
    }
    if (end < src.size) {
      ctx.report("PT-021", `${src.size - end} bytes follow the last storage; torch.load never reads them`, {
        offset: end,
        evidence: `trailing:${src.size - end}`
      });
      await ctx.analyzeMember("trailing-data", new SliceSource(src, end, src.size - end), {}, true);
    }
  }
};

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
var max2 = function(a) {
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
        var clb = max2(clt), clbmsk = (1 << clb) - 1;
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
        lbt = max2(lt);
        dbt = max2(dt);
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
function inflateSync3(data, opts) {
  return inflt(data, { i: 2 }, opts && opts.out, opts && opts.dictionary);
}
function gunzipSync2(data, opts) {
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
function withoutPassword(url) {
  return url.replace(/^([a-z][a-z0-9+.-]*:\/\/[^\s:/@]*):[^\s/@]*@/i, "$1:***@");
}
function printableRatio(b) {
  if (b.length === 0) return 0;
  let ok = 0;
  for (const c of b) if (c >= 32 && c < 127 || c === 10 || c === 13 || c === 9 || c >= 194) ok++;
  return ok / b.length;
}
function maybeInflate(b) {
  try {
    if (b.length > 2 && b[0] === 31 && b[1] === 139) return gunzipSync2(b);
    if (b.length > 2 && b[0] === 120 && (b[0] * 256 + b[1]) % 31 === 0) return inflateSync3(b);
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
    if (u) {
      const shown = excerpt(withoutPassword(u[0]));
      hits.push({ kind: "url", severity: "low", detail: `URL ${shown}`, evidence: shown });
    }
  }
  const rank = { critical: 4, high: 3, medium: 2, low: 1, info: 0 };
  return hits.sort((a, b) => rank[b.severity] - rank[a.severity]);
}
function sniffBytes2(b) {
  const bin = binaryKind(b);
  if (bin && bin.kind !== "zip") return [{ kind: bin.kind, severity: "high", detail: bin.detail, evidence: "" }];
  if (printableRatio(b.subarray(0, SNIFF_MAX)) > 0.9)
    return sniffText(Buffer.from(b.subarray(0, SNIFF_MAX)).toString("utf8"));
  return [];
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
function u642(v) {
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
  const begin = u642(offsets[0]);
  const end = u642(offsets[1]);
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
    const n = u642(d);
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
    parsed = parseJsonValue(text, { maxDepth: Math.min(128, ctx.limits.maxNesting) });
  } catch (e) {
    if (e instanceof JsonError && ctx.limits.maxNesting < 128 && e.message.startsWith("nesting deeper"))
      throw new LimitExceeded("maxNesting", `safetensors header ${e.message}`, 8 + e.pos);
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
var analyzer8 = {
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
var PATTERNS2 = [
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
  for (const [re, severity, what] of PATTERNS2) {
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
var T2 = {
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
      if (type !== T2.U32 || typeof value !== "number" || value === 0 || (value & value - 1) !== 0 || value % 8 !== 0)
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
    if (type === T2.BOOL && b[0] > 1)
      out.report("GGUF-001", `${key}: BOOL value ${b[0]} (must be 0 or 1)`, { offset: at });
    if (type === T2.U32) return b.readUInt32LE(0);
    if (type === T2.U64) return b.readBigUInt64LE(0);
    return null;
  }
  if (type === T2.STRING) return readStringValue(g, out, key);
  if (type === T2.ARRAY) {
    if (depth >= 1)
      out.report("GGUF-001", `${key}: nested array (not supported by llama.cpp; parsers disagree)`, { offset: at });
    if (depth >= g.ctx.limits.maxNesting)
      throw new LimitExceeded("maxNesting", `${key}: arrays nested deeper than ${g.ctx.limits.maxNesting} levels`, at);
    const elem = await g.u32(`${key} element type`);
    const count = await g.len(`${key} element count`);
    const min = FIXED_SIZE[elem] ?? (g.wide ? 8 : 4) + (elem === T2.ARRAY ? 4 : 0);
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
    if (FIXED_SIZE[elem] !== void 0 && elem !== T2.BOOL) {
      g.skip(Number(count) * FIXED_SIZE[elem]);
      return null;
    }
    for (let i2 = 0n; i2 < count; i2++) {
      if ((i2 & 0xfffn) === 0n) g.ctx.checkDeadline(g.pos);
      if (elem === T2.STRING) {
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
var analyzer9 = {
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
var analyzer10 = {
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
    reportSecretsInJson(ctx, root, ctx.name);
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

// src/analyzers/config/index.ts
var NAME = /(^|[_.-])config\.json$|^(tokenizer|model_index|special_tokens_map|vocab|params)\.json$/i;
var CHAT_TEMPLATE = Buffer.from('"chat_template"');
function startsWithObject(head) {
  let i2 = head[0] === 239 && head[1] === 187 && head[2] === 191 ? 3 : 0;
  while (i2 < head.length && (head[i2] === 32 || head[i2] === 10 || head[i2] === 13 || head[i2] === 9)) i2++;
  return head[i2] === 123;
}
var analyzer11 = {
  id: "model-config",
  detect: (v) => NAME.test(v.name) && startsWithObject(v.head) && !v.head.includes(CHAT_TEMPLATE) && !v.tail.includes(CHAT_TEMPLATE) && v.name !== "tokenizer_config.json",
  async analyze(src, ctx) {
    if (src.size > ctx.limits.maxHeaderBytes)
      throw new LimitExceeded("maxHeaderBytes", `config of ${src.size} bytes exceeds the header limit`);
    let text = (await src.read(0, src.size)).toString("utf8");
    if (text.charCodeAt(0) === 65279) text = text.slice(1);
    try {
      reportSecretsInJson(ctx, parseJson(text, { maxDepth: ctx.limits.maxNesting }).value, ctx.name);
    } catch (e) {
      if (e instanceof JsonError) return ctx.notAnalysed(`${ctx.name} is not valid JSON (${e.message})`);
      throw e;
    }
  }
};

// src/analyzers/keras/h5.ts
import { mkdtemp, open, rm } from "node:fs/promises";
import { tmpdir as tmpdir2 } from "node:os";
import { join as join3, resolve as resolve2 } from "node:path";

// src/analyzers/keras/h5-layout.ts
var UNDEFINED = -1;
var MAX_BLOCK = 256 * 1024;
var MAX_BLOCKS = 64;
var MAX_MESSAGES = 4096;
async function readSuperblock(src, base) {
  const b = await src.read(base, 16);
  if (b.length < 16) return void 0;
  const version = b[8];
  const [offsets, lengths] = version <= 1 ? [b[13], b[14]] : version <= 3 ? [b[9], b[10]] : [0, 0];
  const ok = (n) => n === 2 || n === 4 || n === 8;
  return ok(offsets) && ok(lengths) ? { base, offsets, lengths } : void 0;
}
function uint(b, at, width) {
  if (at + width > b.length) throw new RangeError("field past the end of the header block");
  if (b.subarray(at, at + width).every((x2) => x2 === 255)) return UNDEFINED;
  const v = width === 8 ? b.readBigUInt64LE(at) : BigInt(b.readUIntLE(at, width));
  if (v > BigInt(Number.MAX_SAFE_INTEGER)) throw new RangeError("address beyond 2^53");
  return Number(v);
}
function parseLayout(d, s) {
  const version = d[0];
  if (version === 1 || version === 2) {
    if (d[2] !== 1) return { kind: d[2] === 2 ? "chunked" : "other" };
    const address = uint(d, 8, s.offsets);
    return address === UNDEFINED ? { kind: "contiguous-unallocated" } : { kind: "contiguous", address, size: NaN };
  }
  if (version === 3 || version === 4) {
    const cls = d[1];
    if (cls === 0) return { kind: "compact", address: UNDEFINED, size: d.readUInt16LE(2) };
    if (cls === 1) {
      const address = uint(d, 2, s.offsets);
      const size = uint(d, 2 + s.offsets, s.lengths);
      return address === UNDEFINED ? { kind: "contiguous-unallocated" } : { kind: "contiguous", address, size };
    }
    return { kind: cls === 2 ? "chunked" : cls === 3 ? "virtual" : "other" };
  }
  return { kind: "other" };
}
function parseFloatType(d) {
  if ((d[0] & 15) !== 1 || d.length < 20) return void 0;
  const bits2 = d[1];
  return {
    size: d.readUInt32LE(4),
    littleEndian: (bits2 & 65) === 0,
    exponentBits: d[13],
    mantissaBits: d[15]
  };
}
async function readDatasetHeader(src, s, address) {
  const out = { filtered: false, external: false };
  const pending = [{ at: address, len: MAX_BLOCK, first: true }];
  const seen = /* @__PURE__ */ new Set();
  let version = 0;
  let flags = 0;
  let messages = 0;
  while (pending.length > 0) {
    const blk = pending.shift();
    if (seen.has(blk.at) || seen.size >= MAX_BLOCKS) throw new RangeError("object header continuation loop");
    seen.add(blk.at);
    if (blk.len > MAX_BLOCK) throw new RangeError(`object header block of ${blk.len} bytes`);
    const b = await src.read(s.base + blk.at, blk.len);
    let pos;
    let end;
    if (blk.first) {
      if (b.toString("latin1", 0, 4) === "OHDR") {
        version = 2;
        flags = b[5];
        pos = 6 + (flags & 32 ? 16 : 0) + (flags & 16 ? 4 : 0);
        const width = 1 << (flags & 3);
        const size = uint(b, pos, width);
        pos += width;
        end = pos + size;
      } else if (b[0] === 1) {
        version = 1;
        pos = 16;
        end = pos + b.readUInt32LE(8);
      } else throw new RangeError(`object header version ${b[0]}`);
    } else if (version === 2) {
      if (b.toString("latin1", 0, 4) !== "OCHK") throw new RangeError("continuation block without OCHK signature");
      pos = 4;
      end = blk.len - 4;
    } else {
      pos = 0;
      end = blk.len;
    }
    if (end > b.length) throw new RangeError("object header past the end of the file");
    const head = version === 1 ? 8 : 4 + (flags & 4 ? 2 : 0);
    while (pos + head <= end) {
      if (++messages > MAX_MESSAGES) throw new RangeError("too many header messages");
      const type = version === 1 ? b.readUInt16LE(pos) : b[pos];
      const size = version === 1 ? b.readUInt16LE(pos + 2) : b.readUInt16LE(pos + 1);
      const mflags = version === 1 ? b[pos + 4] : b[pos + 3];
      const at = pos + head;
      if (at + size > end) throw new RangeError("header message past the end of its block");
      const d = b.subarray(at, at + size);
      if (type === 8) {
        out.layout = parseLayout(d, s);
        if (out.layout.kind === "compact") {
          const skip = 4;
          out.layout = { kind: "compact", address: blk.at + at + skip, size: out.layout.size };
          if (skip + out.layout.size > size) throw new RangeError("compact data larger than its message");
        }
      } else if (type === 3 && !(mflags & 2)) out.float = parseFloatType(d);
      else if (type === 11) out.filtered ||= size > 2 && d[1] > 0;
      else if (type === 7) out.external = true;
      else if (type === 16)
        pending.push({ at: uint(d, 0, s.offsets), len: uint(d, s.offsets, s.lengths), first: false });
      pos = at + size;
    }
  }
  return out;
}

// src/analyzers/keras/h5-tensors.ts
var PrefixSource = class {
  constructor(prefix, size) {
    this.prefix = prefix;
    this.size = size;
  }
  prefix;
  size;
  async read(offset, length) {
    const start = Math.max(0, Math.min(offset, this.prefix.length));
    return this.prefix.subarray(start, Math.max(start, Math.min(start + Math.max(0, length), this.prefix.length)));
  }
};
function dtypeOf2(d, exponentBits) {
  if (d.size === 4) return "f32";
  if (d.size === 8) return "f64";
  if (d.size === 2) return exponentBits === 8 ? "bf16" : "f16";
  return void 0;
}
async function declareHdf5Tensors(src, ctx, datasets, over, superblock) {
  if (datasets.length === 0 && over === 0) return;
  const sizes = await readSuperblock(src, superblock);
  const skipped = [];
  for (const d of datasets) {
    ctx.checkDeadline();
    const elements = d.shape.reduce((a, b) => a * b, 1);
    const bytes = elements * d.size;
    if (d.typeClass < 0) {
      ctx.notAnalysed(`HDF5 dataset ${d.path}: ${d.note}`);
      continue;
    }
    if (d.chunked) {
      const dtype2 = dtypeOf2(d, void 0);
      if (d.prefix && dtype2) declareTensor(ctx, d.path, dtype2, d.shape, new PrefixSource(Buffer.from(d.prefix), bytes));
      else skipped.push(`${d.path} (chunked${d.filters.length ? `, ${d.filters.join("+")}` : ""}: ${d.note ?? "?"})`);
      continue;
    }
    if (!sizes || d.address === void 0) {
      skipped.push(`${d.path} (object header not located)`);
      continue;
    }
    let header;
    try {
      header = await readDatasetHeader(src, sizes, d.address);
    } catch (e) {
      skipped.push(`${d.path} (object header: ${errorMessage(e)})`);
      continue;
    }
    const layout2 = header.layout;
    if (layout2?.kind === "contiguous-unallocated") continue;
    if (layout2?.kind !== "contiguous" && layout2?.kind !== "compact") {
      skipped.push(`${d.path} (${layout2?.kind ?? "no"} layout)`);
      continue;
    }
    if (header.external || header.filtered) {
      skipped.push(`${d.path} (${header.external ? "external raw data file" : "filtered contiguous data"})`);
      continue;
    }
    if (!d.littleEndian || header.float?.littleEndian === false) {
      skipped.push(`${d.path} (big-endian)`);
      continue;
    }
    const start = sizes.base + layout2.address;
    const size = Number.isNaN(layout2.size) ? bytes : layout2.size;
    if (size !== bytes || start + size > src.size) {
      ctx.notAnalysed(
        size !== bytes ? `HDF5 dataset ${d.path} stores ${size} bytes but its type and shape (${d.shape.join("x")} x ${d.size}) need ${bytes}` : `HDF5 dataset ${d.path} claims ${size} bytes at offset ${start}, past the end of the file (${src.size} bytes)`,
        start
      );
      continue;
    }
    const dtype = dtypeOf2(d, header.float?.exponentBits);
    if (dtype) declareTensor(ctx, d.path, dtype, d.shape, new SliceSource(src, start, size));
  }
  if (over > 0) skipped.push(`${over} more datasets past limits.maxEntries (${ctx.limits.maxEntries})`);
  if (skipped.length > 0)
    ctx.report(
      "STEG-010",
      `${skipped.length} HDF5 dataset(s) not examined for hidden payloads: ${skipped.slice(0, 5).join("; ")}${skipped.length > 5 ? "; \u2026" : ""}`
    );
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
    const buf = s.buf;
    let { acc, accBits, len } = s;
    for (let i2 = 0; i2 < count && len < STREAM_PREFIX; i2++) {
      acc = (acc << bits2 | lows[i2] & mask) & 65535;
      accBits += bits2;
      if (accBits >= 8) {
        accBits -= 8;
        buf[len++] = acc >> accBits & 255;
      }
    }
    s.acc = acc;
    s.accBits = accBits;
    s.len = len;
  }
  /** Adds whole elements (chunk length must be a multiple of the element size). */
  add(chunk, elementIndex) {
    const size = this.dtype === "f64" ? 8 : this.dtype === "f32" ? 4 : 2;
    const count = Math.floor(chunk.length / size);
    const view = new DataView(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    const filling = [...this.streams.values()].some((st) => st.len < STREAM_PREFIX);
    const lows = new Uint8Array(filling ? Math.min(count, STREAM_PREFIX * 8) : 0);
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
      const counts = new Uint32Array(256);
      let nz16 = 0;
      let nz13 = 0;
      let nan = 0;
      let inf = 0;
      let first = -1;
      let last = -1;
      let maxBits = 0;
      for (let e = 0; e < count; e++) {
        const u = uv[e];
        counts[u & 255]++;
        if (u & 65535) {
          nz16++;
          if (first < 0) first = e;
          last = e;
        }
        if (u & 8191) nz13++;
        const mag = u & 2147483647;
        if (mag >= 2139095040) {
          if (mag > 2139095040) nan++;
          else inf++;
        } else if (mag > maxBits) maxBits = mag;
      }
      for (let e = 0; e < lows.length; e++) lows[e] = uv[e] & 255;
      for (let b = 0; b < 256; b++) hist[b] += counts[b];
      const distinct = this.distinct;
      for (let e = 0; e < count && distinct.size <= 4096; e++) distinct.add(uv[e]);
      if (maxBits > 0) {
        magnitude[0] = maxBits;
        if (magnitudeF[0] > maxAbs) maxAbs = magnitudeF[0];
      }
      if (nan + inf === 0)
        for (let e = 0; e < count; e++) {
          const v = fv[e];
          const v2 = v * v;
          sum += v;
          sum2 += v2;
          sum3 += v2 * v;
          sum4 += v2 * v2;
        }
      else
        for (let e = 0; e < count; e++) {
          const v = fv[e];
          if (v - v !== 0) continue;
          const v2 = v * v;
          sum += v;
          sum2 += v2;
          sum3 += v2 * v;
          sum4 += v2 * v2;
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
        if (e < lows.length) lows[e] = lb;
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
        } else if (this.dtype === "f64") {
          v = view.getFloat64(o, true);
          if (this.distinct.size <= 4096) this.distinct.add(v);
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
    this.extract("1", lows, lows.length, 1);
    this.extract("2", lows, lows.length, 2);
    this.extract("4", lows, lows.length, 4);
    this.extract("8", lows, lows.length, 8);
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
  /**
   * Structure of the low-byte histogram that is not a repetition of its lowest log2(period) bits, as χ² excess over
   * its degrees of freedom per value. A value grid (few random bits, float arithmetic with a constant) leaves a
   * pattern in the lowest bits that repeats across the higher bits of the byte; a whole-byte payload does not.
   */
  aperiodicExcess(period = 64) {
    const h = this.lowByte;
    const fold = new Float64Array(period);
    for (let v = 0; v < 256; v++) fold[v % period] += h[v] / (256 / period);
    const expected2 = Array.from({ length: 256 }, (_, v) => fold[v % period]);
    return chi2Excess(Array.from(h), expected2, 256 - period, this.n);
  }
  /**
   * How far the k-bit symbols packed in stream `k` (k = 1, 2, 4) are from independent draws of one distribution,
   * as χ² excess per stream byte. Random and trained values are independent from element to element whatever
   * their low-bit distribution; a payload written in order is not (text, executables, encodings).
   */
  sequenceExcess(k) {
    const bytes = this.stream(`${k}`);
    const n = bytes.length;
    if (n === 0) return 0;
    const per = 8 / k;
    const mask = (1 << k) - 1;
    const counts = new Float64Array(256);
    for (let i2 = 0; i2 < n; i2++) counts[bytes[i2]]++;
    const sym = new Float64Array(1 << k);
    for (let b = 0; b < 256; b++) if (counts[b]) for (let j = 0; j < per; j++) sym[b >> j * k & mask] += counts[b];
    const expected2 = Array.from({ length: 256 }, (_, b) => {
      let e = n;
      for (let j = 0; j < per; j++) e *= sym[b >> j * k & mask] / (n * per);
      return e;
    });
    return chi2Excess(Array.from(counts), expected2, 255 - mask, n);
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
function chi2Excess(observed, expected2, dof, n) {
  let x2 = 0;
  let rareObs = 0;
  let rareExp = 0;
  for (let i2 = 0; i2 < observed.length; i2++) {
    const e = expected2[i2];
    if (e < 5) {
      rareObs += observed[i2];
      rareExp += e;
    } else x2 += (observed[i2] - e) ** 2 / e;
  }
  if (rareExp > 0) x2 += (rareObs - rareExp) ** 2 / Math.max(rareExp, 5);
  return n > 0 ? Math.max(0, x2 - dof) / n : 0;
}
function f16(h) {
  const s = h & 32768 ? -1 : 1;
  const e = h >> 10 & 31;
  const f = h & 1023;
  if (e === 0) return s * 2 ** -14 * (f / 1024);
  if (e === 31) return f ? NaN : s * Infinity;
  return s * 2 ** (e - 15) * (1 + f / 1024);
}
var bfBuf = new DataView(new ArrayBuffer(4));
var magnitude = new Uint32Array(1);
var magnitudeF = new Float32Array(magnitude.buffer);
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
  for (const m of buf.toString("latin1").matchAll(/[A-Za-z0-9+/]{64,}={0,2}/g)) {
    if (charEntropy(m[0]) < 4.5) continue;
    const decoded = Buffer.from(m[0], "base64");
    const inner = carve(decoded, minText).find((c) => c.dangerous);
    out.push({
      kind: inner ? `base64-encoded ${inner.kind}` : "base64 text",
      offset: m.index,
      dangerous: inner !== void 0,
      preview: m[0].slice(0, 40)
    });
    break;
  }
  if (!textRuns(buf, minText, out, "latin1", 0, false) && out.length <= 8) {
    for (const align of [0, 1]) if (textRuns(buf, minText, out, "utf16le", align, true)) break;
  }
  return out;
}
function textRuns(buf, minText, out, enc, start, once) {
  const step = enc === "latin1" ? 1 : 2;
  let runStart = -1;
  for (let i2 = start; i2 < buf.length + step; i2 += step) {
    const p = i2 + step - 1 < buf.length && (step === 1 || buf[i2 + 1] === 0) && isPrintable(buf[i2]);
    if (p && runStart < 0) runStart = i2;
    if (!p && runStart >= 0) {
      if ((i2 - runStart) / step >= minText) {
        const text = buf.toString(enc, runStart, i2);
        if (/[a-z]{3,}/i.test(text) && / /.test(text)) {
          const code = CODE_WORDS.test(text);
          const what = code ? "code-like text" : "text";
          out.push({
            kind: step === 1 ? what : `UTF-16 ${what}`,
            offset: runStart,
            dangerous: code,
            preview: text.slice(0, 60)
          });
          if (once || out.length > 8) return true;
        }
      }
      runStart = -1;
    }
  }
  return false;
}
function charEntropy(s) {
  const counts = /* @__PURE__ */ new Map();
  for (const c of s) counts.set(c, (counts.get(c) ?? 0) + 1);
  let h = 0;
  for (const n of counts.values()) h -= n / s.length * Math.log2(n / s.length);
  return h;
}
function preview(buf, at) {
  return buf.subarray(at, at + 24).toString("latin1").replace(/[^\x20-\x7e]/g, ".");
}

// src/analyzers/weights/stage.ts
var MIN_ELEMENTS = 4096;
var LARGE_ELEMENTS = 65536;
var PER_TENSOR_BYTES = 8 * 1024 * 1024;
var CHUNK4 = 1024 * 1024;
var crc32 = zlib.crc32;
function isFloat(t) {
  return t.dtype === "f64" || t.dtype === "f32" || t.dtype === "f16" || t.dtype === "bf16";
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
    for (let off = 0; off < limit; off += CHUNK4) {
      const len = Math.min(CHUNK4, limit - off);
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
      ...t.storage !== void 0 ? { storage: t.storage } : {},
      ...t.aliases?.length ? { aliases: t.aliases } : {},
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
  let best;
  for (const [key, label] of streams)
    for (const hit of carve(s.stream(key))) if (!best || hit.dangerous && !best.hit.dangerous) best = { label, hit };
  if (best) {
    ctx.report(
      "STEG-003",
      `Tensor ${t.name}: the ${best.label} of its values decode to ${best.hit.kind} at byte ${best.hit.offset} of the extracted stream ("${best.hit.preview}")`,
      { ...where, severity: best.hit.dangerous ? "high" : "medium" }
    );
    return;
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
  if (fullRange && zeroLow < 0.5 && t.dtype !== "f64") {
    const v = judgeLowBits(s, t.dtype);
    if (v) ctx.report("STEG-001", `Tensor ${t.name}: ${v.message}`, { ...where, severity: v.severity });
  }
  if (s.nan + s.inf > 0)
    ctx.report("STEG-004", `Tensor ${t.name}: ${s.nan} NaN and ${s.inf} infinite values among ${s.n} examined`, where);
}
var PAYLOAD_EXCESS = 0.2;
var EXPLAINED_EXCESS = 0.05;
function judgeLowBits(s, dtype) {
  const aperiodic = dtype === "bf16" ? 0 : s.aperiodicExcess(64);
  let seq = 0;
  let seqBits = 0;
  for (const k of [1, 2, 4]) {
    const x2 = s.sequenceExcess(k);
    if (x2 > seq) [seq, seqBits] = [x2, k];
  }
  const ent = s.lowByteEntropy();
  const chi2 = s.lowByteChi2();
  const bias = s.worstBitBias();
  const stats = `entropy ${fmt(ent)} bits, \u03C7\xB2 ${fmt(chi2)}, bit ${bias.bit} set in ${fmt(bias.ratio * 100)}% of ${s.n} values`;
  if (aperiodic > PAYLOAD_EXCESS || seq > PAYLOAD_EXCESS) {
    const why = [
      ...aperiodic > PAYLOAD_EXCESS ? [`structure across the whole low byte (excess ${fmt(aperiodic)})`] : [],
      ...seq > PAYLOAD_EXCESS ? [`the low bits of consecutive values depend on each other (${seqBits} bit(s) per value, excess ${fmt(seq)})`] : []
    ].join("; ");
    return {
      severity: s.n >= LARGE_ELEMENTS ? "medium" : "low",
      message: `low bits of its values carry payload-like structure: ${why} (${stats}); random and trained weights have neither`
    };
  }
  if (!(ent < 7.5 || chi2 > 1e3 && chi2 / s.n > 0.05 || Math.abs(bias.ratio - 0.5) > 0.05)) return void 0;
  if (aperiodic <= EXPLAINED_EXCESS && seq <= EXPLAINED_EXCESS)
    return {
      severity: "info",
      message: `low byte of its values is not uniform (${stats}), but the pattern repeats within its lowest bits and is independent from value to value: values on a coarse grid, as reduced-precision random initialisation produces (an untrained tensor?), not a payload`
    };
  return {
    severity: "low",
    message: `low byte of its values is not uniform (${stats}), with no payload-like structure but not explained by a value grid either (excess ${fmt(Math.max(aperiodic, seq))})`
  };
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

// src/analyzers/keras/h5.ts
var MAX_TEMP_COPY = 4 * 1024 ** 3;
var ROOT_ATTRS = ["model_config", "training_config", "keras_version", "backend"];
var MAX_CHUNK_BYTES = 64 * 1024 ** 2;
async function superblockOffset(src, head) {
  for (let off = 0; off + HDF5_MAGIC.length <= src.size; off = off === 0 ? 512 : off * 2) {
    const bytes = head && off + HDF5_MAGIC.length <= head.length ? head.subarray(off, off + HDF5_MAGIC.length) : await src.read(off, HDF5_MAGIC.length);
    if (startsWith(bytes, HDF5_MAGIC)) return off;
  }
  return -1;
}
async function detect(v) {
  if (startsWith(v.head, HDF5_MAGIC)) return true;
  return await superblockOffset(v.src, v.head) > 0;
}
async function withPath(src, ctx, fn) {
  if (src instanceof FileSource) return fn(resolve2(src.path));
  if (src.size > MAX_TEMP_COPY)
    throw new LimitExceeded("maxTempCopy", `HDF5 member of ${src.size} bytes is larger than ${MAX_TEMP_COPY} bytes`);
  const dir = await mkdtemp(join3(tmpdir2(), "modelgate-h5-"));
  try {
    const path = join3(dir, "member.h5");
    const fh = await open(path, "wx", 384);
    try {
      for (let pos = 0; pos < src.size; ) {
        ctx.checkDeadline(pos);
        const chunk = await src.read(pos, 1 << 20);
        if (chunk.length === 0) break;
        await fh.write(chunk, 0, chunk.length);
        pos += chunk.length;
      }
    } finally {
      await fh.close();
    }
    return await fn(path);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
function attrText(v) {
  if (v?.kind === "string") return v.value;
  if (v?.kind === "bytes") return v.value.toString("utf8");
  return void 0;
}
async function walkAttr(name, v, ctx, kerasVersion) {
  if (v === void 0) return;
  const where = `${name} attribute`;
  const text = attrText(v);
  if (text === void 0) {
    ctx.notAnalysed(`the ${where} is ${v.kind === "other" ? v.description : "not text"}, not a JSON string`);
    return;
  }
  if (text.length > ctx.limits.maxHeaderBytes) {
    ctx.report("GEN-007", `Not analysed: the ${where} is larger than ${ctx.limits.maxHeaderBytes} bytes`);
    return;
  }
  let config;
  try {
    config = JSON.parse(text);
  } catch (e) {
    ctx.notAnalysed(`the ${where} is not valid JSON (${errorMessage(e)}); objects carved from it are checked`);
    await carveKerasJson(
      new BufferSource(Buffer.from(text, "utf8")),
      ctx,
      (value) => walkKerasConfig(value, ctx, `${where} (carved)`, { kerasVersion })
    );
    return;
  }
  await walkKerasConfig(config, ctx, where, { kerasVersion });
}
async function analyzeInspection(ins, ctx, weightsMember) {
  const version = attrText(ins.attrs.get("keras_version"));
  const backend = attrText(ins.attrs.get("backend"));
  if (ins.attrs.has("model_config")) {
    ctx.setFormat("keras-h5");
    await walkAttr("model_config", ins.attrs.get("model_config"), ctx, version);
  } else if (!weightsMember) {
    ctx.setFormat("hdf5");
    ctx.report(
      "KER-013",
      `HDF5 file without a model_config attribute (weights or data only; ${ins.objects} objects, root attributes: ${ins.rootAttributes.slice(0, 10).join(", ") || "none"})`
    );
  }
  await walkAttr("training_config", ins.attrs.get("training_config"), ctx, version);
  reportKerasVersion(ctx, version, backend);
  for (const l of ins.externalLinks)
    ctx.report(
      "KER-015",
      `HDF5 link ${l.path.slice(0, 120)} points into another file: ${l.file.slice(0, 120)}:${l.target.slice(0, 80)}`,
      {
        evidence: l.file.slice(0, 120)
      }
    );
}
var analyzer12 = {
  id: "keras-h5",
  detect,
  async analyze(src, ctx, opts) {
    const off = await superblockOffset(src);
    if (off < 0) throw new ParseError("no HDF5 superblock signature");
    if (off > 0) {
      await ctx.analyzeMember("userblock", new SliceSource(src, 0, off), {}, false);
    }
    let inspection;
    let failure;
    let limited = false;
    try {
      inspection = await withPath(
        src,
        ctx,
        (path) => inspectHdf5(
          {
            path,
            wanted: ROOT_ATTRS,
            maxAttrBytes: ctx.limits.maxHeaderBytes,
            maxObjects: ctx.limits.maxElements,
            datasets: {
              maxDatasets: ctx.limits.maxEntries,
              prefixBytes: PER_TENSOR_BYTES,
              prefixBudget: ctx.limits.weightBytes,
              maxChunkBytes: MAX_CHUNK_BYTES
            }
          },
          ctx.run.deadline
        )
      );
    } catch (e) {
      if (!(e instanceof ParseError || e instanceof LimitExceeded)) throw e;
      failure = e.message;
      limited = e instanceof LimitExceeded;
    }
    if (inspection) {
      await analyzeInspection(inspection, ctx, opts.profile === "keras-weights");
      await declareHdf5Tensors(src, ctx, inspection.datasets, inspection.datasetsOver, off);
      return;
    }
    const why = `HDF5 not fully parsed (${failure}); Keras configs carved from the raw bytes were checked`;
    if (limited) ctx.report("GEN-007", `Not analysed: ${why}`);
    else ctx.notAnalysed(why);
    const found = await carveKerasJson(src, ctx, (value) => walkKerasConfig(value, ctx, "HDF5 bytes (carved)", {}));
    if (found > 0) ctx.setFormat("keras-h5");
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
  let small2 = 0;
  for (let i2 = 0; i2 < 4; i2++) {
    if (pos + i2 >= end) return void 0;
    const b = buf[pos + i2];
    small2 |= (b & 127) << 7 * i2;
    if (b < 128) return [BigInt(small2 >>> 0), pos + i2 + 1];
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
var CHUNK5 = 1 << 20;
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
    const len = Math.min(Math.max(want, CHUNK5), this.end - pos);
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

// src/analyzers/tensorflow/fields.ts
var SAVED_MODEL = { 1: VARINT, 2: LEN };
var META_GRAPH = { 1: LEN, 2: LEN, 3: LEN, 4: LEN, 5: LEN, 6: LEN, 7: LEN };
var META_INFO = { 1: LEN, 2: LEN, 3: LEN, 4: LEN, 5: LEN, 6: LEN, 7: VARINT, 8: LEN };
var GRAPH_DEF = { 1: LEN, 2: LEN, 3: VARINT, 4: LEN, 5: LEN };
var NODE_DEF = { 1: LEN, 2: LEN, 3: LEN, 4: LEN, 5: LEN, 6: LEN, 7: LEN, 8: LEN };
var KERAS_META = { 1: LEN };
var KERAS_OBJECT = { 2: VARINT, 3: LEN, 4: LEN, 5: LEN, 6: LEN };
var FINGERPRINT = { 1: VARINT, 2: VARINT, 3: VARINT, 4: VARINT, 5: VARINT, 6: LEN };

// src/analyzers/tensorflow/proto.ts
var MAX_STRINGS_PER_NODE = 256;
var MAX_STRING_READ = 64 * 1024;
var T_NODE = NODE_DEF;
var T_GRAPH = GRAPH_DEF;
var T_META = META_GRAPH;
var TfWalker = class {
  constructor(hooks) {
    this.hooks = hooks;
  }
  hooks;
  /** Nodes, functions, inputs, strings… kept so far: an empty NodeDef is 2 bytes on disk, hundreds in memory. */
  elements = 0;
  /** Counts one kept element; throws LimitExceeded past limits.maxElements. */
  keep(f) {
    const max3 = this.hooks.maxElements;
    if (max3 !== void 0 && ++this.elements > max3)
      throw new LimitExceeded("maxElements", `more than ${max3} graph nodes, functions, inputs and strings`, f.at);
  }
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
      else if (f.no === 2 && f.wt === LEN) {
        this.keep(f);
        metaGraphs.push(await this.metaGraph(r2.sub(f), metaGraphs.length, f.at));
      } else if (f.no === 1 || f.no === 2) this.hooks.wrongWire("SavedModel", f, f.no === 1 ? VARINT : LEN);
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
            if (g.no === 4 && g.wt === LEN) {
              this.keep(g);
              mg.tags.push(await s.string(g, 256));
            }
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
            if (g.no === 2 && g.wt === LEN) {
              this.keep(g);
              mg.assets.push({ filename: await s.string(g, 4096), at: f.at });
            }
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
        if (g.no === 1 && g.wt === LEN) {
          this.keep(g);
          mg.initTargets.push({ name: await nl.string(g, 4096), via: `collection ${key}` });
        }
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
          if (h.no === 1 && h.wt === LEN) {
            this.keep(h);
            mg.initTargets.push({ name: await ti.string(h, 4096), via: "__saved_model_init_op" });
          }
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
        if (metadata) {
          this.keep(g);
          mg.userObjects.push({ identifier, metadata, at: g.at });
        }
      }
    }
  }
  async graphDef(r2, g) {
    for (let f = await r2.next(); f; f = await r2.next()) {
      if (!this.ok(f, T_GRAPH, "GraphDef")) continue;
      if (f.no === 1) {
        this.keep(f);
        g.nodes.push(await this.node(r2.sub(f), f.at));
      } else if (f.no === 2) await this.library(r2.sub(f), g);
    }
  }
  async library(r2, g) {
    for (let f = await r2.next(); f; f = await r2.next()) {
      if (f.wt !== LEN) continue;
      this.keep(f);
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
      } else if (f.no === 3) {
        this.keep(f);
        fn.nodes.push(await this.node(r2.sub(f), f.at));
      }
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
          this.keep(f);
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
    this.keep(f);
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
      if (f.no === 1) {
        this.keep(f);
        n.funcs.push(await r2.string(f, 1024));
      } else if (f.no === 2) {
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
function uint2(b, pos, width) {
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
  const rel = uint2(b, rootPos, rootWidth);
  if (rel === void 0) return void 0;
  const vec = rootPos - rel;
  const len = uint2(b, vec - width, width);
  if (len === void 0 || len > 64 || vec + len * width + len > b.length) return void 0;
  const out = [];
  for (let i2 = 0; i2 < len; i2++) {
    const t = b[vec + len * width + i2];
    if (t >> 2 !== FBT_STRING && t >> 2 !== FBT_BLOB) continue;
    const elem = vec + i2 * width;
    const off = uint2(b, elem, width);
    if (off === void 0) return void 0;
    const start = elem - off;
    const sizeWidth = 1 << (t & 3);
    const size = uint2(b, start - sizeWidth, sizeWidth);
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
    const hits = sniffBytes2(bytes);
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
var analyzer13 = {
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

// src/analyzers/onnx/fields.ts
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
var NODE_FIELDS = {
  1: LEN,
  2: LEN,
  3: LEN,
  4: LEN,
  5: LEN,
  6: LEN,
  7: LEN,
  8: LEN,
  9: LEN,
  10: LEN
};
var ATTRIBUTE_FIELDS = {
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
var FUNCTION_FIELDS = {
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
var OPSET_FIELDS = { 1: LEN, 2: VARINT };

// src/analyzers/onnx/detect.ts
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
var PADDING_MAX = 64 * 1024;
var ExternalDataChecker = class {
  constructor(ctx, out) {
    this.ctx = ctx;
    this.out = out;
  }
  ctx;
  out;
  stats = /* @__PURE__ */ new Map();
  reportedFiles = /* @__PURE__ */ new Set();
  /** Validated ranges per data file, and the file's size: bytes no tensor covers are reported by finish(). */
  ranges = /* @__PURE__ */ new Map();
  uncertain = /* @__PURE__ */ new Set();
  /**
   * Checks a tensor's external data. Returns where its bytes are when they are a readable range of a regular file
   * next to the model (one location, offset and length valid): the caller hands them to the weights stage.
   */
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
    const ints = /* @__PURE__ */ new Map();
    let malformed = false;
    for (const e of entries) {
      if (e.key !== "offset" && e.key !== "length") continue;
      if (!/^\d{1,19}$/.test(e.value)) {
        malformed = true;
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
      ints.set(e.key, BigInt(e.value));
    }
    const len = ints.get("length");
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
      const rel = normaliseRelative(loc);
      if (malformed || [...counts.values()].some((n) => n > 1)) this.uncertain.add(rel);
      const found = await this.checkFile(rel, ints.get("offset"), len, info);
      if (found && locs.length === 1) return found;
    }
    return void 0;
  }
  /** The bytes of a checked range, through the model's neighbours (the file is opened once per model). */
  async open(at) {
    const src = await this.ctx.run.neighbours?.open(at.rel);
    return src && at.start + at.length <= src.size ? new SliceSource(src, at.start, at.length) : void 0;
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
    const length = len ?? size - o;
    const file = this.ranges.get(rel) ?? { size: Number(size), spans: [] };
    if (file.spans.length < this.ctx.limits.maxEntries) file.spans.push([Number(o), Number(o + length)]);
    this.ranges.set(rel, file);
    if (info.expectedBytes === void 0 || length !== info.expectedBytes) return void 0;
    return { rel, start: Number(o), length: Number(length) };
  }
  /**
   * ONNX-014, once every tensor was seen: bytes of a data file that no tensor references. The loader never reads
   * them, so they are a place to carry a payload for a companion loader; zeros in gaps up to 64 KiB are the
   * alignment padding onnx.save_model writes and are not reported.
   */
  async finish() {
    for (const [rel, file] of this.ranges) {
      if (this.uncertain.has(rel)) continue;
      const spans = [...file.spans].sort((a, b) => a[0] - b[0]);
      const gaps = [];
      let at = 0;
      for (const [b, e] of spans) {
        if (b > at) gaps.push([at, b]);
        at = Math.max(at, e);
      }
      if (file.size > at) gaps.push([at, file.size]);
      let bytes = 0;
      let first = -1;
      let count = 0;
      for (const [b, e] of gaps) {
        this.ctx.checkDeadline();
        if (e - b <= PADDING_MAX && await this.zeros(rel, b, e - b)) continue;
        bytes += e - b;
        count++;
        if (first < 0) first = b;
      }
      if (count > 0)
        this.out.report(
          "ONNX-014",
          `${bytes} bytes of external data file ${JSON.stringify(rel)} in ${count} range(s) are referenced by no tensor (first at offset ${first})`,
          { evidence: `${rel}@${first}` }
        );
    }
  }
  async zeros(rel, start, length) {
    const src = await this.ctx.run.neighbours?.open(rel);
    if (!src) return false;
    const b = await src.read(start, length);
    for (let i2 = 0; i2 < b.length; i2++) if (b[i2] !== 0) return false;
    return true;
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
  elements = 0;
  /**
   * Bounds what is kept in memory (limits.maxElements): `list` is a per-message list about to grow (attributes,
   * deferred fields), absent for the file-wide operator table. A 2-byte field costs a JS object of ~100 bytes.
   */
  keep(offset, list) {
    const max3 = this.ctx.limits.maxElements;
    if (list ? list.length >= max3 : ++this.elements > max3)
      throw new LimitExceeded(
        "maxElements",
        `more than ${max3} ${list ? "fields in one message" : "distinct operators"}`,
        offset
      );
  }
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
      if (!this.wire(f, MODEL_FIELDS, "ModelProto")) continue;
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
      if (!this.wire(f, GRAPH_FIELDS, "GraphProto")) continue;
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
      if (!this.wire(f, NODE_FIELDS, "NodeProto")) continue;
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
          this.keep(f.at, attrs);
          attrs.push(this.sub(r2, f));
          break;
      }
    }
    const label = `${where}(${op || "?"})`;
    for (const sub of attrs) await this.attribute(sub, label, fn);
    const key = nodeKey(domain, op, overload);
    const seen = this.facts.nodes.get(key);
    if (seen) seen.count++;
    else {
      this.keep(at);
      this.facts.nodes.set(key, { domain, op, overload, count: 1, where: label, offset: at });
    }
    fn?.calls.add(key);
  }
  async attribute(r2, where, fn) {
    let name = "";
    let tensors = 0;
    let graphs = 0;
    let strings = 0;
    const pending = [];
    for (let f = await r2.next(); f; f = await r2.next()) {
      if (!this.wire(f, ATTRIBUTE_FIELDS, "AttributeProto")) continue;
      if (f.no === 1) name = await this.name(r2, f, 256);
      else {
        this.keep(f.at, pending);
        pending.push(f);
      }
    }
    const here = `${where}.${name || "?"}`;
    for (const f of pending) {
      switch (f.no) {
        case 4: {
          const b = await r2.bytes(f, SNIFF_MAX);
          const hits = sniffBytes2(b);
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
    const ext = [];
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
              for (const h of sniffBytes2(b).slice(0, 2))
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
            this.keep(f.at, ext);
            ext.push(e);
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
    const expected2 = this.sizes(label, at, dims, dimCount, dataType);
    const embedded = rawLen !== void 0 || typed.size > 0;
    if (ext.length > 0 || dataLocation === 1) {
      const bytes = await this.external.check(ext, {
        where: label,
        offset: at,
        dataLocation,
        embedded,
        ...expected2 !== void 0 ? { expectedBytes: expected2.bytes } : {}
      });
      const dtype = ONNX_DTYPE[dataType];
      const src = bytes && dtype && !embedded ? await this.external.open(bytes) : void 0;
      if (src) declareTensor(this.ctx, name || label, dtype, dims.map(Number), src, `${bytes.rel}@${bytes.start}`);
      return;
    }
    if (rawLen !== void 0 && typed.size > 0)
      this.out.report("ONNX-005", `${label}: both raw_data and typed data fields are present`, { offset: at });
    if (!expected2) return;
    if (rawLen !== void 0) {
      if (BigInt(rawLen) !== expected2.bytes)
        this.out.report(
          "ONNX-010",
          `${label}: raw_data holds ${rawLen} bytes but dims ${fmtDims(dims)} \xD7 ${expected2.bits} bits need ${expected2.bytes}`,
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
    const want = typedCount(dataType, expected2.numel);
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
      if (!this.wire(f, FUNCTION_FIELDS, "FunctionProto")) continue;
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
          this.keep(f.at, bodies);
          bodies.push(f);
          break;
        case 11:
          this.keep(f.at, attrProtos);
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
  const visit = (key, path) => {
    const st = state.get(key);
    if (st === 1) {
      const cycle = [...path.slice(path.indexOf(key)), key].map((k) => local.get(k).name);
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
    for (const callee of local.get(key).calls) if (local.has(callee)) d = Math.max(d, visit(callee, [...path, key]));
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
var analyzer14 = {
  id: "onnx",
  detect: (view) => looksLikeOnnx(view),
  async analyze(src, ctx) {
    ctx.setFormat("onnx");
    const w = new OnnxWalker(ctx);
    if (src.size > MAX_PROTOBUF)
      w.out.report("ONNX-011", `the model is ${src.size} bytes, over the 2 GiB limit of a single protobuf`, {});
    try {
      await w.model(ProtoReader.root(src, { maxDepth: ctx.limits.maxNesting, tick: w.tick }));
      await w.external.finish();
    } finally {
      checkModel(w, w.facts);
      w.out.flush();
    }
  }
};

// src/analyzers/tensorflow/detect.ts
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
function clip2(view, f) {
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
        const { fields } = scanPrefix(view.head, f.start, clip2(view, f), META_GRAPH);
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
    const fields = readPrefix(head, f.start, clip2(view, f), NODE_DEF);
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
    const fields = readPrefix(head, f.start, clip2(view, f), KERAS_OBJECT);
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
    if (f.no === 6 && !prefixMatches(view.head, f.start, clip2(view, f), { 1: VARINT, 2: VARINT, 3: VARINT })) ok = false;
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
    const path = src?.op === "Const" ? src.strings.find((s) => s.attr === "value tensor")?.value : void 0;
    if (path !== void 0) {
      const kind = hostPathKind(path);
      notes.push(`path constant ${JSON.stringify(path.slice(0, 120))}${kind ? ` (${kind})` : ""}`);
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
    maxElements: ctx.limits.maxElements,
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
async function kerasJson(ctx, text, where, offset) {
  let parsed;
  try {
    parsed = parseJson(text, { maxDepth: ctx.limits.maxNesting });
  } catch (e) {
    const msg = e instanceof JsonError ? e.message : String(e);
    ctx.notAnalysed(`Keras metadata in ${where} is not valid JSON (${msg})`, offset);
    return;
  }
  await walkKerasConfig(toPlain(parsed.value), ctx, where);
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
          await kerasJson(ctx, uo.metadata, `SavedModel object ${uo.identifier}`, uo.at);
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
    let path = "";
    let id = "";
    let meta;
    for (let g = await o.next(); g; g = await o.next()) {
      if (g.wt !== LEN) continue;
      if (g.no === 3) path = await o.string(g, 1024);
      else if (g.no === 4) id = await o.string(g, 1024);
      else if (g.no === 5) meta = g;
    }
    i2++;
    if (!meta || !id.startsWith("_tf_keras")) continue;
    if (meta.len > ctx.limits.maxHeaderBytes) {
      ctx.report("GEN-007", `Not analysed: Keras metadata of ${path || id} is ${meta.len} bytes`, { offset: meta.at });
      continue;
    }
    await kerasJson(
      ctx,
      (await o.bytes(meta)).toString("utf8"),
      `keras_metadata.pb ${path || `node ${i2 - 1}`}`,
      meta.at
    );
  }
}
var kinds = /* @__PURE__ */ new WeakMap();
var analyzer15 = {
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
var analyzer16 = {
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

// src/analyzers/index.ts
var ANALYZERS = [
  analyzer,
  analyzer4,
  analyzer5,
  analyzer6,
  analyzer3,
  analyzer7,
  analyzer8,
  analyzer9,
  analyzer10,
  analyzer11,
  analyzer12,
  analyzer13,
  analyzer14,
  analyzer15,
  analyzer16,
  analyzer2
];

// src/engine/dispatch.ts
var COMPATIBLE = /* @__PURE__ */ new Set([
  "pytorch-legacy+pickle",
  "pickle+pytorch-legacy",
  "zip+tflite",
  "tflite+zip",
  "numpy+pickle"
]);
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
  if (ctx.member === void 0 && Date.now() > ctx.run.deadline) {
    ctx.report("GEN-007", `Not analysed: time limit of ${ctx.limits.maxFileMillis} ms reached`);
    return { formats: [] };
  }
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
  const expected2 = extensionMismatch(ctx.name, formats);
  if (expected2)
    ctx.report(
      "GEN-002",
      `Named like ${expected2.length ? expected2.join("/") : "a non-model file"} but the content is ${formats.join(" + ")}`,
      { evidence: formats.join("+") }
    );
  for (const a of matched) await runAnalyzer(a, src, ctx, opts);
  return { formats };
}

// src/policy/apply.ts
var UNKNOWN_IMPORT_RULES = /* @__PURE__ */ new Set(["PKL-002"]);
function applyPolicy(path, findings, cfg) {
  const kept = [];
  const suppressed = [];
  for (const f of findings) {
    if (UNKNOWN_IMPORT_RULES.has(f.ruleId) && f.evidence && importAllowed(cfg, path, f.evidence)) {
      suppressed.push({ ...f, suppressedBy: `allow-imports in ${cfg.source ?? "config"}` });
      continue;
    }
    const s = cfg.suppress.find((s2) => s2.rule === f.ruleId && pathMatches(path, s2.paths));
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

// src/engine/neighbours.ts
import { lstat, realpath, stat } from "node:fs/promises";
import { isAbsolute, relative, resolve as resolve3, sep } from "node:path";
function inside(root, p) {
  const rel = relative(root, p);
  return rel === "" || !rel.startsWith(`..${sep}`) && rel !== ".." && !isAbsolute(rel);
}
var OUTSIDE = { exists: false, isSymlink: false, insideRoot: false };
function folderNeighbours(folder) {
  const root = resolve3(folder);
  let realRoot;
  const opened = /* @__PURE__ */ new Map();
  const self = {
    open(relPath) {
      let p = opened.get(relPath);
      if (!p) {
        p = self.stat(relPath).then(
          (st) => st.exists && st.insideRoot && !st.isSymlink && st.isFile === true && (st.hardLinks ?? 1) <= 1 ? FileSource.open(resolve3(root, relPath)).catch(() => void 0) : void 0
        );
        opened.set(relPath, p);
      }
      return p;
    },
    async close() {
      for (const p of opened.values()) await (await p)?.close();
      opened.clear();
    },
    async stat(relPath) {
      if (relPath === "" || relPath.includes("\0") || isAbsolute(relPath)) return OUTSIDE;
      const full = resolve3(root, relPath);
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
  return self;
}

// src/engine/scan.ts
function sortFindings(list) {
  return list.sort(
    (a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] || (a.member ?? "").localeCompare(b.member ?? "") || (a.offset ?? -1) - (b.offset ?? -1) || a.ruleId.localeCompare(b.ruleId) || a.message.localeCompare(b.message)
  );
}
function capFindings(sorted, max3) {
  if (!(max3 > 0) || sorted.length <= max3) return sorted;
  const keep = sorted.slice(0, max3);
  const rest = /* @__PURE__ */ new Map();
  for (const f of sorted.slice(max3)) {
    const key = `${f.ruleId}\0${f.severity}`;
    const r2 = rest.get(key) ?? { ruleId: f.ruleId, severity: f.severity, n: 0 };
    r2.n++;
    rest.set(key, r2);
  }
  for (const r2 of rest.values())
    keep.push({
      ruleId: r2.ruleId,
      severity: r2.severity,
      message: `\u2026 and ${r2.n} more ${r2.ruleId} findings (not listed: more than limits.maxFindings = ${max3} in this file)`
    });
  return keep;
}
function finish(base, raw, opts) {
  const { kept, suppressed } = applyPolicy(base.path, raw, opts.config);
  const findings = capFindings(sortFindings(kept), opts.config.limits.maxFindings);
  const rep = { ...base, verdict: fileVerdict(findings, opts.failOn), findings };
  if (suppressed.length) rep.suppressed = suppressed;
  return rep;
}
function addFindings(rep, raw, opts) {
  const { kept, suppressed } = applyPolicy(rep.path, raw, opts.config);
  rep.findings = capFindings(sortFindings([...rep.findings, ...kept]), opts.config.limits.maxFindings);
  if (suppressed.length) rep.suppressed = [...rep.suppressed ?? [], ...suppressed];
  rep.verdict = fileVerdict(rep.findings, opts.failOn);
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
    if (!run.findings.some((f) => f.ruleId === "GEN-007"))
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
function notAnalysed(t, size, ruleId, message, opts) {
  return finish(
    { path: t.display, format: "unknown", size, sha256: "", imports: [] },
    [{ ruleId, severity: getRule(ruleId).severity, message }],
    opts
  );
}
function unreadable(t, size, e, opts) {
  return notAnalysed(t, size, "GEN-012", `Could not read the file: ${errorMessage(e)}`, opts);
}
async function scanTarget(t, opts) {
  if (t.link) return linkReport(t, opts);
  let src;
  try {
    src = await FileSource.open(t.fsPath);
  } catch (e) {
    return unreadable(t, 0, e, opts);
  }
  const neighbours = folderNeighbours(dirname(t.fsPath));
  try {
    const name = basename2(t.fsPath);
    const [analysed, sha256] = await Promise.all([
      analyzeSource(src, t.display, name, opts.config.limits, neighbours),
      sha256Source(src)
    ]);
    return reportFor(analysed, { path: t.display, size: src.size, sha256, explicit: t.explicit, name }, opts);
  } catch (e) {
    return unreadable(t, src.size, e, opts);
  } finally {
    await src.close();
    await neighbours.close();
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
  const results = await mapTargets(
    targets,
    opts,
    jobs,
    scanTarget,
    distWorker("worker"),
    (t, why) => t.link ? linkReport(t, opts) : notAnalysed(t, 0, "GEN-011", `Not analysed: ${why}`, opts)
  );
  const files = results.filter((r2) => r2 !== void 0);
  const { runIntegrityStage } = await import("./stage-2WGLCDBN.js");
  await runIntegrityStage(targets, files, integrityEngine(opts), opts.integrity);
  return buildReport(files, opts.failOn);
}
function integrityEngine(opts) {
  return {
    analyze: async (src, path, name, size, sha256) => reportFor(
      await analyzeSource(src, path, name, opts.config.limits),
      { path, size, sha256, explicit: true, name },
      opts
    ),
    finish: (base, raw) => finish(base, raw, opts),
    addFindings: (rep, raw) => addFindings(rep, raw, opts),
    maxEntries: opts.config.limits.maxEntries,
    maxManifestBytes: opts.config.limits.maxHeaderBytes
  };
}

export {
  FileRun,
  AnalysisContext,
  looksLikeModel,
  dispatch,
  UNKNOWN_IMPORT_RULES,
  fileVerdict,
  overallVerdict,
  VERSION,
  addFindings,
  analyzeSource,
  reportFor,
  scanTarget,
  buildReport,
  scanTargets
};
