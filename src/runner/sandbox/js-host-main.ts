/**
 * Runtime of the worker kinds' frame. The frame only gives the worker an opaque origin and a strict
 * Content-Security-Policy to inherit; the worker does the work and talks to the host over the port.
 * (Chromium refuses module workers from blob: URLs in opaque origins, so the worker is a classic one.)
 */
import { INIT, PRELOAD, READY, type InitMessage, type PreloadMessage } from '../protocol.ts';
import { WORKER_SOURCE_ID } from './frame-config.ts';

const source = document.getElementById(WORKER_SOURCE_ID)?.textContent ?? '';
const worker = new Worker(URL.createObjectURL(new Blob([source], { type: 'text/javascript' })));

const listening = new AbortController();
window.addEventListener('message', (event) => {
  const data = event.data as Partial<InitMessage> | Partial<PreloadMessage> | null;
  if (event.source !== window.parent) return;
  if (data?.type === PRELOAD && 'wasm' in data) worker.postMessage({ preload: data.wasm });
  if (data?.type !== INIT || !event.ports[0] || !('nonce' in data)) return;
  worker.postMessage({ nonce: data.nonce, payload: data.payload }, [event.ports[0]]);
  listening.abort();
}, { signal: listening.signal });
window.parent.postMessage({ type: READY }, '*');
