/**
 * A sentence as a native formula: the literal parts of a message template
 * quoted, its placeholders replaced by formula expressions (or by literal
 * text), joined with `&`. The sentence then keeps showing the right count
 * and total when someone edits the rows it counts, without the add-in.
 * Only the add-in's own words go into the quotes; text from the ledger
 * (names, branches) is never put in a formula.
 */
export type SentencePart = { readonly expr: string } | string | number;

function quote(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

export function sentenceFormula(template: string, params: Readonly<Record<string, SentencePart>>): string {
  const pieces: string[] = [];
  let literal = "";
  const flush = (): void => {
    if (literal !== "") pieces.push(quote(literal));
    literal = "";
  };
  for (const [i, part] of template.split(/\{(\w+)\}/).entries()) {
    if (i % 2 === 0) {
      literal += part;
      continue;
    }
    const value = params[part];
    if (value === undefined) literal += `{${part}}`;
    else if (typeof value === "object") {
      flush();
      pieces.push(value.expr);
    } else literal += String(value);
  }
  flush();
  return `=${pieces.length === 0 ? '""' : pieces.join("&")}`;
}
