package denylint_test

import (
	"bytes"
	"context"
	"runtime"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/denylint/denylint/cli"
	"github.com/denylint/denylint/report"
)

// output is what one run of denylint printed.
type output struct {
	Code           int
	Stdout, Stderr string
}

// lintAll runs denylint over paths once per output format.
func lintAll(paths []string) map[string]output {
	out := map[string]output{}
	for _, format := range report.Names() {
		var stdout, stderr bytes.Buffer
		args := append([]string{"--no-config", "--no-color", "--severity-threshold", "note", "--format", format}, paths...)
		code := cli.Main(context.Background(), args, nil, &stdout, &stderr)
		out[format] = output{code, stdout.String(), stderr.String()}
	}
	return out
}

// TestDeterminism: the examples, the fixtures and the hostile inputs give
// byte-identical findings, diagnostics and reports in every format, on one
// thread and on four, and when two runs go at once.
//
// It changes GOMAXPROCS for the whole process, so it does not run in
// parallel with the other tests of this package.
func TestDeterminism(t *testing.T) {
	if testing.Short() {
		t.Skip("lints the examples fifteen times")
	}
	paths := []string{
		"examples/connect-recordings", "examples/connect-recordings-cfn",
		"fixtures/terraform/estate", "fixtures/terraform/plan", "fixtures/cloudformation/connect-recordings",
		hostileTree(t),
	}
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(1))
	want := lintAll(paths)
	if len(want) < 5 {
		t.Fatalf("%d formats, want at least 5", len(want))
	}
	for format, o := range want {
		if o.Stdout == "" {
			t.Errorf("%s: empty report", format)
		}
	}
	// Compare something: findings and diagnostics are both there.
	if j := want["json"].Stdout; !strings.Contains(j, `"rule_id"`) || !strings.Contains(j, `"summary"`) {
		t.Fatalf("the JSON report lacks findings or diagnostics:\n%s", j)
	}

	runtime.GOMAXPROCS(4)
	got := make([]map[string]output, 2)
	var wg sync.WaitGroup
	for i := range got {
		wg.Go(func() { got[i] = lintAll(paths) })
	}
	wg.Wait()
	for i, g := range got {
		if diff := cmp.Diff(want, g); diff != "" {
			t.Errorf("run %d with GOMAXPROCS=4 differs from GOMAXPROCS=1 (-want +got):\n%s", i+1, diff)
		}
	}
}
