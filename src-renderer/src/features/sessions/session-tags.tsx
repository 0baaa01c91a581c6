/**
 * A session's tags and allowed integrations, compact. Handoff's own tags (handoff_id,
 * handoff_install) are left out.
 */
import type { Tags } from '../../../../src-shared/models/session';
import { HANDOFF_OWN_TAGS } from '../../../../src-shared/tags/tag-rules';
import { TagList } from '../tags/tag-list';

export interface SessionTagsProps {
  tags: Tags;
  integrations: string[];
}

/** Tag chips and the integration line. */
export function SessionTags({ tags, integrations }: SessionTagsProps) {
  const entries = Object.entries(tags).filter(([key]) => !HANDOFF_OWN_TAGS.includes(key));
  return (
    <div className="session-tags">
      <p className="session-tags__integrations">
        <span className="muted">Integrations:</span>{' '}
        {integrations.length === 0 ? 'All' : integrations.join(', ')}
      </p>
      {entries.length > 0 ? <TagList entries={entries} /> : null}
    </div>
  );
}
