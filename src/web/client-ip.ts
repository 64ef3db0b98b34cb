/**
 * The client's address for rate limits; "unknown" where there is no socket (tests). Behind a
 * reverse proxy every request comes from the proxy's address, so X-Forwarded-For is read, but only
 * through the hops TRUST_PROXY trusts (proxy-addr, as Express does): the first address a trusted
 * proxy names that is not itself trusted. An entry a visitor wrote in front of it counts for nothing.
 */
import { isIP } from "node:net";
import type { IncomingMessage } from "node:http";
import type { Context } from "hono";
import { getConnInfo } from "@hono/node-server/conninfo";
import proxyaddr from "proxy-addr";
import type { AppEnv } from "./env.js";

export function clientIp(c: Context<AppEnv>): string {
  let socket: string | undefined;
  try {
    socket = getConnInfo(c).remote.address;
  } catch {
    return "unknown";
  }
  if (!socket) return "unknown";
  const forwardedFor = c.req.header("x-forwarded-for");
  if (!forwardedFor) return socket;
  const request = { socket: { remoteAddress: socket }, headers: { "x-forwarded-for": forwardedFor } };
  const address = proxyaddr(request as unknown as IncomingMessage, c.var.deps.config.trustProxy);
  // A trusted proxy passes on what it was given; only an address is a key.
  return isIP(address) ? address : socket;
}
