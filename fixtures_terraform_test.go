package denylint_test

import (
	"bufio"
	"context"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	denylint "github.com/denylint/denylint"
	"github.com/denylint/denylint/rules"
)

// tfWantMarker is "# want: DL001 module.a.aws_s3_bucket_policy.this": the
// rule that must report on this line, and the address it must name.
var tfWantMarker = regexp.MustCompile(`(?:#|//)\s*want:\s*(DL\d{3})\s+(\S+)`)

// TestTerraformFixtures runs each folder of fixtures/terraform through the
// real loaders and rules and compares every error finding, as rule id,
// path:line and address, with the markers of the folder's files.
func TestTerraformFixtures(t *testing.T) {
	t.Parallel()
	engine, err := rules.New(context.Background(), denylint.Rego())
	if err != nil {
		t.Fatal(err)
	}
	for _, dir := range []string{"estate", "plan", "plan-only"} {
		t.Run(dir, func(t *testing.T) {
			t.Parallel()
			path := filepath.Join("fixtures", "terraform", dir)
			res := lintFixture(t, engine, path)
			var got []string
			for _, f := range res.Findings {
				if f.Severity == "error" {
					got = append(got, fmt.Sprintf("%s %s:%d %s", f.RuleID, filepath.ToSlash(f.Location.Path), f.Location.StartLine, f.Address))
				}
			}
			if diff := cmp.Diff(tfWants(t, path), uniqueSorted(got)); diff != "" {
				t.Errorf("findings as rule path:line address (-want +got):\n%s", diff)
			}
		})
	}
}

// tfWants reads the markers of every file under dir.
func tfWants(t *testing.T, dir string) []string {
	t.Helper()
	var out []string
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		f, err := os.Open(p)
		if err != nil {
			return err
		}
		defer f.Close()
		sc := bufio.NewScanner(f)
		for line := 1; sc.Scan(); line++ {
			if m := tfWantMarker.FindStringSubmatch(sc.Text()); m != nil {
				out = append(out, fmt.Sprintf("%s %s:%d %s", m[1], filepath.ToSlash(p), line, strings.TrimSpace(m[2])))
			}
		}
		return sc.Err()
	})
	if err != nil {
		t.Fatal(err)
	}
	return uniqueSorted(out)
}
