package rules

import "github.com/open-policy-agent/opa/v1/ast"

// unsafeBuiltins are refused to every rule: a linter that runs on untrusted
// pull requests must not reach the network, read the process environment
// or compile code at run time.
// Clocks and randomness go too: same input, same output.
var unsafeBuiltins = map[string]bool{
	"http.send":          true,
	"net.lookup_ip_addr": true,
	"opa.runtime":        true,
	"rego.parse_module":  true,
	"time.now_ns":        true,
	"rand.intn":          true,
	"uuid.rfc4122":       true,
	"uuid.parse":         false,
	// A schema's $ref may name a file:// URL, which OPA reads from disk
	// whatever the network capabilities say.
	"json.match_schema":  true,
	"json.verify_schema": true,
}

// capabilities are OPA's own minus the unsafe builtins, with no network
// host allowed for anything that might still try.
func capabilities() *ast.Capabilities {
	c := ast.CapabilitiesForThisVersion()
	kept := c.Builtins[:0]
	for _, b := range c.Builtins {
		if unsafeBuiltins[b.Name] {
			continue
		}
		kept = append(kept, b)
	}
	c.Builtins = kept
	c.AllowNet = []string{}
	return c
}
