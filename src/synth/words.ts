/**
 * Phrases of the synthetic plans, in the register of a machine-translated Chinese policy
 * summary; written for this generator, not taken from any real plan.
 */

/** Building blocks of filler sentences in the plan's machine-translated register. */
export const VERBS: readonly string[] = [
  'strengthen',
  'accelerate',
  'promote',
  'cultivate',
  'improve',
  'expand',
  'upgrade',
  'optimize',
  'deepen',
  'consolidate',
  'support',
  'speed up',
  'enhance',
  'build',
  'lay out',
  'foster',
];

export const OBJECTS: readonly string[] = [
  'the innovation platform system',
  'the industrial chain and supply chain',
  'the layout of major projects',
  'the research and development capability',
  'the application scenarios',
  'the standard system',
  'the public service platform',
  'the testing and certification capacity',
  'the talent team',
  'the demonstration application',
  'the industrial ecology',
  'the pilot production lines',
  'the key components',
  'the core technologies',
  'the first-mover advantage',
  'the supporting capacity',
  'the integration of production and research',
  'the energy level of the parks',
  'the conversion of scientific achievements',
  'the open cooperation network',
];

export const PURPOSES: readonly string[] = [
  'so as to form a relatively complete industrial system',
  'and enhance the comprehensive competitiveness of the whole chain',
  'and build an innovation highland with international influence',
  'and seize the commanding heights of the industry in the future',
  'to realize independent and controllable supply of key links',
  'and create a number of benchmark enterprises with strong driving force',
  'to make the cluster bigger and stronger as soon as possible',
  'and let the advantages of scale play a leading role',
];

export const COMPONENTS: readonly string[] = [
  'core components',
  'testing equipment',
  'control software',
  'system integration',
  'key materials',
  'application demonstration',
  'design tools',
  'pilot platforms',
  'standard modules',
  'service networks',
  'intelligent terminals',
  'data services',
  'precision parts',
  'complete machines',
  'operation and maintenance',
];

/** Subjects and predicates of the overall goal bullets' lead clauses. */
export const GOAL_SUBJECTS: readonly string[] = [
  'industrial strength',
  'innovation capacity',
  'the cluster pattern',
  'open cooperation',
  'digital transformation',
  'green development',
  'the talent system',
  'the enterprise echelon',
  'the platform system',
  'the standard system',
  'brand influence',
  'the financing system',
  'the public service system',
  'the investment structure',
  'regional coordination',
  'the application market',
  'the quality level',
  'the export structure',
  'the patent portfolio',
  'the incubation system',
];

export const GOAL_PREDICATES: readonly string[] = [
  'has climbed to a new stage',
  'has made a new leap',
  'has taken on a new shape',
  'has reached a new height',
  'has made new progress',
  'has achieved new results',
  'has formed a new advantage',
  'has been further optimized',
  'has shown a new look',
  'has gained new momentum',
  'has opened a new situation',
  'has stepped onto a new level',
  'has become markedly stronger',
  'has been basically completed',
  'has won new recognition',
  'has found a new balance',
];

export const MONTHS: readonly string[] = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
];

export const MONTH_NAMES: readonly string[] = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
