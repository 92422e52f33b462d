package cli

import (
	"bufio"
	"os"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestREADMESimulateExamples runs every `$ denylint simulate …` command in
// the root README's console blocks and compares the output shown.
func TestREADMESimulateExamples(t *testing.T) {
	t.Chdir("..")
	data, err := os.ReadFile("README.md")
	if err != nil {
		t.Fatal(err)
	}
	examples := consoleExamples(string(data), "$ denylint simulate ")
	if len(examples) < 3 {
		t.Fatalf("README shows %d simulate examples, want at least 3", len(examples))
	}
	for _, ex := range examples {
		code, stdout, stderr := run(t, shellWords(strings.TrimPrefix(ex.command, "$ denylint "))...)
		if code != ExitClean {
			t.Errorf("%s: exit %d, stderr %s", ex.command, code, stderr)
		}
		if diff := cmp.Diff(ex.output, stdout); diff != "" {
			t.Errorf("%s (-README +got):\n%s", ex.command, diff)
		}
	}
}

type consoleExample struct{ command, output string }

// consoleExamples finds the ```console blocks whose first line starts with
// prefix.
func consoleExamples(doc, prefix string) []consoleExample {
	var out []consoleExample
	sc := bufio.NewScanner(strings.NewReader(doc))
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	var cur *consoleExample
	for sc.Scan() {
		line := sc.Text()
		switch {
		case cur == nil && line == "```console":
			cur = &consoleExample{}
		case cur != nil && line == "```":
			if strings.HasPrefix(cur.command, prefix) {
				out = append(out, *cur)
			}
			cur = nil
		case cur != nil && cur.command == "":
			cur.command = line
		case cur != nil:
			cur.output += line + "\n"
		}
	}
	return out
}

// shellWords splits a command line on spaces, keeping single-quoted words
// whole, which is all the README's commands need.
func shellWords(s string) []string {
	var out []string
	for s != "" {
		s = strings.TrimLeft(s, " ")
		if strings.HasPrefix(s, "'") {
			end := strings.Index(s[1:], "'")
			out = append(out, s[1:end+1])
			s = s[end+2:]
			continue
		}
		word, rest, _ := strings.Cut(s, " ")
		if word != "" {
			out = append(out, word)
		}
		s = rest
	}
	return out
}
