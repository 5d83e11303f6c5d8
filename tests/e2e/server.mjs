// A static server for the end-to-end tests: serves the repository root on a free loopback port
// (the release files in pkg/, and the bench's reference element in target/bench-referentie/, as
// their precompressed .gz, as a server with static gzip would),
// with the strict CSP header on pages whose name contains "csp", a CSP that forbids
// compiling WebAssembly on pages whose name contains "csp-geen-wasm", and the strict CSP with
// Trusted Types enforced on pages whose name contains "csp-trusted-types".
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.bin': 'application/octet-stream',
};
export const STRICT_CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";
/** The strict CSP with Trusted Types, as government sites move to it: no policy may be created. */
export const TRUSTED_TYPES_CSP = `${STRICT_CSP}; require-trusted-types-for 'script'; trusted-types 'none'`;
/** A policy a gemeente might copy without reading the embedding guide: no 'wasm-unsafe-eval'. */
export const NO_WASM_CSP = "default-src 'self'; script-src 'self'; style-src 'self'";

export async function start() {
  const server = createServer(async (req, res) => {
    const pad = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname));
    // Browsers ask for a site icon by themselves; a host page has its own.
    if (pad === '/favicon.ico') return res.writeHead(204).end();
    try {
      const headers = { 'content-type': TYPES[extname(pad)] ?? 'application/octet-stream' };
      // The release files (and the bench's reference) are sent as shipped, precompressed, like a
      // server with static gzip.
      const gz = /^\/(pkg|target\/bench-referentie)\//.test(pad) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')
        ? await readFile(join(ROOT, `${pad}.gz`)).catch(() => null) : null;
      if (gz) headers['content-encoding'] = 'gzip';
      const body = gz ?? await readFile(join(ROOT, pad));
      if (pad.includes('csp-trusted-types')) headers['content-security-policy'] = TRUSTED_TYPES_CSP;
      else if (pad.includes('csp-geen-wasm')) headers['content-security-policy'] = NO_WASM_CSP;
      else if (pad.includes('csp')) headers['content-security-policy'] = STRICT_CSP;
      res.writeHead(200, headers).end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${server.address().port}`, close: () => server.close() };
}
