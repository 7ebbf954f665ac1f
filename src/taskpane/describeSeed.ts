/**
 * How the pane names a drill's numbers: seed 0 is the interview documents' own figures.
 *
 * @example
 * describeSeed(0) //=> "canonical figures"
 * describeSeed(7) //=> "variant seed 7"
 */
export function describeSeed(seed: number): string {
  return seed === 0 ? "canonical figures" : `variant seed ${seed}`;
}
