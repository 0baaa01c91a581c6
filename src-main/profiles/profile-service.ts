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
import type { ProfilesDoc, StoredProfile } from './profile-store';
import { toProfileView } from './profile-view';
import { testKeyCapabilities } from './test-key';

/** What the service needs. */
export interface ProfileServiceDeps {
  store: DocumentStore<ProfilesDoc>;
  vault: KeychainVault;
  clock: Clock;
  emit: EventSink;
  newId: () => string;
  /** Builds a Nango client for a profile; its key is read from the vault per request. */
  createClient: (profile: StoredProfile) => NangoClient;
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

  /** The active profile, or null when there is none. */
  activeProfile(): StoredProfile | null {
    const doc = this.deps.store.read();
    return doc.profiles.find((p) => p.id === doc.activeProfileId) ?? null;
  }

  // --- Editing ---

  /** Adds a profile; the first one becomes active. */
  async create(input: ProfileInput): Promise<ProfileView> {
    const doc = this.deps.store.read();
    const profile: StoredProfile = {
      id: this.deps.newId(),
      ...input,
      capabilities: null,
      keyRejected: false,
      createdAt: new Date(this.deps.clock.now()).toISOString(),
    };
    doc.profiles.push(profile);
    doc.activeProfileId ??= profile.id;
    await this.save(doc);
    return this.view(this.get(profile.id));
  }

  /** Renames or re-points a profile. Changing the API base forgets the learnt scopes. */
  async update(id: string, patch: Partial<ProfileInput>): Promise<ProfileView> {
    const doc = this.deps.store.read();
    const profile = doc.profiles.find((p) => p.id === id);
    if (!profile) throw new AppFailure('not_found', 'That profile no longer exists.');
    if (patch.apiBaseUrl !== undefined && patch.apiBaseUrl !== profile.apiBaseUrl) {
      profile.capabilities = null;
      profile.keyRejected = false;
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
    return this.patch(id, { keyRejected: false, capabilities: null });
  }

  /** Deletes a profile's key from the keychain. */
  async deleteKey(id: string): Promise<ProfileView> {
    this.get(id);
    await this.deps.vault.deleteKey(id);
    return this.patch(id, { keyRejected: false, capabilities: null });
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
   * rethrown; a network failure keeps the key as it is.
   */
  async call<T>(id: string, run: (client: NangoClient) => Promise<T>): Promise<T> {
    const client = this.clientFor(this.get(id));
    try {
      return await run(client);
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
    const client = this.deps.createClient(profile);
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
    return toProfileView(profile, await this.deps.vault.peekStatus(profile.id));
  }
}
