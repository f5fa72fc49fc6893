import { findLesson, findTrack, localized } from '../lessons/library.ts';
import type { LessonTextStore } from '../lessons/texts.svelte.ts';
import type { Catalog, Locale } from '../lessons/types.ts';
import type { Translate } from '../i18n/i18n.ts';
import type { Route } from './route.ts';

/** The document title for a route: the page's own name first, then the app's. */
export function pageTitle(route: Route, catalog: Catalog, texts: LessonTextStore, t: Translate, locale: Locale): string {
  const app = t('appName');
  const page = (() => {
    switch (route.page) {
      case 'home':
        return undefined;
      case 'settings':
        return t('pages:settings.title');
      case 'profiles':
        return t('pages:profiles.title');
      case 'backup':
        return t('pages:backup.title');
      case 'class':
        return t('pages:classView.title');
      // A plan or a report link belongs to the class pages.
      case 'my-class':
      case 'plan':
      case 'report':
        return t('classroom:myClass.title');
      case 'projects':
        return t('nav.projects');
      case 'attestation':
      case 'track': {
        const track = findTrack(catalog, route.track);
        return track ? localized(track.title, locale) : t('notFound.title');
      }
      case 'lesson': {
        const found = findLesson(catalog, route.lesson);
        return found ? texts.title(found.lesson, locale) : t('notFound.title');
      }
      case 'not-found':
        return t('notFound.title');
    }
  })();
  return page ? `${page} · ${app}` : app;
}
