import type { Translate } from '../i18n/i18n.ts';
import type { ReadmeText } from './site-files.ts';

/** The read-me of a downloaded site, in the learner's language. */
export const readmeText = (t: Translate): ReadmeText => ({
  title: t('portfolio:readme.title'),
  steps: [t('portfolio:readme.open'), t('portfolio:readme.edit'), t('portfolio:readme.online'), t('portfolio:readme.github'), t('portfolio:readme.together')],
});
