import { Link } from 'wouter';
import { type Grouping, groupMembers, type Member, memberRegion } from './group-members';
import { REGION_LABELS, ROLE_LABELS } from './labels';

/** The public member list, in sections by role or by region; each name links to the profile. */
export function MemberList({ members, grouping }: { members: Member[]; grouping: Grouping }) {
  if (members.length === 0) return <p className="empty">Nettverket har ingen medlemmer med publisert profil ennå.</p>;
  return (
    <>
      {groupMembers(members, grouping).map((group) => (
        <section key={group.key} className="member-group" aria-labelledby={`gruppe-${group.key}`}>
          <h3 id={`gruppe-${group.key}`}>
            {group.heading} <span className="member-group__count">({group.members.length})</span>
          </h3>
          <ul className="member-list">
            {group.members.map((m) => (
              <MemberItem key={m.id} member={m} grouping={grouping} />
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}

function MemberItem({ member, grouping }: { member: Member; grouping: Grouping }) {
  const r = member.researcher;
  const byline = [r.title, r.organization?.name].filter(Boolean).join(', ');
  // Say what the grouping does not: the role when grouped by region, the region when grouped by role.
  const extra = [
    grouping === 'region' && member.role !== 'MEMBER' ? ROLE_LABELS[member.role] : null,
    // A represented region is said once, as "representerer Helse Vest".
    grouping === 'rolle' && !member.representing && memberRegion(member) ? REGION_LABELS[memberRegion(member)!] : null,
    member.representing ? `representerer ${member.representing}` : null,
  ].filter(Boolean);
  return (
    <li className="member">
      <Link href={`/forsker/${encodeURIComponent(r.slug)}`} className="member__name">
        {r.fullName}
      </Link>
      {byline && <span className="member__byline">{byline}</span>}
      {extra.length > 0 && <span className="member__extra">{extra.join(' · ')}</span>}
    </li>
  );
}
