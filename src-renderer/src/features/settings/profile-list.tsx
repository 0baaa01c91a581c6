/**
 * The profiles in Settings, as a list to pick one from, plus "Add profile".
 */
import type { ProfileView } from '../../../../src-shared/models/profile';

export interface ProfileListProps {
  profiles: ProfileView[];
  activeProfileId: string | null;
  /** The profile shown on the right, or `new` while adding one. */
  selected: string;
  onSelect: (id: string) => void;
}

export function ProfileList({ profiles, activeProfileId, selected, onSelect }: ProfileListProps) {
  return (
    <nav className="profile-list" aria-label="Profiles">
      <ul className="profile-list__items">
        {profiles.map((profile) => (
          <li key={profile.id}>
            <button
              type="button"
              className="profile-list__item"
              aria-current={selected === profile.id ? 'true' : undefined}
              data-testid="profile-list-item"
              onClick={() => onSelect(profile.id)}
            >
              <span
                className={`status-dot ${profile.key.status === 'ok' ? 'status-dot--ok' : 'status-dot--warn'}`}
                aria-hidden="true"
              />
              <span className="profile-list__name">{profile.name}</span>
              {profile.id === activeProfileId ? (
                <span className="badge badge--active">Active</span>
              ) : null}
              <span className="visually-hidden">
                {profile.key.status === 'ok' ? ', key ready' : `, key ${profile.key.status}`}
              </span>
            </button>
          </li>
        ))}
      </ul>
      <button
        type="button"
        className="button button--ghost button--block"
        aria-current={selected === 'new' ? 'true' : undefined}
        data-testid="profile-add"
        onClick={() => onSelect('new')}
      >
        + Add profile
      </button>
    </nav>
  );
}
