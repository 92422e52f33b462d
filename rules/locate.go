package rules

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"strings"

	"github.com/denylint/denylint/access"
	"github.com/denylint/denylint/finding"
	"github.com/denylint/denylint/iam"
	"github.com/denylint/denylint/model"
	"github.com/denylint/denylint/source"
)

// rawFinding is what a rule returns: it names what is wrong (a statement,
// or an address and attribute path), never a file position.
type rawFinding struct {
	RuleID    string          `json:"rule_id"`
	RootCause string          `json:"root_cause"`
	Severity  source.Severity `json:"severity"`
	Message   string          `json:"message"`
	Principal string          `json:"principal"`
	Action    string          `json:"action"`
	Resource  string          `json:"resource"`
	DeniedBy  string          `json:"denied_by"`
	Fix       string          `json:"fix"`
	At        target          `json:"at"`
	Related   []struct {
		At      target `json:"at"`
		Message string `json:"message"`
	} `json:"related"`
	Unknowns []string `json:"unknowns"`
}

// target is what a rule points at.
type target struct {
	Statement string `json:"statement"`
	Address   string `json:"address"`
	Path      string `json:"path"`
}

func decode(v any, out any) error {
	b, err := json.Marshal(v)
	if err != nil {
		return err
	}
	return json.Unmarshal(b, out)
}

type locator struct {
	index   *access.Index
	sources *model.Sources
}

func (l *locator) finding(raw rawFinding) finding.Finding {
	r, addr := l.rangeOf(raw.At)
	f := finding.Finding{
		RuleID: raw.RuleID, RootCause: raw.RootCause, Severity: raw.Severity,
		Message: iam.Display(raw.Message), Principal: iam.Display(raw.Principal),
		Action: raw.Action, Resource: iam.Display(raw.Resource), DeniedBy: raw.DeniedBy,
		Fix: iam.Display(raw.Fix), Address: addr, Location: finding.LocationOf(r),
		Related: []finding.Related{}, Note: l.sources.Note(addr),
	}
	for _, u := range raw.Unknowns {
		f.Unknowns = append(f.Unknowns, iam.Display(u))
	}
	for _, rel := range raw.Related {
		rr, _ := l.rangeOf(rel.At)
		if rr.IsZero() {
			continue
		}
		f.Related = append(f.Related, finding.Related{Location: finding.LocationOf(rr), Message: iam.Display(rel.Message)})
	}
	for _, c := range l.sources.Callers(addr) {
		f.Related = append(f.Related, finding.Related{Location: finding.LocationOf(c), Message: "in this module call"})
	}
	f.Fingerprint = fingerprint(f)
	return f
}

// rangeOf finds where a target was written, and the address it belongs to.
// A statement that the configuration did not write (a default key policy,
// a permission Connect adds) points at the resource it stands for.
func (l *locator) rangeOf(t target) (source.Range, string) {
	if t.Statement != "" {
		if s, addr, ok := l.index.StatementSource(t.Statement); ok && !s.Range.IsZero() {
			return s.Range, addr
		}
		return l.enclosing(t.Statement)
	}
	r, _ := l.sources.Lookup(t.Address, t.Path)
	return r, t.Address
}

// enclosing finds the longest prefix of a statement ID, cut at "#" or "/",
// that names something written down.
func (l *locator) enclosing(id string) (source.Range, string) {
	for cut := id; cut != ""; {
		if r, ok := l.sources.Lookup(cut, ""); ok {
			return r, cut
		}
		i := strings.LastIndexAny(cut, "#/")
		if i < 0 {
			break
		}
		cut = cut[:i]
	}
	return source.Range{}, ""
}

// fingerprint identifies a finding by what it is about, not where it is,
// so that baselines survive line moves.
func fingerprint(f finding.Finding) string {
	h := sha256.Sum256([]byte(strings.Join([]string{f.RuleID, f.Address, f.Principal, f.Action, f.Resource, f.DeniedBy}, "\x00")))
	return hex.EncodeToString(h[:8])
}
