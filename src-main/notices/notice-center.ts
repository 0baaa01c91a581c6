/**
 * Things the user must be told once (a corrupt file was backed up, a store was upgraded).
 * Kept in memory and pushed to the renderer until dismissed.
 */
import type { EventSink } from '../../src-shared/contract/events';
import type { Notice } from '../../src-shared/models/app-status';

/** Holds notices and emits `notices:changed`. */
export class NoticeCenter {
  private notices: Notice[] = [];
  private counter = 0;

  constructor(private readonly emit: EventSink) {}

  /** Adds a notice and tells the renderer. */
  add(level: Notice['level'], message: string): void {
    this.notices = [...this.notices, { id: `notice-${++this.counter}`, level, message }];
    this.emit('notices:changed', this.list());
  }

  /** Removes a notice; unknown ids are ignored (it may have been dismissed in another window). */
  dismiss(id: string): Notice[] {
    this.notices = this.notices.filter((n) => n.id !== id);
    this.emit('notices:changed', this.list());
    return this.list();
  }

  /** Current notices. */
  list(): Notice[] {
    return [...this.notices];
  }
}
