/**
 * Order counts by tier, product and market (`counts[t][p][m]`) and each such order's value in cents:
 * what `closeRevenue` moves single orders within, so a quarter's revenue lands on its target to the
 * cent while every tier keeps its number of orders.
 */
type Cells = number[][][];

type Move = { t: number; from: [p: number, m: number]; to: [p: number, m: number]; delta: number };

/** Every move of one order within a tier, from a cell that has one, with its revenue change. */
function movesOf(counts: Cells, values: Cells): Move[] {
  const moves: Move[] = [];
  counts.forEach((products, t) => {
    const cells: [number, number][] = [];
    products.forEach((markets, p) => markets.forEach((_, m) => cells.push([p, m])));
    for (const [p, m] of cells) {
      if ((products[p]?.[m] as number) === 0) continue;
      const from = values[t]?.[p]?.[m] as number;
      for (const [q, n] of cells) {
        if (q === p && n === m) continue;
        const delta = (values[t]?.[q]?.[n] as number) - from;
        if (delta !== 0) moves.push({ t, from: [p, m], to: [q, n], delta });
      }
    }
  });
  return moves;
}

/** The move with the largest change that does not pass `gap` (same sign, not larger), if any. */
function largestMove(counts: Cells, values: Cells, gap: number): Move | undefined {
  let best: Move | undefined;
  let bestSize = 0;
  const limit = Math.abs(gap);
  const sign = Math.sign(gap);
  counts.forEach((products, t) => {
    const tierValues = values[t] as number[][];
    products.forEach((markets, p) =>
      markets.forEach((count, m) => {
        if (count === 0) return;
        const from = (tierValues[p] as number[])[m] as number;
        tierValues.forEach((row, q) =>
          row.forEach((value, n) => {
            const delta = (value - from) * sign;
            if (delta > bestSize && delta <= limit) {
              bestSize = delta;
              best = { t, from: [p, m], to: [q, n], delta: value - from };
            }
          })
        );
      })
    );
  });
  return best;
}

function apply(counts: Cells, move: Move): void {
  const row = counts[move.t] as number[][];
  const from = row[move.from[0]] as number[];
  const to = row[move.to[0]] as number[];
  from[move.from[1]] = (from[move.from[1]] as number) - 1;
  to[move.to[1]] = (to[move.to[1]] as number) + 1;
}

const sameCell = (a: [number, number], b: [number, number]) => a[0] === b[0] && a[1] === b[1];

/**
 * Closes a quarter's revenue to `targetCents` exactly, in place: first the largest single moves that
 * do not overshoot (few orders change product or market), then, for the last cents, a pair of moves
 * whose changes add up to the gap exactly (a hash of every move's change, so one pass finds it).
 * Local prices at a quarter's rate give values to the cent, so some pair always exists on a real
 * price list; if none does, one small move (a different one each attempt) is made and the search
 * runs again.
 *
 * @example
 * const counts = [[[1, 0], [0, 1]]]; // one tier: two products in two markets
 * closeRevenue(counts, [[[100, 105], [250, 260]]], 365); // moves one order, 100 → 105
 */
export function closeRevenue(counts: Cells, values: Cells, targetCents: number): void {
  const revenue = (): number =>
    counts.reduce(
      (sum, products, t) =>
        sum +
        products.reduce(
          (s, markets, p) =>
            s + markets.reduce((x, n, m) => x + n * (values[t]?.[p]?.[m] as number), 0),
          0
        ),
      0
    );
  let gap = targetCents - revenue();
  for (let attempt = 0; gap !== 0 && attempt <= 50; attempt += 1) {
    // Largest moves first, never past the target (scanned in place: no move is allocated).
    for (;;) {
      const best = largestMove(counts, values, gap);
      if (!best) break;
      apply(counts, best);
      gap -= best.delta;
      if (gap === 0) return;
    }
    // The last cents: two moves that add up to the gap exactly.
    const moves = movesOf(counts, values);
    const byDelta = new Map<number, Move[]>();
    for (const move of moves) {
      const list = byDelta.get(move.delta);
      if (list) list.push(move);
      else byDelta.set(move.delta, [move]);
    }
    const pair = findPair(moves, byDelta, gap, counts);
    if (pair) {
      pair.forEach((move) => apply(counts, move));
      return;
    }
    // No pair: step aside with one small move (a different one each attempt: the same one would
    // be undone by the next greedy pass) and search again from there.
    if (moves.length === 0) break;
    const aside = [...moves].sort((x, y) => Math.abs(x.delta) - Math.abs(y.delta))[
      attempt % moves.length
    ] as Move;
    apply(counts, aside);
    gap -= aside.delta;
  }
  if (gap !== 0) throw new Error(`drill 1: cannot close revenue, ${gap / 100} USD left`);
}

function findPair(
  moves: readonly Move[],
  byDelta: ReadonlyMap<number, Move[]>,
  gap: number,
  counts: Cells
): [Move, Move] | undefined {
  for (const first of moves) {
    for (const second of byDelta.get(gap - first.delta) ?? []) {
      // Both from one cell need two orders there.
      const shared = first.t === second.t && sameCell(first.from, second.from);
      if (shared && (counts[first.t]?.[first.from[0]]?.[first.from[1]] as number) < 2) continue;
      return [first, second];
    }
  }
  return undefined;
}
