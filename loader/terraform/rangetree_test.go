package terraform

import (
	"path/filepath"
	"strconv"
	"testing"

	"github.com/denylint/denylint/model"
	"github.com/denylint/denylint/source"
)

// entriesOf is what an entry per part recorded for a block before the
// range tree: every path a finding could name, with its range.
func entriesOf(prefix string, bv *blockVal, out map[string]source.Range) {
	for name, r := range bv.attrRngs {
		out[prefix+name] = source.FromHCL(r)
	}
	for _, typ := range bv.blockTypes() {
		for i, child := range bv.blocks[typ] {
			path := prefix + typ + "[" + strconv.Itoa(i) + "]"
			if i == 0 {
				out[prefix+typ] = source.FromHCL(child.rng)
				entriesOf(prefix+typ+".", child, out)
			}
			out[path] = source.FromHCL(child.rng)
			entriesOf(path+".", child, out)
		}
	}
}

// TestRangeTreeAnswersAsEntries: on every Terraform fixture and the
// example, each instance's tree gives every path the entries gave, with
// the same range, and refuses paths the entries did not hold.
func TestRangeTreeAnswersAsEntries(t *testing.T) {
	t.Parallel()
	var dirs []string
	for _, pat := range []string{"fixtures/*/terraform/*", "fixtures/terraform/*", "examples/connect-recordings"} {
		m, err := filepath.Glob(filepath.Join("..", "..", pat))
		if err != nil {
			t.Fatal(err)
		}
		dirs = append(dirs, m...)
	}
	checked := 0
	for _, dir := range dirs {
		paths := terraformFiles(t, dir)
		if len(paths) == 0 {
			continue
		}
		ev, _ := evaluate(model.New(), paths, Options{}, 1)
		for _, inst := range ev.instances {
			if inst.body == nil {
				continue
			}
			want := map[string]source.Range{}
			entriesOf("", inst.body, want)
			tree := newRangeTree(inst.body)
			for path, r := range want {
				checked++
				if got, ok := tree.Range("." + path); !ok || got != r {
					t.Errorf("%s: %s#%s = %v, %v; want %v", dir, inst.addr, path, got, ok, r)
				}
				for _, wrong := range []string{path + ".nope", path + "[99]", path + "x", path + "[01]"} {
					if _, ok := want[wrong]; ok {
						continue
					}
					if got, ok := tree.Range("." + wrong); ok {
						t.Errorf("%s: %s#%s = %v; want no answer", dir, inst.addr, wrong, got)
					}
				}
			}
		}
	}
	if checked < 500 {
		t.Errorf("checked %d paths; the fixtures should give well over 500", checked)
	}
}

func TestRangeTreeRefusesMalformedPaths(t *testing.T) {
	t.Parallel()
	tree := rangeTree{blocks: map[string][]rangeBlock{"rule": {{}}}}
	for _, rest := range []string{"", "rule", ".rule[", ".rule[x]", ".rule[-1]", ".rule[1]", ".rule[0]x"} {
		if _, ok := tree.Range(rest); ok {
			t.Errorf("Range(%q) answered; want no answer", rest)
		}
	}
	if _, ok := tree.Range(".rule[0]"); !ok {
		t.Error(`Range(".rule[0]") gave no answer`)
	}
}
