/* The admin's page: every member with their roles and profile, a form to add one, and disable / enable. */
import { CsrfField, Layout } from './layout.tsx';
import { roles } from '../../store/index.ts';
import type { BoardMember } from '../../store/index.ts';

export interface MemberDraft {
  name?: string;
  displayName?: string;
  credentials?: string;
  specialty?: string;
  roles?: string[];
}

export function MembersPage(props: { members: BoardMember[]; self: string; message?: string; draft?: MemberDraft }) {
  const draft = props.draft ?? {};
  return (
    <Layout title="Members">
      <h1>Members</h1>
      {props.message ? (
        <p class="notice" role="alert">
          {props.message}
        </p>
      ) : null}
      <table class="queue members">
        <thead>
          <tr>
            <th>Name</th>
            <th>Roles</th>
            <th>Shown as</th>
            <th>Since</th>
            <th>Account</th>
          </tr>
        </thead>
        <tbody>
          {props.members.map((m) => (
            <tr class={m.disabledAt ? 'disabled' : ''}>
              <td>{m.name}</td>
              <td>{m.roles.join(', ')}</td>
              <td>{[m.displayName, m.credentials, m.specialty].filter(Boolean).join(', ')}</td>
              <td>{m.createdAt.slice(0, 10)}</td>
              <td>
                {m.disabledAt ? `Disabled ${m.disabledAt.slice(0, 10)} ` : 'Active '}
                {m.name === props.self ? null : (
                  <form
                    method="post"
                    action={`/admin/members/${encodeURIComponent(m.name)}/${m.disabledAt ? 'enable' : 'disable'}`}
                    class="inline"
                  >
                    <CsrfField />
                    <button type="submit" name="member" value={m.name}>
                      {m.disabledAt ? 'Enable' : 'Disable'}
                    </button>
                  </form>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>Add a member</h2>
      <form method="post" action="/admin/members" class="stack">
        <CsrfField />
        <label for="name">Sign-in name</label>
        <input id="name" name="name" required maxlength={40} pattern="[A-Za-z0-9][A-Za-z0-9._\-]{1,39}" value={draft.name ?? ''} />
        <label for="display-name">Shown as (e.g. Dr Ana Silva)</label>
        <input id="display-name" name="displayName" maxlength={120} value={draft.displayName ?? ''} />
        <label for="credentials">Credentials (e.g. MD, FRCP)</label>
        <input id="credentials" name="credentials" maxlength={120} value={draft.credentials ?? ''} />
        <label for="specialty">Specialty (e.g. Neurology)</label>
        <input id="specialty" name="specialty" maxlength={120} value={draft.specialty ?? ''} />
        <fieldset>
          <legend>Roles</legend>
          {roles.map((r) => (
            <label>
              <input type="checkbox" name={`role_${r}`} value="on" checked={draft.roles?.includes(r)} /> {r}{' '}
            </label>
          ))}
        </fieldset>
        <label for="password">First password (at least 12 characters; give it to them privately)</label>
        <input id="password" name="password" type="password" autocomplete="new-password" required minlength={12} maxlength={1024} />
        <button type="submit">Add member</button>
      </form>
    </Layout>
  );
}
