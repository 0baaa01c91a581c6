/**
 * A tag set, compact: the first few as chips and a "+N more" that shows the rest.
 */
import { useState } from 'react';
import type { Tags } from '../../../../src-shared/models/session';
import { HANDOFF_OWN_TAGS } from '../../../../src-shared/tags/tag-rules';
import { STANDARD_TAG_KEYS } from '../../lib/tag-form';
import { TagList } from '../tags/tag-list';

export interface TagChipsProps {
  tags: Tags;
  /** How many chips before "+N more". */
  max?: number;
}

const rank = (key: string) => {
  const standard = (STANDARD_TAG_KEYS as readonly string[]).indexOf(key);
  if (standard >= 0) return standard;
  return HANDOFF_OWN_TAGS.includes(key) ? 100 : 50;
};

/** Tags as chips; well-known ones first, Handoff's own tags last. */
export function TagChips({ tags, max = 4 }: TagChipsProps) {
  const [open, setOpen] = useState(false);
  const entries = Object.entries(tags).sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b));
  if (entries.length === 0) return <p className="tag-chips tag-chips--none">No tags</p>;
  const shown = open ? entries : entries.slice(0, max);
  const hidden = entries.length - shown.length;
  return (
    <div className="tag-chips">
      <TagList entries={shown} compact />
      {hidden > 0 || open ? (
        <button
          type="button"
          className="button button--link tag-chips__more"
          aria-expanded={open}
          onClick={() => setOpen(!open)}
        >
          {open ? 'Fewer' : `+${hidden} more`}
        </button>
      ) : null}
    </div>
  );
}
