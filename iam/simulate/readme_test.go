package simulate

import (
	"bytes"
	"os"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestREADMEExamples runs every `$ denylint simulate …` command of the
// README's console blocks and compares the output shown under it.
func TestREADMEExamples(t *testing.T) {
	t.Parallel()
	data, err := os.ReadFile("README.md")
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, block := range strings.Split(string(data), "```console\n")[1:] {
		block, _, _ = strings.Cut(block, "```")
		cmdLine, want, _ := strings.Cut(block, "\n")
		args := strings.Fields(strings.TrimPrefix(cmdLine, "$ denylint simulate "))
		var out, errOut bytes.Buffer
		if code := Main(args, nil, &out, &errOut); code != 0 {
			t.Fatalf("%s: exit %d: %s", cmdLine, code, errOut.String())
		}
		if diff := cmp.Diff(want, out.String()); diff != "" {
			t.Errorf("%s (-README +got):\n%s", cmdLine, diff)
		}
		n++
	}
	if n < 3 {
		t.Errorf("README shows %d examples, want at least 3", n)
	}
}
