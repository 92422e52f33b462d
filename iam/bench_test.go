package iam_test

import (
	"bytes"
	"os"
	"testing"

	"github.com/denylint/denylint/iam"
	"github.com/denylint/denylint/iam/simulate"
	"github.com/denylint/denylint/source"
)

// benchRequests reads the realistic requests that scripts/iam-bench.sh
// also sends to the npm simulator: an S3 read and the KMS decrypt it
// causes, each with identity, resource, two SCP levels, an RCP and a VPC
// endpoint policy.
func benchRequests(b *testing.B) []*iam.Request {
	b.Helper()
	data, err := os.ReadFile("testdata/bench-requests.jsonl")
	if err != nil {
		b.Fatal(err)
	}
	var out []*iam.Request
	for i, line := range bytes.Split(bytes.TrimSpace(data), []byte("\n")) {
		doc, d := source.ParseJSON("bench", line, source.Pos{Line: i + 1, Column: 1})
		if d != nil {
			b.Fatal(d)
		}
		req, d := simulate.ReadRequest(doc, ".")
		if d != nil {
			b.Fatal(d)
		}
		out = append(out, req)
	}
	return out
}

func BenchmarkDecide(b *testing.B) {
	reqs := benchRequests(b)
	for _, r := range reqs {
		if d := iam.Decide(r); d.Outcome != iam.Allowed {
			b.Fatalf("bench request %s not allowed: %s", r.Action, d.Explanation)
		}
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		iam.Decide(reqs[i%len(reqs)])
	}
}
