import type { User } from "../lib/api";

export function ProfileCard({ user }: { user: User }) {
  const name = user.display_name || `${user.first_name} ${user.last_name}`.trim() || user.username;
  return (
    <section className="card" aria-labelledby="profile-heading">
      <h2 id="profile-heading">{name}</h2>
      <dl>
        <dt>Email</dt>
        <dd>{user.email || "none"}</dd>
        <dt>Username</dt>
        <dd>{user.username}</dd>
      </dl>
    </section>
  );
}
