// Probabilities and scores leave the analysis with three decimals: enough for a badge and a
// threshold, and the same number whichever engine computed the last bits.
export const round = (x: number) => Math.round(x * 1000) / 1000;
