package cloudformation

import (
	"github.com/denylint/denylint/model"
	"github.com/denylint/denylint/source"
)

// readIgnores gathers a resource's suppressions from
// Metadata: {denylint: {ignore: [{id: DL001, reason: …}]}}, the one place a
// JSON template can hold them (JSON has no comments). Whether a reason is
// present is for the suppress package to judge; a malformed list is a
// warning here, since the template itself is still valid.
func (b *builder) readIgnores(r *resource) {
	list := r.def.get("Metadata").get("denylint").get("ignore")
	if list == nil {
		return
	}
	if list.kind != source.Array {
		b.diags = append(b.diags, warningAt(list.rng, "denylint ignore is not a list", "write Metadata: {denylint: {ignore: [{id: DL001, reason: why}]}}"))
		return
	}
	for _, item := range list.items {
		id := writtenString(item.get("id"))
		if item.kind != source.Object || id == "" {
			b.diags = append(b.diags, warningAt(item.rng, "denylint ignore without a rule id", "each entry needs id: and reason:"))
			continue
		}
		reason := writtenString(item.get("reason"))
		b.env.Ignores = append(b.env.Ignores, &model.Ignore{Address: r.address, RuleID: id, Reason: reason, Range: item.rng})
	}
}

// writtenString returns a written string value; an intrinsic is not a reason.
func writtenString(n *node) string {
	if n == nil || n.kind != source.String || n.tag != "" {
		return ""
	}
	return n.scalar
}
