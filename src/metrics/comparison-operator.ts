/**
 * How a measured value is compared with a threshold. Rules differ: the 2025 BPJS regional UHC
 * status needs coverage strictly above 98% (`>`), the 2015-2019 UHC rule at least 95% (`>=`).
 *
 * @category Coverage and targets
 */
export type ComparisonOperator = '>=' | '>' | '<=' | '<';
