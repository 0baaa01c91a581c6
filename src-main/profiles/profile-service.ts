/**
 * Environment profiles and their keys. Profiles (name, API base, Connect UI base) are stored in
 * the settings file; each key only in the keychain, under the profile id, and write-only
 * across IPC. Every Nango call for a profile goes through {@link ProfileService.call}, the one
 * place where a 401 marks the key as rejected.
 */
import type { EventSink } from '../../src-shared/contract/events';
import type { ProfilesState, ProfileView } from '../../src-shared/models/profile';
import { AppFailure } from '../errors/app-failure';
import type { KeychainVault } from '../keychain/keychain-vault';
import type { NangoClient } from '../nango/nango-client';
import { NangoError } from '../nango/nango-error';
import type { Clock } from '../platform/clock';
import type { DocumentStore } from '../store/settings-store';
import { apiOrigin } from '../nango/nango-url';
import { assertKeyOrigin, changesOrigin, keyRemovedMessage } from './key-binding';
import type { ProfilesDoc, StoredProfile } from './profile-store';
import { toProfileView } from './profile-view';
import { testKeyCapabilities } from './test-key';

/** Most profiles Handoff keeps: far more than anyone has environments, and a bound. */
export const MAX_PROFILES = 50;

export interface ProfileServiceDeps {
  store: DocumentStore<ProfilesDoc>;
  vault: KeychainVault;
  clock: Clock;
  emit: EventSink;
  newId: () => string;
  /**
   * Builds a Nango client for a profile. `getSecretKey` reads the key per request and refuses
   * any origin but the one the key was entered for; pass it to the client as is.
   */
  createClient: (
    profile: StoredProfile,
    getSecretKey: (apiOrigin: string) => Promise<string>,
  ) => NangoClient;
}

/** The profile input the renderer can send. */
export interface ProfileInput {
  name: string;
  apiBaseUrl: string;
  connectUiBaseUrl: string;
}

/** Manages profiles, their keys and their Nango clients. */
export class ProfileService {
  private readonly clients = new Map<string, { client: NangoClient; signature: string }>();

  constructor(private readonly deps: ProfileServiceDeps) {}

  // --- Reading ---

  /** All profiles with their key status. Reads the keychain only through the vault's cache. */
  async state(): Promise<ProfilesState> {
    const doc = this.deps.store.read();
    const profiles = await Promise.all(doc.profiles.map((p) => this.view(p)));
    return { profiles, activeProfileId: doc.activeProfileId };
  }

  /** One stored profile, or a not_found failure. */
  get(id: string): StoredProfile {
    const profile = this.deps.store.read().profiles.find((p) => p.id === id);
    if (!profile) throw new AppFailure('not_found', 'That profile no longer exists.');
    return profile;
  }

  /** True while the profile exists. */
  has(id: string): boolean {
    return this.deps.store.read().profiles.some((p) => p.id === id);
  }

  /** The active profile, or null when there is none. */
  activeProfile(): StoredProfile | null {
    const doc = this.deps.store.read();
    return doc.profiles.find((p) => p.id === doc.activeProfileId) ?? null;
  }

  // --- Editing ---

  /** Adds a profile; the first one becomes active. */
  async create(input: ProfileInput): Promise<ProfileView> {
    const doc = this.deps.store.read();
    if (doc.profiles.length >= MAX_PROFILES) {
      throw new AppFailure(
        'conflict',
        `Handoff keeps at most ${MAX_PROFILES} profiles. Remove one first.`,
      );
    }
    const profile: StoredProfile = {
      id: this.deps.newId(),
      ...input,
      capabilities: null,
      keyRejected: false,
      keyOrigin: null,
      createdAt: new Date(this.deps.clock.now()).toISOString(),
    };
    doc.profiles.push(profile);
    doc.activeProfileId ??= profile.id;
    await this.save(doc);
    return this.view(this.get(profile.id));
  }

  /**
   * Renames or re-points a profile. Changing the API base forgets the learnt scopes. Moving it
   * to another origin first deletes the key from the keychain (it belongs to the old server);
   * if the keychain refuses, nothing changes. Deleting beats refusing the move: the user meant
   * to use the new server, and pasting its key is the one step left, which the status says.
   */
  async update(id: string, patch: Partial<ProfileInput>): Promise<ProfileView> {
    const before = this.get(id);
    const moving = patch.apiBaseUrl !== undefined && changesOrigin(before, patch.apiBaseUrl);
    const hadKey = moving ? await this.deps.vault.deleteKey(id) : false;
    // Read again: the keychain call awaited, and the document may have changed meanwhile.
    const doc = this.deps.store.read();
    const profile = doc.profiles.find((p) => p.id === id);
    if (!profile) throw new AppFailure('not_found', 'That profile no longer exists.');
    if (patch.apiBaseUrl !== undefined && patch.apiBaseUrl !== profile.apiBaseUrl) {
      profile.capabilities = null;
      profile.keyRejected = false;
    }
    if (moving) {
      profile.keyOrigin = null;
      profile.keyRemovedFrom = hadKey ? apiOrigin(before.apiBaseUrl) : null;
    }
    Object.assign(profile, patch);
    await this.save(doc);
    return this.view(this.get(profile.id));
  }

