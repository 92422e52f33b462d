package model

import (
	"testing"

	"github.com/denylint/denylint/source"
	"github.com/google/go-cmp/cmp"
)

// fixedTree holds one part, ".A", and is where every part below it falls
// back to.
type fixedTree struct{ at source.Range }

func (f fixedTree) Range(rest string) (source.Range, bool) { return f.at, rest == ".A" }

func TestLookupAsksTheTree(t *testing.T) {
	t.Parallel()
	block, tree, attr := source.Range{File: "block"}, source.Range{File: "tree"}, source.Range{File: "attr"}
	s := NewSources()
	s.Set("r", "", block)
	s.Set("r", "Properties.B", attr)
	s.SetTree("r", "Properties", fixedTree{tree})
	s.Set("t", "", block)
	s.SetTree("t", "", fixedTree{tree}) // rooted at the address: Terraform's
	tests := []struct {
		name, address, path string
		want                source.Range
		found               bool
	}{
		{name: "a part the tree holds", address: "r", path: "Properties.A", want: tree, found: true},
		{name: "below it falls back to it", address: "r", path: "Properties.A.C[2]", want: tree, found: true},
		{name: "an entry wins", address: "r", path: "Properties.B", want: attr, found: true},
		{name: "a part it lacks falls back to the block", address: "r", path: "Properties.Z", want: block, found: true},
		{name: "the root itself is not the tree's", address: "r", path: "Properties", want: block, found: true},
		{name: "a longer name is not below the root", address: "r", path: "PropertiesA", want: block, found: true},
		{name: "another address", address: "q", path: "Properties.A", found: false},
		{name: "a tree at the address answers attributes", address: "t", path: "A", want: tree, found: true},
		{name: "and falls back to the address", address: "t", path: "Z", want: block, found: true},
		{name: "the address itself is an entry", address: "t", path: "", want: block, found: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			got, ok := s.Lookup(tt.address, tt.path)
			if diff := cmp.Diff([]any{tt.found, tt.want}, []any{ok, got}); diff != "" {
				t.Errorf("Lookup(%q, %q) (-want +got):\n%s", tt.address, tt.path, diff)
			}
		})
	}
}
