/**
 * The inline error under a field. Its id is what the field's `aria-describedby` points at.
 */

export interface FieldErrorTextProps {
  id: string;
  messages: string[] | undefined;
}

/** Renders a field's error messages, or nothing. */
export function FieldErrorText({ id, messages }: FieldErrorTextProps) {
  if (!messages || messages.length === 0) return null;
  return (
    <div className="field-error" id={id} data-testid="field-error">
      {messages.map((message) => (
        <p key={message}>{message}</p>
      ))}
    </div>
  );
}
