package terraform

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/denylint/denylint/model"
	"github.com/google/go-cmp/cmp"
)

type loadCase struct {
	name  string
	files map[string]string
	opts  Options
	// args lists the files given to Load; all .tf/.tfvars files when nil.
	args []string
	want []string
}

// writeTree writes files under a temporary directory and returns it.
func writeTree(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, text := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(strings.TrimLeft(text, "\n")), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func runCases(t *testing.T, cases []loadCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			dir := writeTree(t, tc.files)
			var paths []string
			if tc.args != nil {
				for _, a := range tc.args {
					paths = append(paths, filepath.Join(dir, a))
				}
			} else {
				for name := range tc.files {
					if kindOf(name) != kindNone {
						paths = append(paths, filepath.Join(dir, name))
					}
				}
				sort.Strings(paths)
			}
			opts := tc.opts
			for i, f := range opts.VarFiles {
				opts.VarFiles[i] = filepath.Join(dir, f)
			}
			env := model.New()
			diags := Load(env, paths, opts)
			got := facts(env, diags, dir)
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("facts mismatch (-want +got):\n%s\ngot:\n%s", diff, strings.Join(quote(got), "\n"))
			}
		})
	}
}

func quote(lines []string) []string {
	out := make([]string, len(lines))
	for i, l := range lines {
		out[i] = "\t\t\t" + strings.ReplaceAll(strings.ReplaceAll(l, `\`, `\\`), `"`, `\"`)
		out[i] = out[i][:3] + `"` + out[i][3:] + `",`
	}
	return out
}
