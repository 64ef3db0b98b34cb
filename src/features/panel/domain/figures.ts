/**
 * A panel report's figures: per question and per shown cell (all respondents, a school type),
 * how often each point of the five-point scale was chosen, "don't know", the share of positive
 * answers (4 or 5) and the mean. Only cells the closing stored (at least the threshold, and
 * passing the measurement's disclosure rule) exist here at all.
 */
export interface QuestionFigure {
  /** Answers on the scale (1–5), "don't know" not counted. */
  n: number;
  values: [number, number, number, number, number];
  dontKnow: number;
  positive: number | null;
  mean: number | null;
}

export function figureOf(answers: readonly (number | null | undefined)[]): QuestionFigure {
  const values: [number, number, number, number, number] = [0, 0, 0, 0, 0];
  let dontKnow = 0;
  for (const answer of answers) {
    if (answer === null) dontKnow++;
    else if (answer !== undefined && answer >= 1 && answer <= 5) values[answer - 1]!++;
  }
  const n = values.reduce((a, b) => a + b, 0);
  const sum = values.reduce((total, count, i) => total + count * (i + 1), 0);
  return {
    n,
    values,
    dontKnow,
    positive: n ? (values[3] + values[4]) / n : null,
    mean: n ? sum / n : null,
  };
}
