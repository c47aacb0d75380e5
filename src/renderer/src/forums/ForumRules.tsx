import type { ReactNode } from 'react';
import type { ForumProfile } from '../../../shared/domain';
import { plural } from '../app/format';
import { Badge } from '../ui/Badge';

/** A forum's rules as a writer needs them: length and what counts, format, required sections. */
export function ForumRules({ forum, children }: { forum: ForumProfile; children?: ReactNode }) {
  const s = forum.settings;
  const words = [
    s.wordLimit.single && `${s.wordLimit.single.toLocaleString('en')} words`,
    s.wordLimit.joint && `${s.wordLimit.joint.toLocaleString('en')} joint`,
  ]
    .filter(Boolean)
    .join(', ');
  return (
    <dl className="facts">
      <dt>Length</dt>
      <dd>
        {words || 'no word limit'}
        {s.pageLimit !== null && `, ${plural(s.pageLimit, 'page')}`}
        {words && (s.wordLimit.notesCount ? ' (notes count)' : ' (notes do not count)')}
        {s.unverified.length > 0 && (
          <>
            {' '}
            <Badge tone="warn" title={s.unverified.join('; ')}>
              unverified
            </Badge>
          </>
        )}
      </dd>
      <dt>Format</dt>
      <dd>
        {s.formats.join(', ')}; {s.notes}
        {s.numberedParagraphs && '; numbered paragraphs'}
      </dd>
      {s.requiredSections.length > 0 && (
        <>
          <dt>Required sections</dt>
          <dd>{s.requiredSections.join(' · ')}</dd>
        </>
      )}
      {children}
    </dl>
  );
}
