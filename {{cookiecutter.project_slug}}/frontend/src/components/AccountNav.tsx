import { Link, useLocation } from "wouter";

const PAGES = [
  { href: "/account", label: "Profile and connected accounts" },
  { href: "/account/sign-ins", label: "Where you're signed in" },
  { href: "/account/delete", label: "Delete account" },
] as const;

/** The account center's pages; the current one is marked for assistive technology. */
export function AccountNav() {
  const [path] = useLocation();
  return (
    <nav aria-label="Account" className="account-nav">
      {PAGES.map(({ href, label }) => (
        <Link key={href} href={href} aria-current={path === href ? "page" : undefined}>
          {label}
        </Link>
      ))}
    </nav>
  );
}
