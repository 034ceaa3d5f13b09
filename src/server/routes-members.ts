/*
 * Admins manage members: list them, add one with roles and a first password, disable or enable an
 * account. Admin role only (403 otherwise, 401 without an account); every form carries its CSRF token
 * and every change is in the audit log under the admin's name.
 */
import { EvidentiaError } from '../errors.ts';
import { addMember, setMemberEnabled } from '../accounts/index.ts';
import { roles } from '../store/index.ts';
import { requireMember } from './routes-api.ts';
import { MembersPage } from './pages/members.tsx';
import type { Context, Hono } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { Evidentia } from '../evidentia.ts';
import type { BoardMember } from '../store/index.ts';
import type { RenderPage } from './app.ts';
import type { ServerEnv } from './guard.ts';

const profileLength = 120;

function requireAdmin(c: Context<ServerEnv>): BoardMember {
  const member = requireMember(c, 'managing members');
  if (!member.roles.includes('admin'))
    throw new EvidentiaError('FORBIDDEN', `managing members needs the admin role; ${member.name} has ${member.roles.join(', ')}`);
  return member;
}

const field = (form: Record<string, unknown>, name: string) => (typeof form[name] === 'string' ? (form[name] as string) : '');

export function memberRoutes(app: Hono<ServerEnv>, engine: Evidentia, page: RenderPage): void {
  const store = engine.store;

  app.get('/admin/members', (c) => {
    if (!c.get('member')) return c.redirect(`/login?next=${encodeURIComponent('/admin/members')}`, 303);
    const admin = requireAdmin(c);
    return page(c, MembersPage({ members: store.members(), self: admin.name }));
  });

  app.post('/admin/members', async (c) => {
    const admin = requireAdmin(c);
    const form = await c.req.parseBody();
    const draft = {
      name: field(form, 'name').trim().slice(0, 40),
      displayName: field(form, 'displayName').trim(),
      credentials: field(form, 'credentials').trim(),
      specialty: field(form, 'specialty').trim(),
      roles: roles.filter((r) => form[`role_${r}`] === 'on'),
    };
    try {
      for (const [label, value] of [
        ['shown as', draft.displayName],
        ['credentials', draft.credentials],
        ['specialty', draft.specialty],
      ] as const) {
        if (value.length > profileLength)
          throw new EvidentiaError('BAD_REQUEST', `"${label}" can have at most ${profileLength} characters`);
      }
      await addMember(store, { ...draft, password: field(form, 'password') }, { name: admin.name, via: 'web' });
      return c.redirect('/admin/members', 303);
    } catch (err) {
      // The form comes back with what was typed — except the password, which is never sent back.
      if (!(err instanceof EvidentiaError) || ![400, 409].includes(err.status)) throw err;
      return page(
        c,
        MembersPage({ members: store.members(), self: admin.name, message: err.message, draft }),
        err.status as ContentfulStatusCode,
      );
    }
  });

  for (const verb of ['disable', 'enable'] as const) {
    app.post(`/admin/members/:name/${verb}`, (c) => {
      const admin = requireAdmin(c);
      setMemberEnabled(store, c.req.param('name'), verb === 'enable', { name: admin.name, via: 'web' });
      return c.redirect('/admin/members', 303);
    });
  }
}
