/**
 * Outside production and without PUBLIC_URL, the links Samen mails follow the address the person
 * is using: someone who opened http://127.0.0.1:3000 gets sign-in links on 127.0.0.1, where their
 * cookies are, not on the default http://localhost:3000. Production, or a set PUBLIC_URL, never
 * looks at the Host header (a forged one would otherwise put a stranger's address in a sign-in mail).
 * Even in development only a loopback or private-network address is followed, for the same reason.
 */
import type { Config } from "../config.js";
import type { Deps } from "../web/env.js";

/** The deps a request works with: the server's, with publicUrl taken from the request where that is allowed. */
export function depsForRequest(deps: Deps, requestUrl: string): Deps {
  const publicUrl = requestPublicUrl(deps.config, requestUrl);
  if (publicUrl === deps.config.publicUrl) return deps;
  return { ...deps, config: { ...deps.config, publicUrl } };
}

/** config.publicUrl, or the request's origin when PUBLIC_URL is unset outside production and the host is local. */
export function requestPublicUrl(config: Pick<Config, "PUBLIC_URL" | "production" | "publicUrl">, requestUrl: string) {
  if (config.PUBLIC_URL || config.production) return config.publicUrl;
  const url = new URL(requestUrl);
  return isLocalHost(url.hostname) ? url.origin : config.publicUrl;
}

const privateIpv4 = [/^127\./, /^10\./, /^192\.168\./, /^172\.(1[6-9]|2\d|3[01])\./, /^169\.254\./];

/** Loopback, a private network or *.localhost: addresses only someone on this machine or network reaches. */
function isLocalHost(hostname: string): boolean {
  if (hostname === "localhost" || hostname.endsWith(".localhost") || hostname === "[::1]") return true;
  return privateIpv4.some((range) => range.test(hostname));
}
