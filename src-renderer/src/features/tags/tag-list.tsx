/**
 * Tags shown as key/value pills, read-only: on a desk row and on a session card.
 */

export interface TagListProps {
  /** The tags to show, in order, as `[key, value]`. */
  entries: readonly (readonly [string, string])[];
  /** The desk's denser style. */
  compact?: boolean;
}

/** A description list of tags, each pill titled with its full `key: value`. */
export function TagList({ entries, compact }: TagListProps) {
  return (
    <dl className={`tag-list${compact ? ' tag-list--compact' : ''}`} aria-label="Tags">
      {entries.map(([key, value]) => (
        <div key={key} className="tag" title={`${key}: ${value}`}>
          <dt className="tag__key">{key}</dt>
          <dd className="tag__value">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
