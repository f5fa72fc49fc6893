/**
 * Hash routes, so `dist/` works unchanged from any static host, sub-path, USB key or `file://`.
 * Pure: parsing and formatting only; `Router.svelte.ts` listens to the browser.
 */
export type Route =
  | { page: 'home' }
  | { page: 'track'; track: string }
  /** `language`: the lesson opened in one of its languages (`?lang=ar`), whatever the learner's usual choice. */
  | { page: 'lesson'; lesson: string; exercise?: string; language?: string }
  | { page: 'settings' }
  | { page: 'profiles' }
  | { page: 'backup' }
  | { page: 'class'; plan?: string }
  | { page: 'my-class' }
  | { page: 'plan'; token: string }
  | { page: 'report'; token: string }
  | { page: 'projects' }
  | { page: 'attestation'; track: string }
  /** A help link (`#/help/<token>`, the token read by src/share), or the page that opens a help file (`#/help`). */
  | { page: 'help'; token?: string }
  | { page: 'not-found'; path: string };

/** Pages whose address is just their name (`#/settings`). */
const SIMPLE = ['settings', 'profiles', 'backup', 'class', 'projects', 'my-class'] as const;

const SLUG = '[a-z0-9]+(?:-[a-z0-9]+)*';
const TRACK = new RegExp(`^/track/(${SLUG})$`);
const ATTESTATION = new RegExp(`^/attestation/(${SLUG})$`);
const LESSON = new RegExp(`^/lesson/(${SLUG})/(${SLUG})(?:/(${SLUG}))?(?:\\?lang=([a-z]{2,3}))?$`);
/** Any token: a damaged or foreign one reaches the help page, which says what is wrong with it. */
const HELP = /^\/help(?:\/(.+))?$/s;

/** A hash with its `%XX` escapes decoded; as it is when they are malformed (a foreign or cut link). */
function decoded(hash: string): string {
  try {
    return decodeURIComponent(hash);
  } catch {
    return hash;
  }
}

/** A class plan's view (`#/class/<plan id>`), and the links that carry a plan or a report (checked by their page). */
const CLASS = /^\/(class|plan|report)\/([^/]+)$/;

/** Reads a `location.hash` such as `#/lesson/front-end/html-basics/say-hello`. */
export function parseRoute(hash: string): Route {
  const path = decoded(hash.replace(/^#/, '')).replace(/\/+($|\?)/, '$1') || '/';
  if (path === '/') return { page: 'home' };
  const simple = SIMPLE.find((page) => path === `/${page}`);
  if (simple) return { page: simple };
  const track = TRACK.exec(path);
  if (track) return { page: 'track', track: track[1] ?? '' };
  const attestation = ATTESTATION.exec(path);
  if (attestation) return { page: 'attestation', track: attestation[1] ?? '' };
  const help = HELP.exec(path);
  if (help) return help[1] ? { page: 'help', token: help[1] } : { page: 'help' };
  const [, page, value = ''] = CLASS.exec(path) ?? [];
  if (page === 'class') return { page, plan: value };
  if (page === 'plan' || page === 'report') return { page, token: value };
  const lesson = LESSON.exec(path);
  if (lesson) {
    const route: Route = { page: 'lesson', lesson: `${lesson[1]}/${lesson[2]}` };
    if (lesson[3]) route.exercise = lesson[3];
    if (lesson[4]) route.language = lesson[4];
    return route;
  }
  return { page: 'not-found', path };
}

/** The `href` of a route (always starting with `#/`). */
export function href(route: Route): string {
  switch (route.page) {
    case 'home':
      return '#/';
    case 'settings':
    case 'profiles':
    case 'backup':
    case 'projects':
    case 'my-class':
      return `#/${route.page}`;
    case 'class':
      return route.plan ? `#/class/${route.plan}` : '#/class';
    case 'plan':
    case 'report':
      return `#/${route.page}/${route.token}`;
    case 'attestation':
      return `#/attestation/${route.track}`;
    case 'track':
      return `#/track/${route.track}`;
    case 'help':
      return route.token ? `#/help/${route.token}` : '#/help';
    case 'lesson':
      return `#/lesson/${route.lesson}${route.exercise ? `/${route.exercise}` : ''}${route.language ? `?lang=${route.language}` : ''}`;
    case 'not-found':
      return `#${route.path}`;
  }
}

export const lessonHref = (lesson: string, exercise?: string) =>
  href(exercise ? { page: 'lesson', lesson, exercise } : { page: 'lesson', lesson });
