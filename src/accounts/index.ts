/* Public API of accounts: members of the Medical Advisory Board, passwords, sessions and API tokens. */
export {
  addMember,
  setMemberEnabled,
  signIn,
  startSession,
  sessionMember,
  endSession,
  createApiToken,
  apiTokenMember,
  hasRole,
  parseRoles,
  lockout,
  sessionHours,
} from './members.ts';
export type { NewMemberInput } from './members.ts';
export { hashPassword, verifyPassword, checkPasswordStrength, minimumPasswordLength, scryptCost } from './passwords.ts';
export { newSecret, secretHash } from './secrets.ts';
