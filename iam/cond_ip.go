package iam

import (
	"net/netip"
	"strings"
)

// IpAddress and NotIpAddress test an address against CIDR blocks, IPv4 or
// IPv6 ("IP address condition operators", IAM user guide).
func init() {
	ip := func(p, r string) Tri {
		if t, done := knownOrMaybe(p, r); done {
			return t
		}
		prefix, ok := parsePrefix(p)
		addr, err := netip.ParseAddr(r)
		return triOf(ok && err == nil && prefix.Contains(addr.Unmap()))
	}
	register("IpAddress", opSpec{match: ip})
	register("NotIpAddress", opSpec{match: ip, negated: true})
}

func parsePrefix(s string) (netip.Prefix, bool) {
	if !strings.Contains(s, "/") {
		a, err := netip.ParseAddr(s)
		if err != nil {
			return netip.Prefix{}, false
		}
		a = a.Unmap()
		return netip.PrefixFrom(a, a.BitLen()), true
	}
	p, err := netip.ParsePrefix(s)
	if err != nil {
		return netip.Prefix{}, false
	}
	return netip.PrefixFrom(p.Addr().Unmap(), p.Bits()).Masked(), true
}
