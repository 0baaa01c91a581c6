/**
 * The reconnect desk: saved customer connections and the broken-connection worklist.
 * Not built yet; this section explains what will be here and how to reconnect meanwhile.
 */

/** The "Reconnect desk" tab's empty state. */
export function DeskPage() {
  return (
    <section className="desk" aria-labelledby="desk-title" data-testid="desk-empty">
      <div className="empty empty--page">
        <div className="empty__art empty__art--desk" aria-hidden="true" />
        <h1 id="desk-title" className="empty__title">
          Reconnect desk
        </h1>
        <p className="muted">
          Saved customer connections and a worklist of broken ones will live here, each with a
          one-click reconnect link that keeps the connection’s tags.
        </p>
        <p className="muted small">Not available in this version.</p>
      </div>
    </section>
  );
}
