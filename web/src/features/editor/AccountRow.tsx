import { useState } from 'react';
import { Link } from 'wouter';
import type { Role } from '../../gql/graphql';
import { request } from '../../graphql/client';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { SetAccountDisabledMutation, SetAccountRoleMutation } from './account-operations';
import { useAction } from './use-action';

export const ACCOUNT_ROLE_LABELS: Record<Role, string> = { RESEARCHER: 'Forsker', EDITOR: 'Redaktør', ADMIN: 'Administrator' };

export interface AccountRowData {
  id: string;
  email: string;
  role: Role;
  disabledAt?: string | null;
  profile?: { slug: string; fullName: string; status?: string | null } | null;
}

/** One account: its address and profile, its role (changeable) and whether it is disabled. */
export function AccountRow({ account, onDone }: { account: AccountRowData; onDone: (message: string) => void }) {
  const action = useAction();
  const [role, setRole] = useState<Role>(account.role);
  const id = `konto-${account.id}`;
  const saveRole = async () => {
    if (await action.run(() => request(SetAccountRoleMutation, { id: account.id, role }))) {
      onDone(`${account.email} er nå ${ACCOUNT_ROLE_LABELS[role].toLowerCase()}.`);
    }
  };
  const toggle = async () => {
    const disabled = !account.disabledAt;
    if (await action.run(() => request(SetAccountDisabledMutation, { id: account.id, disabled }))) {
      onDone(disabled ? `${account.email} er sperret og logget ut overalt.` : `${account.email} er åpnet igjen.`);
    }
  };
  return (
    <tr>
      <th scope="row">{account.email}</th>
      <td>
        {account.profile?.fullName ? (
          account.profile.status === 'PUBLISHED' ? (
            <Link href={`/forsker/${account.profile.slug}`}>{account.profile.fullName}</Link>
          ) : (
            account.profile.fullName
          )
        ) : (
          <span className="hint">Uten navn</span>
        )}
      </td>
      <td>
        <label htmlFor={`${id}-rolle`} className="visually-hidden">
          Rolle for {account.email}
        </label>
        <select id={`${id}-rolle`} value={role} onChange={(e) => setRole(e.target.value as Role)}>
          {(Object.keys(ACCOUNT_ROLE_LABELS) as Role[]).map((r) => (
            <option key={r} value={r}>
              {ACCOUNT_ROLE_LABELS[r]}
            </option>
          ))}
        </select>{' '}
        {role !== account.role && (
          <button type="button" className="button button--secondary" disabled={action.busy} onClick={saveRole}>
            Lagre rolle<span className="visually-hidden"> for {account.email}</span>
          </button>
        )}
      </td>
      <td>{account.disabledAt ? 'Sperret' : 'Aktiv'}</td>
      <td>
        <button type="button" className="button button--secondary" disabled={action.busy} onClick={toggle}>
          {account.disabledAt ? 'Åpne' : 'Sperr'}
          <span className="visually-hidden"> {account.email}</span>
        </button>
        {action.error ? <ErrorMessage error={action.error} /> : null}
      </td>
    </tr>
  );
}
