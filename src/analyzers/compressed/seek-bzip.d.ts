// seek-bzip ships no types. The subset used here: decode(input, output, multistream) over byte streams.
declare module 'seek-bzip' {
  const Bunzip: { decode(input: unknown, output: unknown, multistream?: boolean): unknown }
  export default Bunzip
}
