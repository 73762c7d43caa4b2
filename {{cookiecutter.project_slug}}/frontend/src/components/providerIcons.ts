import {
  siApple,
  siDiscord,
  siFacebook,
  siGithub,
  siGitlab,
  siGoogle,
  siOpenid,
  siX,
  type SimpleIcon,
} from "simple-icons";

/**
 * Brand logos of the providers the API knows (backend/social_login/login/providers.py), from Simple
 * Icons. Named imports only: the build keeps these few icons, not the set's thousands. A
 * provider without an entry (the dev provider; Microsoft, whose logo Simple Icons does not
 * carry) gets its initial instead. Add a line here when you add a provider.
 */
export const PROVIDER_ICONS: Readonly<Record<string, SimpleIcon>> = {
  apple: siApple,
  discord: siDiscord,
  facebook: siFacebook,
  github: siGithub,
  gitlab: siGitlab,
  google: siGoogle,
  oidc: siOpenid,
  twitter: siX,
  x: siX,
};
