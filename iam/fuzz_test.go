package iam

import (
	"testing"

	"github.com/denylint/denylint/source"
)

// FuzzParsePolicyJSON: any bytes give a policy or diagnostics, never a
// panic, and every statement keeps a range inside the document.
func FuzzParsePolicyJSON(f *testing.F) {
	f.Add([]byte(allowS3))
	f.Add([]byte(`{"Statement":{"Effect":"Deny","NotPrincipal":{"AWS":["1"]},"NotAction":"s3:*","Condition":{"Null":{"k":"true"}}}}`))
	f.Add([]byte(`{"Statement":[1,{"Principal":"*"}],"X":[]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		p, _ := ParsePolicyJSON("f", "f.json", data, source.Pos{})
		if p == nil {
			t.Fatal("nil policy")
		}
		for _, s := range p.Statements {
			if s.Range.End.Byte > len(data) {
				t.Fatalf("statement range %v beyond %d bytes", s.Range, len(data))
			}
		}
		Lint(p)
	})
}

// FuzzMatchARN: the three-valued matcher agrees with the plain glob on
// known strings and never panics on tokens.
func FuzzMatchARN(f *testing.F) {
	f.Add("arn:aws:s3:::b/*", "arn:aws:s3:::b/k")
	f.Add("arn:aws:s3:::"+Unknown("v")+"/*", "arn:aws:s3:::b"+Unknown("w"))
	f.Add("*?*?", "ab")
	f.Add("arn:aws:s3:::B/\ue002", "arn:aws:s3:::b"+Unknown("k")+"*")
	f.Add("K\u212a", "k"+Unknown("x")+"k")
	f.Fuzz(func(t *testing.T, pattern, value string) {
		got := MatchARN(pattern, value)
		if IsKnown(pattern) && IsKnown(value) && got == Maybe {
			t.Fatalf("MatchARN(%q, %q) = maybe on known strings", pattern, value)
		}
		if got == True && !possibleMatch(symbols(pattern), symbols(value), true, false) && pattern != "*" {
			t.Fatalf("MatchARN(%q, %q) = true but no completion matches", pattern, value)
		}
		// The shortcut on fixed starts and ends may only refuse what the
		// symbol-by-symbol search refuses too.
		for _, fold := range []bool{false, true} {
			if literalEndsDiffer(pattern, value, true, fold) && possibleMatch(symbols(pattern), symbols(value), true, fold) {
				t.Fatalf("literalEndsDiffer(%q, %q, fold=%v) but a completion may match", pattern, value, fold)
			}
		}
	})
}

// FuzzCondition: any operator, key and values decide without panicking,
// and a known context never yields maybe.
func FuzzCondition(f *testing.F) {
	f.Add("ForAllValues:StringLikeIfExists", "aws:PrincipalOrgPaths", "o-1/*", "o-1/r/ou")
	f.Add("IpAddress", "aws:SourceIp", "10.0.0.0/8", "10.1.2.3")
	f.Add("DateLessThan", "aws:CurrentTime", "2026-01-01T00:00:00Z", "1700000000")
	f.Add("NumericGreaterThanEquals", "s3:max-keys", "10", "9.5")
	f.Add("Null", "aws:SourceVpce", "true", "")
	f.Fuzz(func(t *testing.T, op, key, policyValue, requestValue string) {
		req := &Request{Caller: role(roleA, acctA), Action: "s3:GetObject", Resource: object,
			Context: map[string][]string{key: {requestValue}}}
		e := newEvaluator(req)
		got := e.condition(&Condition{Operator: op, Key: key, Values: []string{policyValue}}, policyVersion2012)
		_, known := parseOperator(op)
		if got == Maybe && known && IsKnown(key) && IsKnown(policyValue) && IsKnown(requestValue) {
			t.Fatalf("%s %s %q vs %q: maybe on known values", op, key, policyValue, requestValue)
		}
	})
}
