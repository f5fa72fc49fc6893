import type { Settings, TextSize } from '../progress/types.ts';

/** Root font sizes: every length in the app is in rem, so the whole layout follows. */
export const TEXT_SIZE_SCALE: Record<TextSize, string> = {
  small: '93.75%',
  medium: '100%',
  large: '118.75%',
  'x-large': '137.5%',
};

/**
 * Applies the theme and text size to the page. "system" follows the device's light/dark preference, live.
 * Returns the function that stops following it.
 */
export function applyAppearance(root: HTMLElement, settings: Pick<Settings, 'theme' | 'textSize'>): () => void {
  root.style.fontSize = TEXT_SIZE_SCALE[settings.textSize];
  if (settings.theme !== 'system') {
    root.dataset.theme = settings.theme;
    return () => {};
  }
  const query = window.matchMedia('(prefers-color-scheme: dark)');
  const follow = () => (root.dataset.theme = query.matches ? 'dark' : 'light');
  follow();
  query.addEventListener('change', follow);
  return () => query.removeEventListener('change', follow);
}
