/** A lesson's exercises in order, parsed or compiled: its exercise blocks without the text between them. */
export function exercisesOf<E>(lesson: { blocks: readonly ({ type: 'exercise'; exercise: E } | { type: 'prose' | 'html' })[] }): E[] {
  return lesson.blocks.flatMap((block) => (block.type === 'exercise' ? [block.exercise] : []));
}
