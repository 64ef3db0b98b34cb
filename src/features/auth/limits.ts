/**
 * Sign-in rate limits. An address is counted per IP, not on its own: six requests
 * from an attacker's machine then lock out that machine, not the person, who still
 * signs in from their own device. Each IP has an overall limit too, so one machine
 * cannot walk through many addresses. Passwords also have a wide per-address limit
 * against guessing from many machines; that one needs ten machines to reach.
 */
import type { Limit } from "../../auth/rate-limit.js";

const QUARTER = 900;

/** Asking for a sign-in link: 5 per address per IP, 30 per IP, per quarter of an hour. */
export function linkLimits(email: string, ip: string): Limit[] {
  return [
    { key: `link:email-ip:${email}|${ip}`, limit: 5, windowSeconds: QUARTER },
    { key: `link:ip:${ip}`, limit: 30, windowSeconds: QUARTER },
  ];
}

/** Signing in with a password: 10 per address per IP, 50 per IP, 100 per address, per quarter of an hour. */
export function passwordLimits(email: string, ip: string): Limit[] {
  return [
    { key: `password:email-ip:${email}|${ip}`, limit: 10, windowSeconds: QUARTER },
    { key: `password:ip:${ip}`, limit: 50, windowSeconds: QUARTER },
    { key: `password:email:${email}`, limit: 100, windowSeconds: QUARTER },
  ];
}
