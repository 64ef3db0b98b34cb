/**
 * The client's address for rate limits; "unknown" where there is no socket (tests). Behind a
 * reverse proxy every request comes from the proxy's address, so X-Forwarded-For is read, but only
 * through the hops TRUST_PROXY trusts (proxy-addr, as Express does): the first address a trusted
 * proxy names that is not itself trusted. An entry a visitor wrote in front of it counts for nothing.
 * An IPv6 client counts by its network, the /64 (limitAddress).
 */
import { isIP } from "node:net";
import type { IncomingMessage } from "node:http";
import type { Context } from "hono";
import { getConnInfo } from "@hono/node-server/conninfo";
import proxyaddr from "proxy-addr";
import type { AppEnv } from "./env.js";

/** An IPv6 address as its 8 groups; an IPv4 address at its end (::ffff:192.0.2.1) is two of them. */
function ipv6Groups(address: string): number[] {
  const groupsOf = (part: string) =>
    part === ""
      ? []
      : part.split(":").flatMap((group) => {
          if (!group.includes(".")) return [parseInt(group, 16)];
          const [a = 0, b = 0, c = 0, d = 0] = group.split(".").map(Number);
          return [a * 256 + b, c * 256 + d];
        });
  const [head = "", tail] = address.split("%")[0]!.split("::");
  const front = groupsOf(head);
  const back = tail === undefined ? [] : groupsOf(tail);
  return [...front, ...new Array<number>(8 - front.length - back.length).fill(0), ...back];
}

/**
 * The key an address is limited under. An IPv6 client holds a whole /64 (often more) and may take any
 * address in it, so the /64 is one client, as one IPv4 address is; an IPv4 address written as IPv6
 * (::ffff:192.0.2.1, as a dual-stack socket reports it) is that IPv4 address.
 */
export function limitAddress(address: string): string {
  if (isIP(address) !== 6) return address;
  const groups = ipv6Groups(address);
  if (groups.slice(0, 5).every((group) => group === 0) && groups[5] === 0xffff)
    return [groups[6]! >> 8, groups[6]! & 255, groups[7]! >> 8, groups[7]! & 255].join(".");
  return `${groups
    .slice(0, 4)
    .map((group) => group.toString(16))
    .join(":")}::/64`;
}

export function clientIp(c: Context<AppEnv>): string {
  let socket: string | undefined;
  try {
    socket = getConnInfo(c).remote.address;
  } catch {
    return "unknown";
  }
  if (!socket) return "unknown";
  const forwardedFor = c.req.header("x-forwarded-for");
  if (!forwardedFor) return limitAddress(socket);
  const request = { socket: { remoteAddress: socket }, headers: { "x-forwarded-for": forwardedFor } };
  const address = proxyaddr(request as unknown as IncomingMessage, c.var.deps.config.trustProxy);
  // A trusted proxy passes on what it was given; only an address is a key.
  return limitAddress(isIP(address) ? address : socket);
}
