import { diffWords } from 'diff';

/** A word-level difference between two texts: removed words struck through, added ones marked. */
export function WordDiff({ before, after }: { before: string; after: string }) {
  const parts = diffWords(before, after);
  return (
    <div className="word-diff serif">
      {parts.map((p, i) =>
        p.added ? (
          <ins key={i} className="diff-added">
            {p.value}
          </ins>
        ) : p.removed ? (
          <del key={i} className="diff-removed">
            {p.value}
          </del>
        ) : (
          <span key={i}>{p.value}</span>
        ),
      )}
    </div>
  );
}
