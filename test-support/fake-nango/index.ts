/**
 * fake-nango: a real loopback HTTP server that behaves like Nango's API as observed in
 * shared/nango-api/server-behaviour.md. See README.md for the interface.
 */
export { startFakeNango } from './fake-nango';
export { SCOPES } from './auth';
export type {
  AuthKind,
  CompleteSessionOptions,
  Connection,
  ConnectionErrorEntry,
  ConnectionErrorInput,
  ConnectionInput,
  EndUser,
  FakeNango,
  FakeNangoOptions,
  Fault,
  FaultMatch,
  Integration,
  IntegrationInput,
  RateLimitConfig,
  RequestLogEntry,
  SessionSnapshot,
  Tags,
} from './types';
