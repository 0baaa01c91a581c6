/**
 * Electron's side of "quit with live links": holds the first `before-quit`, lets the app decide
 * (sessions/quit-guard.ts: revoke all / keep / cancel), then quits for real or stays.
 */
import type { QuitDecision } from '../sessions/quit-guard';

/** What we use of Electron's `app`. */
export interface QuitApp {
  on(event: 'before-quit', listener: (event: { preventDefault(): void }) => void): unknown;
  quit(): void;
}

/** Installs the guard; `decide` runs once per quit attempt. */
export function installQuitGuard(
  app: QuitApp,
  decide: () => Promise<QuitDecision>,
  log: (message: string) => void,
): void {
  let allowed = false;
  let deciding = false;
  app.on('before-quit', (event) => {
    if (allowed) return;
    event.preventDefault();
    if (deciding) return;
    deciding = true;
    void decide()
      .then((decision) => {
        if (decision.choice === 'revoke-and-quit') {
          log(`quit: revoke all → ${JSON.stringify(decision.revoked)}`);
        }
        if (!decision.quit) return;
        allowed = true;
        app.quit();
      })
      .catch(() => undefined)
      .finally(() => {
        deciding = false;
      });
  });
}
