/**
 * Calls `reached` once, when `element` comes within `margin` of the viewport (at once if it is there):
 * heavy parts of a lesson (the editor, a quiz) download only when the learner is about to see them.
 * Returns the cleanup.
 */
export function whenNear(element: Element, reached: () => void, margin = '600px 0px'): () => void {
  const observer = new IntersectionObserver(
    (entries) => {
      if (!entries.some((entry) => entry.isIntersecting)) return;
      observer.disconnect();
      reached();
    },
    { rootMargin: margin },
  );
  observer.observe(element);
  return () => observer.disconnect();
}
