/** Text with the ranges search matched marked (the backend computes them on the original text). */
export function Highlighted({
  text,
  ranges,
}: {
  text: string;
  ranges: readonly [number, number][];
}) {
  if (ranges.length === 0) return <>{text}</>;
  const parts = [];
  let at = 0;
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  for (const [start, end] of sorted) {
    if (start < at) continue;
    if (start > at) parts.push(text.slice(at, start));
    parts.push(<mark key={start}>{text.slice(start, end)}</mark>);
    at = end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return <>{parts}</>;
}
