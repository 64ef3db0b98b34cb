import { describe, expect, it } from "vitest";
import { limitAddress } from "./client-ip.js";

describe("the address a client is limited under", () => {
  it("is an IPv6 address's /64 however it is written, and an IPv4 address itself, also written as IPv6", () => {
    for (const written of [
      "2001:db8:0:a::1",
      "2001:0db8:0000:000a:ffff:1:2:3",
      "2001:DB8:0:A:0:0:0:0",
      "2001:db8:0:a::1%eth0",
    ])
      expect(limitAddress(written), written).toBe("2001:db8:0:a::/64");
    expect(limitAddress("2001:db8::1")).toBe("2001:db8:0:0::/64");
    expect(limitAddress("::1")).toBe("0:0:0:0::/64");
    expect(limitAddress("::ffff:192.0.2.1")).toBe("192.0.2.1");
    expect(limitAddress("::ffff:c000:201")).toBe("192.0.2.1");
    expect(limitAddress("64:ff9b::192.0.2.1")).toBe("64:ff9b:0:0::/64");
    expect(limitAddress("192.0.2.1")).toBe("192.0.2.1");
    expect(limitAddress("unknown")).toBe("unknown");
  });
});
