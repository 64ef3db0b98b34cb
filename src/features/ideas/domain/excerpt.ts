/** An idea in brief, where a list or a trail names it by its text (ideas have no title). */
export function excerpt(body: string): string {
  return body.length > 80 ? `${body.slice(0, 79)}…` : body;
}
