package simulate

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/denylint/denylint/iam"
)

// result is the JSON form of a decision; denied_by is null unless a layer
// refused.
type result struct {
	Decision    iam.Outcome `json:"decision"`
	DeniedBy    *iam.Layer  `json:"denied_by"`
	Explanation string      `json:"explanation"`
	Deciding    []stmt      `json:"deciding,omitempty"`
	Grants      []stmt      `json:"defeated_grants,omitempty"`
	Unknowns    []string    `json:"unknowns,omitempty"`
}

type stmt struct {
	Layer     iam.Layer `json:"layer"`
	Statement string    `json:"statement"`
	Location  string    `json:"location,omitempty"`
}

func toResult(d iam.Decision) result {
	r := result{Decision: d.Outcome, Explanation: d.Explanation}
	if d.DeniedBy != "" {
		layer := d.DeniedBy
		r.DeniedBy = &layer
	}
	r.Deciding = stmts(d.Deciding)
	r.Grants = stmts(d.Grants)
	for _, u := range d.Unknowns {
		r.Unknowns = append(r.Unknowns, iam.Display(u))
	}
	return r
}

func stmts(refs []iam.StatementRef) []stmt {
	var out []stmt
	for _, s := range refs {
		loc := ""
		if !s.Statement.Range.IsZero() {
			loc = s.Statement.Range.String()
		}
		out = append(out, stmt{Layer: s.Layer, Statement: s.Statement.ID, Location: loc})
	}
	return out
}

func write(w io.Writer, format string, d iam.Decision) {
	r := toResult(d)
	if format == "json" {
		enc := json.NewEncoder(w)
		enc.SetEscapeHTML(false)
		_ = enc.Encode(r) // a result always encodes; write errors surface at Flush
		return
	}
	fmt.Fprintf(w, "%s: %s\n", strings.ToUpper(strings.ReplaceAll(string(r.Decision), "_", " ")), r.Explanation)
	for _, s := range r.Deciding {
		fmt.Fprintf(w, "  deciding %s statement %s %s\n", s.Layer, s.Statement, s.Location)
	}
	for _, s := range r.Grants {
		fmt.Fprintf(w, "  defeated grant %s statement %s %s\n", s.Layer, s.Statement, s.Location)
	}
	for _, u := range r.Unknowns {
		fmt.Fprintf(w, "  depends on %s\n", u)
	}
}
