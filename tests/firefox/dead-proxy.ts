// The "no request of its own" check for Firefox (issue: the Firefox layer, item 3). Every
// page request is answered by the harness (BiDi interception, firefox-browser.ts) and never
// reaches the network; what does reach it — the extension's worker or its pages calling out,
// which per-tab interception cannot see — goes to this proxy, set browser-wide by pref. It
// answers nothing and writes down where each request was going.
//
// Firefox's own services are pointed by puppeteer's launch prefs at http://dummy.test/ (a
// sinkhole of the driver's); requests there are the browser's, not Postguard's, and kept apart.
import { createServer, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/** The driver's sinkhole for Firefox's own services (puppeteer-core's Firefox prefs). */
const BROWSER_OWN = new Set(['dummy.test']);

export interface DeadProxy {
  port: number;
  /** Where requests went, in order: `https://host:port` for a tunnel, the URL otherwise. */
  readonly requests: string[];
  /** The same, without Firefox's own (BROWSER_OWN). */
  notBrowsers(): string[];
  close(): Promise<void>;
}

export async function startDeadProxy(): Promise<DeadProxy> {
  const requests: string[] = [];
  const sockets = new Set<Socket>();
  const server: Server = createServer((request, response) => {
    requests.push(request.url ?? '?');
    response.writeHead(502).end();
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  server.on('connect', (request, socket) => {
    requests.push(`https://${request.url ?? '?'}`);
    socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
  });
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  const { port } = server.address() as AddressInfo;
  return {
    port,
    requests,
    notBrowsers: () => requests.filter((url) => !BROWSER_OWN.has(hostOf(url))),
    close: () =>
      new Promise((closed) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => closed());
      }),
  };
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return url;
  }
}

/** Firefox prefs sending every request that is not intercepted to `port`. */
export function proxyPrefs(port: number): Record<string, unknown> {
  return {
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': port,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': port,
    'network.proxy.no_proxies_on': '',
    'network.proxy.allow_hijacking_localhost': true,
    // No guesses ahead of a click: a speculative connection is nobody's request.
    'network.http.speculative-parallel-limit': 0,
    'network.dns.disablePrefetch': true,
    'network.prefetch-next': false,
  };
}
