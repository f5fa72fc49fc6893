import { afterEach, expect, test } from 'vitest';
import { openTabChannel, type TabChannel, type TabMessage } from './tab-channel.ts';

const opened: TabChannel[] = [];
const open = (name: string) => {
  const channel = openTabChannel(name);
  opened.push(channel);
  return channel;
};
afterEach(() => {
  for (const channel of opened.splice(0)) channel.close();
});

const next = (channel: TabChannel) => new Promise<TabMessage>((resolve) => channel.subscribe(resolve));

test('a message from one tab reaches the other', async () => {
  const [a, b] = [open('t1'), open('t1')];
  const received = next(b);
  const message: TabMessage = { type: 'exercise', profileId: 'p', lessonId: 'l', exerciseId: 'e', draftChanged: true };
  a.announce(message);
  expect(await received).toEqual(message);
});

test('malformed messages on the channel are ignored', async () => {
  const b = open('t2');
  const raw = new BroadcastChannel('t2');
  const received = next(b);
  raw.postMessage({ type: 'exercise', profileId: 'p', lessonId: 'l' });
  raw.postMessage('hello');
  raw.postMessage({ type: 'lesson', profileId: 'p', lessonId: 'l', extra: 1 });
  // Messages arrive in order: the first one delivered is the only well-formed one.
  expect(await received).toEqual({ type: 'lesson', profileId: 'p', lessonId: 'l' });
  raw.close();
});

test('unsubscribed listeners hear nothing more', async () => {
  const [a, b] = [open('t3'), open('t3')];
  const heard: TabMessage[] = [];
  const stop = b.subscribe((message) => heard.push(message));
  const first = next(b);
  a.announce({ type: 'lesson', profileId: 'p', lessonId: 'one' });
  await first;
  stop();
  const second = next(b);
  a.announce({ type: 'lesson', profileId: 'p', lessonId: 'two' });
  await second;
  expect(heard.map((m) => m.type === 'lesson' && m.lessonId)).toEqual(['one']);
});
