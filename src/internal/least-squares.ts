/** A point of a least-squares fit. */
interface Point {
  readonly x: number;
  readonly y: number;
}

/**
 * The slope of the ordinary least-squares line through points `(x, y)`: the change of `y` per
 * unit of `x`; `points` must hold at least two distinct `x`.
 *
 * Works on offsets from the first point: a constant `y` then gives offsets of exactly 0 and a
 * slope of exactly 0 (the mean of equal floats need not equal them), and large `x` such as day
 * numbers lose no precision in the squares.
 */
export function leastSquaresSlope(points: readonly Point[]): number {
  const [origin] = points as readonly [Point, ...Point[]];
  let sumX = 0;
  let sumY = 0;
  for (const { x, y } of points) {
    sumX += x - origin.x;
    sumY += y - origin.y;
  }
  const meanX = sumX / points.length;
  const meanY = sumY / points.length;
  let covariance = 0;
  let variance = 0;
  for (const { x, y } of points) {
    const dx = x - origin.x - meanX;
    covariance += dx * (y - origin.y - meanY);
    variance += dx * dx;
  }
  return covariance / variance;
}
