package model

import (
	"strings"

	"github.com/denylint/denylint/source"
)

// A Tree locates the parts of one value written in the source, so that a
// loader need not record an entry per attribute path: a template's
// properties have one per scalar, most of which no finding names.
type Tree interface {
	// Range returns where the part at rest was written, if it was: rest
	// is a path below the tree's root, such as ".Bucket[0].Name".
	Range(rest string) (source.Range, bool)
}

type rootedTree struct {
	path string
	tree Tree
}

// SetTree makes t answer for the paths under address#path (not for path
// itself); entries Set for the same paths win over it. An address has at
// most one tree: a later one replaces it.
func (s *Sources) SetTree(address, path string, t Tree) {
	if s.trees == nil {
		s.trees = map[string]rootedTree{}
	}
	s.trees[address] = rootedTree{path: path, tree: t}
}

// inTree asks the tree of address about path, when path is below its root.
// A tree rooted at the address itself answers every attribute path.
func (s *Sources) inTree(address, path string) (source.Range, bool) {
	t, ok := s.trees[address]
	if ok && t.path == "" && path != "" {
		return t.tree.Range("." + path)
	}
	if !ok || len(path) <= len(t.path) || !strings.HasPrefix(path, t.path) || !strings.ContainsRune(".[", rune(path[len(t.path)])) {
		return source.Range{}, false
	}
	return t.tree.Range(path[len(t.path):])
}
