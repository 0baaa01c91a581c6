/**
 * The delivery message ("Send by e-mail", "Copy as message"): subject and body with
 * placeholders. Main fills them in; this screen only ever holds the template.
 */
import { useEffect, useId, useState } from 'react';
import type { AppError } from '../../../../src-shared/contract/result';
import type { MessageTemplate } from '../../../../src-shared/models/presentation';
import { getApi } from '../../api';
import { ErrorAlert } from '../../ui/error-alert';
import { FieldErrorText } from '../../ui/field-error';
import { TextField } from '../../ui/text-field';

/** The template editor. */
export function MessageTemplatePanel() {
  const [template, setTemplate] = useState<MessageTemplate | null>(null);
  const [subject, setSubject] = useState('');
  const [body, setBody] = useState('');
  const [error, setError] = useState<AppError | null>(null);
  const [saved, setSaved] = useState('');
  const bodyId = useId();

  const take = (next: MessageTemplate, message: string) => {
    setTemplate(next);
    setSubject(next.subject);
    setBody(next.body);
    setError(null);
    setSaved(message);
  };

  useEffect(() => {
    let live = true;
    void getApi()
      .delivery.template({})
      .then((result) => {
        if (!live) return;
        if (result.ok) take(result.data, '');
        else setError(result.error);
      });
    return () => {
      live = false;
    };
  }, []);

  const errorsFor = (field: string) =>
    error?.fields?.filter((f) => f.path[0] === field).map((f) => f.message);
  const bodyErrors = errorsFor('body');

  return (
    <section className="panel message-template" aria-labelledby="message-template-title">
      <h2 id="message-template-title" className="page-title">
        Message for “Send by e-mail” and “Copy as message”
      </h2>
      <p className="muted">
        Placeholders: <code>{'{customer}'}</code>, <code>{'{link}'}</code>,{' '}
        <code>{'{expires}'}</code> (time and day the link stops working) and{' '}
        <code>{'{integrations}'}</code>. Handoff fills them in when you send; the link is added only
        at that moment.
      </p>
      <form
        className="stack"
        data-testid="message-template"
        onSubmit={async (event) => {
          event.preventDefault();
          const result = await getApi().delivery.setTemplate({ subject, body });
          if (result.ok) take(result.data, 'Message saved.');
          else {
            setError(result.error);
            setSaved('');
          }
        }}
      >
        <TextField
          label="Subject"
          value={subject}
          onValueChange={setSubject}
          errors={errorsFor('subject')}
          testId="template-subject"
          maxLength={200}
        />
        <div className="field">
          <label className="field__label" htmlFor={bodyId}>
            <span className="field__text">Message</span>
          </label>
          <textarea
            id={bodyId}
            className="input textarea message-template__body"
            value={body}
            rows={8}
            maxLength={4000}
            data-testid="template-body"
            aria-invalid={!!bodyErrors?.length}
            aria-describedby={bodyErrors?.length ? `${bodyId}-error` : undefined}
            onChange={(event) => setBody(event.target.value)}
          />
          <FieldErrorText id={`${bodyId}-error`} messages={bodyErrors} />
        </div>
        {error && !error.fields?.length ? <ErrorAlert error={error} compact /> : null}
        <div className="row">
          <button type="submit" className="button button--primary" data-testid="template-save">
            Save message
          </button>
          <button
            type="button"
            className="button button--secondary"
            disabled={template?.isDefault ?? true}
            data-testid="template-reset"
            onClick={async () => {
              const result = await getApi().delivery.resetTemplate({});
              if (result.ok) take(result.data, 'Back to the built-in message.');
            }}
          >
            Use the built-in message
          </button>
          <p className="success-text" aria-live="polite" data-testid="template-feedback">
            {saved}
          </p>
        </div>
      </form>
    </section>
  );
}
