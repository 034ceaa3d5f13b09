/*
 * `evidentia user add NAME --role reviewer [--display-name "Dr Ana Silva"] [--credentials MD] [--specialty
 * Neurology]` adds a member; the password comes from a prompt or stdin, never from the command line.
 * `evidentia user list` shows members and their roles; `evidentia user disable NAME` ends an account's
 * sessions and stops its tokens until `evidentia user enable NAME`.
 */
import { parseArgs } from 'node:util';
import { databasePath } from '../../config.ts';
import { EvidentiaError } from '../../errors.ts';
import { openSqliteStore } from '../../store/index.ts';
import { addMember, setMemberEnabled } from '../../accounts/index.ts';
import type { CliIo } from '../io.ts';

export async function userCommand(args: string[], io: CliIo): Promise<number> {
  if (args.some((a) => /^--pass(word)?(=|$)/.test(a))) {
    throw new EvidentiaError(
      'USAGE',
      'passwords are never given on the command line (they would stay in the shell history and the process list); type it at the prompt or pipe it on stdin',
    );
  }
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      role: { type: 'string', multiple: true },
      'display-name': { type: 'string' },
      credentials: { type: 'string' },
      specialty: { type: 'string' },
    },
  });
  const [verb, name] = positionals;
  const store = openSqliteStore(databasePath());
  try {
    if (verb === 'list') {
      for (const m of store.members())
        io.out(
          `${m.name}\t${m.roles.join(',')}\t${[m.displayName, m.credentials, m.specialty].filter(Boolean).join(', ')}${m.disabledAt ? `\tdisabled ${m.disabledAt.slice(0, 10)}` : ''}`,
        );
      return 0;
    }
    if ((verb === 'disable' || verb === 'enable') && name) {
      const member = setMemberEnabled(store, name, verb === 'enable', { name: operator(), via: 'cli' });
      io.out(`Evidentia: ${member.name} is ${member.disabledAt ? 'disabled' : 'enabled'}`);
      return 0;
    }
    if (verb !== 'add' || !name)
      throw new EvidentiaError(
        'USAGE',
        'use: evidentia user add NAME --role reader|editor|reviewer|admin [--display-name N] [--credentials C] [--specialty S], evidentia user list, or evidentia user disable|enable NAME',
      );
    if (!io.readSecret) throw new EvidentiaError('USAGE', 'user add needs a prompt or stdin to read the password from');
    const password = await io.readSecret(`Password for ${name}: `);
    const member = await addMember(
      store,
      {
        name,
        roles: values.role ?? [],
        password,
        displayName: values['display-name'],
        credentials: values.credentials,
        specialty: values.specialty,
      },
      { name: operator(), via: 'cli' },
    );
    io.out(`Evidentia: added ${member.name} (${member.roles.join(', ')})`);
    return 0;
  } finally {
    store.close();
  }
}

/** Who acts from the command line: the operating-system user, as the audit log records it. */
function operator(): string {
  return process.env.USER ? `operator:${process.env.USER}` : 'operator';
}