  /** Removes a profile after deleting its key; if the keychain refuses, nothing is removed. */
  async remove(id: string): Promise<ProfilesState> {
    this.get(id);
    await this.deps.vault.deleteKey(id);
    const doc = this.deps.store.read();
    doc.profiles = doc.profiles.filter((p) => p.id !== id);
    if (doc.activeProfileId === id) doc.activeProfileId = doc.profiles[0]?.id ?? null;
    this.clients.delete(id);
    await this.save(doc);
    return this.state();
  }

  /** Makes a profile the active one. */
  async activate(id: string): Promise<ProfilesState> {
    const doc = this.deps.store.read();
    if (!doc.profiles.some((p) => p.id === id)) {
      throw new AppFailure('not_found', 'That profile no longer exists.');
    }
    doc.activeProfileId = id;
    await this.save(doc);
    return this.state();
  }

  // --- Keys (write-only) ---

  /** Stores or replaces a key; a new key has not been rejected and its scopes are unknown. */
  async setKey(id: string, secretKey: string): Promise<ProfileView> {
    this.get(id);
    try {
      await this.deps.vault.setKey(id, secretKey);
    } catch (error) {
      // The keychain's state just changed (locked, unavailable): show it, then report.
      this.deps.emit('profiles:changed', await this.state());
      throw error;
    }
    // Bound to the origin the profile points at now: the key is never sent anywhere else.
    return this.patch(id, {
      keyRejected: false,
      capabilities: null,
      keyOrigin: apiOrigin(this.get(id).apiBaseUrl),
      keyRemovedFrom: null,
    });
  }

  /** Deletes a profile's key from the keychain. */
  async deleteKey(id: string): Promise<ProfileView> {
    this.get(id);
    await this.deps.vault.deleteKey(id);
    return this.patch(id, {
      keyRejected: false,
      capabilities: null,
      keyOrigin: null,
      keyRemovedFrom: null,
    });
  }

  /**
   * The profile's key, for a request about to go to `origin`. Refuses (key_missing) unless the
   * key was entered for that origin; clients call this per request, never cache the key.
   */
  async secretKeyFor(id: string, origin: string): Promise<string> {
    assertKeyOrigin(this.get(id), origin);
    return this.deps.vault.getKey(id);
  }

  /** Proves the key with harmless reads and records which features its scopes allow. */
  async testKey(id: string): Promise<ProfileView> {
    const capabilities = await this.call(id, (client) =>
      testKeyCapabilities(client, this.deps.clock),
    );
    return this.patch(id, { capabilities, keyRejected: false });
  }

  // --- Calling Nango ---

  /**
   * Runs a Nango call for a profile. A 401 marks the key rejected (shown in Settings) and is
   * rethrown; a network failure keeps the key as it is. `run` also gets the profile as the
   * client was built from it (a copy), so a caller can record which server it talked to even
   * if the profile changes while the call is in flight.
   */
  async call<T>(
    id: string,
    run: (client: NangoClient, profile: Readonly<StoredProfile>) => Promise<T>,
  ): Promise<T> {
    const profile = this.get(id);
    const client = this.clientFor(profile);
    try {
      return await run(client, profile);
    } catch (error) {
      if (error instanceof NangoError && error.kind === 'unauthorized') {
        await this.patch(id, { keyRejected: true });
      }
      throw error;
    }
  }

  // --- Internals ---

  private clientFor(profile: StoredProfile): NangoClient {
    const signature = profile.apiBaseUrl;
    const cached = this.clients.get(profile.id);
    if (cached && cached.signature === signature) return cached.client;
    const client = this.deps.createClient(profile, (origin) =>
      this.secretKeyFor(profile.id, origin),
    );
    this.clients.set(profile.id, { client, signature });
    return client;
  }

  private async patch(id: string, patch: Partial<StoredProfile>): Promise<ProfileView> {
    const doc = this.deps.store.read();
    const profile = doc.profiles.find((p) => p.id === id);
    if (!profile) throw new AppFailure('not_found', 'That profile no longer exists.');
    Object.assign(profile, patch);
    await this.save(doc);
    return this.view(this.get(profile.id));
  }

  /**
   * Writes the document; callers then read back from the store, never from their copy, so a
   * failed write (which throws `storage_unavailable`) leaves nothing changed on screen.
   */
  private async save(doc: ProfilesDoc): Promise<void> {
    this.deps.store.write(doc);
    this.deps.emit('profiles:changed', await this.state());
  }

  private async view(profile: StoredProfile): Promise<ProfileView> {
    const vault = await this.deps.vault.peekStatus(profile.id);
    const removedFrom = profile.keyRemovedFrom;
    if (vault.status === 'missing' && removedFrom) {
      return toProfileView(profile, { ...vault, message: keyRemovedMessage(removedFrom, profile) });
    }
    return toProfileView(profile, vault);
  }
}
