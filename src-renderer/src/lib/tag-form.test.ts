import { describe, expect, it } from 'vitest';
import {
  emptyTagForm,
  fieldKeyForTag,
  newCustomRow,
  tagFormFromTags,
  tagsFromForm,
  validateTagForm,
  type TagFormValues,
} from './tag-form';

const form = (
  standard: Partial<TagFormValues['standard']> = {},
  custom: [string, string][] = [],
): TagFormValues => ({
  standard: { ...emptyTagForm().standard, ...standard },
  custom: custom.map(([key, value]) => ({ ...newCustomRow(), key, value })),
});

describe('tagsFromForm', () => {
  it('keeps filled fields, trimmed, and drops blanks', () => {
    const values = form({ end_user_id: ' cus_1 ', end_user_email: '' }, [
      ['crm_id', ' 42 '],
      ['', ''],
    ]);
    expect(tagsFromForm(values)).toEqual({ end_user_id: 'cus_1', crm_id: '42' });
  });
  it('never lets a later row overwrite an earlier key', () => {
    const values = form({ end_user_id: 'cus_1' }, [['end_user_id', 'other']]);
    expect(tagsFromForm(values)).toEqual({ end_user_id: 'cus_1' });
  });
});

describe('validateTagForm', () => {
  it('requires end_user_id by default, not when switched off', () => {
    expect(validateTagForm(form())['tag:end_user_id']).toEqual(["Enter the customer's id."]);
    expect(validateTagForm(form(), { requireEndUserId: false })).toEqual({});
  });
  it('puts a bad email under the email field', () => {
    const errors = validateTagForm(form({ end_user_id: 'a', end_user_email: 'dana@acme' }));
    expect(errors['tag:end_user_email']?.[0]).toMatch(/valid email/);
  });
  it('puts a bad key under its row, with the rule in words', () => {
    const values = form({ end_user_id: 'a' }, [['9bad', 'x']]);
    const row = values.custom[0]!;
    expect(validateTagForm(values)[`custom:${row.id}`]?.[0]).toMatch(/start with a letter/);
  });
  it('flags an empty value, a value without key, handoff_id and duplicates', () => {
    const values = form({ end_user_id: 'a' }, [
      ['crm', ''],
      ['', 'orphan'],
      ['HANDOFF_ID', 'x'],
      ['End_User_Id', 'dup'],
    ]);
    const [empty, orphan, reserved, dup] = values.custom;
    const errors = validateTagForm(values);
    expect(errors[`custom:${empty!.id}`]?.[0]).toMatch(/cannot be empty/);
    expect(errors[`custom:${orphan!.id}`]?.[0]).toMatch(/Enter a key/);
    expect(errors[`custom:${reserved!.id}`]?.[0]).toMatch(/added by Handoff/);
    expect(errors[`custom:${dup!.id}`]?.[0]).toMatch(/already used/);
    expect(errors['tag:end_user_id']).toBeUndefined();
  });
  it('counts the handoff_id and handoff_install main adds toward the 10-tag limit', () => {
    const seven = Array.from({ length: 7 }, (_, i) => [`k${i}`, 'v'] as [string, string]);
    // end_user_id + 7 custom + handoff_id + handoff_install = 10: fine.
    expect(validateTagForm(form({ end_user_id: 'a' }, seven))).toEqual({});
    // One more makes 11.
    const errors = validateTagForm(form({ end_user_id: 'a' }, [...seven, ['k9', 'v']]));
    expect(errors.tags?.[0]).toMatch(/At most 10 tags/);
  });
  it('reserves the keys Handoff adds', () => {
    const errors = validateTagForm(form({ end_user_id: 'a' }, [['Handoff_Install', 'x']]));
    expect(Object.values(errors).flat()[0]).toMatch(/handoff_install is added by Handoff/);
  });
  it('accepts a clean form', () => {
    const values = form(
      { end_user_id: 'cus_1', end_user_email: 'dana@acme.io', organization_id: 'org' },
      [['crm.id/x-1', 'ok']],
    );
    expect(validateTagForm(values)).toEqual({});
  });
});

describe('fieldKeyForTag', () => {
  it('maps standard keys, custom rows (case-insensitively) and unknown keys', () => {
    const values = form({ end_user_email: 'x' }, [['CRM_Id', '1']]);
    expect(fieldKeyForTag('end_user_email', values)).toBe('tag:end_user_email');
    expect(fieldKeyForTag('crm_id', values)).toBe(`custom:${values.custom[0]!.id}`);
    expect(fieldKeyForTag('organization_id', values)).toBe('tag:organization_id');
    expect(fieldKeyForTag('nowhere', values)).toBe('tags');
  });
});

describe('tag forms for saved connections', () => {
  it('splits a tag set into the standard fields and custom rows', () => {
    const values = tagFormFromTags({ end_user_id: 'cus_1', handoff_id: 'h1', plan: 'pro' });
    expect(values.standard.end_user_id).toBe('cus_1');
    expect(values.custom.map((r) => [r.key, r.value])).toEqual([
      ['handoff_id', 'h1'],
      ['plan', 'pro'],
    ]);
    expect(tagsFromForm(values)).toEqual({ end_user_id: 'cus_1', handoff_id: 'h1', plan: 'pro' });
  });

  it('lets a saved connection keep handoff_id and use all 10 tags', () => {
    const rules = { requireEndUserId: false, reserveHandoffTag: false };
    const ten = Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`k${i}`, 'v']));
    expect(validateTagForm(tagFormFromTags({ ...ten }), rules)).toEqual({});
    expect(validateTagForm(tagFormFromTags({ handoff_id: 'h1' }), rules)).toEqual({});
    // The create form still reserves one of the ten for handoff_id.
    expect(
      validateTagForm(tagFormFromTags({ handoff_id: 'h1' }), { requireEndUserId: false }),
    ).not.toEqual({});
    const eleven = tagFormFromTags({ ...ten, k10: 'v' });
    expect(validateTagForm(eleven, rules).tags).toEqual(['At most 10 tags; this has 11.']);
  });
});
