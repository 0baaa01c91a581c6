/**
 * The contract's zod schemas, for the few renderer forms that validate with them (profile
 * setup and settings, both loaded lazily). Importing them through here runs zod-config first,
 * and keeps zod out of the first screen's bundle: import the schemas nowhere else.
 */
import '../zod-config';

export { profileInput } from '../../../src-shared/contract/schemas';
