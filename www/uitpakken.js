// The WebAssembly module carried inside a script (LZMA, base64; `make build`), or fetched as LZMA
// bytes (the staff module), as a response the browser compiles (a rejected promise where the
// browser lacks what it needs or the bytes are damaged, so the element can say so). Shared by the widget's loader and the bench's reference
// element (tests/tools/bench/referentie), so both load the same way.
import { lzma } from './lzma.js';

export async function uitpakken(ingepakt) {
  const bytes = typeof ingepakt !== 'string' ? ingepakt
    : Uint8Array.fromBase64?.(ingepakt) ?? Uint8Array.from(atob(ingepakt), (c) => c.charCodeAt(0));
  return new Response(lzma(bytes), { headers: { 'content-type': 'application/wasm' } });
}
