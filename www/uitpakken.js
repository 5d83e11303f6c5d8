// The WebAssembly module carried inside a script (Zopfli gzip, base64; `make build`) as a
// response the browser compiles while it is being unpacked (a rejected promise where the browser
// lacks what it needs, so the element can say so). Shared by the widget's loader and
// the bench's reference element (tests/tools/bench/referentie), so both load the same way.
export async function uitpakken(ingepakt) {
  const gz = Uint8Array.fromBase64?.(ingepakt) ?? Uint8Array.from(atob(ingepakt), (c) => c.charCodeAt(0));
  const wasm = new Blob([gz]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Response(wasm, { headers: { 'content-type': 'application/wasm' } });
}
