/**
 * Phone pre-flight settings per profile: Connect UI defaults and reusable presets.
 */
import type { Preflight, PreflightSettings } from '../../src-shared/models/preflight';
import { AppFailure } from '../errors/app-failure';
import type { DocumentStore } from '../store/settings-store';
import type { PreflightDoc } from './preflight-store';

/** At most this many presets per profile. */
const PRESETS_MAX = 50;

export interface PreflightServiceDeps {
  store: DocumentStore<PreflightDoc>;
  newId: () => string;
  /** True when the profile exists. */
  hasProfile: (profileId: string) => boolean;
}

/** Reads and edits pre-flight settings. */
export class PreflightService {
  constructor(private readonly deps: PreflightServiceDeps) {}

  /** A profile's settings (empty defaults and no presets until set). */
  get(profileId: string): PreflightSettings {
    this.known(profileId);
    const entry = this.deps.store.read().byProfile[profileId];
    return {
      profileId,
      defaults: { ...(entry?.defaults ?? {}) },
      presets: structuredClone(entry?.presets ?? []),
    };
  }

  /** Sets the profile's Connect UI defaults (absent: the Connect UI's own default). */
  setDefaults(profileId: string, defaults: PreflightSettings['defaults']): PreflightSettings {
    return this.edit(profileId, (entry) => ({ ...entry, defaults: clean(defaults) }));
  }

  /** Saves a preset; one with the same name (ignoring case) is replaced. */
  savePreset(profileId: string, name: string, preflight: Preflight): PreflightSettings {
    return this.edit(profileId, (entry) => {
      const same = entry.presets.find((p) => p.name.toLowerCase() === name.toLowerCase());
      const preset = { id: same?.id ?? this.deps.newId(), name, preflight };
      const presets = same
        ? entry.presets.map((p) => (p.id === same.id ? preset : p))
        : [...entry.presets, preset];
      if (presets.length > PRESETS_MAX) {
        throw new AppFailure('invalid_input', `Keep at most ${PRESETS_MAX} presets per profile.`);
      }
      return { ...entry, presets };
    });
  }

  /** Answers `not_found` for a preset already gone (removed in another window, say). */
  removePreset(profileId: string, presetId: string): PreflightSettings {
    return this.edit(profileId, (entry) => {
      if (!entry.presets.some((p) => p.id === presetId)) {
        throw new AppFailure('not_found', 'That preset is no longer there.');
      }
      return { ...entry, presets: entry.presets.filter((p) => p.id !== presetId) };
    });
  }

  private edit(
    profileId: string,
    change: (entry: PreflightDoc['byProfile'][string]) => PreflightDoc['byProfile'][string],
  ): PreflightSettings {
    this.known(profileId);
    const doc = this.deps.store.read();
    const entry = doc.byProfile[profileId] ?? { defaults: {}, presets: [] };
    this.deps.store.write({ byProfile: { ...doc.byProfile, [profileId]: change(entry) } });
    return this.get(profileId);
  }

  private known(profileId: string): void {
    if (!this.deps.hasProfile(profileId)) {
      throw new AppFailure('not_found', 'That profile no longer exists.');
    }
  }
}

function clean(defaults: PreflightSettings['defaults']): PreflightSettings['defaults'] {
  return {
    ...(defaults.lang ? { lang: defaults.lang } : {}),
    ...(defaults.theme ? { theme: defaults.theme } : {}),
  };
}
