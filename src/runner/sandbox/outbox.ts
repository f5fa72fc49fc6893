/**
 * The sandbox's side of the run's port: messages are queued until the host hands over the port, then
 * stamped with the nonce and posted. `postMessage` is captured at boot so learner code that replaces
 * `MessagePort.prototype.postMessage` later cannot rewrite what we send.
 */
import type { Envelope, SandboxMessage } from '../protocol.ts';

const post = MessagePort.prototype.postMessage;
const apply = Reflect.apply;

export interface Outbox {
  send: (message: SandboxMessage) => void;
  attach: (port: MessagePort, nonce: string) => void;
}

export function createOutbox(): Outbox {
  let target: { port: MessagePort; nonce: string } | undefined;
  const queue: SandboxMessage[] = [];
  const deliver = (message: SandboxMessage) => {
    const envelope: Envelope = { nonce: target?.nonce ?? '', message };
    if (target) apply(post, target.port, [envelope]);
  };
  return {
    send: (message) => (target ? deliver(message) : void queue.push(message)),
    attach: (port, nonce) => {
      target = { port, nonce };
      for (const message of queue.splice(0)) deliver(message);
    },
  };
}
