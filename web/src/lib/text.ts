// Accent- and case-insensitive matching, to highlight what the server's search matched.

function foldChar(char: string): string {
  return char.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}

export type Range = { start: number; end: number };

/** Where each word of `query` occurs in `text`, ignoring accents and case (merged ranges). */
export function matchRanges(text: string, query: string): Range[] {
  const words = query.split(/\s+/).map((w) => [...w].map(foldChar).join("")).filter(Boolean);
  if (!words.length) return [];
  // folded text plus, for each folded position, the index of the original character
  const chars = [...text];
  let folded = "";
  const origin: number[] = [];
  let offset = 0;
  for (const char of chars) {
    const f = foldChar(char);
    for (let i = 0; i < f.length; i++) origin.push(offset);
    folded += f;
    offset += char.length;
  }
  origin.push(offset);
  const ranges: Range[] = [];
  for (const word of words) {
    let at = folded.indexOf(word);
    while (at !== -1) {
      ranges.push({ start: origin[at] ?? 0, end: origin[at + word.length] ?? text.length });
      at = folded.indexOf(word, at + word.length);
    }
  }
  ranges.sort((a, b) => a.start - b.start);
  const merged: Range[] = [];
  for (const range of ranges) {
    const last = merged[merged.length - 1];
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else merged.push({ ...range });
  }
  return merged;
}
