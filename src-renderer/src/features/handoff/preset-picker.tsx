/**
 * A profile's pre-flight presets: choosing one applies it to the form at once; the one applied
 * last can then be deleted (after a question). Shown only when the profile has presets.
 */
import { useId, useRef, useState } from 'react';
import type { AppError } from '../../../../src-shared/contract/result';
import type { PreflightPreset } from '../../../../src-shared/models/preflight';
import { usePreflightStore } from '../../stores/use-preflight-store';
import { InlineConfirm } from '../../ui/inline-confirm';

export interface PresetPickerProps {
  profileId: string;
  presets: PreflightPreset[];
  onApply: (preset: PreflightPreset) => void;
  /** What happened, for the panel's live feedback line. */
  onFeedback: (message: string, error?: AppError) => void;
  /** Where focus goes once the last preset is deleted (this picker is then gone). */
  onLastDeleted: () => void;
}

export function PresetPicker({
  profileId,
  presets,
  onApply,
  onFeedback,
  onLastDeleted,
}: PresetPickerProps) {
  const removePreset = usePreflightStore((s) => s.removePreset);
  const [appliedId, setAppliedId] = useState<string | null>(null);
  const selectRef = useRef<HTMLSelectElement>(null);
  const id = useId();
  const applied = presets.find((p) => p.id === appliedId) ?? null;

  const onDelete = async (preset: PreflightPreset) => {
    const result = await removePreset(profileId, preset.id);
    if (!result.ok) {
      onFeedback('', result.error);
      return false;
    }
    onFeedback(`Preset “${preset.name}” deleted.`);
    setAppliedId(null);
    // The delete button is gone: the presets left come next, or naming a new one.
    if (result.data.presets.length === 0) onLastDeleted();
    else requestAnimationFrame(() => selectRef.current?.focus());
    return true;
  };

  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        Preset
      </label>
      <select
        ref={selectRef}
        id={id}
        className="input"
        data-testid="preflight-preset"
        value=""
        onChange={(event) => {
          const preset = presets.find((p) => p.id === event.target.value);
          if (!preset) return;
          onApply(preset);
          setAppliedId(preset.id);
          onFeedback(`Preset “${preset.name}” applied.`);
        }}
      >
        <option value="">Apply a preset…</option>
        {presets.map((p) => (
          <option key={p.id} value={p.id}>
            {p.name}
          </option>
        ))}
      </select>
      {applied ? (
        <InlineConfirm
          label={`Delete preset “${applied.name}”`}
          question={`Delete the preset “${applied.name}”? Links already made keep their settings.`}
          confirmLabel="Delete preset"
          variant="ghost"
          testId="preflight-delete-preset"
          confirmTestId="preflight-delete-preset-confirm"
          refocusAfterConfirm={false}
          onConfirm={() => onDelete(applied)}
        />
      ) : null}
    </div>
  );
}
