/**
 * Tabs of the app on one device tell each other what they saved, over a BroadcastChannel, so a tab never
 * shows stale progress and a workspace learns that its exercise's draft changed elsewhere.
 */
import { isObject } from './guards.ts';
import { CHANNEL_NAME } from './keys.ts';

/** Something another tab stored. Receivers re-read the record from the store: the message only points at it. */
export type TabMessage =
  | { type: 'exercise'; profileId: string; lessonId: string; exerciseId: string; draftChanged: boolean }
  | { type: 'lesson'; profileId: string; lessonId: string };

export interface TabChannel {
  /** Tells the other tabs (never this one). */
  announce(message: TabMessage): void;
  /** Calls `listener` for each message from another tab; returns the unsubscribe function. */
  subscribe(listener: (message: TabMessage) => void): () => void;
  close(): void;
}

const str = (value: unknown): value is string => typeof value === 'string';

// Any script of this origin may post on the channel: only well-formed messages get through.
function readMessage(data: unknown): TabMessage | undefined {
  if (!isObject(data) || !str(data.profileId) || !str(data.lessonId)) return undefined;
  if (data.type === 'lesson') return { type: 'lesson', profileId: data.profileId, lessonId: data.lessonId };
  if (data.type === 'exercise' && str(data.exerciseId) && typeof data.draftChanged === 'boolean') {
    return { type: 'exercise', profileId: data.profileId, lessonId: data.lessonId, exerciseId: data.exerciseId, draftChanged: data.draftChanged };
  }
  return undefined;
}

/** Opens the channel; where BroadcastChannel is missing, a channel that carries nothing (one tab is still safe). */
export function openTabChannel(name: string = CHANNEL_NAME): TabChannel {
  if (typeof BroadcastChannel === 'undefined') return { announce() {}, subscribe: () => () => {}, close() {} };
  const channel = new BroadcastChannel(name);
  const listeners = new Set<(message: TabMessage) => void>();
  channel.onmessage = (event: MessageEvent<unknown>) => {
    const message = readMessage(event.data);
    if (message) for (const listener of listeners) listener(message);
  };
  return {
    announce: (message) => channel.postMessage(message),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close: () => channel.close(),
  };
}
