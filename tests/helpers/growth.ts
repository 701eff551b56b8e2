/**
 * Linearity checks without wall-time assertions: the same work on an input and on one `growth`
 * times larger, measured in CPU time (the best of three), judged only by the ratio.
 */
/** How much larger the second input is. */
export const growth = 8;
/** Between linear (8×) and quadratic (64×) growth. */
const ratioLimit = 24;
/** Below this, the larger input's cost is noise: any ratio passes. */
const floorMs = 60;
/** Costs below this are noise too (a warm JIT, a collection at the wrong moment): ratios are taken from at least this. */
const noiseMs = 10;

/** The CPU time of a call, in milliseconds: the best of three. */
export function cost(run: () => void): number {
  let best = Infinity;
  for (let i = 0; i < 3; i++) {
    const started = process.cpuUsage();
    run();
    const used = process.cpuUsage(started);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  return best;
}

/** Whether growing the input `growth` times grew the cost more than linearly (with room for noise). */
export function superlinear(smallCost: number, largeCost: number): boolean {
  return largeCost > floorMs && largeCost > ratioLimit * Math.max(smallCost, noiseMs);
}
