/**
 * A local failure a service reports on purpose (a record that does not exist, an action the
 * record's state forbids). Mapped to a Result error like NangoError and KeychainError.
 */
import type { ErrorCode, FieldError } from '../../src-shared/contract/result';

/** A failure with a code from the contract and a message for people. */
export class AppFailure extends Error {
  override readonly name = 'AppFailure';
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields?: FieldError[],
  ) {
    super(message);
  }
}
