import { expect, test } from 'vitest';
import { memorySession } from '../../tests/setup/render.ts';

test('the first-visit profile takes the name for "me" of the language the learner chooses, once', async () => {
  // Made before the choice, in the suggested language, under the name the app gave it ("Amina" in tests).
  const session = await memorySession('fr');
  expect(session.firstVisit).toBe(true);
  await session.setLocale('ar', 'أنا');
  expect(session.profile).toMatchObject({ name: 'أنا', locale: 'ar' });
  // Later changes of language keep the name: it may be the learner's own by then.
  await session.setLocale('uk', 'Я');
  expect(session.profile).toMatchObject({ name: 'أنا', locale: 'uk' });
});
