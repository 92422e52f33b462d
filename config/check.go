package config

import (
	"fmt"
	"net/netip"
	"os"
	"regexp"
	"sort"
	"strings"

	"github.com/denylint/denylint/source"
)

var ruleID = regexp.MustCompile(`^[A-Z][A-Z0-9_-]*[0-9]+$`)

// check validates what the types alone cannot: allowed values and the
// shape of expectations.
func (f *File) check() []source.Diagnostic {
	var diags []source.Diagnostic
	bad := func(path, summary, detail string, args ...any) {
		diags = append(diags, source.Diagnostic{Severity: source.Error, Summary: summary,
			Detail: fmt.Sprintf(detail, args...), Range: f.Where(path)})
	}
	if f.Version != 0 && f.Version != 1 {
		bad("version", "unsupported config version", "this denylint reads version 1, not %d", f.Version)
	}
	if s := f.SeverityThreshold; s != "" && source.Severity(s).Rank() == 0 {
		bad("severity_threshold", "unknown severity", "%q is not error, warning or note", s)
	}
	f.checkRules(bad)
	for i, ip := range f.Access.SourceIPs {
		if _, err := netip.ParsePrefix(ip); err != nil {
			if _, err := netip.ParseAddr(ip); err != nil {
				bad(fmt.Sprintf("access.source_ips[%d]", i), "not an IP address", "%q is neither an address nor a CIDR block", ip)
			}
		}
	}
	for i, e := range f.Expect {
		e.check(fmt.Sprintf("expect[%d]", i), f.Resolve(e.SessionPolicy), bad)
	}
	return diags
}

type reporter func(path, summary, detail string, args ...any)

func (f *File) checkRules(bad reporter) {
	for _, list := range []struct {
		key string
		ids []string
	}{{"rules.enabled", f.Rules.Enabled}, {"rules.disabled", f.Rules.Disabled}} {
		for i, id := range list.ids {
			if !ruleID.MatchString(id) {
				bad(fmt.Sprintf("%s[%d]", list.key, i), "not a rule id", "%q does not look like a rule id such as DL001", id)
			}
		}
	}
	ids := make([]string, 0, len(f.Rules.Severity))
	for id := range f.Rules.Severity {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		if !ruleID.MatchString(id) {
			bad("rules.severity."+id, "not a rule id", "%q does not look like a rule id such as DL001", id)
		}
		if s := f.Rules.Severity[id]; source.Severity(s).Rank() == 0 {
			bad("rules.severity."+id, "unknown severity", "%q is not error, warning or note", s)
		}
	}
}

func (e *Expect) check(path, sessionPolicy string, bad reporter) {
	if strings.TrimSpace(e.Principal) == "" {
		bad(path, "expectation without principal", "say who makes the request: principal: <ARN or address>")
	}
	switch {
	case len(e.Can) == 0 && len(e.Cannot) == 0:
		bad(path, "expectation without actions", "list the actions under can: (must be allowed) or cannot: (must be refused)")
	case len(e.Can) > 0 && len(e.Cannot) > 0:
		bad(path+".cannot", "expectation with can and cannot", "write one entry per outcome: split it into a can: entry and a cannot: entry")
	}
	if len(e.On) == 0 {
		bad(path, "expectation without resources", "say what the request is on: on: [<ARN or address>]")
	}
	if e.SessionPolicy != "" {
		if _, err := os.Stat(sessionPolicy); err != nil {
			bad(path+".session_policy", "session policy not found", "%s does not exist; give a JSON policy file relative to the config file", e.SessionPolicy)
		}
	}
	for _, list := range []struct {
		key     string
		actions []string
	}{{"can", e.Can}, {"cannot", e.Cannot}} {
		for i, a := range list.actions {
			if !strings.Contains(a, ":") {
				bad(fmt.Sprintf("%s.%s[%d]", path, list.key, i), "not an action", "%q is not service:Action, such as s3:GetObject", a)
			}
		}
	}
}
