package terraform

import (
	"strconv"
	"strings"

	"github.com/hashicorp/hcl/v2"

	"github.com/denylint/denylint/source"
)

// rangeTree locates the attributes and nested blocks of an evaluated block
// when a finding asks, instead of an entry per attribute path recorded for
// every instance: on a large estate those entries were a tenth of the load
// and most of them were never read. It answers exactly the paths an entry
// per part would have held: "name", "type" (the first block of a type),
// "type[i]", and the same below a block.
type rangeTree struct {
	attrs  map[string]hcl.Range // the block's own map, shared
	blocks map[string][]rangeBlock
}

type rangeBlock struct {
	rng  hcl.Range
	tree rangeTree
}

func newRangeTree(bv *blockVal) rangeTree {
	t := rangeTree{attrs: bv.attrRngs}
	if len(bv.blocks) > 0 {
		t.blocks = make(map[string][]rangeBlock, len(bv.blocks))
		for typ, children := range bv.blocks {
			kids := make([]rangeBlock, len(children))
			for i, c := range children {
				kids[i] = rangeBlock{rng: c.rng, tree: newRangeTree(c)}
			}
			t.blocks[typ] = kids
		}
	}
	return t
}

// Range answers a path below the block, written with a leading "."
// (".rule.apply_server_side_encryption_by_default").
func (t rangeTree) Range(rest string) (source.Range, bool) {
	if rest == "" || rest[0] != '.' {
		return source.Range{}, false
	}
	name, tail := rest[1:], ""
	if end := strings.IndexAny(name, ".["); end >= 0 {
		name, tail = name[:end], name[end:]
	}
	// A nested block wins over an attribute of the same name, as the
	// later of two entries did.
	if kids := t.blocks[name]; len(kids) > 0 {
		i := 0
		if strings.HasPrefix(tail, "[") {
			end := strings.IndexByte(tail, ']')
			if end < 0 {
				return source.Range{}, false
			}
			n, err := strconv.Atoi(tail[1:end])
			if err != nil || n < 0 || n >= len(kids) || strconv.Itoa(n) != tail[1:end] {
				return source.Range{}, false
			}
			i, tail = n, tail[end+1:]
		}
		if tail == "" {
			return source.FromHCL(kids[i].rng), true
		}
		return kids[i].tree.Range(tail)
	}
	if r, ok := t.attrs[name]; ok && tail == "" {
		return source.FromHCL(r), true
	}
	return source.Range{}, false
}
