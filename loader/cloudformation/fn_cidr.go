package cloudformation

import (
	"fmt"
	"math/big"
	"net/netip"
	"strconv"

	"github.com/denylint/denylint/iam"
	"github.com/denylint/denylint/source"
)

// fnCidr is Fn::Cidr [ip block, count, bits per subnet]: the first count
// subnets of the block, each with the given number of host bits.
func fnCidr(e *evaluator, arg *node, at source.Range) *source.Node {
	items, ok := e.args("Fn::Cidr", arg, at, 3, 3)
	if !ok {
		return unknownNode("Fn::Cidr at "+at.String(), at)
	}
	var s [3]string
	for i := range s {
		if s[i], ok = e.textArg("Fn::Cidr", items[i]); !ok {
			return unknownNode("Fn::Cidr at "+at.String(), at)
		}
	}
	if !iam.IsKnown(s[0] + s[1] + s[2]) {
		return unknownNode(fmt.Sprintf("Fn::Cidr %s", tokenName(s[0])), at)
	}
	subnets, err := cidrs(s[0], s[1], s[2])
	if err != nil {
		return e.invalid("Fn::Cidr", at, "Fn::Cidr: "+err.Error(), "")
	}
	out := &source.Node{Kind: source.Array, Range: at}
	for _, p := range subnets {
		out.Items = append(out.Items, stringNode(p, at))
	}
	return out
}

func cidrs(block, count, bits string) ([]string, error) {
	prefix, err := netip.ParsePrefix(block)
	if err != nil {
		return nil, fmt.Errorf("ip block %q is not a CIDR", block)
	}
	n, err1 := strconv.Atoi(count)
	hostBits, err2 := strconv.Atoi(bits)
	size := prefix.Addr().BitLen() - hostBits
	if err1 != nil || err2 != nil || n < 1 || n > 256 || hostBits < 0 || size < prefix.Bits() {
		return nil, fmt.Errorf("count %q and bits %q do not fit %s", count, bits, block)
	}
	if n > 1<<min(size-prefix.Bits(), 30) {
		return nil, fmt.Errorf("%s holds fewer than %d subnets of %d bits", block, n, hostBits)
	}
	base := new(big.Int).SetBytes(prefix.Masked().Addr().AsSlice())
	step := new(big.Int).Lsh(big.NewInt(1), uint(hostBits))
	out := make([]string, 0, n)
	for range n {
		buf := base.FillBytes(make([]byte, prefix.Addr().BitLen()/8))
		addr, _ := netip.AddrFromSlice(buf)
		out = append(out, netip.PrefixFrom(addr, size).String())
		base.Add(base, step)
	}
	return out, nil
}
