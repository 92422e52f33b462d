package difftest

import (
	"bufio"
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/denylint/denylint/iam"
	"github.com/denylint/denylint/iam/simulate"
	"github.com/denylint/denylint/source"
)

// The oracle is @cloud-copilot/iam-simulate, pinned in test/oracle and
// installed with `npm ci --prefix test/oracle`. It is AGPL-3.0 and runs
// only as a separate node process.
const oracleDir = "../../test/oracle"

// exception excuses disagreements on cases that exercise a feature where
// AWS's documentation and the oracle differ; the documentation wins.
type exception struct {
	Feature string `json:"feature"`
	Reason  string `json:"reason"`
	Doc     string `json:"doc"`
}

func loadExceptions(t *testing.T) map[string]exception {
	t.Helper()
	data, err := os.ReadFile("testdata/exceptions.json")
	if err != nil {
		t.Fatalf("read exceptions: %v", err)
	}
	var list []exception
	if err := json.Unmarshal(data, &list); err != nil {
		t.Fatalf("parse exceptions: %v", err)
	}
	out := map[string]exception{}
	for _, e := range list {
		if e.Reason == "" || e.Doc == "" {
			t.Fatalf("exception %q needs a reason and the AWS page it follows", e.Feature)
		}
		out[e.Feature] = e
	}
	return out
}

func requireOracle(t *testing.T) {
	t.Helper()
	if _, err := exec.LookPath("node"); err != nil {
		t.Skip("node is not installed: the differential test against @cloud-copilot/iam-simulate cannot run")
	}
	if _, err := os.Stat(filepath.Join(oracleDir, "node_modules", "@cloud-copilot", "iam-simulate")); err != nil {
		t.Skip("the oracle is not installed: run `npm ci --prefix test/oracle` to enable the differential test")
	}
}

func caseCount() int {
	if n, err := strconv.Atoi(os.Getenv("DIFFTEST_N")); err == nil && n > 0 {
		return n
	}
	return 3000
}

// runOracle sends the documents as JSON Lines to the node runner.
func runOracle(t *testing.T, docs [][]byte) []string {
	t.Helper()
	cmd := exec.Command("node", "run.mjs")
	cmd.Dir = oracleDir
	cmd.Stdin = bytes.NewReader(bytes.Join(docs, []byte("\n")))
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("oracle: %v\n%s", err, stderr.String())
	}
	var decisions []string
	sc := bufio.NewScanner(bytes.NewReader(out))
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		var r struct {
			Decision string `json:"decision"`
			Error    string `json:"error"`
		}
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			t.Fatalf("oracle output %q: %v", sc.Text(), err)
		}
		if r.Error != "" {
			r.Decision += ": " + r.Error
		}
		decisions = append(decisions, r.Decision)
	}
	if len(decisions) != len(docs) {
		t.Fatalf("oracle answered %d of %d requests", len(decisions), len(docs))
	}
	return decisions
}

func decideLocally(t *testing.T, doc []byte) string {
	t.Helper()
	n, d := source.ParseJSON("case.json", doc, source.Pos{})
	if d != nil {
		t.Fatalf("generated document: %v", d)
	}
	req, d := simulate.ReadRequest(n, ".")
	if d != nil {
		t.Fatalf("generated request: %v", d)
	}
	return string(iam.Decide(req).Outcome)
}

// TestDifferential compares denylint's decisions with the oracle's on
// seeded random requests over the features both engines support.
func TestDifferential(t *testing.T) {
	requireOracle(t)
	exceptions := loadExceptions(t)
	gen := NewGen(20260517)
	n := caseCount()
	cases := make([]Case, n)
	docs := make([][]byte, n)
	for i := range cases {
		cases[i] = gen.Next()
		b, err := json.Marshal(cases[i].Doc)
		if err != nil {
			t.Fatal(err)
		}
		docs[i] = b
	}
	oracle := runOracle(t, docs)
	agree, excused, errors := 0, map[string]int{}, 0
	for i, c := range cases {
		got := decideLocally(t, docs[i])
		want := oracle[i]
		switch {
		case strings.HasPrefix(want, "error"):
			errors++
			t.Errorf("case %d: oracle rejected the request: %s\n%s", i, want, docs[i])
		case got == want:
			agree++
		default:
			if f := excusedBy(c.Features, exceptions); f != "" {
				excused[f]++
				continue
			}
			t.Errorf("case %d (features %v): denylint %s, oracle %s\n%s", i, c.Features, got, want, docs[i])
		}
	}
	t.Logf("%d cases: %d agree (%.2f%%), %d excused %v, %d oracle errors", n, agree, 100*float64(agree)/float64(n), sum(excused), excused, errors)
}

func excusedBy(features []string, exceptions map[string]exception) string {
	for _, f := range features {
		if _, ok := exceptions[f]; ok {
			return f
		}
	}
	return ""
}

func sum(m map[string]int) int {
	total := 0
	for _, v := range m {
		total += v
	}
	return total
}
