/**
 * The harness's Desktop: records what main put on the clipboard, asked to open, mailed,
 * whether it hid the window from capture, notified, asked at quit and saved, and which theme
 * it asked for, where the app would call Electron. The OS theme is a switch tests flip.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ThemeSource } from '../src-shared/models/appearance';
import type {
  Desktop,
  DesktopNotification,
  PowerState,
  QuitChoice,
} from '../src-main/platform/desktop';
import { assertOpenableExternalUrl } from '../src-main/platform/external-url';

/** A Desktop that remembers instead of acting. */
export class RecordingDesktop implements Desktop {
  clipboard = '';
  readonly opened: string[] = [];
  readonly mailed: string[] = [];
  /** Every content-protection call, in order; the last is the window's state. */
  readonly contentProtection: boolean[] = [];
  readonly contentProtectionSupported = true;
  readonly notifications: DesktopNotification[] = [];
  /** Every quit prompt, with the number of live links it named. */
  readonly quitPrompts: { liveLinks: number }[] = [];
  /** What the next quit prompt answers. */
  quitAnswer: QuitChoice = 'cancel';
  /** Files "saved" (into `downloadsDir`), newest last. */
  readonly saved: string[] = [];
  /** Answer the next save dialog with "cancel". */
  cancelNextSave = false;
  /** Every theme source main set, in order (as `nativeTheme.themeSource` would be). */
  readonly themeSources: ThemeSource[] = [];
  private osDark = false;
  private readonly themeListeners = new Set<() => void>();

  private readonly powerListeners = new Set<(state: PowerState) => void>();

  /** @param downloadsDir Where saved files go, as if the person picked Downloads. */
  constructor(private readonly downloadsDir?: string) {}

  writeClipboard(text: string): void {
    this.clipboard = text;
  }

  /** Refuses what the app's shell adapter refuses, so tests see the same rule. */
  async openExternal(url: string): Promise<void> {
    assertOpenableExternalUrl(url);
    this.opened.push(url);
  }

  async openMailto(url: string): Promise<void> {
    this.mailed.push(url);
  }

  setContentProtection(enabled: boolean): void {
    this.contentProtection.push(enabled);
  }

  /** True while the window is protected. */
  get protecting(): boolean {
    return this.contentProtection.at(-1) ?? false;
  }

  setThemeSource(source: ThemeSource): void {
    this.themeSources.push(source);
    this.themeChanged();
  }

  /** As `nativeTheme.shouldUseDarkColors`: the forced theme, or the OS's under System. */
  usesDarkColors(): boolean {
    const source = this.themeSources.at(-1) ?? 'system';
    return source === 'system' ? this.osDark : source === 'dark';
  }

  onThemeChange(listener: () => void): () => void {
    this.themeListeners.add(listener);
    return () => this.themeListeners.delete(listener);
  }

  /** Switches the OS between light and dark, as the person would in the system settings. */
  setOsDark(dark: boolean): void {
    this.osDark = dark;
    this.themeChanged();
  }

  private themeChanged(): void {
    for (const listener of [...this.themeListeners]) listener();
  }

  onPowerChange(listener: (state: PowerState) => void): () => void {
    this.powerListeners.add(listener);
    return () => this.powerListeners.delete(listener);
  }

  /** Plays the OS telling the app the computer went to sleep or woke. */
  power(state: PowerState): void {
    for (const listener of this.powerListeners) listener(state);
  }

  notify(notification: DesktopNotification): void {
    this.notifications.push({ ...notification });
  }

  async confirmQuit(request: { liveLinks: number }): Promise<QuitChoice> {
    this.quitPrompts.push({ ...request });
    return this.quitAnswer;
  }

  async saveTextFile(request: { defaultName: string; content: string }): Promise<string | null> {
    if (this.cancelNextSave || !this.downloadsDir) {
      this.cancelNextSave = false;
      return null;
    }
    mkdirSync(this.downloadsDir, { recursive: true });
    const path = join(this.downloadsDir, request.defaultName);
    writeFileSync(path, request.content, 'utf8');
    this.saved.push(path);
    return path;
  }
}
